//! Accounts and sessions over the JSON API: login throttling per account and per address
//! (refused before any password is checked, with `Retry-After`, a translated problem and a
//! letter to the owner), hashing that does not hold other requests, idle and absolute session
//! expiry, a fresh token at each login, and logging out everywhere.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_store::entities::{audit_event, login_failure, notification};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

on_both_databases!(
    thirty_wrong_passwords_lock_the_account_until_the_window_passes,
    wrong_logins_from_one_address_lock_it_whatever_it_claims_to_forward,
    a_flood_of_refused_logins_does_not_hold_other_requests,
    a_session_ends_when_idle_and_at_its_absolute_end,
    each_login_gets_a_new_token_and_ends_the_one_sent_along,
    logging_out_everywhere_ends_every_session_of_the_account,
);

const EMAIL: &str = "ngo@fundacja.pl";

/// A login as the API receives it, with extra headers.
async fn login_with(
    app: &TestApp,
    email: &str,
    password: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app
        .client
        .post(app.url("/api/v1/sessions"))
        .header("accept-language", "en")
        .json(&json!({ "email": email, "password": password, "tenant": "miasto" }));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.expect("login")
}

async fn audit_actions(app: &TestApp, action: &str) -> usize {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .all(&app.db.reader)
        .await
        .unwrap()
        .len()
}

async fn thirty_wrong_passwords_lock_the_account_until_the_window_passes(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user(EMAIL, Role::Ngo).await;
    let mut statuses = vec![];
    for _ in 0..30 {
        statuses.push(
            login_with(&app, EMAIL, "wrong password!", &[])
                .await
                .status(),
        );
    }
    // Ten failures are answered; from then on the account is locked and nothing is checked.
    assert!(
        statuses[..10]
            .iter()
            .all(|s| *s == StatusCode::UNAUTHORIZED),
        "{statuses:?}"
    );
    assert!(
        statuses[10..]
            .iter()
            .all(|s| *s == StatusCode::TOO_MANY_REQUESTS),
        "{statuses:?}"
    );

    let right = login_with(&app, EMAIL, PASSWORD, &[]).await;
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: i64 = right.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15 * 60).contains(&retry_after), "{retry_after}");
    assert_eq!(right.headers()["content-type"], "application/problem+json");
    let problem: Value = right.json().await.unwrap();
    assert_eq!(problem["title"], "Too many failed login attempts.");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("Try again in 15 minutes"),
        "{problem}"
    );

    // The owner hears of it once, in their language, with the way to a new password.
    let letters = notification::Entity::find()
        .filter(notification::Column::Kind.eq("account_locked"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].recipient_email, EMAIL);
    assert_eq!(letters[0].link_path, "/miasto/password-reset");
    assert_eq!(audit_actions(&app, "login_failed").await, 9);
    assert_eq!(audit_actions(&app, "login_locked").await, 1);

    // Just before the window has passed it is still locked; after it, the right password works.
    app.clock.advance(Duration::seconds(retry_after - 1));
    assert_eq!(
        login_with(&app, EMAIL, PASSWORD, &[]).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    app.clock.advance(Duration::seconds(1));
    let (status, body) = app.login(EMAIL, PASSWORD, "miasto").await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(audit_actions(&app, "log_in").await, 2);
}

