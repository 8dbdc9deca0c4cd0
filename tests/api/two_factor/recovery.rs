//! Recovery codes: ten made when two-factor login is switched on, shown once, each opening one
//! login (the JSON login's `totp_code` and the page's second step), counted on the account
//! page, replaced for a current code, throttled like codes, gone when two-factor login is off.

use super::{audited, user_id, CLERK};
use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use granty_store::entities::{audit_event, two_factor_recovery_code};
use granty_store::two_factor;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

on_both_databases!(
    recovery_codes_are_shown_once_and_each_logs_in_once,
    new_recovery_codes_need_a_current_code_and_end_the_old_ones,
    wrong_recovery_codes_count_as_failed_logins,
);

/// A clerk signed in on the pages who switched two-factor login on: the browser, its form
/// token, the secret, and the answer to the confirmation (the page with the codes).
pub(super) struct Enrolled<'a> {
    pub browser: Browser<'a>,
    pub csrf: String,
    pub secret: String,
    pub confirmed: Answer,
}

pub(super) async fn enrol_on_the_page(app: &TestApp) -> Enrolled<'_> {
    let token = app.user(CLERK, Role::Clerk).await;
    let browser = Browser::signed_in(app, &token).with_cookie("granty_lang", "en");
    let csrf = browser.get("/account?lang=en").await.page.input("csrf");
    browser
        .post("/account/two-factor/start", &[("csrf", &csrf)])
        .await;
    let pending = browser.get("/account").await;
    let secret = pending.page.text("#two-factor-secret").replace(' ', "");
    let code = two_factor::code_at(&secret, app.now()).unwrap();
    let fields = [("csrf", &csrf), ("code", &code)];
    let confirmed = browser.post("/account/two-factor/confirm", &fields).await;
    Enrolled {
        browser,
        csrf,
        secret,
        confirmed,
    }
}

pub(super) fn codes_on(answer: &Answer) -> Vec<String> {
    answer.page.texts("#recovery-codes-list li")
}

async fn api_login(app: &TestApp, code: &str) -> (StatusCode, Value) {
    let body =
        json!({ "email": CLERK, "password": PASSWORD, "tenant": "miasto", "totp_code": code });
    let request = app.client.post(app.url("/api/v1/sessions")).json(&body);
    app.send(request).await
}

async fn left(app: &TestApp) -> u64 {
    let id = user_id(app, CLERK).await;
    two_factor::recovery::remaining(&app.db.reader, id)
        .await
        .unwrap()
}

async fn recovery_codes_are_shown_once_and_each_logs_in_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    let enrolled = enrol_on_the_page(&app).await;
    let shown = &enrolled.confirmed;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.html());
    let codes = codes_on(shown);
    assert_eq!(codes.len(), 10, "{}", shown.html());
    assert!(
        codes.iter().all(|c| c.len() == 11 && &c[5..6] == "-"),
        "{codes:?}"
    );
    let download = shown.page.attr("#recovery-codes-download", "href");
    assert!(download.starts_with("data:text/plain;charset=utf-8,"));
    assert!(codes.iter().all(|c| download.contains(c.as_str())));
    assert_eq!(
        shown.page.attr("#recovery-codes-download", "download"),
        "granty-recovery-codes.txt"
    );
    assert_eq!(shown.page.text("#recovery-codes-left"), "10");
    assert_eq!(
        audited(&app, "two_factor_recovery_codes_generated").await,
        1
    );

    // Shown once: the account page after it has the count, not the codes.
    let later = enrolled.browser.get("/account").await;
    assert!(!later.page.has("#recovery-codes"), "{}", later.html());
    assert_eq!(later.page.text("#recovery-codes-left"), "10");
    // Stored as keyed hashes only.
    let stored = two_factor_recovery_code::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(stored.len(), 10);
    let plain: Vec<String> = codes.iter().map(|c| c.replace('-', "")).collect();
    for row in &stored {
        assert_eq!(row.code_hash.len(), 64);
        assert!(!plain.iter().any(|c| row.code_hash.contains(c.as_str())));
    }

    // The JSON login takes one, however typed, once.
    let typed = codes[0].to_lowercase().replace('-', " ");
    let (status, body) = api_login(&app, &typed).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, _) = api_login(&app, &codes[0]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "spent");
    assert_eq!(audited(&app, "two_factor_recovery_code_used").await, 1);
    assert_eq!(left(&app).await, 9);
    the_trail_holds_no_code(&app, &plain).await;

    // The page's second step takes another.
    let session = page_login_with(&app, &codes[1]).await;
    let account = Browser::signed_in(&app, &session).get("/account").await;
    assert_eq!(account.page.text("#recovery-codes-left"), "8");
}

