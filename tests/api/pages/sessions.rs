//! Accounts and sessions in the browser: a locked login says how long to wait (429 with
//! `Retry-After`), a login replaces the session cookie the browser had, and the account page
//! logs out everywhere.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use reqwest::StatusCode;

on_both_databases!(
    a_locked_login_page_says_how_long_to_wait,
    a_login_in_the_browser_replaces_the_session_it_had,
    the_account_page_logs_out_everywhere,
);

const EMAIL: &str = "ngo@fundacja.pl";

async fn login_form<'a>(app: &'a TestApp, lang: &str) -> (Browser<'a>, String) {
    let page = Browser::new(app).get(&format!("/login?lang={lang}")).await;
    let csrf = page.cookie("granty_csrf").expect("csrf cookie");
    let browser = Browser::new(app)
        .with_cookie("granty_csrf", &csrf)
        .with_cookie("granty_lang", lang);
    (browser, csrf)
}

async fn log_in(browser: &Browser<'_>, csrf: &str, password: &str) -> crate::browser::Answer {
    let fields = [
        ("csrf", csrf),
        ("next", "/dashboard"),
        ("tenant", "miasto"),
        ("email", EMAIL),
        ("password", password),
    ];
    browser.post("/login", &fields).await
}

async fn a_locked_login_page_says_how_long_to_wait(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user(EMAIL, Role::Ngo).await;
    let (browser, csrf) = login_form(&app, "pl").await;
    for _ in 0..10 {
        let wrong = log_in(&browser, &csrf, "wrong password!").await;
        assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let locked = log_in(&browser, &csrf, PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(locked.headers["retry-after"], "900");
    assert!(
        locked
            .page
            .text(".error-summary")
            .contains("Spróbuj ponownie za 15 minut"),
        "{}",
        locked.html()
    );
    assert_eq!(locked.page.input("email"), EMAIL, "the typed email stays");
    // In Czech, a minute later.
    app.clock.advance(Duration::minutes(1));
    let (czech, csrf) = login_form(&app, "cs").await;
    let locked = log_in(&czech, &csrf, PASSWORD).await;
    assert_eq!(locked.headers["retry-after"], "840");
    assert!(
        locked.text().contains("Zkuste to znovu za 14 minut"),
        "{}",
        locked.html()
    );
    app.clock.advance(Duration::minutes(14));
    let open = log_in(&czech, &csrf, PASSWORD).await;
    assert_eq!(open.status, StatusCode::SEE_OTHER);
}

async fn a_login_in_the_browser_replaces_the_session_it_had(backend: Backend) {
    let app = TestApp::start(backend).await;
    let before = app.user(EMAIL, Role::Ngo).await;
    let (browser, csrf) = login_form(&app, "pl").await;
    let browser = browser.with_cookie("granty_session", &before);
    let ok = log_in(&browser, &csrf, PASSWORD).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let after = ok.cookie("granty_session").expect("a new session cookie");
    assert_ne!(after, before);
    assert_eq!(
        Browser::signed_in(&app, &after)
            .get("/dashboard")
            .await
            .status,
        StatusCode::OK
    );
    let old = Browser::signed_in(&app, &before).get("/dashboard").await;
    assert_eq!(old.status, StatusCode::SEE_OTHER, "the old session is over");
    assert_eq!(old.location.as_deref(), Some("/login?next=/dashboard"));
}

async fn the_account_page_logs_out_everywhere(backend: Backend) {
    let app = TestApp::start(backend).await;
    let laptop = app.user(EMAIL, Role::Ngo).await;
    let phone = app.token(EMAIL, "miasto").await;
    let browser = Browser::signed_in(&app, &laptop);
    // In the account's own language (Polish), or the one chosen.
    let page = browser.get("/account").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.page.text("h1"), "Twoje konto");
    let english = browser.get("/account?lang=en").await;
    assert_eq!(
        english
            .page
            .text("form[action='/account/logout-everywhere'] button"),
        "Log out everywhere"
    );
    assert!(page.text().contains(EMAIL));
    assert_eq!(
        page.page.attr("header a[href='/account']", "href"),
        "/account"
    );
    let csrf = page.page.input("csrf");
    let forged = browser
        .post("/account/logout-everywhere", &[("csrf", "forged")])
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get(&phone, "/api/v1/organisations/mine").await.0,
        StatusCode::OK
    );

    let out = browser
        .post("/account/logout-everywhere", &[("csrf", &csrf)])
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location.as_deref(), Some("/login"));
    assert_eq!(out.cookie("granty_session").as_deref(), Some(""));
    assert_eq!(
        app.get(&phone, "/api/v1/organisations/mine").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(browser.get("/account").await.status, StatusCode::SEE_OTHER);
}