async fn wrong_logins_from_one_address_lock_it_whatever_it_claims_to_forward(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user(EMAIL, Role::Ngo).await;
    // Fifty accounts tried once each from one address, each claiming to forward another client:
    // no proxy is trusted, so the header counts for nothing.
    for n in 0..50 {
        let forwarded = format!("198.51.100.{n}");
        let email = format!("guess{n}@example.org");
        let answer = login_with(
            &app,
            &email,
            "wrong password!",
            &[("x-forwarded-for", &forwarded)],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    }
    let answer = login_with(&app, EMAIL, PASSWORD, &[("x-forwarded-for", "203.0.113.9")]).await;
    assert_eq!(answer.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(answer.headers().contains_key("retry-after"));
    // Nobody's account was locked by it, so no one gets a letter.
    let letters = notification::Entity::find()
        .filter(notification::Column::Kind.eq("account_locked"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert!(letters.is_empty());
    app.clock.advance(Duration::minutes(15));
    assert_eq!(
        app.login(EMAIL, PASSWORD, "miasto").await.0,
        StatusCode::CREATED
    );
    // The next failure clears out everything older than the window: only its own two rows stay.
    let wrong = login_with(&app, "someone@example.org", "wrong password!", &[]).await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let kept = login_failure::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(kept.len(), 2, "{kept:?}");
}

async fn a_flood_of_refused_logins_does_not_hold_other_requests(backend: Backend) {
    let app = Arc::new(TestApp::start(backend).await);
    // Someone of another town logging in to this one: each attempt costs a full password check
    // and is refused after it, writing nothing, so only the hashing can hold anything up.
    let prague = app.other_tenant("praha").await;
    app.user_in(EMAIL, Role::Ngo, prague, "praha").await;
    const LOGINS: usize = 30;
    let finished = Arc::new(AtomicUsize::new(0));
    let mut flood = vec![];
    for _ in 0..LOGINS {
        let (app, finished) = (app.clone(), finished.clone());
        flood.push(tokio::spawn(async move {
            let status = login_with(&app, EMAIL, PASSWORD, &[]).await.status();
            finished.fetch_add(1, Ordering::SeqCst);
            status
        }));
    }
    // Wait until the server is hashing (the first answers arrive), then ask for something else.
    while finished.load(Ordering::SeqCst) == 0 {
        tokio::task::yield_now().await;
    }
    let (status, _) = app
        .send(app.client.get(app.url("/api/v1/public/miasto/calls")))
        .await;
    let done_when_answered = finished.load(Ordering::SeqCst);
    assert_eq!(status, StatusCode::OK);
    // The other request did not wait for the flood: most logins were still being checked.
    assert!(
        done_when_answered < LOGINS / 2,
        "{done_when_answered} of {LOGINS} logins finished before another request was answered"
    );
    for login in flood {
        assert_eq!(login.await.unwrap(), StatusCode::UNAUTHORIZED);
    }
}

async fn a_session_ends_when_idle_and_at_its_absolute_end(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user(EMAIL, Role::Ngo).await;
    let mine = "/api/v1/organisations/mine";
    // Used every 110 minutes it stays open (idle limit: 2 hours)…
    for _ in 0..6 {
        app.clock.advance(Duration::minutes(110));
        assert_eq!(app.get(&token, mine).await.0, StatusCode::OK);
    }
    // …until 12 hours after login, however busy.
    app.clock.advance(Duration::minutes(60));
    assert_eq!(app.get(&token, mine).await.0, StatusCode::UNAUTHORIZED);

    let token = app.token(EMAIL, "miasto").await;
    app.clock.advance(Duration::minutes(119));
    assert_eq!(app.get(&token, mine).await.0, StatusCode::OK);
    app.clock.advance(Duration::minutes(120));
    assert_eq!(app.get(&token, mine).await.0, StatusCode::UNAUTHORIZED);
}

async fn each_login_gets_a_new_token_and_ends_the_one_sent_along(backend: Backend) {
    let app = TestApp::start(backend).await;
    let before = app.user(EMAIL, Role::Ngo).await;
    let other_device = app.token(EMAIL, "miasto").await;
    let (status, body) = app
        .send(
            app.client
                .post(app.url("/api/v1/sessions"))
                .bearer_auth(&before)
                .json(&json!({ "email": EMAIL, "password": PASSWORD, "tenant": "miasto" })),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let after = body["token"].as_str().unwrap();
    assert_ne!(after, before);
    let mine = "/api/v1/organisations/mine";
    assert_eq!(app.get(&before, mine).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(after, mine).await.0, StatusCode::OK);
    assert_eq!(app.get(&other_device, mine).await.0, StatusCode::OK);
}

async fn logging_out_everywhere_ends_every_session_of_the_account(backend: Backend) {
    let app = TestApp::start(backend).await;
    let laptop = app.user(EMAIL, Role::Ngo).await;
    let phone = app.token(EMAIL, "miasto").await;
    let clerk = app.user("clerk@miasto.pl", Role::Clerk).await;
    let everywhere = app.client.delete(app.url("/api/v1/sessions/all"));
    let (status, body) = app.send(everywhere.bearer_auth(&phone)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["sessions_ended"], 2);
    let mine = "/api/v1/organisations/mine";
    assert_eq!(app.get(&laptop, mine).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.get(&phone, mine).await.0, StatusCode::UNAUTHORIZED);
    // Someone else's session is not touched.
    assert_eq!(app.get(&clerk, mine).await.0, StatusCode::OK);
    assert_eq!(audit_actions(&app, "logout_everywhere").await, 1);
    let again = app.client.delete(app.url("/api/v1/sessions/all"));
    assert_eq!(
        app.send(again.bearer_auth(&phone)).await.0,
        StatusCode::UNAUTHORIZED
    );
}
