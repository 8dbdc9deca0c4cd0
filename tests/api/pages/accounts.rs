//! Accounts in the browser: an NGO person signs up, confirms the address from the email, and
//! resets a forgotten password.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::smtp::SmtpServer;
use crate::support::*;
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;

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

async fn an_ngo_signs_up_confirms_its_email_and_resets_its_password(backend: Backend) {
    let app = TestApp::start(backend).await;
    let smtp = SmtpServer::start().await;
    let mailer =
        SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap();
    let config = WorkerConfig {
        public_url: app.base.clone(),
        ..WorkerConfig::default()
    };
    let now = app.worker_now();
    let documents = shipped_templates();
    let deliver = || deliver_once(&app.db, &mailer, &now, &config, &documents);

    let polish = Browser::new(&app).with_header("accept-language", "pl");
    let form_page = polish.get("/miasto/register").await;
    assert_eq!(form_page.status, StatusCode::OK);
    let csrf = form_page.cookie("granty_csrf").unwrap();
    let visitor = Browser::new(&app).with_cookie("granty_csrf", &csrf);
    // Mistakes are named next to their fields; what was typed stays, passwords do not.
    let bad = visitor
        .post(
            "/miasto/register",
            &[
                ("csrf", csrf.as_str()),
                ("display_name", "Ewa Kowalska"),
                ("email", "ewa@"),
                ("password", "krotkie"),
                ("password_again", "krotkie"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.page.has(".error-summary a[href=\"#email\"]"),
        "the summary links to the field"
    );
    assert_eq!(bad.page.input("display_name"), "Ewa Kowalska");
    assert!(!bad.html().contains("krotkie"));
    assert!(bad.page.has("input[name=\"email\"][aria-invalid=\"true\"]"));
    let mismatch = visitor
        .post(
            "/miasto/register",
            &[
                ("csrf", csrf.as_str()),
                ("display_name", "Ewa Kowalska"),
                ("email", "ewa@example.org"),
                ("password", "dlugie-haslo-1"),
                ("password_again", "dlugie-haslo-2"),
            ],
        )
        .await;
    assert!(mismatch.text().contains("Hasła się różnią"));
    let fields = [
        ("csrf", csrf.as_str()),
        ("display_name", "Ewa Kowalska"),
        ("email", "ewa@example.org"),
        ("password", "dlugie-haslo-1"),
        ("password_again", "dlugie-haslo-1"),
    ];
    let ok = visitor.post("/miasto/register", &fields).await;
    assert_eq!(ok.status, StatusCode::OK);
    assert!(ok.text().contains("Sprawdź skrzynkę e-mail"));
    let again = visitor.post("/miasto/register", &fields).await;
    assert!(again.text().contains("Ten adres e-mail ma już konto"));

    // Not before the address is confirmed.
    let (status, problem) = app
        .login("ewa@example.org", "dlugie-haslo-1", "miasto")
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    deliver().await.unwrap();
    let link = link_in_last_message(&smtp, "ewa@example.org");
    assert!(link.contains("/confirm-email?token="), "{link}");
    let confirmed = visitor.get(&link).await;
    assert_eq!(confirmed.status, StatusCode::OK);
    assert!(confirmed.text().contains("Adres e-mail potwierdzony"));
    assert_eq!(
        visitor.get(&link).await.status,
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
        let sent = visitor
            .post(
                "/miasto/password-reset",
                &[("csrf", csrf.as_str()), ("email", email)],
            )
            .await;
        assert_eq!(sent.status, StatusCode::OK);
        assert!(sent.text().contains("Jeśli ten adres ma konto"));
    }
    deliver().await.unwrap();
    assert!(!smtp
        .messages()
        .iter()
        .any(|m| m.recipients == ["nikt@example.org"]));
    let reset = link_in_last_message(&smtp, "ewa@example.org");
    assert!(reset.contains("/password-reset/"), "{reset}");
    let path = reset.trim_start_matches(&app.base).to_string();
    let short = visitor
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("password", "x"),
                ("password_again", "x"),
            ],
        )
        .await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let done = visitor
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("password", "nowe-haslo-2027"),
                ("password_again", "nowe-haslo-2027"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    // Old sessions end; the new password works; the link is spent.
    let old = session["token"].as_str().unwrap();
    assert_eq!(
        app.get(old, "/api/v1/calls").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.login("ewa@example.org", "nowe-haslo-2027", "miasto")
            .await
            .0,
        StatusCode::CREATED
    );
    assert_eq!(visitor.get(&path).await.status, StatusCode::NOT_FOUND);
    // Two hours later an unused link has expired.
    visitor
        .post(
            "/miasto/password-reset",
            &[("csrf", csrf.as_str()), ("email", "ewa@example.org")],
        )
        .await;
    deliver().await.unwrap();
    let late = link_in_last_message(&smtp, "ewa@example.org");
    app.clock.advance(chrono::Duration::hours(2));
    assert_eq!(visitor.get(&late).await.status, StatusCode::NOT_FOUND);
}

on_both_databases!(an_ngo_signs_up_confirms_its_email_and_resets_its_password);
