//! Attachment metadata; the bytes live in object storage (see the web crate's storage module).
//! An attachment is a chain of versions sharing `original_id`: replacing one adds a version,
//! removing one marks it removed; no row is deleted, so every version stays in the history.

mod versions;

pub use versions::{remove, replace};

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

/// Records an uploaded file's row: the first version of a new attachment. The offer must take
/// attachments at `now` (when the body finished arriving), checked again here, in the writing
/// transaction: it may have been submitted, or its deadline passed, while the bytes were
/// arriving or being stored.
pub async fn add(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    new: NewAttachment,
    now: DateTime<Utc>,
) -> StoreResult<AttachmentView> {
    let txn = db.writer.begin().await?;
    still_editable(&txn, actor, application_id, now).await?;
    let saved = insert_version(&txn, actor, application_id, new, None, now).await?;
    // The first version names the attachment all its versions share.
    let mut first: attachment::ActiveModel = saved.into();
    first.original_id = Set(*first.id.as_ref());
    let saved = first.update(&txn).await?;
    let detail = serde_json::json!({ "application": application_id });
    audit::record(&txn, actor, "attachment", saved.id, "upload", detail, now).await?;
    txn.commit().await?;
    Ok(saved.into())
}

/// Inserts one version's row; `previous` is the version it replaces, if any.
async fn insert_version(
    txn: &DatabaseTransaction,
    actor: &Actor,
    application_id: i64,
    new: NewAttachment,
    previous: Option<&attachment::Model>,
    now: DateTime<Utc>,
) -> StoreResult<attachment::Model> {
    Ok(attachment::ActiveModel {
        application_id: Set(application_id),
        kind: Set(previous.map_or(new.kind, |p| p.kind.clone())),
        file_name: Set(new.file_name),
        content_type: Set(new.content_type),
        size_bytes: Set(new.size_bytes),
        storage_key: Set(new.storage_key),
        sha256: Set(new.sha256),
        locked_in_version: Set(None),
        uploaded_by: Set(actor.user_id),
        original_id: Set(previous.map_or(0, |p| p.original_id)),
        version_no: Set(previous.map_or(1, |p| p.version_no + 1)),
        replaced_at: Set(None),
        removed_at: Set(None),
        left_in_version: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?)
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
) -> StoreResult<access::Seen> {
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
    Ok(seen)
}

/// One version of an attachment, if the caller may see its application: the applicant's and
/// the partners' people see every version, the staff those filed with a submitted version.
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
        .filter(|found| !actor.role.is_staff() || found.locked_in_version.is_some())
        .map(AttachmentView::from)
        .ok_or(StoreError::NotFound)
}
