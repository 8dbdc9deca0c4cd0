//! Files in storage that no row points to. An upload puts the bytes first and records the row
//! after; when the row fails the upload removes the bytes itself, but a process killed between
//! the two steps leaves them behind, unreachable. They are removed here once they are older than
//! any upload could still be in flight.

use crate::entities::{attachment, call_document};
use crate::error::StoreResult;
use crate::storage::Storage;
use crate::Db;
use chrono::{DateTime, Utc};
use sea_orm::{EntityTrait, QuerySelect};
use std::collections::HashSet;

/// The kinds of objects whose keys live in the tables read below (`tenants/<id>/<owner>/…`);
/// anything else under `tenants/` is left alone.
const OWNERS: [&str; 2] = ["applications", "calls"];

/// Removes attachment and call-document objects written before `older_than` that no row points
/// to; returns how many were removed.
pub async fn remove_unreferenced(
    db: &Db,
    storage: &Storage,
    older_than: DateTime<Utc>,
) -> StoreResult<usize> {
    let attachments = attachment::Entity::find()
        .select_only()
        .column(attachment::Column::StorageKey)
        .into_tuple::<String>()
        .all(&db.reader)
        .await?;
    let documents = call_document::Entity::find()
        .select_only()
        .column(call_document::Column::StorageKey)
        .into_tuple::<String>()
        .all(&db.reader)
        .await?;
    let referenced: HashSet<String> = attachments.into_iter().chain(documents).collect();
    let mut removed = 0;
    for (key, written) in storage.listed("tenants").await? {
        let owned = key.split('/').nth(2).is_some_and(|o| OWNERS.contains(&o));
        if owned && written < older_than && !referenced.contains(&key) {
            storage.delete(&key).await?;
            removed += 1;
        }
    }
    Ok(removed)
}
