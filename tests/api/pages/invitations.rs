//! A member of an NGO invites a second person: the members page, the emailed single-use link,
//! a new account or an existing one accepting, expiry, revocation and who may do what.

use crate::browser::{Answer, Browser};
use crate::on_both_databases;
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

/// Invites `email` from the members page as the holder of `token`; returns the answer.
async fn invite(app: &TestApp, token: &str, organisation: i64, email: &str, name: &str) -> Answer {
    let member = Browser::signed_in(app, token);
    let path = format!("/organisations/{organisation}/members");
    let page = member.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    let csrf = page.page.input("csrf");
    member
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("email", email),
                ("display_name", name),
            ],
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

/// Opens an invitation anonymously in Polish; returns the page and a browser holding the form's
/// CSRF cookie, as the visitor's browser would.
async fn open_link<'a>(app: &'a TestApp, path: &str) -> (Answer, Browser<'a>, String) {
    let answer = Browser::new(app)
        .with_header("accept-language", "pl")
        .get(path)
        .await;
    let csrf = answer.cookie("granty_csrf").unwrap_or_default();
    let visitor = Browser::new(app).with_cookie("granty_csrf", &csrf);
    (answer, visitor, csrf)
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
    let ngo = Browser::signed_in(&app, &s.ngo);

    let sent = invite(
        &app,
        &s.ngo,
        s.organisation,
        " Beata@Example.org ",
        "Beata Zielińska",
    )
    .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let back = ngo.get(&sent.location.expect("back to the members")).await;
    assert!(
        back.text().contains("Zaproszenie wysłane."),
        "{}",
        back.html()
    );
    assert!(
        back.text().contains("beata@example.org"),
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
    deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &config,
        &shipped_templates(),
    )
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

    let (opened, visitor, csrf) = open_link(&app, &path).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(opened.text().contains("Fundacja Muzyki"));
    assert_eq!(
        opened.page.input("display_name"),
        "Beata Zielińska",
        "the name is prefilled"
    );
    assert!(opened.text().contains("Załóż konto i dołącz"));
    let short = visitor
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("display_name", "Beata Z."),
                ("password", "krotkie"),
                ("password_again", "krotkie"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        short.page.has(".error-summary a[href=\"#password\"]"),
        "{}",
        short.html()
    );
    assert_eq!(
        short.page.input("display_name"),
        "Beata Z.",
        "what was typed stays"
    );
    assert!(!short.html().contains("krotkie"));

    let accepted = visitor
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("display_name", "Beata Zielińska"),
                ("password", "haslo-beaty-2026"),
                ("password_again", "haslo-beaty-2026"),
            ],
        )
        .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER);
    assert_eq!(accepted.location.as_deref(), Some("/dashboard"));
    let new_session = accepted.cookie("granty_session").expect("signed in");
    let dashboard = Browser::signed_in(&app, &new_session)
        .get("/dashboard")
        .await;
    assert_eq!(dashboard.status, StatusCode::OK);
    assert!(
        dashboard.text().contains("Fundacja Muzyki"),
        "{}",
        dashboard.html()
    );
    assert!(
        dashboard.text().contains("Letnie koncerty w parku"),
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
    let (spent, _, _) = open_link(&app, &path).await;
    assert_eq!(spent.status, StatusCode::GONE);
    assert!(
        spent.text().contains("Zaproszenie zostało już przyjęte"),
        "{}",
        spent.html()
    );
    let members = format!("/organisations/{}/members", s.organisation);
    let listed = Browser::signed_in(&app, &token).get(&members).await.text();
    assert!(listed.contains("Beata Zielińska") && listed.contains("fundacja@example.org"));
    assert!(listed.contains("Brak oczekujących zaproszeń."));
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
    let (opened, visitor, csrf) = open_link(&app, &path).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(
        opened.text().contains("Ten adres ma już konto w Granty"),
        "{}",
        opened.html()
    );
    assert!(!opened.page.has("#password_again"));
    let wrong = visitor
        .post(
            &path,
            &[("csrf", csrf.as_str()), ("password", "nie-to-haslo-wcale")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().contains("Hasło jest nieprawidłowe."));
    let ok = visitor
        .post(&path, &[("csrf", csrf.as_str()), ("password", PASSWORD)])
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
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
    let (_, visitor, csrf) = open_link(&app, &path).await;
    let ok = visitor
        .post(&path, &[("csrf", csrf.as_str()), ("password", PASSWORD)])
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let jan = app.token("jan@example.org", "miasto").await;
    let (status, _) = app
        .get(&jan, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(status, StatusCode::OK);

    // Someone already signed in as the invited address just joins, with the session's token.
    let ola = app.user("ola@example.org", Role::Ngo).await;
    invite(&app, &s.ngo, s.organisation, "ola@example.org", "").await;
    let path = invitation_path(&app, "ola@example.org").await;
    let signed_in = Browser::signed_in(&app, &ola);
    let opened = signed_in.get(&path).await;
    assert_eq!(opened.status, StatusCode::OK);
    assert!(
        opened.text().contains("Jesteś zalogowany(-a) tym adresem"),
        "{}",
        opened.html()
    );
    let forged = signed_in.post(&path, &[("csrf", "nope")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let csrf = opened.page.input("csrf");
    let joined = signed_in.post(&path, &[("csrf", &csrf)]).await;
    assert_eq!(joined.status, StatusCode::SEE_OTHER);
    assert!(joined.cookie("granty_session").is_none());
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
    let token = app.token("fundacja@example.org", "miasto").await;
    let ngo = Browser::signed_in(&app, &token);
    let (expired, _, _) = open_link(&app, &first).await;
    assert_eq!(expired.status, StatusCode::GONE);
    assert!(
        expired.text().contains("Zaproszenie wygasło"),
        "{}",
        expired.html()
    );
    let again = invite(&app, &token, s.organisation, "ewa@example.org", "").await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let second = invitation_path(&app, "ewa@example.org").await;
    assert_ne!(first, second);

    // Cancelling needs the form's token, then the link stops working.
    let listed = ngo.get(&members).await;
    let revoke = listed.page.attr("form[action$=\"/revoke\"]", "action");
    let no_token: [(&str, &str); 0] = [];
    let forged = ngo.post(&revoke, &no_token).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let csrf = listed.page.input("csrf");
    let done = ngo.post(&revoke, &[("csrf", &csrf)]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let back = ngo.get(&done.location.expect("back to the members")).await;
    assert!(
        back.text().contains("Zaproszenie anulowane"),
        "{}",
        back.html()
    );
    assert!(back.text().contains("Brak oczekujących zaproszeń."));
    let (cancelled, visitor, form_csrf) = open_link(&app, &second).await;
    assert_eq!(cancelled.status, StatusCode::GONE);
    assert!(
        cancelled
            .text()
            .contains("Organizacja anulowała to zaproszenie"),
        "{}",
        cancelled.html()
    );
    // A form opened before the cancellation cannot use the link either.
    let late = visitor
        .post(
            &second,
            &[
                ("csrf", form_csrf.as_str()),
                ("display_name", "Ewa"),
                ("password", "haslo-ewy-2026"),
                ("password_again", "haslo-ewy-2026"),
            ],
        )
        .await;
    assert_eq!(late.status, StatusCode::GONE);
    assert_eq!(
        app.login("ewa@example.org", "haslo-ewy-2026", "miasto")
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    let again = ngo.post(&revoke, &[("csrf", &form_csrf)]).await;
    assert_eq!(
        again.status,
        StatusCode::FORBIDDEN,
        "an anonymous form's token is not the session's"
    );
    let twice = ngo.post(&revoke, &[("csrf", &csrf)]).await;
    assert_eq!(twice.status, StatusCode::NOT_FOUND, "cancelled once only");
    // An unknown link says so.
    let (unknown, _, _) = open_link(&app, "/invitations/0123abcd").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
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
    assert_eq!(member.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        member
            .text()
            .contains("Ta osoba już należy do organizacji."),
        "{}",
        member.html()
    );
    assert!(member.page.has(".error-summary a[href=\"#email\"]"));
    assert_eq!(
        member.page.input("email"),
        "fundacja@example.org",
        "what was typed stays"
    );
    assert!(member
        .page
        .has("input[name=\"email\"][aria-invalid=\"true\"]"));
    invite(&app, &s.ngo, s.organisation, "ewa@example.org", "Ewa").await;
    let twice = invite(&app, &s.ngo, s.organisation, "EWA@example.org", "Ewa N.").await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice.text().contains("Ten adres został już zaproszony"),
        "{}",
        twice.html()
    );
    assert_eq!(twice.page.input("display_name"), "Ewa N.");
    let bad = invite(&app, &s.ngo, s.organisation, "ewa@", "").await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let clerk = invite(&app, &s.ngo, s.organisation, "urzednik@miasto.pl", "").await;
    assert!(clerk.text().contains("należy do pracownika urzędu"));
    assert_eq!(outbox().await, 1);

    // Without the form's token nothing is sent.
    let ngo = Browser::signed_in(&app, &s.ngo);
    let forged = ngo.post(&members, &[("email", "obcy@example.org")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(outbox().await, 1);

    // Another organisation's member, a clerk and another town's user see nothing.
    let rival = app.user("rywal@example.org", Role::Ngo).await;
    let rival_org = app
        .organisation(&rival, "Stowarzyszenie Rywal", "1234563218")
        .await;
    let rival = Browser::signed_in(&app, &rival);
    assert_eq!(rival.get(&members).await.status, StatusCode::NOT_FOUND);
    let own = rival
        .get(&format!("/organisations/{rival_org}/members"))
        .await;
    let csrf = own.page.input("csrf");
    let stranger = rival
        .post(
            &members,
            &[("csrf", csrf.as_str()), ("email", "obcy@example.org")],
        )
        .await;
    assert_eq!(stranger.status, StatusCode::NOT_FOUND);
    let clerk = Browser::signed_in(&app, &s.clerk);
    assert_eq!(clerk.get(&members).await.status, StatusCode::NOT_FOUND);
    let other = app.other_tenant("brno").await;
    let far = app
        .user_in("daleko@example.org", Role::Ngo, other, "brno")
        .await;
    let far = Browser::signed_in(&app, &far);
    assert_eq!(far.get(&members).await.status, StatusCode::NOT_FOUND);
    assert_eq!(outbox().await, 1);
    assert_eq!(
        Browser::new(&app).get(&members).await.status,
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
    let ngo = Browser::signed_in(&app, &s.ngo);
    let page = ngo.get(&path).await;
    let csrf = page.page.input("csrf");
    assert!(page.text().contains("Opuść organizację"), "{}", page.html());
    // The only member cannot leave: nobody would be left to act for the organisation.
    let alone = ngo
        .post(&format!("{path}/{me}/remove"), &[("csrf", &csrf)])
        .await;
    assert_eq!(alone.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        alone.page.has(".error-summary a[href=\"#members\"]"),
        "{}",
        alone.html()
    );
    assert!(alone.text().contains("zanim odejdziesz, zaproś kogoś"));

    let anna = app.user("anna@example.org", Role::Ngo).await;
    let anna_id = granty_store::accounts::user_id_by_email(&app.db, "anna@example.org")
        .await
        .unwrap();
    let add_anna = || {
        granty_store::accounts::add_organisation_member(
            &app.db.writer,
            s.organisation,
            anna_id,
            app.now(),
        )
    };
    add_anna().await.unwrap();
    let organisation = format!("/api/v1/organisations/{}", s.organisation);
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::OK);
    // Without the form's token nothing happens; a stranger does not even see the organisation.
    let remove_anna = format!("{path}/{anna_id}/remove");
    let no_token: [(&str, &str); 0] = [];
    let forged = ngo.post(&remove_anna, &no_token).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let stranger = app.user("obcy@example.org", Role::Ngo).await;
    let stranger = Browser::signed_in(&app, &stranger);
    let stranger_csrf = stranger.get("/dashboard").await.page.input("csrf");
    let refused = stranger
        .post(&remove_anna, &[("csrf", &stranger_csrf)])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    // A member removes Anna; she no longer sees the organisation.
    let removed = ngo.post(&remove_anna, &[("csrf", &csrf)]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(removed.location, Some(format!("{path}?done=removed")));
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::NOT_FOUND);
    // Back in, Anna leaves by herself and lands on her dashboard.
    add_anna().await.unwrap();
    let herself = Browser::signed_in(&app, &anna);
    let anna_csrf = herself.get(&path).await.page.input("csrf");
    let left = herself.post(&remove_anna, &[("csrf", &anna_csrf)]).await;
    assert_eq!(left.location.as_deref(), Some("/dashboard"));
    assert_eq!(app.get(&anna, &organisation).await.0, StatusCode::NOT_FOUND);
    let removals = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("remove_member"))
        .all(&app.db.reader)
        .await
        .unwrap();
    assert_eq!(removals.len(), 2);
}
