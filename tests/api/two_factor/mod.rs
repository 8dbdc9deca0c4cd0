//! Two-factor login (TOTP) for the staff, on both databases: the JSON login asks enrolled
//! accounts for `totp_code`, a code is taken once, wrong codes count in the login throttle, the
//! browser's login has a second step that opens the session only for the right code, enrolment
//! and disabling on the account page (audited), and the town's setting that makes staff enrol.

mod pages;
mod recovery;
mod sealing;

use crate::support::*;
use granty_domain::roles::Role;
use granty_store::entities::{audit_event, user};
use granty_store::two_factor;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

/// The demo's fixed secret (any base32 secret of 20 bytes would do).
pub const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
pub const CLERK: &str = "clerk@miasto.pl";

pub async fn user_id(app: &TestApp, email: &str) -> i64 {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db.reader)
        .await
        .unwrap()
        .expect("user")
        .id
}

/// A clerk enrolled with [`SECRET`].
pub async fn enrolled_clerk(app: &TestApp) {
    app.user(CLERK, Role::Clerk).await;
    let id = user_id(app, CLERK).await;
    two_factor::enrol_fixed_secret(&app.db, id, SECRET, app.now())
        .await
        .expect("enrol");
}

pub fn code_now(app: &TestApp) -> String {
    two_factor::code_at(SECRET, app.now()).expect("code")
}

pub async fn audited(app: &TestApp, action: &str) -> usize {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .all(&app.db.reader)
        .await
        .unwrap()
        .len()
}

async fn api_login(app: &TestApp, code: Option<&str>) -> (StatusCode, Value) {
    let mut body = json!({ "email": CLERK, "password": PASSWORD, "tenant": "miasto" });
    if let Some(code) = code {
        body["totp_code"] = json!(code);
    }
    let request = app
        .client
        .post(app.url("/api/v1/sessions"))
        .header("accept-language", "en")
        .json(&body);
    app.send(request).await
}

crate::on_both_databases!(
    the_api_login_of_an_enrolled_account_needs_a_code_taken_once,
    wrong_codes_count_as_failed_logins_and_lock_the_account,
);

async fn the_api_login_of_an_enrolled_account_needs_a_code_taken_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    let (status, body) = api_login(&app, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(
        body["type"]
            .as_str()
            .unwrap()
            .ends_with("two-factor-required"),
        "{body}"
    );
    assert!(body.get("token").is_none(), "no session without the code");
    let (status, _) = api_login(&app, Some("000000")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let code = code_now(&app);
    let (status, body) = api_login(&app, Some(&code)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert!(body["token"].is_string());
    // The same code again, in the same window: refused (a code read over a shoulder is spent).
    let (status, _) = api_login(&app, Some(&code)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The next window's code works.
    app.clock.advance(chrono::Duration::seconds(30));
    let (status, _) = api_login(&app, Some(&code_now(&app))).await;
    assert_eq!(status, StatusCode::CREATED);
    // An account without two-factor logs in as before.
    app.user("ngo@fundacja.pl", Role::Ngo).await;
    // Erasing the person takes the key with the account's other links.
    let id = user_id(&app, CLERK).await;
    granty_store::personal::erase(&app.db, CLERK, app.now())
        .await
        .unwrap();
    assert!(!two_factor::is_enabled(&app.db.reader, id).await.unwrap());
}

async fn wrong_codes_count_as_failed_logins_and_lock_the_account(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    for _ in 0..10 {
        let (status, _) = api_login(&app, Some("123456")).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(audited(&app, "login_locked").await, 1);
    // Locked: even the right code is not looked at.
    let (status, body) = api_login(&app, Some(&code_now(&app))).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
}
