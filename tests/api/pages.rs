//! The first pages: login with CSRF and language choice, and the admin's notification log.

use crate::on_both_databases;
use crate::smtp::{Mode, SmtpServer};
use crate::support::*;
use granty_domain::roles::Role;
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;
use serde_json::json;

pub(crate) fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub(crate) fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

pub(crate) fn cookie_value(cookies: &[String], name: &str) -> Option<String> {
    cookies
        .iter()
        .find_map(|c| c.strip_prefix(&format!("{name}=")))
        .map(|rest| rest.split(';').next().unwrap().to_string())
}

pub(crate) fn form(fields: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

pub(crate) async fn post_form(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    client()
        .post(app.url(path))
        .header("cookie", cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form(fields))
        .send()
        .await
        .unwrap()
}

/// GETs a page with a cookie header: its status and body.
pub(crate) async fn get_page(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    let response = client()
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

pub(crate) fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("{name} in {html}"))
        + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn logging_in_and_out_in_the_browser() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.user("admin@miasto.pl", Role::Admin).await;

    let page = client()
        .get(app.url("/login"))
        .header("accept-language", "cs-CZ,cs;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let cookies = set_cookies(&page);
    let login_csrf = cookie_value(&cookies, "granty_csrf").expect("csrf cookie");
    assert!(cookies.iter().any(|c| c.starts_with("granty_csrf=")
        && c.contains("HttpOnly")
        && c.contains("SameSite=Lax")));
    let html = page.text().await.unwrap();
    assert!(html.contains("<html lang=\"cs\">"));
    assert!(html.contains("<title>Přihlášení do Granty — Granty</title>"));
    assert_eq!(hidden(&html, "csrf"), login_csrf);

    // Without the form's token the login is refused and nothing else happens.
    let forged = post_form(
        &app,
        "/login",
        "",
        &[
            ("tenant", "miasto"),
            ("email", "admin@miasto.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert!(forged.text().await.unwrap().contains("Formularz wygasł"));

    let cookie = format!("granty_csrf={login_csrf}");
    let fields = [
        ("csrf", login_csrf.as_str()),
        ("next", "/admin/notifications"),
        ("tenant", "miasto"),
        ("email", "admin@miasto.pl"),
    ];
    let wrong = post_form(
        &app,
        "/login?lang=en",
        &cookie,
        &[&fields[..], &[("password", "nope-nope-nope")]].concat(),
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("We could not log you in"), "{html}");
    assert!(
        html.contains("value=\"admin@miasto.pl\""),
        "the typed email stays"
    );
    assert!(!html.contains("nope-nope-nope"), "the password does not");

    let ok = post_form(
        &app,
        "/login",
        &cookie,
        &[&fields[..], &[("password", PASSWORD)]].concat(),
    )
    .await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    assert_eq!(ok.headers()["location"], "/admin/notifications");
    let cookies = set_cookies(&ok);
    let session = cookie_value(&cookies, "granty_session").expect("session cookie");
    assert!(cookies
        .iter()
        .any(|c| c.starts_with("granty_session=") && c.contains("HttpOnly")));
    // The same session works for the API.
    assert_eq!(
        app.get(&session, "/api/v1/admin/notifications").await.0,
        StatusCode::OK
    );

    // An open redirect is not possible through `next`.
    let evil = post_form(
        &app,
        "/login",
        &cookie,
        &[
            ("csrf", &login_csrf),
            ("next", "//evil.example"),
            ("tenant", "miasto"),
            ("email", "admin@miasto.pl"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert_eq!(evil.headers()["location"], "/");

    let session_cookie = format!("granty_session={session}");
    let page = client()
        .get(app.url("/admin/notifications"))
        .header("cookie", &session_cookie)
        .send()
        .await
        .unwrap();
    let html = page.text().await.unwrap();
    let csrf = hidden(&html, "csrf");
    assert_eq!(
        post_form(&app, "/logout", &session_cookie, &[("csrf", "forged")])
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let out = post_form(&app, "/logout", &session_cookie, &[("csrf", &csrf)]).await;
    assert_eq!(out.status(), StatusCode::SEE_OTHER);
    assert!(set_cookies(&out)
        .iter()
        .any(|c| c.starts_with("granty_session=;") && c.contains("Max-Age=0")));
    let after = client()
        .get(app.url("/admin/notifications"))
        .header("cookie", &session_cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        after.headers()["location"],
        "/login?next=/admin/notifications"
    );
}

#[tokio::test]
async fn the_admin_page_lists_failed_messages_with_their_reason() {
    let app = TestApp::start(Backend::Sqlite).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let s = app.scenario().await;
    let (_, draft) = app
        .post(
            &s.ngo,
            &format!("/api/v1/calls/{}/applications", s.call),
            json!({ "organisation_id": s.organisation }),
        )
        .await;
    let id = draft["id"].as_i64().unwrap();
    app.patch(
        &s.ngo,
        &format!("/api/v1/applications/{id}"),
        json!({ "version": 1, "content": offer_content() }),
    )
    .await;
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.post(
        &s.ngo,
        &format!("/api/v1/applications/{id}/submit"),
        json!({}),
    )
    .await;
    let smtp = SmtpServer::start().await;
    smtp.set_mode(Mode::Refuse);
    let mailer =
        SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap();
    deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &WorkerConfig::default(),
    )
    .await
    .unwrap();

    let page = client()
        .get(app.url("/admin/notifications?status=failed"))
        .header("cookie", format!("granty_session={admin}"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("<html lang=\"pl\">"));
    assert!(html.contains("potwierdzenie złożenia"), "{html}");
    assert!(html.contains("fundacja@example.org"));
    assert!(
        html.contains("(550): 5.7.1 Relaying denied"),
        "the reason is shown: {html}"
    );
    assert!(html.contains("nieudana (1)"));
    // Switching language is remembered.
    let english = client()
        .get(app.url("/admin/notifications?lang=en"))
        .header("cookie", format!("granty_session={admin}"))
        .send()
        .await
        .unwrap();
    assert!(english.text().await.unwrap().contains("submission receipt"));

    // A clerk's start page says who is signed in; the admin page is not for clerks.
    let home = client()
        .get(app.url("/"))
        .header("cookie", format!("granty_session={}", s.clerk))
        .send()
        .await
        .unwrap();
    assert_eq!(
        home.headers()["location"],
        "/clerk/calls",
        "a clerk starts at the town's calls"
    );
    let anonymous = client().get(app.url("/")).send().await.unwrap();
    assert_eq!(anonymous.headers()["location"], "/login");
    let clerk = client()
        .get(app.url("/admin/notifications"))
        .header("cookie", format!("granty_session={}", s.clerk))
        .send()
        .await
        .unwrap();
    assert_eq!(clerk.status(), StatusCode::FORBIDDEN);
    assert!(clerk.text().await.unwrap().contains("administratora"));
}

#[tokio::test]
async fn the_public_sees_a_towns_calls_and_their_terms() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    // An upcoming call too.
    let mut upcoming = call_body(app.now() + chrono::Duration::days(3));
    upcoming["title"] = json!("Sport 2027");
    upcoming["deadline"] = json!(app.now() + chrono::Duration::days(40));
    let (_, created) = app.post(&s.clerk, "/api/v1/calls", upcoming).await;
    let upcoming_id = created["id"].as_i64().unwrap();
    app.post(
        &s.clerk,
        &format!("/api/v1/calls/{upcoming_id}/publish"),
        json!({}),
    )
    .await;
    // And a draft nobody outside may see.
    let mut draft = call_body(app.now());
    draft["title"] = json!("Projekt tajny");
    app.post(&s.clerk, "/api/v1/calls", draft).await;

    let list = client().get(app.url("/miasto")).send().await.unwrap();
    assert_eq!(list.status(), StatusCode::OK);
    let html = list.text().await.unwrap();
    assert!(html.contains("<html lang=\"pl\">"));
    let open_at = html.find("Trwa nabór").unwrap();
    let upcoming_at = html.find("Zapowiedziane").unwrap();
    let kultura = html.find("Kultura 2027").unwrap();
    let sport = html.find("Sport 2027").unwrap();
    assert!(
        open_at < kultura && kultura < upcoming_at && upcoming_at < sport,
        "grouped by phase"
    );
    assert!(html.contains("100\u{a0}000,00\u{a0}zł"));
    assert!(!html.contains("Projekt tajny"));

    let page = client()
        .get(app.url(&format!("/miasto/calls/{}", s.call)))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("<h1>Kultura 2027</h1>"));
    assert!(
        html.contains("31.12.2026 10:00:00 CET"),
        "the deadline in the town's zone"
    );
    assert!(html.contains("30 dni 0 godzin"), "the countdown");
    assert!(html.contains("5\u{a0}000,00\u{a0}zł – 20\u{a0}000,00\u{a0}zł"));
    assert!(
        html.contains("art. 15 ust. 1 pkt 1"),
        "the statutory criteria"
    );
    assert!(html.contains("<li>Statut</li>"));

    // In Ukrainian, by choice, remembered in a cookie.
    let ukrainian = client()
        .get(app.url(&format!("/miasto/calls/{}?lang=uk", s.call)))
        .send()
        .await
        .unwrap();
    assert!(set_cookies(&ukrainian)
        .iter()
        .any(|c| c.starts_with("granty_lang=uk")));
    let html = ukrainian.text().await.unwrap();
    assert!(html.contains("<html lang=\"uk\">"));
    assert!(html.contains("Критерії оцінювання"));
    assert!(html.contains("30 днів 0 годин"));

    assert_eq!(
        client()
            .get(app.url("/no-such-town"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let hidden = client()
        .get(app.url(&format!("/miasto/calls/{}", s.call + 2)))
        .send()
        .await
        .unwrap();
    assert_eq!(
        hidden.status(),
        StatusCode::NOT_FOUND,
        "a draft call is not public"
    );
}

/// The first link in the plain-text part of the last message to `to`.
fn link_in_last_message(smtp: &SmtpServer, to: &str) -> String {
    let message = smtp
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.recipients == [to])
        .expect("a message");
    let text = message
        .parts()
        .into_iter()
        .find(|(t, _, _)| t == "text/plain")
        .unwrap()
        .2;
    let start = text.find("http://").expect("a link");
    text[start..].split_whitespace().next().unwrap().to_string()
}

#[tokio::test]
async fn an_ngo_signs_up_confirms_its_email_and_resets_its_password() {
    let app = TestApp::start(Backend::Sqlite).await;
    let smtp = SmtpServer::start().await;
    let mailer =
        SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap();
    let config = WorkerConfig {
        public_url: app.base.clone(),
        ..WorkerConfig::default()
    };

    let form_page = client()
        .get(app.url("/miasto/register"))
        .header("accept-language", "pl")
        .send()
        .await
        .unwrap();
    assert_eq!(form_page.status(), StatusCode::OK);
    let csrf = cookie_value(&set_cookies(&form_page), "granty_csrf").unwrap();
    let cookie = format!("granty_csrf={csrf}");
    // Mistakes are named next to their fields; what was typed stays, passwords do not.
    let bad = post_form(
        &app,
        "/miasto/register",
        &cookie,
        &[
            ("csrf", &csrf),
            ("display_name", "Ewa Kowalska"),
            ("email", "ewa@"),
            ("password", "krotkie"),
            ("password_again", "krotkie"),
        ],
    )
    .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    assert!(
        html.contains("href=\"#email\""),
        "the summary links to the field"
    );
    assert!(html.contains("value=\"Ewa Kowalska\""));
    assert!(!html.contains("krotkie"));
    assert!(html.contains("aria-invalid=\"true\""));
    let mismatch = post_form(
        &app,
        "/miasto/register",
        &cookie,
        &[
            ("csrf", &csrf),
            ("display_name", "Ewa Kowalska"),
            ("email", "ewa@example.org"),
            ("password", "dlugie-haslo-1"),
            ("password_again", "dlugie-haslo-2"),
        ],
    )
    .await;
    assert!(mismatch.text().await.unwrap().contains("Hasła się różnią"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("display_name", "Ewa Kowalska"),
        ("email", "ewa@example.org"),
        ("password", "dlugie-haslo-1"),
        ("password_again", "dlugie-haslo-1"),
    ];
    let ok = post_form(&app, "/miasto/register", &cookie, &fields).await;
    assert_eq!(ok.status(), StatusCode::OK);
    assert!(ok.text().await.unwrap().contains("Sprawdź skrzynkę e-mail"));
    let again = post_form(&app, "/miasto/register", &cookie, &fields).await;
    assert!(again
        .text()
        .await
        .unwrap()
        .contains("Ten adres e-mail ma już konto"));

    // Not before the address is confirmed.
    let (status, problem) = app
        .login("ewa@example.org", "dlugie-haslo-1", "miasto")
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    deliver_once(&app.db, &mailer, &app.worker_now(), &config)
        .await
        .unwrap();
    let link = link_in_last_message(&smtp, "ewa@example.org");
    assert!(link.contains("/confirm-email?token="), "{link}");
    let confirmed = client().get(&link).send().await.unwrap();
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert!(confirmed
        .text()
        .await
        .unwrap()
        .contains("Adres e-mail potwierdzony"));
    assert_eq!(
        client().get(&link).send().await.unwrap().status(),
        StatusCode::NOT_FOUND,
        "a link works once"
    );
    let (status, session) = app
        .login("ewa@example.org", "dlugie-haslo-1", "miasto")
        .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(session["role"], "ngo");

    // Password reset: the same answer for known and unknown addresses.
    for email in ["ewa@example.org", "nikt@example.org"] {
        let sent = post_form(
            &app,
            "/miasto/password-reset",
            &cookie,
            &[("csrf", &csrf), ("email", email)],
        )
        .await;
        assert_eq!(sent.status(), StatusCode::OK);
        assert!(sent
            .text()
            .await
            .unwrap()
            .contains("Jeśli ten adres ma konto"));
    }
    deliver_once(&app.db, &mailer, &app.worker_now(), &config)
        .await
        .unwrap();
    assert!(!smtp
        .messages()
        .iter()
        .any(|m| m.recipients == ["nikt@example.org"]));
    let reset = link_in_last_message(&smtp, "ewa@example.org");
    assert!(reset.contains("/password-reset/"), "{reset}");
    let path = reset.trim_start_matches(&app.base).to_string();
    let short = post_form(
        &app,
        &path,
        &cookie,
        &[("csrf", &csrf), ("password", "x"), ("password_again", "x")],
    )
    .await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let done = post_form(
        &app,
        &path,
        &cookie,
        &[
            ("csrf", &csrf),
            ("password", "nowe-haslo-2027"),
            ("password_again", "nowe-haslo-2027"),
        ],
    )
    .await;
    assert_eq!(done.status(), StatusCode::OK);
    // Old sessions end; the new password works; the link is spent.
    assert_eq!(
        app.get(session["token"].as_str().unwrap(), "/api/v1/calls")
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.login("ewa@example.org", "nowe-haslo-2027", "miasto")
            .await
            .0,
        StatusCode::CREATED
    );
    assert_eq!(
        client().get(app.url(&path)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    // Two hours later an unused link has expired.
    post_form(
        &app,
        "/miasto/password-reset",
        &cookie,
        &[("csrf", &csrf), ("email", "ewa@example.org")],
    )
    .await;
    deliver_once(&app.db, &mailer, &app.worker_now(), &config)
        .await
        .unwrap();
    let late = link_in_last_message(&smtp, "ewa@example.org")
        .trim_start_matches(&app.base)
        .to_string();
    app.clock.advance(chrono::Duration::hours(2));
    assert_eq!(
        client().get(app.url(&late)).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_ngo_dashboard_and_organisation_profile() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let session = format!("granty_session={}", s.ngo);
    let home = client()
        .get(app.url("/"))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(home.headers()["location"], "/dashboard");
    let page = client()
        .get(app.url("/dashboard"))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("Fundacja Muzyki"), "{html}");
    assert!(html.contains("Letnie koncerty w parku"));
    assert!(html.contains("Uzupełnij i złóż ofertę do 31.12.2026 10:00:00 CET."));
    let csrf = hidden(&html, "csrf");

    let edit = client()
        .get(app.url(&format!("/organisations/{}/edit", s.organisation)))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    let html = edit.text().await.unwrap();
    assert!(html.contains("value=\"5260001246\""));
    let version = hidden(&html, "version");
    let mut fields: Vec<(&str, String)> = vec![
        ("csrf", csrf.clone()),
        ("version", version.clone()),
        ("name", "Fundacja Muzyki Dawnej".into()),
        ("legal_form", "foundation".into()),
        ("krs", "0000123456".into()),
        ("nip", "5260001247".into()),
        ("regon", "123456785".into()),
        ("street", "ul. Długa 5".into()),
        ("postal_code", "00-950".into()),
        ("city", "Warszawa".into()),
        ("email", "biuro@example.org".into()),
        ("bank_account", "PL61109010140000071219812874".into()),
        ("representative_name", "Anna Nowak".into()),
        ("representative_function", "Prezeska".into()),
    ];
    let as_refs = |f: &Vec<(&'static str, String)>| {
        f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>()
    };
    let send = |f: Vec<(&'static str, String)>| {
        let body: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let form = form(&body);
        client()
            .post(app.url(&format!("/organisations/{}/edit", s.organisation)))
            .header("cookie", &session)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
    };
    let bad = send(as_refs(&fields)).await.unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    assert!(html.contains("href=\"#nip\""), "{html}");
    assert!(
        html.contains("value=\"Fundacja Muzyki Dawnej\""),
        "what was typed stays"
    );
    fields[5].1 = "5260001246".into();
    let ok = send(as_refs(&fields)).await.unwrap();
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    // A second tab still holding the old version is told, and keeps its text.
    let stale = send(as_refs(&fields)).await.unwrap();
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    assert!(stale
        .text()
        .await
        .unwrap()
        .contains("Ktoś zapisał te dane w międzyczasie"));
    let (_, view) = app
        .get(&s.ngo, &format!("/api/v1/organisations/{}", s.organisation))
        .await;
    assert_eq!(view["name"], "Fundacja Muzyki Dawnej");
    let _ = id;
}

#[tokio::test]
async fn a_new_organisation_from_the_browser_form() {
    let app = TestApp::start(Backend::Sqlite).await;
    let ngo = app.user("nowa@example.org", Role::Ngo).await;
    let session = format!("granty_session={ngo}");
    let page = client()
        .get(app.url("/organisations/new"))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csrf = hidden(&page.text().await.unwrap(), "csrf");
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", ""),
        ("legal_form", "association"),
        ("name", "Stowarzyszenie Nowe Horyzonty"),
        ("krs", "0000654321"),
        ("nip", "5260001247"),
        ("regon", "123456785"),
        ("street", "ul. Polna 3"),
        ("postal_code", "00-950"),
        ("city", "Demo"),
        ("email", "biuro@horyzonty.org"),
        ("phone", ""),
        ("bank_account", "PL62 1090 1014 0000 0712 1981 2874"),
        ("representative_name", "Ewa Kowalska"),
        ("representative_function", "Prezeska"),
    ];
    let bad = post_form(&app, "/organisations/new", &session, &fields).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(
        html.contains("selected>stowarzyszenie<"),
        "the chosen legal form stays"
    );
    // A NIP registered by another organisation: the person learns to ask for an invitation.
    let other = app.user("inna@example.org", Role::Ngo).await;
    app.organisation(&other, "Fundacja Muzyki", "5260001246")
        .await;
    let mut taken = fields;
    taken[5] = ("nip", "526-000-12-46");
    taken[12] = ("bank_account", "PL61 1090 1014 0000 0712 1981 2874");
    let refused = post_form(&app, "/organisations/new", &session, &taken).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("poproś osobę, która ją zarejestrowała"),
        "{html}"
    );
    assert!(
        html.contains("value=\"526-000-12-46\""),
        "the typed NIP stays"
    );
}

#[tokio::test]
async fn the_clerk_lists_submissions_and_runs_the_formal_check() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = format!("granty_session={}", s.clerk);
    let calls = client()
        .get(app.url("/clerk/calls"))
        .header("cookie", &clerk)
        .send()
        .await
        .unwrap();
    assert_eq!(calls.status(), StatusCode::OK);
    assert!(calls.text().await.unwrap().contains("Kultura 2027"));
    let list = client()
        .get(app.url(&format!("/clerk/calls/{}/applications?sort=grant", s.call)))
        .header("cookie", &clerk)
        .send()
        .await
        .unwrap();
    let html = list.text().await.unwrap();
    // The template escapes "/" as &#x2f;.
    let receipt = format!("K{}&#x2f;2026&#x2f;0001", s.call);
    assert!(html.contains(&receipt), "{html}");
    assert!(html.contains("11\u{a0}000,00\u{a0}zł"));
    let filtered = client()
        .get(app.url(&format!(
            "/clerk/calls/{}/applications?state=formally_accepted",
            s.call
        )))
        .header("cookie", &clerk)
        .send()
        .await
        .unwrap();
    assert!(!filtered.text().await.unwrap().contains(&receipt));

    let page = client()
        .get(app.url(&format!("/clerk/applications/{id}")))
        .header("cookie", &clerk)
        .send()
        .await
        .unwrap();
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Oferta spełnia wszystkie warunki sprawdzane automatycznie."),
        "{html}"
    );
    assert!(html.contains("statut — statut organizacji.pdf"));
    // The clerk reads the offer as it was submitted: its sections, lines and declarations.
    assert!(html.contains("Treść oferty (wersja 1)"), "{html}");
    assert!(html.contains("<td>Honoraria artystów</td>"));
    assert!(html.contains("Anna Nowak"), "the contact person");
    assert!(
        html.contains("1\u{a0}500,00\u{a0}zł"),
        "the unit cost, computed"
    );
    // The checklist: the automatic checks' answers are offered, the rest is the clerk's.
    assert!(
        html.contains("id=\"checklist-on_time\" name=\"checklist.on_time\" value=\"met\" checked")
    );
    let csrf = hidden(&html, "csrf");
    let missing = post_form(
        &app,
        &format!("/clerk/applications/{id}"),
        &clerk,
        &[("csrf", &csrf), ("deficiencies", "Brak podpisu")],
    )
    .await;
    assert_eq!(missing.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = missing.text().await.unwrap();
    assert!(html.contains("Wybierz wynik oceny formalnej."));
    assert!(
        html.contains(">Brak podpisu</textarea>"),
        "what was typed stays"
    );
    let empty = post_form(
        &app,
        &format!("/clerk/applications/{id}"),
        &clerk,
        &[
            ("csrf", &csrf),
            ("outcome", "needs_correction"),
            ("deficiencies", "  "),
        ],
    )
    .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let empty_html = empty.text().await.unwrap();
    assert!(
        empty_html.contains("href=\"#checklist-eligible_applicant\""),
        "a condition no machine can judge must be answered: {empty_html}"
    );
    let checklist = [
        ("checklist.on_time", "met"),
        ("checklist.eligible_applicant", "met"),
        ("checklist.statutory_activity", "met"),
        ("checklist.complete_form", "met"),
        ("checklist.required_attachments", "met"),
        ("checklist.authorised_signatures", "not_met"),
        ("checklist.financial_conditions", "not_applicable"),
    ];
    let mut accepted = vec![("csrf", csrf.as_str()), ("outcome", "accepted")];
    accepted.extend(checklist);
    let contradiction = post_form(
        &app,
        &format!("/clerk/applications/{id}"),
        &clerk,
        &accepted,
    )
    .await;
    assert_eq!(contradiction.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = contradiction.text().await.unwrap();
    assert!(html.contains("nie można uznać za poprawną"), "{html}");
    assert!(
        html.contains("value=\"not_met\" checked"),
        "the answers stay as given"
    );
    let mut correction = vec![
        ("csrf", csrf.as_str()),
        ("outcome", "needs_correction"),
        ("deficiencies", "Brak podpisu skarbnika\nBrak statutu"),
    ];
    correction.extend(checklist);
    let done = post_form(
        &app,
        &format!("/clerk/applications/{id}"),
        &clerk,
        &correction,
    )
    .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    let (_, view) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(view["state"], "needs_correction");
    assert_eq!(
        view["formal_checks"][0]["deficiencies"],
        json!(["Brak podpisu skarbnika", "Brak statutu"])
    );
    assert_eq!(
        view["formal_checks"][0]["checklist"]["authorised_signatures"],
        "not_met"
    );
    // Not for NGOs.
    let ngo = client()
        .get(app.url("/clerk/calls"))
        .header("cookie", format!("granty_session={}", s.ngo))
        .send()
        .await
        .unwrap();
    assert_eq!(ngo.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn the_clerk_creates_a_call_in_local_time_and_publishes_it() {
    let app = TestApp::start(Backend::Sqlite).await;
    let clerk_token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = format!("granty_session={clerk_token}");
    let page = client()
        .get(app.url("/clerk/calls/new"))
        .header("cookie", &clerk)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let csrf = hidden(&page.text().await.unwrap(), "csrf");
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("title", ""),
        ("task_area", "kultura"),
        ("budget", "100 000"),
        ("min_grant", "5000"),
        ("max_grant", "20000"),
        ("min_own_contribution", "10"),
        ("admin_cost_cap", "15"),
        ("opens_at", "2026-12-02T08:00"),
        ("deadline", "2027-03-28T02:30"),
        ("realisation_start", "2027-04-01"),
        ("realisation_end", "2027-11-30"),
        ("required_attachments", "Statut organizacji\nPełnomocnictwo"),
    ];
    let bad = post_form(&app, "/clerk/calls/new", &clerk, &fields).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    assert!(html.contains("href=\"#title\""), "{html}");
    assert!(
        html.contains("href=\"#deadline\""),
        "02:30 on 28 March 2027 does not exist in Warsaw"
    );
    assert!(
        html.contains("Statut organizacji\nPełnomocnictwo</textarea>"),
        "what was typed stays"
    );
    fields[1].1 = "Kultura 2027";
    fields[9].1 = "2026-12-15T15:30";
    let ok = post_form(&app, "/clerk/calls/new", &clerk, &fields).await;
    assert_eq!(ok.status(), StatusCode::SEE_OTHER);
    let (_, list) = app.get(&clerk_token, "/api/v1/calls").await;
    let call = &list["calls"][0];
    assert_eq!(call["deadline"], "2026-12-15T14:30:00Z", "15:30 CET");
    assert_eq!(
        call["required_attachments"][0]["code"],
        "statut-organizacji"
    );
    let id = call["id"].as_i64().unwrap();
    // Fourteen days is under the statutory 21: publishing needs the confirmation.
    let refused = post_form(
        &app,
        &format!("/clerk/calls/{id}/publish"),
        &clerk,
        &[("csrf", &csrf)],
    )
    .await;
    assert!(refused.text().await.unwrap().contains("21"));
    let published = post_form(
        &app,
        &format!("/clerk/calls/{id}/publish"),
        &clerk,
        &[("csrf", &csrf), ("confirm_short_deadline", "yes")],
    )
    .await;
    assert!(published
        .text()
        .await
        .unwrap()
        .contains("Konkurs opublikowany."));
    let (_, view) = app.get(&clerk_token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(view["state"], "published");
}

#[tokio::test]
async fn an_offer_is_written_reviewed_and_submitted_in_the_browser_forms() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    let session = format!("granty_session={}", s.ngo);
    let dashboard = get_page(&app, "/dashboard", &session).await.1;
    assert!(dashboard.contains("Rozpocznij ofertę"), "{dashboard}");
    let csrf = hidden(&dashboard, "csrf");
    let started = post_form(
        &app,
        &format!("/calls/{}/start", s.call),
        &session,
        &[
            ("csrf", &csrf),
            ("organisation_id", &s.organisation.to_string()),
        ],
    )
    .await;
    assert_eq!(started.status(), StatusCode::SEE_OTHER);
    let edit_path = started.headers()["location"].to_str().unwrap().to_string();
    let id: i64 = edit_path.split('/').nth(2).unwrap().parse().unwrap();
    let editor = get_page(&app, &edit_path, &session).await.1;
    assert!(editor.contains("Kalkulacja kosztów"));
    let version = hidden(&editor, "version");
    let fields = vec![
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("action", "save"),
        ("title", "Letnie koncerty"),
        ("place", "Park"),
        ("target_group", "Mieszkańcy"),
        ("summary", "Sześć koncertów."),
        ("start_date", "2027-05-01"),
        ("end_date", "2027-09-30"),
        ("schedule.0.name", "Koncerty"),
        ("schedule.0.start", "2027-06-01"),
        ("schedule.0.end", "2027-08-31"),
        ("costs.0.category", "action"),
        ("costs.0.action_no", "1"),
        ("costs.0.name", "Honoraria"),
        ("costs.0.unit", "koncert"),
        ("costs.0.unit_cost", "1 500"),
        ("costs.0.quantity", "6"),
        ("costs.1.category", "administrative"),
        ("costs.1.name", "Koordynacja"),
        ("costs.1.unit", "miesiąc"),
        ("costs.1.unit_cost", "500"),
        ("costs.1.quantity", "2"),
        ("costs.2.name", ""),
        ("sources.requested_grant", "9000"),
        ("sources.own_financial", "1000"),
        ("declarations.remuneration", "unpaid"),
        ("declarations.no_tax_arrears", "yes"),
        ("declarations.no_social_security_arrears", "yes"),
        ("declarations.public_benefit_only", "yes"),
        ("declarations.fees_only_in_paid_activity", "yes"),
        ("declarations.register_data_consistent", "yes"),
        ("declarations.information_true", "yes"),
        ("declarations.gdpr_statements_obtained", "yes"),
        ("contact.name", "Anna Nowak"),
        ("contact.email", "anna@fundacja.pl"),
    ];
    let saved = post_form(&app, &edit_path, &session, &fields).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let html = saved.text().await.unwrap();
    assert!(html.contains("Zapisano."));
    assert!(
        html.contains("9\u{a0}000,00\u{a0}zł"),
        "the line value is computed"
    );
    assert!(
        html.contains("10\u{a0}000,00\u{a0}zł"),
        "the total is computed"
    );
    assert!(
        html.contains("href=\"#attachments-statut\""),
        "the missing attachment is listed: {html}"
    );
    // A stale second save keeps the typed text and says so.
    let stale = post_form(&app, &edit_path, &session, &fields).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    assert!(stale.text().await.unwrap().contains("Ktoś zapisał"));

    let review = get_page(&app, &format!("/applications/{id}/review"), &session)
        .await
        .1;
    assert!(review.contains("Oferty nie można jeszcze złożyć"));
    let part = reqwest::multipart::Part::bytes(pdf_bytes())
        .file_name("statut.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("kind", "statut")
        .part("file", part);
    let uploaded = client()
        .post(app.url(&format!("/applications/{id}/upload?csrf={csrf}")))
        .header("cookie", &session)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::SEE_OTHER);
    let review = get_page(&app, &format!("/applications/{id}/review"), &session)
        .await
        .1;
    assert!(review.contains("Oferta jest kompletna"), "{review}");
    let submitted = post_form(
        &app,
        &format!("/applications/{id}/submit"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(
        submitted.headers()["location"],
        format!("/applications/{id}/receipt").as_str()
    );
    let receipt = get_page(&app, &format!("/applications/{id}/receipt"), &session)
        .await
        .1;
    assert!(receipt.contains("Oferta złożona"));
    assert!(
        receipt.contains("Treść oferty (wersja 1)"),
        "the applicant can read what it submitted"
    );
    assert!(receipt.contains(&format!("K{}&#x2f;2026&#x2f;0001", s.call)));
    // A submitted offer opens as its receipt.
    let again = client()
        .get(app.url(&edit_path))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_late_submission_in_the_browser_says_when_the_deadline_passed() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.clock.advance(chrono::Duration::days(30));
    let token = app.token("fundacja@example.org", "miasto").await;
    let session = format!("granty_session={token}");
    // The review page says so at once, and offers no submit button.
    let review = client()
        .get(app.url(&format!("/applications/{id}/review")))
        .header("cookie", &session)
        .send()
        .await
        .unwrap();
    let html = review.text().await.unwrap();
    assert!(
        html.contains("Termin składania ofert minął 31.12.2026 10:00:00 CET."),
        "{html}"
    );
    assert!(!html.contains("Składam ofertę"));
    // A submission sent anyway (an old tab) is refused with the same words.
    let csrf = hidden(&html, "csrf");
    let late = post_form(
        &app,
        &format!("/applications/{id}/submit"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert!(late
        .text()
        .await
        .unwrap()
        .contains("Termin składania ofert minął"));
}

#[tokio::test]
async fn a_multi_year_joint_offer_in_the_browser_forms() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    // A call whose tasks may run into the next year.
    let mut body = call_body(app.now());
    body["realisation_end"] = json!("2028-06-30");
    let (status, call) = app.post(&s.clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{call}");
    let call = call["id"].as_i64().unwrap();
    let (status, _) = app
        .post(
            &s.clerk,
            &format!("/api/v1/calls/{call}/publish"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let id = app.new_draft(&s.ngo, call, s.organisation).await;
    let session = format!("granty_session={}", s.ngo);
    let edit_path = format!("/applications/{id}/edit");
    let open = |path: String| {
        let session = session.clone();
        let url = app.url(&path);
        async move {
            client()
                .get(url)
                .header("cookie", session)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    let editor = open(edit_path.clone()).await;
    assert!(editor.contains("Fundacja Muzyki"), "the applicant's data");
    assert!(
        !editor.contains("costs.0.year_values.0"),
        "no year columns before the dates say so"
    );
    let csrf = hidden(&editor, "csrf");
    let base = vec![
        ("csrf", csrf.clone()),
        ("action", "save".to_string()),
        ("title", "Koncerty".into()),
        ("start_date", "2027-10-01".into()),
        ("end_date", "2028-03-31".into()),
        ("schedule.0.name", "Koncerty".into()),
        ("costs.0.category", "action".into()),
        ("costs.0.action_no", "1".into()),
        ("costs.0.name", "Honoraria".into()),
        ("costs.0.unit", "koncert".into()),
        ("costs.0.unit_cost", "1 500".into()),
        ("costs.0.quantity", "6".into()),
        ("contact.name", "Anna Nowak".into()),
        ("contact.phone", "+48 600 100 200".into()),
    ];
    let save = |extra: Vec<(&'static str, &'static str)>, version: String| {
        let mut fields = base.clone();
        fields.push(("version", version));
        fields.extend(extra.into_iter().map(|(k, v)| (k, v.to_string())));
        let app = &app;
        let session = session.clone();
        let edit_path = edit_path.clone();
        async move {
            let borrowed: Vec<(&str, &str)> =
                fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let response = post_form(app, &edit_path, &session, &borrowed).await;
            assert_eq!(response.status(), StatusCode::OK);
            response.text().await.unwrap()
        }
    };
    // The first save sets the dates; the page then asks for the value in each year.
    let html = save(vec![], hidden(&editor, "version")).await;
    assert!(html.contains("name=\"costs.0.year_values.1\""), "{html}");
    assert!(
        html.contains("<p class=\"field-error\" id=\"place-error\">"),
        "a missing field says so next to it"
    );
    assert!(
        html.contains("name=\"previous_activity\""),
        "section IV is in the form"
    );
    assert!(html.contains("Podaj wartość osobno dla każdego roku"));
    // Parts that do not add up are named, with the line's value.
    let html = save(
        vec![
            ("costs.0.year_values.0", "4000"),
            ("costs.0.year_values.1", "4000"),
        ],
        hidden(&html, "version"),
    )
    .await;
    assert!(
        html.contains("muszą w sumie dać wartość pozycji, czyli 9\u{a0}000,00\u{a0}zł"),
        "{html}"
    );
    assert!(
        html.contains("value=\"4000\""),
        "what was typed stays in the form"
    );
    // A joint offer: a Czech partner with its share; the applicant's share is the rest.
    let html = save(
        vec![
            ("costs.0.year_values.0", "4000"),
            ("costs.0.year_values.1", "5000"),
            ("partners.0.name", "Spolek Přátel Hudby"),
            ("partners.0.country", "CZ"),
            ("partners.0.registration_number", "12345678"),
            ("partners.0.address", "Masarykova 1, Ostrava"),
            ("partners.0.scope", "Zaprasza czeskich muzyków"),
            ("partners.0.cost_share", "2 500"),
            ("partners.1.country", "PL"),
        ],
        hidden(&html, "version"),
    )
    .await;
    assert!(!html.contains("muszą w sumie dać"), "the years add up now");
    assert!(html.contains("Koszty w roku 2028"));
    assert!(html.contains("5\u{a0}000,00\u{a0}zł"), "the 2028 total");
    assert!(html.contains("Udział oferenta w kosztach"));
    assert!(
        html.contains("6\u{a0}500,00\u{a0}zł"),
        "9 000 less the partner's 2 500"
    );
    assert!(
        html.contains("href=\"#representation\""),
        "a joint offer must say how the partners are represented"
    );
    assert!(
        html.contains("name=\"partners.1.name\""),
        "a blank partner to add"
    );
    let (_, stored) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    let content = &stored["content"];
    assert_eq!(content["costs"][0]["year_values"], json!(["4000", "5000"]));
    assert_eq!(content["partners"].as_array().unwrap().len(), 1);
    assert_eq!(content["partners"][0]["country"], "CZ");
    assert_eq!(content["contact"]["name"], "Anna Nowak");
    // A Polish partner registered in Granty is linked by its NIP: its people read the offer.
    let razem = app.user("razem@example.org", Role::Ngo).await;
    app.organisation(&razem, "Stowarzyszenie Razem", "7740001454")
        .await;
    let html = save(
        vec![
            ("costs.0.year_values.0", "4000"),
            ("costs.0.year_values.1", "5000"),
            ("partners.0.name", "Spolek Přátel Hudby"),
            ("partners.0.country", "CZ"),
            ("partners.0.registration_number", "12345678"),
            ("partners.0.address", "Masarykova 1, Ostrava"),
            ("partners.0.scope", "Zaprasza czeskich muzyków"),
            ("partners.0.cost_share", "2 500"),
            ("partners.1.name", "Stowarzyszenie Razem"),
            ("partners.1.country", "PL"),
            ("partners.1.registration_number", "774-000-14-54"),
            ("partners.1.address", "ul. Polna 1, Demo"),
            ("partners.1.scope", "Prowadzi warsztaty"),
            ("partners.1.cost_share", "1000"),
        ],
        hidden(&html, "version"),
    )
    .await;
    assert!(html.contains("Stowarzyszenie Razem"), "{html}");
    let partner_session = format!("granty_session={razem}");
    let dashboard = get_page(&app, "/dashboard", &partner_session).await.1;
    assert!(
        dashboard.contains("Fundacja Muzyki (partner oferty wspólnej)"),
        "{dashboard}"
    );
    let opened = client()
        .get(app.url(&edit_path))
        .header("cookie", &partner_session)
        .send()
        .await
        .unwrap();
    assert_eq!(opened.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        opened.headers()["location"],
        format!("/applications/{id}/review").as_str()
    );
    let review = get_page(
        &app,
        &format!("/applications/{id}/review"),
        &partner_session,
    )
    .await
    .1;
    assert!(review.contains("jako partner oferty wspólnej możesz ją czytać"));
    assert!(
        review.contains("Zaprasza czeskich muzyków"),
        "the whole offer"
    );
    assert!(
        !review.contains("Składam ofertę"),
        "only the applicant submits"
    );
    // The partner's remove button takes it out again.
    let html = save(
        vec![
            ("action", "remove:partners:0"),
            ("partners.0.name", "Spolek Přátel Hudby"),
            ("partners.0.cost_share", "2 500"),
            ("costs.0.year_values.0", "4000"),
            ("costs.0.year_values.1", "5000"),
        ],
        hidden(&html, "version"),
    )
    .await;
    assert!(!html.contains("Spolek Přátel Hudby"));
    assert!(!html.contains("Udział oferenta w kosztach")); // Left out of the form, the registered partner loses its access too.
    assert_eq!(
        app.get(&razem, &format!("/api/v1/applications/{id}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
}

on_both_databases!(
    the_clerk_edits_a_draft_call_and_its_criteria,
    editing_a_call_is_refused_when_stale_published_or_not_theirs,
    a_calls_documents_are_published_with_it
);

/// Reverses the template's escaping of attribute values and text.
fn unescape(text: &str) -> String {
    text.replace("&#x2f;", "/")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    Some(unescape(tag[start..].split('"').next()?))
}

/// What a browser would post from the page's form: every named input and textarea.
fn form_fields(html: &str) -> Vec<(String, String)> {
    let mut fields = vec![];
    for chunk in html.split("<input ").skip(1) {
        let tag = chunk.split('>').next().unwrap();
        if let Some(name) = attribute(&format!(" {tag}"), "name") {
            fields.push((
                name,
                attribute(&format!(" {tag}"), "value").unwrap_or_default(),
            ));
        }
    }
    for chunk in html.split("<textarea ").skip(1) {
        let (tag, rest) = chunk.split_once('>').unwrap();
        let name = attribute(&format!(" {tag}"), "name").unwrap();
        let text = rest.split("</textarea>").next().unwrap();
        fields.push((name, unescape(text)));
    }
    fields
}

fn set(fields: &mut [(String, String)], name: &str, value: &str) {
    // Every field of that name: the layout's logout form carries a csrf field too.
    let mut found = false;
    for field in fields.iter_mut().filter(|(n, _)| n == name) {
        field.1 = value.to_string();
        found = true;
    }
    assert!(found, "no field {name}");
}

async fn post_fields(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    post_form(app, path, cookie, &pairs).await
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    let response = client()
        .get(app.url(path))
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

/// A draft call made through the API (deadline 31 December 2026, 10:00 Warsaw); returns its id.
async fn draft_call(app: &TestApp, clerk: &str) -> i64 {
    let (status, body) = app.post(clerk, "/api/v1/calls", call_body(app.now())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_i64().unwrap()
}

async fn the_clerk_edits_a_draft_call_and_its_criteria(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = format!("granty_session={token}");
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");

    let (status, list) = page(&app, "/clerk/calls", &clerk).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        list.contains(&format!("href=\"/clerk/calls/{id}/edit\"")),
        "{list}"
    );

    let (status, html) = page(&app, &edit, &clerk).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Edycja konkursu</h1>"), "{html}");
    assert!(html.contains("<title>Edycja konkursu"), "{html}");
    assert!(html.contains("value=\"Kultura 2027\""));
    assert!(
        html.contains("value=\"2026-12-01T10:00\""),
        "opening in Warsaw time"
    );
    assert!(
        html.contains("value=\"2026-12-31T10:00\""),
        "deadline in Warsaw time"
    );
    assert!(html.contains(">Statut</textarea>"));
    assert!(html.contains("name=\"version\" value=\"1\""));
    assert!(html.contains("id=\"criteria-0-name\""));
    assert!(html.contains("value=\"art. 15 ust. 1 pkt 6\""));
    assert!(
        html.contains("id=\"criteria-7-name\""),
        "six criteria and two blank rows"
    );
    assert!(!html.contains("id=\"criteria-8-name\""));
    assert!(html.contains("<td id=\"criteria-total\">60</td>"));
    assert!(html.contains("name=\"correction_days\" type=\"number\" value=\"7\""));

    // Change a criterion's points, add one in a blank row (the statutory six stay), add an
    // attachment and a correction period.
    let mut fields = form_fields(&html);
    set(&mut fields, "title", "Kultura i sztuka 2027");
    set(&mut fields, "criteria.0.max_points", "20");
    set(&mut fields, "criteria.6.name", "Innowacyjność projektu");
    set(&mut fields, "criteria.6.max_points", "abc");
    set(
        &mut fields,
        "required_attachments",
        "Statut\nPełnomocnictwo",
    );
    set(&mut fields, "correction_days", "10");
    let bad = post_fields(&app, &edit, &clerk, &fields).await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await.unwrap();
    // The new criterion is the seventh, after the statutory six.
    assert!(html.contains("href=\"#criteria-6-max_points\""), "{html}");
    assert!(
        html.contains("Kryterium 7: Maksymalna liczba punktów"),
        "{html}"
    );
    assert!(html.contains("<p class=\"field-error\" id=\"criteria-6-max_points-error\">"));
    assert!(
        html.contains("Wpisz liczbę całkowitą od 1 do 1000."),
        "points say what they may be"
    );
    assert!(
        html.contains("name=\"criteria.6.max_points\" value=\"abc\""),
        "typed value stays"
    );
    assert!(html.contains("value=\"Kultura i sztuka 2027\""));
    assert!(html.contains("Statut\nPełnomocnictwo</textarea>"));
    assert!(
        html.contains("<td id=\"criteria-total\">70</td>"),
        "20 + 5 × 10; abc counts nothing"
    );

    let mut fields = form_fields(&html);
    set(&mut fields, "criteria.6.max_points", "0");
    let zero = post_fields(&app, &edit, &clerk, &fields).await;
    assert_eq!(zero.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(zero
        .text()
        .await
        .unwrap()
        .contains("Wpisz liczbę całkowitą od 1 do 1000."));
    set(&mut fields, "criteria.6.max_points", "5");
    let saved = post_fields(&app, &edit, &clerk, &fields).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura i sztuka 2027");
    assert_eq!(call["version"], 2);
    let criteria = call["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 7, "{call}");
    assert_eq!(criteria[0]["max_points"], 20);
    assert_eq!(criteria[5]["basis"], "art. 15 ust. 1 pkt 6");
    assert_eq!(
        criteria[6],
        json!({ "name": "Innowacyjność projektu", "max_points": 5, "basis": "" })
    );
    assert_eq!(call["max_points"], 75);
    assert_eq!(
        call["required_attachments"],
        json!([
            { "code": "statut", "name": "Statut" },
            { "code": "pelnomocnictwo", "name": "Pełnomocnictwo" }
        ]),
        "the unchanged attachment keeps its code"
    );
    assert_eq!(call["correction_days"], 10);
    assert_eq!(
        call["deadline"], "2026-12-31T09:00:00Z",
        "untouched times stay"
    );
    assert_eq!(
        call["description"],
        "Wydarzenia kulturalne dla mieszkańców."
    );
}

async fn editing_a_call_is_refused_when_stale_published_or_not_theirs(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = format!("granty_session={token}");
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");
    let (_, html) = page(&app, &edit, &clerk).await;
    let mut fields = form_fields(&html);

    // Without the CSRF token nothing changes.
    let without: Vec<(String, String)> = fields
        .iter()
        .filter(|(n, _)| n != "csrf")
        .cloned()
        .collect();
    let forged = post_fields(&app, &edit, &clerk, &without).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    // Someone saves through the API meanwhile: the page's version 1 is stale.
    let (status, body) = app
        .patch(
            &token,
            &format!("/api/v1/calls/{id}"),
            json!({ "version": 1, "title": "Kultura 2027 (API)" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    set(&mut fields, "title", "Kultura 2027 (formularz)");
    let stale = post_fields(&app, &edit, &clerk, &fields).await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let html = stale.text().await.unwrap();
    assert!(
        html.contains("Ktoś inny zmienił ten konkurs w międzyczasie."),
        "{html}"
    );
    assert!(
        html.contains("value=\"Kultura 2027 (formularz)\""),
        "typed value stays"
    );
    assert!(html.contains("name=\"version\" value=\"2\""));
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (API)");
    // Saved again knowingly, it wins.
    let again = post_fields(&app, &edit, &clerk, &form_fields(&html)).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (formularz)");

    // Another town's clerk and an NGO user do not get in; nor does a visitor.
    let other = app.other_tenant("ostrava").await;
    let foreign = app
        .user_in("urednik@ostrava.cz", Role::Clerk, other, "ostrava")
        .await;
    let foreign = format!("granty_session={foreign}");
    assert_eq!(page(&app, &edit, &foreign).await.0, StatusCode::NOT_FOUND);
    let (_, foreign_form) = page(&app, "/clerk/calls/new", &foreign).await;
    let mut foreign_fields = fields.clone();
    set(
        &mut foreign_fields,
        "csrf",
        &unescape(&hidden(&foreign_form, "csrf")),
    );
    let foreign_post = post_fields(&app, &edit, &foreign, &foreign_fields).await;
    assert_eq!(foreign_post.status(), StatusCode::NOT_FOUND);
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let ngo = format!("granty_session={ngo}");
    assert_eq!(page(&app, &edit, &ngo).await.0, StatusCode::FORBIDDEN);
    let visitor = client().get(app.url(&edit)).send().await.unwrap();
    assert_eq!(visitor.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.headers()["location"],
        format!("/login?next=/clerk/calls/{id}/edit").as_str()
    );

    // A published call is not edited: the page says why, and a post changes nothing.
    let (status, body) = app
        .post(&token, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, html) = page(&app, &edit, &clerk).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        html.contains("Tego konkursu nie można już edytować"),
        "{html}"
    );
    assert!(
        html.contains("Etap tego konkursu: trwa nabór ofert."),
        "{html}"
    );
    let (_, list) = page(&app, "/clerk/calls", &clerk).await;
    assert!(!list.contains(&format!("href=\"/clerk/calls/{id}/edit\"")));
    set(&mut fields, "version", "3");
    set(&mut fields, "title", "Po publikacji");
    let refused = post_fields(&app, &edit, &clerk, &fields).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (formularz)");
}

/// Posts a document to a call's documents page as multipart, like the browser's form.
async fn upload_document(
    app: &TestApp,
    call: i64,
    cookie: &str,
    csrf: &str,
    title: &str,
    file: (&str, &str, Vec<u8>),
) -> reqwest::Response {
    let (name, content_type, bytes) = file;
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str(content_type)
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("title", title.to_string())
        .part("file", part);
    client()
        .post(app.url(&format!("/clerk/calls/{call}/documents?csrf={csrf}")))
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn a_calls_documents_are_published_with_it(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let (status, call) = app
        .post(&clerk, "/api/v1/calls", call_body(app.now()))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{call}");
    let call = call["id"].as_i64().unwrap();
    let cookie = format!("granty_session={clerk}");
    let path = format!("/clerk/calls/{call}/documents");
    let page = client()
        .get(app.url(&path))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    let start = html.find("documents?csrf=").unwrap() + "documents?csrf=".len();
    let csrf = html[start..].split('"').next().unwrap().to_string();
    let pdf = || ("ogłoszenie.pdf", "application/pdf", pdf_bytes());

    // Without the form's token nothing is stored; a title and a permitted type are required.
    let forged = upload_document(&app, call, &cookie, "x", "Ogłoszenie", pdf()).await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let untitled = upload_document(&app, call, &cookie, &csrf, " ", pdf()).await;
    assert_eq!(untitled.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(untitled
        .text()
        .await
        .unwrap()
        .contains("id=\"document-title-error\""));
    let text_file = ("notatka.txt", "text/plain", b"notatka".to_vec());
    let wrong = upload_document(&app, call, &cookie, &csrf, "Notatka", text_file).await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = wrong.text().await.unwrap();
    assert!(html.contains("id=\"document-file-error\""), "{html}");
    assert!(html.contains("value=\"Notatka\""), "the title stays");

    let added = upload_document(&app, call, &cookie, &csrf, "Ogłoszenie o konkursie", pdf()).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let html = get_page(&app, &path, &cookie).await.1;
    assert!(html.contains("Ogłoszenie o konkursie"));
    assert!(html.contains("PDF, 1 kB"), "{html}");

    // A draft call and its documents are not public yet.
    let public = format!("/miasto/calls/{call}");
    let hidden_call = client().get(app.url(&public)).send().await.unwrap();
    assert_eq!(hidden_call.status(), StatusCode::NOT_FOUND);
    use sea_orm::EntityTrait;
    let documents = granty_store::entities::call_document::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    let document = documents[0].id;
    let download = format!("/miasto/calls/{call}/documents/{document}");
    let early = client().get(app.url(&download)).send().await.unwrap();
    assert_eq!(early.status(), StatusCode::NOT_FOUND);
    let (status, _) = app
        .post(&clerk, &format!("/api/v1/calls/{call}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK);
    let html = client()
        .get(app.url(&public))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("Ogłoszenie o konkursie"), "{html}");
    let file = client().get(app.url(&download)).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()["content-type"], "application/pdf");
    assert!(file.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("og%C5%82oszenie.pdf"));
    assert_eq!(file.bytes().await.unwrap().to_vec(), pdf_bytes());

    // Only the town's staff manage documents.
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let refused = client()
        .get(app.url(&path))
        .header("cookie", format!("granty_session={ngo}"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let other = app.other_tenant("brno").await;
    let stranger = app
        .user_in("urednik@brno.cz", Role::Clerk, other, "brno")
        .await;
    let theirs = client()
        .get(app.url(&path))
        .header("cookie", format!("granty_session={stranger}"))
        .send()
        .await
        .unwrap();
    assert_eq!(theirs.status(), StatusCode::NOT_FOUND);

    // Removed, it is gone from the public page and its link.
    let removed = post_form(
        &app,
        &format!("/clerk/calls/{call}/documents/{document}/delete"),
        &cookie,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    let gone = client().get(app.url(&download)).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let html = client()
        .get(app.url(&public))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("Ogłoszenie o konkursie"));
}
