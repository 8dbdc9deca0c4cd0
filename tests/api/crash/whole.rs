//! What "whole" means after a restart, checked on the database and the attachment folder
//! against what the clients were told.

use super::{Model, Told};
use crate::support::pdf_bytes;
use granty_store::entities::{application, application_version, attachment, notification};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Everything stored that the loop touches: the offers in its call (the demo's past call holds
/// seeded offers of its own) and what belongs to them.
struct Stored {
    applications: Vec<application::Model>,
    versions: HashMap<i64, Vec<application_version::Model>>,
    /// Receipt notifications per application, counted per recipient.
    receipts: HashMap<i64, BTreeMap<String, usize>>,
    attachments: Vec<attachment::Model>,
}

async fn read(db: &DatabaseConnection, call: i64) -> Stored {
    let applications = application::Entity::find()
        .filter(application::Column::CallId.eq(call))
        .all(db)
        .await
        .unwrap();
    let ids: HashSet<i64> = applications.iter().map(|a| a.id).collect();
    let mut versions: HashMap<i64, Vec<_>> = HashMap::new();
    for v in application_version::Entity::find().all(db).await.unwrap() {
        if !ids.contains(&v.application_id) {
            continue;
        }
        versions.entry(v.application_id).or_default().push(v);
    }
    let mut receipts: HashMap<i64, BTreeMap<String, usize>> = HashMap::new();
    for n in notification::Entity::find().all(db).await.unwrap() {
        if n.kind == "application_submitted" {
            let per = receipts.entry(n.entity_id).or_default();
            *per.entry(n.recipient_email).or_default() += 1;
        }
    }
    Stored {
        applications,
        versions,
        receipts,
        attachments: attachment::Entity::find()
            .all(db)
            .await
            .unwrap()
            .into_iter()
            .filter(|a| ids.contains(&a.application_id))
            .collect(),
    }
}

fn title(content: &str) -> String {
    let content: serde_json::Value = serde_json::from_str(content).unwrap();
    content["title"].as_str().unwrap_or_default().to_string()
}

/// Checks every object; `context` says which round and when the kills came.
pub async fn check_whole(
    db: &DatabaseConnection,
    call: i64,
    model: &Model,
    folder: &Path,
    context: &str,
) {
    let stored = read(db, call).await;
    let model = model.lock().unwrap();
    let mut receipt_numbers = HashSet::new();
    for app in &stored.applications {
        let versions = stored.versions.get(&app.id).map_or(&[][..], Vec::as_slice);
        let receipts = stored.receipts.get(&app.id);
        let told = model.get(&app.id);
        let what = format!(
            "offer {} {context}: {app:?} {versions:?} {receipts:?} {told:?}",
            app.id
        );
        match app.state.as_str() {
            "submitted" => {
                let receipt = app.receipt_number.clone().expect(&what);
                assert!(
                    receipt_numbers.insert(receipt.clone()),
                    "receipt twice: {what}"
                );
                assert_eq!(versions.len(), 1, "{what}");
                assert_eq!(versions[0].version_no, 1, "{what}");
                assert_eq!(versions[0].receipt_number, receipt, "{what}");
                assert_eq!(title(&versions[0].content), title(&app.content), "{what}");
                let receipts = receipts.expect(&what);
                assert!(receipts.values().all(|n| *n == 1), "{what}");
                assert!(!receipts.is_empty(), "{what}");
            }
            "draft" => {
                assert!(app.receipt_number.is_none(), "{what}");
                assert!(versions.is_empty(), "{what}");
                assert!(receipts.is_none(), "{what}");
                assert_ne!(told.and_then(|t| t.submitted), Some(Some(201)), "{what}");
            }
            _ => panic!("unexpected state: {what}"),
        }
        assert!(
            allowed_titles(told).contains(&title(&app.content)),
            "{what}"
        );
    }
    let ids: HashSet<i64> = stored.applications.iter().map(|a| a.id).collect();
    let lost: Vec<_> = model.keys().filter(|id| !ids.contains(id)).collect();
    assert!(
        lost.is_empty(),
        "acknowledged drafts lost {context}: {lost:?}"
    );
    check_attachments(&stored, folder, context);
}

/// The titles a draft may hold: its last acknowledged save's, or any later one whose answer was
/// lost (it landed whole or not at all); the empty title if nothing was acknowledged. A draft
/// the clients never heard of (its creation's answer was lost) may only be empty.
fn allowed_titles(told: Option<&Told>) -> Vec<String> {
    let Some(told) = told else {
        return vec![String::new()];
    };
    let last_ok = told.saves.iter().rposition(|(_, s)| s.is_some());
    let (base, rest) = match last_ok {
        Some(i) => (told.saves[i].0.clone(), &told.saves[i + 1..]),
        None => (String::new(), &told.saves[..]),
    };
    let mut allowed = vec![base];
    allowed.extend(
        rest.iter()
            .filter(|(_, s)| s.is_none())
            .map(|(t, _)| t.clone()),
    );
    allowed
}

/// An attachment row always has its bytes; a submitted offer's attachments are locked to it.
fn check_attachments(stored: &Stored, folder: &Path, context: &str) {
    let states: HashMap<i64, &str> = stored
        .applications
        .iter()
        .map(|a| (a.id, a.state.as_str()))
        .collect();
    for row in &stored.attachments {
        let path = folder.join("attachments").join(&row.storage_key);
        let bytes = std::fs::read(&path).unwrap_or_default();
        assert_eq!(bytes, pdf_bytes(), "attachment {row:?} {context}");
        if states.get(&row.application_id) == Some(&"submitted") {
            assert_eq!(row.locked_in_version, Some(1), "{row:?} {context}");
        }
    }
}

/// A kill between putting a file and recording its row leaves the file behind; the sweep the
/// server runs at start-up (for files older than an hour) removes exactly those.
pub async fn no_file_left_behind(db_url: &str, folder: &Path) {
    let db = granty_store::Db::connect(db_url).await.unwrap();
    let storage = granty_store::Storage::open(&granty_store::StorageConfig::Folder(
        folder.join("attachments"),
    ))
    .unwrap();
    let later = chrono::Utc::now() + chrono::Duration::minutes(1);
    let removed = granty_store::orphans::remove_unreferenced(&db, &storage, later)
        .await
        .unwrap();
    eprintln!("{removed} files without their row removed");
    let rows = attachment::Entity::find().all(&db.reader).await.unwrap();
    let mut referenced: Vec<String> = rows.into_iter().map(|r| r.storage_key).collect();
    let mut kept = storage.keys("tenants").await.unwrap();
    referenced.sort();
    kept.sort();
    assert_eq!(kept, referenced);
    db.close().await.unwrap();
}
