//! Personal data (RODO/GDPR) on both databases: the export holds everything about a person and
//! no secrets; erasure removes their details but keeps submitted offers and the audit trail;
//! the retention job deletes what is past its date and nothing else.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_store::entities::{application, audit_event, membership, notification, session, user};
use granty_store::personal::retention::{purge, RetentionPolicy};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

const NGO_EMAIL: &str = "fundacja@example.org";

fn granty(app: &TestApp, args: &[&str]) -> String {
    let output = granty_cli(args, &[("GRANTY_DATABASE_URL", &app.db_url)]);
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "{printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    printed
}

async fn the_export_holds_everything_about_a_person(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let printed = granty(&app, &["person", "export", "Fundacja@Example.org"]);
    let data: Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(data["account"]["email"], NGO_EMAIL);
    assert_eq!(
        data["memberships"][0],
        json!({ "tenant": "miasto", "role": "ngo", "since": data["memberships"][0]["since"] })
    );
    assert_eq!(data["organisations"][0]["name"], "Fundacja Muzyki");
    assert!(!data["sessions"].as_array().unwrap().is_empty());
    let actions: Vec<&str> = data["audit_entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"submit") && actions.contains(&"log_in"),
        "{actions:?}"
    );
    assert_eq!(data["offers"][0]["id"], id);
    assert_eq!(
        data["offers"][0]["content"]["title"],
        "Letnie koncerty w parku"
    );
    // Secrets are not personal data to hand out: no password or token hashes.
    assert!(
        !printed.contains("password_hash")
            && !printed.contains("token_hash")
            && !printed.contains("$argon2")
    );
}

async fn erasure_keeps_the_record_and_removes_the_person(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let submitted = app.submitted(&s.ngo, s.call, s.organisation).await;
    let draft = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let mut content = offer_content();
    content["contact"] =
        json!({ "name": "Jan Fundacja", "email": NGO_EMAIL, "phone": "+48 600 000 000" });
    let (status, body) = app
        .patch(
            &s.ngo,
            &format!("/api/v1/applications/{draft}"),
            json!({ "version": 1, "content": content }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let printed = granty(&app, &["person", "erase", NGO_EMAIL]);
    assert!(printed.contains("erased"), "{printed}");

    let (status, _) = app.login(NGO_EMAIL, PASSWORD, "miasto").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get(&s.ngo, "/api/v1/organisations/mine").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the session is gone");
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(NGO_EMAIL))
        .one(&app.db.writer)
        .await
        .unwrap();
    assert!(person.is_none());
    let kept = application::Entity::find_by_id(submitted)
        .one(&app.db.writer)
        .await
        .unwrap()
        .unwrap();
    assert!(
        kept.receipt_number.is_some() && kept.content.contains("anna@fundacja.pl"),
        "the submitted offer stays whole"
    );
    let blanked = application::Entity::find_by_id(draft)
        .one(&app.db.writer)
        .await
        .unwrap()
        .unwrap();
    let blanked: Value = serde_json::from_str(&blanked.content).unwrap();
    assert_eq!(
        blanked["contact"],
        json!({ "name": "", "email": "", "phone": "" })
    );
    assert_eq!(
        blanked["title"], "Letnie koncerty w parku",
        "the rest of the draft stays"
    );
    let erased = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("erase"))
        .all(&app.db.writer)
        .await
        .unwrap();
    assert_eq!(erased.len(), 1);
    assert!(granty(&app, &["audit", "verify"]).contains("chain intact"));
    // The clerk still reads the submitted offer.
    let (status, _) = app
        .get(&s.clerk, &format!("/api/v1/applications/{submitted}"))
        .await;
    assert_eq!(status, StatusCode::OK);
}

async fn retention_deletes_only_what_is_past_its_date(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let now = app.now();
    let old = now - Duration::days(400);
    let stale = user::ActiveModel {
        email: Set("nigdy@example.org".into()),
        password_hash: Set("x".into()),
        display_name: Set("Nigdy Potwierdzony".into()),
        language: Set("pl".into()),
        email_confirmed_at: Set(None),
        created_at: Set(old),
        updated_at: Set(old),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .unwrap();
    membership::ActiveModel {
        user_id: Set(stale.id),
        tenant_id: Set(app.tenant_id),
        role: Set("ngo".into()),
        created_at: Set(old),
        updated_at: Set(old),
        ..Default::default()
    }
    .insert(&app.db.writer)
    .await
    .unwrap();
    let sent = |when| notification::ActiveModel {
        tenant_id: Set(app.tenant_id),
        kind: Set("email".into()),
        recipient_email: Set(NGO_EMAIL.into()),
        recipient_user_id: Set(None),
        language: Set("pl".into()),
        event: Set("{}".into()),
        link_path: Set("/".into()),
        entity: Set("call".into()),
        entity_id: Set(s.call),
        dedupe_key: Set(None),
        message_id: Set(uuid::Uuid::new_v4().to_string()),
        status: Set("sent".into()),
        attempts: Set(1),
        next_attempt_at: Set(when),
        lease_until: Set(None),
        leased_by: Set(None),
        last_error: Set(None),
        sent_at: Set(Some(when)),
        created_at: Set(when),
        updated_at: Set(when),
        ..Default::default()
    };
    let ancient = sent(old).insert(&app.db.writer).await.unwrap();
    let recent = sent(now - Duration::days(10))
        .insert(&app.db.writer)
        .await
        .unwrap();
    let sessions_before = session::Entity::find()
        .all(&app.db.writer)
        .await
        .unwrap()
        .len();
    assert!(sessions_before >= 2);

    // A day later every session (12 hours) has expired.
    let later = now + Duration::days(1);
    let purged = purge(&app.db, later, &RetentionPolicy::default())
        .await
        .unwrap();
    assert_eq!(purged.sessions as usize, sessions_before);
    assert_eq!(purged.accounts, 1);
    assert_eq!(purged.notifications, 1);
    assert!(user::Entity::find_by_id(stale.id)
        .one(&app.db.writer)
        .await
        .unwrap()
        .is_none());
    assert!(notification::Entity::find_by_id(ancient.id)
        .one(&app.db.writer)
        .await
        .unwrap()
        .is_none());
    assert!(notification::Entity::find_by_id(recent.id)
        .one(&app.db.writer)
        .await
        .unwrap()
        .is_some());
    let confirmed = user::Entity::find()
        .filter(user::Column::Email.eq(NGO_EMAIL))
        .one(&app.db.writer)
        .await
        .unwrap();
    assert!(confirmed.is_some(), "confirmed accounts stay");
    let logged = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("retention_delete"))
        .all(&app.db.writer)
        .await
        .unwrap();
    assert_eq!(logged.len(), 1);
    // Idempotent: a second run finds nothing.
    let again = purge(&app.db, later, &RetentionPolicy::default())
        .await
        .unwrap();
    assert_eq!(
        (again.sessions, again.accounts, again.notifications),
        (0, 0, 0)
    );
}

on_both_databases!(
    the_export_holds_everything_about_a_person,
    erasure_keeps_the_record_and_removes_the_person,
    retention_deletes_only_what_is_past_its_date,
);
