//! Logging in and out, the start page of each role, and the admin's notification log.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::smtp::{Mode, SmtpServer};
use crate::support::*;
use granty_domain::roles::Role;
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;

async fn logging_in_and_out_in_the_browser(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user("admin@miasto.pl", Role::Admin).await;
    let czech = Browser::new(&app).with_header("accept-language", "cs-CZ,cs;q=0.9");
    let page = czech.get("/login").await;
    assert_eq!(page.status, StatusCode::OK);
    let login_csrf = page.cookie("granty_csrf").expect("csrf cookie");
    assert!(page
        .set_cookies
        .iter()
        .any(|c| c.starts_with("granty_csrf=")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Lax")));
    assert_eq!(page.page.lang(), "cs");
    assert_eq!(page.page.text("title"), "Přihlášení do Granty — Granty");
    assert_eq!(page.page.input("csrf"), login_csrf);

    // Without the form's token the login is refused and nothing else happens.
    let visitor = Browser::new(&app);
    let forged = visitor
        .post(
            "/login",
            &[
                ("tenant", "miasto"),
                ("email", "admin@miasto.pl"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert!(forged.text().contains("Formularz wygasł"));

    let form = Browser::new(&app).with_cookie("granty_csrf", &login_csrf);
    let fields = [
        ("csrf", login_csrf.as_str()),
        ("next", "/admin/notifications"),
        ("tenant", "miasto"),
        ("email", "admin@miasto.pl"),
    ];
    let wrong = form
        .post(
            "/login?lang=en",
            &[&fields[..], &[("password", "nope-nope-nope")]].concat(),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.text().contains("We could not log you in"),
        "{}",
        wrong.html()
    );
    assert_eq!(
        wrong.page.input("email"),
        "admin@miasto.pl",
        "the typed email stays"
    );
    assert!(
        !wrong.html().contains("nope-nope-nope"),
        "the password does not"
    );

    let ok = form
        .post("/login", &[&fields[..], &[("password", PASSWORD)]].concat())
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location.as_deref(), Some("/admin/notifications"));
    let session = ok.cookie("granty_session").expect("session cookie");
    assert!(ok
        .set_cookies
        .iter()
        .any(|c| c.starts_with("granty_session=") && c.contains("HttpOnly")));
    // The same session works for the API.
    assert_eq!(
        app.get(&session, "/api/v1/admin/notifications").await.0,
        StatusCode::OK
    );

    // An open redirect is not possible through `next`.
    let evil = form
        .post(
            "/login",
            &[
                ("csrf", login_csrf.as_str()),
                ("next", "//evil.example"),
                ("tenant", "miasto"),
                ("email", "admin@miasto.pl"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(evil.location.as_deref(), Some("/"));

    let admin = Browser::signed_in(&app, &session);
    let csrf = admin.get("/admin/notifications").await.page.input("csrf");
    let refused = admin.post("/logout", &[("csrf", "forged")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let out = admin.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(out
        .set_cookies
        .iter()
        .any(|c| c.starts_with("granty_session=;") && c.contains("Max-Age=0")));
    let after = admin.get("/admin/notifications").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(
        after.location.as_deref(),
        Some("/login?next=/admin/notifications")
    );
}

async fn the_admin_page_lists_failed_messages_with_their_reason(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let s = app.scenario().await;
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let smtp = SmtpServer::start().await;
    smtp.set_mode(Mode::Refuse);
    let mailer =
        SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap();
    deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &WorkerConfig::default(),
        &shipped_templates(),
    )
    .await
    .unwrap();

    let admin = Browser::signed_in(&app, &admin);
    let page = admin.get("/admin/notifications?status=failed").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.page.lang(), "pl");
    let text = page.text();
    assert!(text.contains("potwierdzenie złożenia"), "{text}");
    assert!(text.contains("fundacja@example.org"));
    assert!(
        text.contains("(550): 5.7.1 Relaying denied"),
        "the reason is shown: {text}"
    );
    assert!(text.contains("nieudana (1)"));
    // Switching language is remembered.
    let english = admin.get("/admin/notifications?lang=en").await;
    assert!(english.text().contains("submission receipt"));

    // A clerk starts at the town's calls; the admin page is not for clerks.
    let clerk = Browser::signed_in(&app, &s.clerk);
    let home = clerk.get("/").await;
    assert_eq!(
        home.location.as_deref(),
        Some("/clerk/calls"),
        "a clerk starts at the town's calls"
    );
    // A visitor's start page is the only town's own page.
    let anonymous = Browser::new(&app).get("/").await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert_eq!(anonymous.page.text("h1"), "Konkursy ofert");
    let refused = clerk.get("/admin/notifications").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text().contains("administratora"));
}

on_both_databases!(
    logging_in_and_out_in_the_browser,
    the_admin_page_lists_failed_messages_with_their_reason,
);
