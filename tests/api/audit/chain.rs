//! Tampering with the trail by hand, on both databases, and the command that notices.

use crate::on_both_databases;
use crate::support::{granty_cli, Backend, TestApp};
use granty_store::entities::audit_event;
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// Runs `granty audit verify` against the test's database: (success, what it printed).
fn verify(app: &TestApp) -> (bool, String) {
    let output = granty_cli(
        &["audit", "verify"],
        &[("GRANTY_DATABASE_URL", &app.db_url)],
    );
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success() || output.status.code() == Some(1),
        "{printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), printed)
}

async fn entries(app: &TestApp) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .filter(audit_event::Column::TenantId.eq(app.tenant_id))
        .order_by_asc(audit_event::Column::Seq)
        .all(&app.db.writer)
        .await
        .unwrap()
}

async fn a_trail_with_changes(backend: Backend) -> TestApp {
    let app = TestApp::start(backend).await;
    let scene = app.scenario().await;
    app.submitted(&scene.ngo, scene.call, scene.organisation)
        .await;
    app
}

async fn every_entry_is_chained_and_says_where_it_came_from(backend: Backend) {
    let app = a_trail_with_changes(backend).await;
    let rows = entries(&app).await;
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    for expected in ["grant_role", "log_in", "create", "publish", "submit"] {
        assert!(
            actions.contains(&expected),
            "{expected} missing: {actions:?}"
        );
    }
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(row.seq, Some(index as i64 + 1), "{row:?}");
        assert_eq!(row.hash.as_ref().map(String::len), Some(64));
    }
    // State changes keep the values before and after.
    let published = rows.iter().find(|r| r.action == "publish").unwrap();
    let state = |value: &Option<String>| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(value.as_deref().unwrap()).unwrap()["state"]
            .clone()
    };
    assert_eq!(state(&published.before_value), "draft");
    assert_eq!(state(&published.after_value), "published");
    let saved = rows.iter().find(|r| r.action == "save_draft").unwrap();
    assert!(
        saved
            .after_value
            .as_deref()
            .unwrap()
            .contains(r#""requested_grant":"11000""#),
        "{saved:?}"
    );
    let login = rows.iter().find(|r| r.action == "log_in").unwrap();
    assert_eq!(login.client_address.as_deref(), Some("127.0.0.1"));
    // Granted from the command line: no person, no address.
    let granted = rows.iter().find(|r| r.action == "grant_role").unwrap();
    assert_eq!(
        (granted.actor_user_id, granted.client_address.as_deref()),
        (None, None)
    );
    let (intact, printed) = verify(&app);
    assert!(intact, "{printed}");
    assert!(printed.contains(&format!("miasto: {} entries, chain intact", rows.len())));
}

async fn a_changed_entry_is_named(backend: Backend) {
    let app = a_trail_with_changes(backend).await;
    let rows = entries(&app).await;
    let target = rows[rows.len() / 2].clone();
    let mut changed: audit_event::ActiveModel = target.clone().into();
    changed.detail = Set(r#"{"total":1}"#.into());
    changed.update(&app.db.writer).await.unwrap();
    let (intact, printed) = verify(&app);
    assert!(!intact);
    assert!(
        printed.contains(&format!("TAMPERED: entry {} was changed", target.id)),
        "{printed}"
    );
    // Put back as it was, the chain holds again: the check reads content, not a flag.
    let restored: audit_event::ActiveModel = target.into();
    restored.reset_all().update(&app.db.writer).await.unwrap();
    assert!(verify(&app).0);
}

async fn a_removed_entry_is_named(backend: Backend) {
    let app = a_trail_with_changes(backend).await;
    let rows = entries(&app).await;
    let (gone, next) = (&rows[3], &rows[4]);
    audit_event::Entity::delete_by_id(gone.id)
        .exec(&app.db.writer)
        .await
        .unwrap();
    let (intact, printed) = verify(&app);
    assert!(!intact);
    assert!(
        printed.contains(&format!(
            "entries 4..=4 were removed before entry {}",
            next.id
        )),
        "{printed}"
    );
    // The last entry too: the tenant row remembers how long the chain was.
    let restored: audit_event::ActiveModel = gone.clone().into();
    restored.insert(&app.db.writer).await.unwrap();
    assert!(verify(&app).0);
    let last = rows.last().unwrap();
    audit_event::Entity::delete_by_id(last.id)
        .exec(&app.db.writer)
        .await
        .unwrap();
    let (intact, printed) = verify(&app);
    assert!(!intact);
    let n = rows.len();
    assert!(
        printed.contains(&format!("entries {n}..={n} were removed from the end")),
        "{printed}"
    );
}

async fn an_inserted_entry_is_named(backend: Backend) {
    let app = a_trail_with_changes(backend).await;
    let rows = entries(&app).await;
    let mut forged: audit_event::ActiveModel = rows[2].clone().into();
    forged.id = sea_orm::ActiveValue::NotSet;
    forged.seq = Set(None);
    forged.action = Set("approve".into());
    let forged = forged.insert(&app.db.writer).await.unwrap();
    let (intact, printed) = verify(&app);
    assert!(!intact);
    assert!(
        printed.contains(&format!("TAMPERED: entry {} was inserted", forged.id)),
        "{printed}"
    );
    // A forgery that takes the next number, with any hash, is caught by the tenant's head.
    let mut numbered: audit_event::ActiveModel = forged.into();
    numbered.seq = Set(Some(rows.len() as i64 + 1));
    let numbered = numbered.update(&app.db.writer).await.unwrap();
    let (intact, printed) = verify(&app);
    assert!(!intact);
    assert!(
        printed.contains(&format!("entry {} was inserted", numbered.id)),
        "{printed}"
    );
}

/// Many writers of one tenant at once: every change lands and the chain does not fork.
async fn concurrent_writers_keep_one_chain(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app
        .user("fundacja@example.org", granty_domain::roles::Role::Ngo)
        .await;
    let nips = [
        "5260001200",
        "5260001217",
        "5260001223",
        "5260001246",
        "5260001252",
        "5260001269",
    ];
    let writes = nips.iter().enumerate().map(|(i, nip)| {
        let body = crate::support::organisation_body(&format!("Stowarzyszenie {i}"), nip);
        app.post(&ngo, "/api/v1/organisations", body)
    });
    for (status, body) in futures::future::join_all(writes).await {
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let rows = entries(&app).await;
    let creations = rows.iter().filter(|r| r.entity == "organisation").count();
    assert_eq!(creations, nips.len());
    let (intact, printed) = verify(&app);
    assert!(intact, "{printed}");
}

on_both_databases!(
    every_entry_is_chained_and_says_where_it_came_from,
    a_changed_entry_is_named,
    a_removed_entry_is_named,
    an_inserted_entry_is_named,
    concurrent_writers_keep_one_chain,
);
