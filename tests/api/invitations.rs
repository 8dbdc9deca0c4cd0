//! A member of an NGO invites a second person: the members page, the emailed single-use link,
//! a new account or an existing one accepting, expiry, revocation and who may do what.

use crate::on_both_databases;
use crate::pages::{client, cookie_value, get_page, hidden, post_form, set_cookies};
use crate::smtp::SmtpServer;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use granty_store::entities::{audit_event, notification};
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

on_both_databases!(
    a_new_person_accepts_and_works_on_the_drafts,
    existing_accounts_accept_with_a_password_or_their_session,
    links_are_single_use_expire_and_can_be_revoked,
    duplicates_forgeries_and_strangers_are_refused,
    members_are_removed_and_leave_but_never_the_last,
);

/// Session cookie of an API login (the page session is the same token).
fn session(token: &str) -> String {
    format!("granty_session={token}")
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    get_page(app, path, cookie).await
}

/// Invites `email` from the members page as the holder of `token`; returns the response.
async fn invite(
    app: &TestApp,
    token: &str,
    organisation: i64,
    email: &str,
    name: &str,
) -> reqwest::Response {
    let path = format!("/organisations/{organisation}/members");
    let (status, html) = page(app, &path, &session(token)).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let csrf = hidden(&html, "csrf");
    post_form(
        app,
        &path,
        &session(token),
        &[("csrf", &csrf), ("email", email), ("display_name", name)],
    )
    .await
}

/// The link path of the newest invitation email to `to`, from the outbox.
async fn invitation_path(app: &TestApp, to: &str) -> String {
    notification::Entity::find()
        .filter(notification::Column::RecipientEmail.eq(to))
        .filter(notification::Column::Kind.eq("organisation_invitation"))
        .order_by_desc(notification::Column::Id)
        .one(&app.db.reader)
        .await
        .unwrap()
        .expect("an invitation in the outbox")
        .link_path
}

/// Opens an invitation anonymously; returns the page and the form's CSRF cookie.
async fn open_link(app: &TestApp, path: &str) -> (StatusCode, String, String) {
    let response = client()
        .get(app.url(path))
        .header("accept-language", "pl")
        .send()
        .await
        .unwrap();
    let csrf = cookie_value(&set_cookies(&response), "granty_csrf").unwrap_or_default();
    (response.status(), response.text().await.unwrap(), csrf)
}

