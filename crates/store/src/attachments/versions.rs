//! Replacing and removing an attachment while the offer is editable. Neither deletes a row: the
//! replaced or removed version stays in the attachment's history, and `left_in_version` says
//! from which submitted version of the offer on it is no longer part of it.

use super::{insert_version, still_editable, NewAttachment};
use crate::applications::AttachmentView;
use crate::audit;
use crate::entities::attachment;
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

/// Adds `new` as the next version of the attachment whose current version is `attachment_id`;
/// the current one is marked replaced. The kind stays the attachment's.
pub async fn replace(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
    new: NewAttachment,
    now: DateTime<Utc>,
) -> StoreResult<AttachmentView> {
    let txn = db.writer.begin().await?;
    let seen = still_editable(&txn, actor, application_id, now).await?;
    let current = current_version(&txn, application_id, attachment_id).await?;
    let working_on = seen.record.current_version_no + 1;
    let mut old: attachment::ActiveModel = current.clone().into();
    old.replaced_at = Set(Some(now));
    old.left_in_version = Set(Some(working_on));
    old.updated_at = Set(now);
    old.update(&txn).await?;
    let saved = insert_version(&txn, actor, application_id, new, Some(&current), now).await?;
    let detail = serde_json::json!({ "application": application_id, "replaces": attachment_id });
    audit::record(&txn, actor, "attachment", saved.id, "replace", detail, now).await?;
    txn.commit().await?;
    Ok(saved.into())
}

/// Takes the attachment off the offer; its versions stay in the history (and in storage, since
/// a submitted version may name them).
pub async fn remove(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let seen = still_editable(&txn, actor, application_id, now).await?;
    let current = current_version(&txn, application_id, attachment_id).await?;
    let mut removed: attachment::ActiveModel = current.into();
    removed.removed_at = Set(Some(now));
    removed.left_in_version = Set(Some(seen.record.current_version_no + 1));
    removed.updated_at = Set(now);
    removed.update(&txn).await?;
    let detail = serde_json::json!({ "application": application_id });
    audit::record(
        &txn,
        actor,
        "attachment",
        attachment_id,
        "delete",
        detail,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The version on the offer now; an older, replaced or removed version is not found, so a
/// stale form cannot branch the history.
async fn current_version(
    txn: &DatabaseTransaction,
    application_id: i64,
    attachment_id: i64,
) -> StoreResult<attachment::Model> {
    attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .filter(attachment::Column::ReplacedAt.is_null())
        .filter(attachment::Column::RemovedAt.is_null())
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)
}
