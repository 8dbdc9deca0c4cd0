//! TOTP secrets at rest: sealed under the server's key (the column never holds the base32
//! secret), read in the clear only for rows written before sealing until the start-up pass
//! seals them, and a server with another key stops with an error naming both keys instead of
//! letting anyone in.

use super::{code_now, enrolled_clerk, user_id, CLERK, SECRET};
use crate::on_both_databases;
use crate::support::*;
use granty_store::accounts::{self, Attempt};
use granty_store::entities::two_factor_secret;
use granty_store::two_factor::sealing::{seal_plaintext_secrets, SealReport};
use granty_store::{Db, SecretKey, StoreError};
use reqwest::StatusCode;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use std::process::Command;

on_both_databases!(
    the_stored_secret_is_sealed_and_logins_still_work,
    secrets_in_the_clear_are_read_until_the_start_up_pass_seals_them,
    another_key_is_a_clear_error_that_lets_no_one_in,
    a_rotation_reseals_the_secrets_and_keeps_the_recovery_codes,
);

async fn stored(app: &TestApp) -> two_factor_secret::Model {
    let id = user_id(app, CLERK).await;
    two_factor_secret::Entity::find()
        .filter(two_factor_secret::Column::UserId.eq(id))
        .one(&app.db.reader)
        .await
        .unwrap()
        .expect("row")
}

async fn api_login(app: &TestApp, code: &str) -> StatusCode {
    let body =
        json!({ "email": CLERK, "password": PASSWORD, "tenant": "miasto", "totp_code": code });
    let request = app.client.post(app.url("/api/v1/sessions")).json(&body);
    app.send(request).await.0
}

async fn the_stored_secret_is_sealed_and_logins_still_work(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    let row = stored(&app).await;
    assert_eq!(row.secret, "", "the clear column stays empty");
    let sealed = row.sealed_secret.expect("sealed");
    assert!(sealed.starts_with("v1."), "{sealed}");
    assert!(!sealed.contains(SECRET) && !sealed.contains(&SECRET[..16]));
    assert_eq!(api_login(&app, &code_now(&app)).await, StatusCode::CREATED);
}

async fn secrets_in_the_clear_are_read_until_the_start_up_pass_seals_them(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    // As a row written before sealing existed holds it.
    two_factor_secret::Entity::update_many()
        .col_expr(two_factor_secret::Column::Secret, Expr::value(SECRET))
        .col_expr(
            two_factor_secret::Column::SealedSecret,
            Expr::value(Option::<String>::None),
        )
        .exec(&app.db.writer)
        .await
        .unwrap();
    assert_eq!(api_login(&app, &code_now(&app)).await, StatusCode::CREATED);
    let report = seal_plaintext_secrets(&app.db).await.unwrap();
    assert_eq!(
        report,
        SealReport {
            sealed: 1,
            resealed: 0,
            already_sealed: 0
        }
    );
    let row = stored(&app).await;
    assert_eq!(row.secret, "");
    assert!(row.sealed_secret.is_some());
    app.clock.advance(chrono::Duration::seconds(30));
    assert_eq!(api_login(&app, &code_now(&app)).await, StatusCode::CREATED);
    // Idempotent: a second start seals nothing.
    let again = seal_plaintext_secrets(&app.db).await.unwrap();
    assert_eq!(
        again,
        SealReport {
            sealed: 0,
            resealed: 0,
            already_sealed: 1
        }
    );
}

async fn another_key_is_a_clear_error_that_lets_no_one_in(backend: Backend) {
    let app = TestApp::start(backend).await;
    enrolled_clerk(&app).await;
    let other_key = SecretKey::generate();
    let fingerprint = other_key.fingerprint();
    let other = Db::connect(&app.db_url)
        .await
        .unwrap()
        .with_secret_key(other_key);
    let error = seal_plaintext_secrets(&other).await.expect_err("wrong key");
    let said = error.to_string();
    assert!(said.contains("sealed with the key"), "{said}");
    assert!(said.contains(&fingerprint), "{said}");
    // Were it to serve anyway, the login is refused with an error, never opened.
    let code = code_now(&app);
    let attempt = Attempt {
        email: CLERK,
        password: PASSWORD,
        tenant_slug: "miasto",
        address: None,
        previous_token: None,
        totp_code: Some(&code),
    };
    let policy = accounts::AccountPolicy::default();
    let login = accounts::log_in(&other, &attempt, &policy, app.now()).await;
    assert!(
        matches!(login, Err(StoreError::Corrupt(_))),
        "{:?}",
        login.err()
    );
    // Without any key, the same: no secret is read or written in the clear.
    let keyless = Db::connect(&app.db_url).await.unwrap();
    assert!(seal_plaintext_secrets(&keyless).await.is_err());
}