async fn audit_actions(app: &TestApp) -> Vec<String> {
    audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("invitation"))
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn a_new_person_accepts_and_works_on_the_drafts(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let draft = app.filled_draft(&s.ngo, s.call, s.organisation).await;

    let sent = invite(
        &app,
        &s.ngo,
        s.organisation,
        " Beata@Example.org ",
        "Beata Zielińska",
    )
    .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let back = sent.headers()["location"].to_str().unwrap().to_string();
    let (_, html) = page(&app, &back, &session(&s.ngo)).await;
    assert!(html.contains("Zaproszenie wysłane."), "{html}");
    assert!(
        html.contains("beata@example.org"),
        "the pending invitation is listed"
    );

    // The worker renders the email in the inviter's language, with the link.
    let smtp = SmtpServer::start().await;
    let mailer =
        SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap();
    let config = WorkerConfig {
        public_url: app.base.clone(),
        ..WorkerConfig::default()
    };
    deliver_once(&app.db, &mailer, &app.worker_now(), &config)
        .await
        .unwrap();
    let message = smtp
        .messages()
        .into_iter()
        .find(|m| m.recipients == ["beata@example.org"])
        .expect("the invitation was delivered");
    assert_eq!(
        message.header("Subject"),
        "fundacja@example.org zaprasza Cię do organizacji „Fundacja Muzyki” w Granty"
    );
    let text = message
        .parts()
        .into_iter()
        .find(|(t, _, _)| t == "text/plain")
        .unwrap()
        .2;
    assert!(text.contains("08.12.2026 10:00:00 CET"), "{text}");
    let start = text.find("http://").expect("a link");
    let link = text[start..].split_whitespace().next().unwrap().to_string();
    let path = link.trim_start_matches(&app.base).to_string();
    assert!(path.starts_with("/invitations/"), "{path}");
    assert_eq!(path, invitation_path(&app, "beata@example.org").await);

    let (status, html, csrf) = open_link(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Fundacja Muzyki"));
    assert!(
        html.contains("value=\"Beata Zielińska\""),
        "the name is prefilled"
    );
    assert!(html.contains("Załóż konto i dołącz"));
    let cookie = format!("granty_csrf={csrf}");
    let short = post_form(
        &app,
        &path,
        &cookie,
        &[
            ("csrf", &csrf),
            ("display_name", "Beata Z."),
            ("password", "krotkie"),
            ("password_again", "krotkie"),
        ],
    )
    .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = short.text().await.unwrap();
    assert!(html.contains("href=\"#password\""), "{html}");
    assert!(html.contains("value=\"Beata Z.\""), "what was typed stays");
    assert!(!html.contains("krotkie"));

    let accepted = post_form(
        &app,
        &path,
        &cookie,
        &[
            ("csrf", &csrf),
            ("display_name", "Beata Zielińska"),
            ("password", "haslo-beaty-2026"),
            ("password_again", "haslo-beaty-2026"),
        ],
    )
    .await;
    assert_eq!(accepted.status(), StatusCode::SEE_OTHER);
    assert_eq!(accepted.headers()["location"], "/dashboard");
    let new_session = cookie_value(&set_cookies(&accepted), "granty_session").expect("signed in");
    let (status, html) = page(&app, "/dashboard", &session(&new_session)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Fundacja Muzyki"), "{html}");
    assert!(
        html.contains("Letnie koncerty w parku"),
        "the draft is shared"
    );

    // The account is confirmed and works over the API too.
    let (status, body) = app
        .login("beata@example.org", "haslo-beaty-2026", "miasto")
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let token = body["token"].as_str().unwrap().to_string();
    let (status, body) = app
        .get(&token, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The link worked once; the members page lists both people and nothing pending.
    let (status, html, _) = open_link(&app, &path).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(html.contains("Zaproszenie zostało już przyjęte"), "{html}");
    let members = format!("/organisations/{}/members", s.organisation);
    let (_, html) = page(&app, &members, &session(&token)).await;
    assert!(html.contains("Beata Zielińska") && html.contains("fundacja@example.org"));
    assert!(html.contains("Brak oczekujących zaproszeń."));
    assert_eq!(audit_actions(&app).await, ["invite", "accept"]);
}

async fn existing_accounts_accept_with_a_password_or_their_session(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let draft = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let anna = app.user("anna@example.org", Role::Ngo).await;
    let other = app.other_tenant("brno").await;
    app.user_in("jan@example.org", Role::Ngo, other, "brno")
        .await;

    // Anna has an account here: she gives her password; a wrong one is named at the field.
    invite(&app, &s.ngo, s.organisation, "anna@example.org", "").await;
    let path = invitation_path(&app, "anna@example.org").await;
    let (status, html, csrf) = open_link(&app, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Ten adres ma już konto w Granty"), "{html}");
    assert!(!html.contains("id=\"password_again\""));
    let cookie = format!("granty_csrf={csrf}");
    let wrong = post_form(
        &app,
        &path,
        &cookie,
        &[("csrf", &csrf), ("password", "nie-to-haslo-wcale")],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("Hasło jest nieprawidłowe."));
    let ok = post_form(
        &app,
        &path,
        &cookie,
        &[("csrf", &csrf), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let (status, _) = app
        .get(&anna, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(
        status,
        StatusCode::OK,
        "Anna now sees the organisation's draft"
    );

    // Jan has an account in another town only: his password adds him to this one too.
    invite(&app, &s.ngo, s.organisation, "jan@example.org", "").await;
    let path = invitation_path(&app, "jan@example.org").await;
    let (_, _, csrf) = open_link(&app, &path).await;
    let ok = post_form(
        &app,
        &path,
        &format!("granty_csrf={csrf}"),
        &[("csrf", &csrf), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let jan = app.token("jan@example.org", "miasto").await;
    let (status, _) = app
        .get(&jan, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(status, StatusCode::OK);

    // Someone already signed in as the invited address just joins, with the session's token.
    let ola = app.user("ola@example.org", Role::Ngo).await;
    invite(&app, &s.ngo, s.organisation, "ola@example.org", "").await;
    let path = invitation_path(&app, "ola@example.org").await;
    let (status, html) = page(&app, &path, &session(&ola)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Jesteś zalogowany(-a) tym adresem"), "{html}");
    let forged = post_form(&app, &path, &session(&ola), &[("csrf", "nope")]).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let csrf = hidden(&html, "csrf");
    let joined = post_form(&app, &path, &session(&ola), &[("csrf", &csrf)]).await;
    assert_eq!(joined.status(), StatusCode::SEE_OTHER);
    assert!(cookie_value(&set_cookies(&joined), "granty_session").is_none());
    let (status, _) = app
        .get(&ola, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        audit_actions(&app).await,
        ["invite", "accept", "invite", "accept", "invite", "accept"]
    );
}

async fn links_are_single_use_expire_and_can_be_revoked(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let members = format!("/organisations/{}/members", s.organisation);

    invite(&app, &s.ngo, s.organisation, "ewa@example.org", "").await;
    let first = invitation_path(&app, "ewa@example.org").await;
    // Seven days later the link has expired, and the address can be invited again.
    app.clock.advance(Duration::days(7));
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let (status, html, _) = open_link(&app, &first).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(html.contains("Zaproszenie wygasło"), "{html}");
    let again = invite(&app, &ngo, s.organisation, "ewa@example.org", "").await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let second = invitation_path(&app, "ewa@example.org").await;
    assert_ne!(first, second);

    // Cancelling needs the form's token, then the link stops working.
    let (_, html) = page(&app, &members, &session(&ngo)).await;
    let marker = "/invitations/";
    let start = html.find(marker).unwrap() + marker.len();
    let id: String = html[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let revoke = format!("/organisations/{}/invitations/{id}/revoke", s.organisation);
    let forged = post_form(&app, &revoke, &session(&ngo), &[]).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let csrf = hidden(&html, "csrf");
    let done = post_form(&app, &revoke, &session(&ngo), &[("csrf", &csrf)]).await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let back = done.headers()["location"].to_str().unwrap().to_string();
    let (_, html) = page(&app, &back, &session(&ngo)).await;
    assert!(html.contains("Zaproszenie anulowane"), "{html}");
    assert!(html.contains("Brak oczekujących zaproszeń."));
    let (status, html, csrf) = open_link(&app, &second).await;
    assert_eq!(status, StatusCode::GONE);
    assert!(
        html.contains("Organizacja anulowała to zaproszenie"),
        "{html}"
    );
    // A form opened before the cancellation cannot use the link either.
    let late = post_form(
        &app,
        &second,
        &format!("granty_csrf={csrf}"),
        &[
            ("csrf", &csrf),
            ("display_name", "Ewa"),
            ("password", "haslo-ewy-2026"),
            ("password_again", "haslo-ewy-2026"),
        ],
    )
    .await;
    assert_eq!(late.status(), StatusCode::GONE);
    assert_eq!(
        app.login("ewa@example.org", "haslo-ewy-2026", "miasto")
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    let again = post_form(&app, &revoke, &session(&ngo), &[("csrf", &csrf)]).await;
    assert_eq!(
        again.status(),
        StatusCode::FORBIDDEN,
        "an anonymous form's token is not the session's"
    );
    let csrf = hidden(&page(&app, &members, &session(&ngo)).await.1, "csrf");
    let twice = post_form(&app, &revoke, &session(&ngo), &[("csrf", &csrf)]).await;
    assert_eq!(twice.status(), StatusCode::NOT_FOUND, "cancelled once only");
    // An unknown link says so.
    let (status, _, _) = open_link(&app, "/invitations/0123abcd").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(audit_actions(&app).await, ["invite", "invite", "revoke"]);
}

async fn duplicates_forgeries_and_strangers_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let members = format!("/organisations/{}/members", s.organisation);
    let outbox = || async {
        notification::Entity::find()
            .filter(notification::Column::Kind.eq("organisation_invitation"))
            .all(&app.db.reader)
            .await
            .unwrap()
            .len()
    };

    // A member already, a pending invitation, a bad address, a clerk: each named at the field.
    let member = invite(&app, &s.ngo, s.organisation, "fundacja@example.org", "").await;
    assert_eq!(member.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = member.text().await.unwrap();
    assert!(
        html.contains("Ta osoba już należy do organizacji."),
        "{html}"
    );
    assert!(html.contains("href=\"#email\""));
    assert!(
        html.contains("value=\"fundacja@example.org\""),
        "what was typed stays"
    );
    assert!(html.contains("aria-invalid=\"true\""));
    invite(&app, &s.ngo, s.organisation, "ewa@example.org", "Ewa").await;
    let twice = invite(&app, &s.ngo, s.organisation, "EWA@example.org", "Ewa N.").await;
    assert_eq!(twice.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = twice.text().await.unwrap();
    assert!(html.contains("Ten adres został już zaproszony"), "{html}");
    assert!(html.contains("value=\"Ewa N.\""));
    let bad = invite(&app, &s.ngo, s.organisation, "ewa@", "").await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let clerk = invite(&app, &s.ngo, s.organisation, "urzednik@miasto.pl", "").await;
    assert!(clerk
        .text()
        .await
        .unwrap()
        .contains("należy do pracownika urzędu"));
    assert_eq!(outbox().await, 1);

    // Without the form's token nothing is sent.
    let forged = post_form(
        &app,
        &members,
        &session(&s.ngo),
        &[("email", "obcy@example.org")],
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(outbox().await, 1);

    // Another organisation's member, a clerk and another town's user see nothing.
    let rival = app.user("rywal@example.org", Role::Ngo).await;
    let rival_org = app
        .organisation(&rival, "Stowarzyszenie Rywal", "1234563218")
        .await;
    let (status, _) = page(&app, &members, &session(&rival)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, own) = page(
        &app,
        &format!("/organisations/{rival_org}/members"),
        &session(&rival),
    )
    .await;
    let csrf = hidden(&own, "csrf");
    let stranger = post_form(
        &app,
        &members,
        &session(&rival),
        &[("csrf", &csrf), ("email", "obcy@example.org")],
    )
    .await;
    assert_eq!(stranger.status(), StatusCode::NOT_FOUND);
    let (status, _) = page(&app, &members, &session(&s.clerk)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let other = app.other_tenant("brno").await;
    let far = app
        .user_in("daleko@example.org", Role::Ngo, other, "brno")
        .await;
    let (status, _) = page(&app, &members, &session(&far)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(outbox().await, 1);
    let (status, _) = page(&app, &members, "").await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "anonymous visitors are sent to log in"
    );
}

async fn members_are_removed_and_leave_but_never_the_last(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let path = format!("/organisations/{}/members", s.organisation);
    let me = granty_store::accounts::user_id_by_email(&app.db, "fundacja@example.org")
        .await
        .unwrap();
    let (_, html) = page(&app, &path, &session(&s.ngo)).await;
    let csrf = hidden(&html, "csrf");
    assert!(html.contains("Opuść organizację"), "{html}");
    // The only member cannot leave: nobody would be left to act for the organisation.
    let alone = post_form(
        &app,
        &format!("{path}/{me}/remove"),
        &session(&s.ngo),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(alone.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = alone.text().await.unwrap();
    assert!(html.contains("href=\"#members\""), "{html}");
    assert!(html.contains("zanim odejdziesz, zaproś kogoś"));

    let anna = app.user("anna@example.org", Role::Ngo).await;
    let anna_id = granty_store::accounts::user_id_by_email(&app.db, "anna@example.org")
        .await
        .unwrap();
    granty_store::accounts::add_organisation_member(
        &app.db.writer,
        s.organisation,
        anna_id,
        app.now(),
    )
    .await
    .unwrap();
    let organisation = format!("/api/v1/organisations/{}", s.organisation);
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::OK);
    // Without the form's token nothing happens; a stranger does not even see the organisation.
    let forged = post_form(
        &app,
        &format!("{path}/{anna_id}/remove"),
        &session(&s.ngo),
        &[],
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let stranger = app.user("obcy@example.org", Role::Ngo).await;
    let (_, theirs) = page(&app, "/dashboard", &session(&stranger)).await;
    let stranger_csrf = hidden(&theirs, "csrf");
    let refused = post_form(
        &app,
        &format!("{path}/{anna_id}/remove"),
        &session(&stranger),
        &[("csrf", &stranger_csrf)],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    // A member removes Anna; she no longer sees the organisation.
    let removed = post_form(
        &app,
        &format!("{path}/{anna_id}/remove"),
        &session(&s.ngo),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        removed.headers()["location"],
        format!("{path}?done=removed").as_str()
    );
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::NOT_FOUND);
    // Back in, Anna leaves by herself and lands on her dashboard.
    granty_store::accounts::add_organisation_member(
        &app.db.writer,
        s.organisation,
        anna_id,
        app.now(),
    )
    .await
    .unwrap();
    let (_, html) = page(&app, &path, &session(&anna)).await;
    let anna_csrf = hidden(&html, "csrf");
    let left = post_form(
        &app,
        &format!("{path}/{anna_id}/remove"),
        &session(&anna),
        &[("csrf", &anna_csrf)],
    )
    .await;
    assert_eq!(left.headers()["location"], "/dashboard");
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::NOT_FOUND);
    let removals = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("remove_member"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(removals.len(), 2);
}