/// Logs in on the pages with the password and then `code`; returns the session.
async fn page_login_with(app: &TestApp, code: &str) -> String {
    let csrf = Browser::new(app)
        .get("/login")
        .await
        .cookie("granty_csrf")
        .expect("csrf");
    let browser = Browser::new(app).with_cookie("granty_csrf", &csrf);
    let fields = [
        ("csrf", csrf.as_str()),
        ("next", "/clerk/calls"),
        ("tenant", "miasto"),
        ("email", CLERK),
        ("password", PASSWORD),
    ];
    let password = browser.post("/login", &fields).await;
    let challenge = password
        .cookie("granty_login_challenge")
        .expect("challenge");
    let browser = browser.with_cookie("granty_login_challenge", &challenge);
    let form = browser.get("/login/code").await;
    assert!(form.page.has("#code-hint"), "the field says it takes one");
    let fields = [
        ("csrf", csrf.as_str()),
        ("next", "/clerk/calls"),
        ("code", code),
    ];
    let answer = browser.post("/login/code", &fields).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.html());
    answer.cookie("granty_session").expect("session")
}

async fn the_trail_holds_no_code(app: &TestApp, plain: &[String]) {
    let trail = audit_event::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    let text = serde_json::to_string(&trail).unwrap().to_uppercase();
    for code in plain {
        assert!(!text.contains(code.as_str()), "{code} in the trail");
        assert!(!text.contains(&format!("{}-{}", &code[..5], &code[5..])));
    }
}

async fn new_recovery_codes_need_a_current_code_and_end_the_old_ones(backend: Backend) {
    let app = TestApp::start(backend).await;
    let enrolled = enrol_on_the_page(&app).await;
    let old = codes_on(&enrolled.confirmed);
    let browser = &enrolled.browser;
    let regenerate = |code: String| {
        let fields = [("csrf", enrolled.csrf.clone()), ("code", code)];
        async move {
            browser
                .post("/account/two-factor/recovery-codes", &fields)
                .await
        }
    };
    // A recovery code is not a current code: new codes need the app.
    let wrong = regenerate(old[0].clone()).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = wrong.page.text("#recovery-regenerate-code-error");
    assert!(message.contains("not right"), "{message}");
    assert!(!wrong.page.has("#recovery-codes"));

    app.clock.advance(chrono::Duration::seconds(30));
    let code = two_factor::code_at(&enrolled.secret, app.now()).unwrap();
    let fresh = regenerate(code).await;
    assert_eq!(fresh.status, StatusCode::OK, "{}", fresh.html());
    let new = codes_on(&fresh);
    assert_eq!(new.len(), 10);
    assert!(new.iter().all(|c| !old.contains(c)));
    assert_eq!(
        audited(&app, "two_factor_recovery_codes_regenerated").await,
        1
    );
    assert_eq!(api_login(&app, &old[1]).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(api_login(&app, &new[0]).await.0, StatusCode::CREATED);

    // Switched off with a recovery code (the phone is gone), the codes go too.
    let fields = [("csrf", enrolled.csrf.as_str()), ("code", new[1].as_str())];
    let off = browser.post("/account/two-factor/disable", &fields).await;
    assert_eq!(off.status, StatusCode::SEE_OTHER, "{}", off.html());
    let id = user_id(&app, CLERK).await;
    assert!(!two_factor::is_enabled(&app.db.reader, id).await.unwrap());
    let rows = two_factor_recovery_code::Entity::find()
        .filter(two_factor_recovery_code::Column::UserId.eq(id))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert!(rows.is_empty());

    // Not enrolled any more: nothing to regenerate; an NGO member may not ask at all.
    app.clock.advance(chrono::Duration::seconds(30));
    let code = two_factor::code_at(&enrolled.secret, app.now()).unwrap();
    assert_eq!(regenerate(code).await.status, StatusCode::SEE_OTHER);
    let ngo = app.user("ngo@fundacja.pl", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &ngo);
    let csrf = ngo.csrf().await;
    let fields = [("csrf", csrf.as_str()), ("code", "123456")];
    let refused = ngo
        .post("/account/two-factor/recovery-codes", &fields)
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

async fn wrong_recovery_codes_count_as_failed_logins(backend: Backend) {
    let app = TestApp::start(backend).await;
    let enrolled = enrol_on_the_page(&app).await;
    let codes = codes_on(&enrolled.confirmed);
    for _ in 0..10 {
        let (status, _) = api_login(&app, "AAAAA-BBBBB").await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(audited(&app, "login_locked").await, 1);
    // Locked: even a right recovery code is not looked at, and stays unspent.
    let (status, body) = api_login(&app, &codes[0]).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(left(&app).await, 10);
}