async fn a_rotation_reseals_the_secrets_and_keeps_the_recovery_codes(backend: Backend) {
    let app = TestApp::start(backend).await;
    let enrolled = super::recovery::enrol_on_the_page(&app).await;
    let codes = super::recovery::codes_on(&enrolled.confirmed);
    let before = stored(&app).await.sealed_secret.expect("sealed");
    let new = SecretKey::generate();
    let rotated = app.db.clone().with_rotated_secret_key(new.clone());
    let report = seal_plaintext_secrets(&rotated).await.unwrap();
    assert_eq!(report.resealed, 1, "{report:?}");
    let after = stored(&app).await.sealed_secret.expect("sealed");
    assert_ne!(before, after);
    assert!(after.contains(&new.fingerprint()), "{after}");
    // With the new key alone, the secret opens; a recovery code made before the rotation still
    // works while the previous key is configured, and not once it is gone.
    let code = granty_store::two_factor::code_at(&enrolled.secret, app.now()).unwrap();
    app.clock.advance(chrono::Duration::seconds(30));
    let code_next = granty_store::two_factor::code_at(&enrolled.secret, app.now()).unwrap();
    assert_ne!(code, code_next);
    let new_only = Db::connect(&app.db_url).await.unwrap().with_secret_key(new);
    assert_eq!(
        seal_plaintext_secrets(&new_only)
            .await
            .unwrap()
            .already_sealed,
        1
    );
    let log_in = |db: Db, code: String| {
        let now = app.now();
        async move {
            let attempt = Attempt {
                email: CLERK,
                password: PASSWORD,
                tenant_slug: "miasto",
                address: None,
                previous_token: None,
                totp_code: Some(&code),
            };
            accounts::log_in(&db, &attempt, &Default::default(), now).await
        }
    };
    assert!(log_in(new_only.clone(), code_next).await.is_ok());
    assert!(log_in(rotated, codes[0].clone()).await.is_ok());
    let refused = log_in(new_only, codes[1].clone()).await;
    assert!(matches!(refused, Err(StoreError::BadCredentials)));
}

/// The binary: a malformed key stops start-up naming the setting; a key other than the one the
/// secrets were sealed with stops it naming both keys.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_refuses_to_start_with_a_malformed_or_another_key() {
    let dir = tempfile::tempdir().unwrap();
    let config_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/config");
    let run = |command: &str, key: &str| {
        Command::new(env!("CARGO_BIN_EXE_granty"))
            .arg(command)
            .current_dir(dir.path())
            .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
            .env("GRANTY_CONFIG_DIR", config_dir)
            .env("GRANTY_SECRET_KEY", key)
            .env("GRANTY_LOG", "warn")
            .env_remove("GRANTY_DATABASE_URL")
            .env_remove("GRANTY_STORAGE_URL")
            .env_remove("GRANTY_ENV")
            .output()
            .unwrap()
    };
    let malformed = run("migrate", "c2hvcnQ=");
    assert_eq!(malformed.status.code(), Some(2));
    let said = String::from_utf8_lossy(&malformed.stderr);
    assert!(
        said.contains("`secret_key`") && said.contains("32 bytes"),
        "{said}"
    );

    let first = SecretKey::generate();
    let seeded = run("seed-demo", &first.to_base64());
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    assert!(run("migrate", &first.to_base64()).status.success());
    let second = SecretKey::generate();
    let refused = run("migrate", &second.to_base64());
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("secret_key"), "{said}");
    assert!(said.contains(&first.fingerprint()), "{said}");
    assert!(said.contains(&second.fingerprint()), "{said}");
}
