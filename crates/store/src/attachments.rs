//! Attachment metadata; the bytes live in object storage (see the web crate's storage module).

use crate::applications::{access, AttachmentView};
use crate::audit;
use crate::entities::{application, attachment};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{ApplicationAction, ApplicationState};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

pub struct NewAttachment {
    pub kind: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub storage_key: String,
    pub sha256: String,
}

/// Checks that the caller may add a file to the application at `now`: while it may still be
/// submitted (a draft before the call's deadline, a correction within its period). Its content
/// need not be complete yet.
pub async fn ensure_accepts_files(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let seen = access::as_applicant(&db.reader, actor, application_id).await?;
    accepts_files(&seen, now)
}

fn accepts_files(seen: &access::Seen, now: DateTime<Utc>) -> StoreResult<()> {
    let submit = if seen.record.state == ApplicationState::NeedsCorrection {
        ApplicationAction::SubmitCorrection
    } else {
        ApplicationAction::Submit
    };
    let applicant = granty_domain::application::Actor::Applicant;
    seen.transition(ApplicationAction::SaveDraft, applicant, now)?;
    seen.transition(submit, applicant, now)?;
    Ok(())
}

/// Checks that the caller may remove from the application's attachments now.
pub async fn ensure_editable(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let seen = access::as_applicant(&db.reader, actor, application_id).await?;
    seen.transition(
        ApplicationAction::SaveDraft,
        granty_domain::application::Actor::Applicant,
        now,
    )?;
    Ok(())
}

/// Records an uploaded file's row. The offer must take attachments at `now` (when the body
/// finished arriving), checked again here, in the writing transaction: it may have been submitted,
/// or its deadline passed, while the bytes were arriving or being stored.
pub async fn add(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    new: NewAttachment,
    now: DateTime<Utc>,
) -> StoreResult<AttachmentView> {
    let txn = db.writer.begin().await?;
    still_editable(&txn, actor, application_id, now).await?;
    let saved = attachment::ActiveModel {
        application_id: Set(application_id),
        kind: Set(new.kind),
        file_name: Set(new.file_name),
        content_type: Set(new.content_type),
        size_bytes: Set(new.size_bytes),
        storage_key: Set(new.storage_key),
        sha256: Set(new.sha256),
        locked_in_version: Set(None),
        uploaded_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        actor,
        "attachment",
        saved.id,
        "upload",
        serde_json::json!({ "application": application_id }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(saved.into())
}

/// The offer takes attachments at `now`, and stays so until this transaction ends: touching its
/// row while it is in the state just checked takes the row's lock, which a concurrent submission
/// (a conditional update of the same row) waits for, or, when it came first, makes this update
/// find the state changed.
async fn still_editable(
    txn: &DatabaseTransaction,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let seen = access::as_applicant(txn, actor, application_id).await?;
    accepts_files(&seen, now)?;
    let touched = application::Entity::update_many()
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.eq(application_id))
        .filter(application::Column::State.eq(seen.record.state.code()))
        .exec(txn)
        .await?;
    if touched.rows_affected == 0 {
        // Changed meanwhile: what it is now says why (submitted, withdrawn...).
        let again = access::as_applicant(txn, actor, application_id).await?;
        accepts_files(&again, now)?;
        return Err(StoreError::Stale {
            current: again.record.version,
        });
    }
    Ok(())
}

/// One attachment, if the caller may see its application.
pub async fn get(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
) -> StoreResult<AttachmentView> {
    access::visible(&db.reader, actor, application_id).await?;
    attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .one(&db.reader)
        .await?
        .map(AttachmentView::from)
        .ok_or(StoreError::NotFound)
}

/// Removes an attachment that is not yet part of a submitted version; returns its storage key.
pub async fn delete(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<String> {
    ensure_editable(db, actor, application_id, now).await?;
    let txn = db.writer.begin().await?;
    let found = attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    if found.locked_in_version.is_some() {
        return Err(StoreError::AttachmentLocked);
    }
    let key = found.storage_key.clone();
    attachment::Entity::delete_by_id(found.id)
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        actor,
        "attachment",
        attachment_id,
        "delete",
        serde_json::json!({ "application": application_id }),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(key)
}
