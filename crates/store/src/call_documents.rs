//! Documents published with a call (the announcement, annexes, answers to questions). Clerks add
//! and remove them at any stage; the public sees those of published calls. The bytes live in
//! object storage under `storage_key`.

use crate::audit;
use crate::calls;
use crate::entities::call_document;
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::Violations;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use serde::Serialize;

pub struct NewCallDocument {
    pub title: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub storage_key: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CallDocumentView {
    pub id: i64,
    pub call_id: i64,
    pub title: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    #[serde(skip)]
    pub storage_key: String,
    pub sha256: String,
    pub created_at: DateTime<Utc>,
}

fn view(m: call_document::Model) -> CallDocumentView {
    CallDocumentView {
        id: m.id,
        call_id: m.call_id,
        title: m.title,
        file_name: m.file_name,
        content_type: m.content_type,
        size_bytes: m.size_bytes,
        storage_key: m.storage_key,
        sha256: m.sha256,
        created_at: m.created_at,
    }
}

async fn of_call(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<Vec<CallDocumentView>> {
    Ok(call_document::Entity::find()
        .filter(call_document::Column::CallId.eq(call_id))
        .order_by_asc(call_document::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(view)
        .collect())
}

/// Checks a document's title before its bytes are stored.
pub fn check_title(title: &str) -> Result<String, Violations> {
    let mut v = Violations::new();
    let title = v.text("title", title, 300);
    if v.is_empty() {
        Ok(title)
    } else {
        Err(v)
    }
}

/// The call's documents, for the clerk (any stage of the town's own calls).
pub async fn for_staff(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<(calls::CallRecord, Vec<CallDocumentView>)> {
    actor.require_staff()?;
    let call = calls::visible(&db.reader, actor, call_id).await?;
    let documents = of_call(&db.reader, call_id).await?;
    Ok((call, documents))
}

/// Records a stored document of a call of the clerk's town.
pub async fn add(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    new: NewCallDocument,
    now: DateTime<Utc>,
) -> StoreResult<CallDocumentView> {
    actor.require_staff()?;
    let title = check_title(&new.title).map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    calls::visible(&txn, actor, call_id).await?;
    let saved = call_document::ActiveModel {
        call_id: Set(call_id),
        title: Set(title),
        file_name: Set(new.file_name),
        content_type: Set(new.content_type),
        size_bytes: Set(new.size_bytes),
        storage_key: Set(new.storage_key),
        sha256: Set(new.sha256),
        uploaded_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let detail = serde_json::json!({ "call_id": call_id, "title": saved.title });
    audit::record(&txn, actor, "call_document", saved.id, "add", detail, now).await?;
    txn.commit().await?;
    Ok(view(saved))
}

/// Removes a document of a call of the clerk's town; returns it so its bytes can be deleted.
pub async fn remove(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    document_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<CallDocumentView> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    calls::visible(&txn, actor, call_id).await?;
    let found = call_document::Entity::find_by_id(document_id)
        .one(&txn)
        .await?
        .filter(|d| d.call_id == call_id)
        .ok_or(StoreError::NotFound)?;
    call_document::Entity::delete_by_id(found.id)
        .exec(&txn)
        .await?;
    let detail = serde_json::json!({ "call_id": call_id, "title": found.title });
    audit::record(
        &txn,
        actor,
        "call_document",
        found.id,
        "remove",
        detail,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(view(found))
}

/// The documents of a published call, for anyone.
pub async fn public_list(
    db: &Db,
    tenant_slug: &str,
    call_id: i64,
) -> StoreResult<Vec<CallDocumentView>> {
    calls::public_get(db, tenant_slug, call_id).await?;
    of_call(&db.reader, call_id).await
}

/// One document of a published call, for anyone.
pub async fn public_get(
    db: &Db,
    tenant_slug: &str,
    call_id: i64,
    document_id: i64,
) -> StoreResult<CallDocumentView> {
    calls::public_get(db, tenant_slug, call_id).await?;
    call_document::Entity::find_by_id(document_id)
        .one(&db.reader)
        .await?
        .filter(|d| d.call_id == call_id)
        .map(view)
        .ok_or(StoreError::NotFound)
}
