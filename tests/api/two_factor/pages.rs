//! Two-factor login in the browser: the login's second step, enrolment and disabling on the
//! account page, and the town's requirement for its staff.

use super::{audited, code_now, enrolled_clerk, user_id, CLERK, SECRET};
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use granty_store::two_factor;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    the_login_asks_for_the_code_before_it_opens_a_session,
    a_clerk_enrols_on_the_account_page_and_disables_with_a_code,
    a_town_requiring_two_factor_sends_staff_to_enrol_first,
);

async fn login_with_password(app: &TestApp) -> (Browser<'_>, String, crate::browser::Answer) {
    let page = Browser::new(app).get("/login?lang=en").await;
    let csrf = page.cookie("granty_csrf").expect("csrf cookie");
    let browser = Browser::new(app)
        .with_cookie("granty_csrf", &csrf)
        .with_cookie("granty_lang", "en");
    let fields = [
        ("csrf", csrf.as_str()),
        ("next", "/clerk/calls"),
        ("tenant", "miasto"),
        ("email", CLERK),
        ("password", PASSWORD),
    ];
    let answer = browser.post("/login", &fields).await;
    (browser, csrf, answer)
}

async fn the_login_asks_for_the_code_before_it_opens_a_session(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    let (browser, csrf, answer) = login_with_password(&app).await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(
        answer.location.as_deref(),
        Some("/login/code?next=%2Fclerk%2Fcalls")
    );
    assert_eq!(answer.cookie("granty_session"), None, "no session yet");
    let challenge = answer.cookie("granty_login_challenge").expect("challenge");
    let browser = browser.with_cookie("granty_login_challenge", &challenge);
    let form = browser.get("/login/code?next=%2Fclerk%2Fcalls").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.page.input("next"), "/clerk/calls");

    let post = |code: String| {
        let csrf = csrf.clone();
        let browser = &browser;
        async move {
            let fields = [
                ("csrf", csrf),
                ("next", "/clerk/calls".into()),
                ("code", code),
            ];
            browser.post("/login/code", &fields).await
        }
    };
    let wrong = post("000000".into()).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        wrong.page.text("#code-error").contains("not right"),
        "{}",
        wrong.html()
    );
    assert_eq!(wrong.cookie("granty_session"), None);

    let right = post(code_now(&app)).await;
    assert_eq!(right.status, StatusCode::SEE_OTHER, "{}", right.html());
    assert_eq!(right.location.as_deref(), Some("/clerk/calls"));
    let session = right.cookie("granty_session").expect("a session");
    let calls = Browser::signed_in(&app, &session).get("/clerk/calls").await;
    assert_eq!(calls.status, StatusCode::OK);
    // The challenge is spent: the next window's code for it finds nothing.
    app.clock.advance(chrono::Duration::seconds(30));
    let again = post(code_now(&app)).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text().contains("Log in again"), "{}", again.html());
}

async fn a_clerk_enrols_on_the_account_page_and_disables_with_a_code(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user(CLERK, Role::Clerk).await;
    let browser = Browser::signed_in(&app, &token).with_cookie("granty_lang", "en");
    let page = browser.get("/account?lang=en").await;
    assert!(page.page.has("form[action='/account/two-factor/start']"));
    let csrf = page.page.input("csrf");
    let started = browser
        .post("/account/two-factor/start", &[("csrf", &csrf)])
        .await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    let pending = browser.get("/account?lang=en").await;
    let secret = pending.page.text("#two-factor-secret").replace(' ', "");
    assert_eq!(secret.len(), 32, "{}", pending.html());
    assert!(pending
        .page
        .text("#two-factor-uri")
        .starts_with("otpauth://totp/Granty:"));
    assert!(pending.page.has(".qr-code svg[role='img']"), "a QR code");

    let wrong = browser
        .post(
            "/account/two-factor/confirm",
            &[("csrf", &csrf), ("code", &"999999".to_string())],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    // In the language chosen (it became the account's), at the field.
    let message = wrong.page.text("#two-factor-code-error");
    assert!(message.contains("This code is not right"), "{message}");
    assert_eq!(audited(&app, "two_factor_enabled").await, 0);

    let code = two_factor::code_at(&secret, app.now()).unwrap();
    let on = browser
        .post(
            "/account/two-factor/confirm",
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    // The answer is the page with the recovery codes, shown this once.
    assert_eq!(on.status, StatusCode::OK, "{}", on.html());
    assert_eq!(on.page.all("#recovery-codes-list li").len(), 10);
    assert_eq!(audited(&app, "two_factor_enabled").await, 1);
    let page = browser.get("/account?lang=en").await;
    assert!(!page.page.has("#two-factor-secret"), "never shown again");
    assert!(page.page.has("form[action='/account/two-factor/disable']"));
    let id = user_id(&app, CLERK).await;
    assert!(two_factor::is_enabled(&app.db.reader, id).await.unwrap());

    // The code just used cannot switch it off; the next one can.
    let reused = browser
        .post(
            "/account/two-factor/disable",
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(reused.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.clock.advance(chrono::Duration::seconds(30));
    let code = two_factor::code_at(&secret, app.now()).unwrap();
    let off = browser
        .post(
            "/account/two-factor/disable",
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(off.status, StatusCode::SEE_OTHER);
    assert_eq!(audited(&app, "two_factor_disabled").await, 1);
    assert!(!two_factor::is_enabled(&app.db.reader, id).await.unwrap());

    // An NGO member has no such section and may not start one.
    let ngo = app.user("ngo@fundacja.pl", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &ngo);
    assert!(!ngo.get("/account").await.page.has("#two-factor"));
    let csrf = ngo.csrf().await;
    let refused = ngo
        .post("/account/two-factor/start", &[("csrf", &csrf)])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}

async fn a_town_requiring_two_factor_sends_staff_to_enrol_first(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let clerk = app.user(CLERK, Role::Clerk).await;
    let (status, rules) = app.get(&admin, "/api/v1/admin/rules").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(rules["require_two_factor_for_staff"], json!(false));
    let mut required = rules.clone();
    required["require_two_factor_for_staff"] = json!(true);
    let request = app
        .client
        .put(app.url("/api/v1/admin/rules"))
        .bearer_auth(&admin)
        .json(&required);
    let (status, body) = app.send(request).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(audited(&app, "set_rules").await, 1);

    let browser = Browser::signed_in(&app, &clerk);
    let calls = browser.get("/clerk/calls").await;
    assert_eq!(calls.status, StatusCode::SEE_OTHER);
    assert_eq!(calls.location.as_deref(), Some("/account#two-factor"));
    let account = browser.get("/account?lang=en").await;
    assert!(account.text().contains("requires two-factor login"));

    // The API holds the clerk's token to the same rule, naming what is missing.
    let (status, problem) = app.get(&clerk, "/api/v1/calls").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{problem}");
    let kind = problem["type"].as_str().unwrap();
    assert!(kind.ends_with("two-factor-enrolment-required"), "{problem}");

    // Enrolled, the clerk works again.
    let id = user_id(&app, CLERK).await;
    two_factor::enrol_fixed_secret(&app.db, id, SECRET, app.now())
        .await
        .unwrap();
    assert_eq!(browser.get("/clerk/calls").await.status, StatusCode::OK);
    assert_eq!(app.get(&clerk, "/api/v1/calls").await.0, StatusCode::OK);
    // The admin is staff too.
    let admin_page = Browser::signed_in(&app, &admin)
        .get("/admin/notifications")
        .await;
    assert_eq!(admin_page.location.as_deref(), Some("/account#two-factor"));
}
