//! Submitting (once, whatever the number of clicks) and withdrawing. Submission runs in steps,
//! all in one transaction: check the offer, claim the transition, number the receipt, freeze
//! the version, notify the applicant.

use super::notify::notify_applicant;
use super::receipt::{latest_receipt, Receipt};
use super::{access, partner_ids, problems, record_from_model, ApplicationRecord};
use crate::audit;
use crate::entities::{application, application_version, attachment, call};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Datelike, Utc};
use granty_domain::application::{receipt_number, ApplicationAction, ApplicationState};
use granty_domain::notification::Event;
use granty_domain::offer::CostSummary;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

/// What the checks decided: the transition to make and the offer's computed summary.
struct Checked {
    action: ApplicationAction,
    next: ApplicationState,
    summary: CostSummary,
}

/// The number a version is filed under, and whether it is the first submission or a correction.
struct Numbered {
    number: String,
    kind: &'static str,
    version_no: i32,
}

/// Submits the working copy as a new immutable version: the first submission, or a correction
/// within the correction period. Repeating the request returns the same receipt.
pub async fn submit(db: &Db, actor: &Actor, id: i64, now: DateTime<Utc>) -> StoreResult<Receipt> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    if is_submitted(seen.record.state) {
        return latest_receipt(&txn, id, false).await;
    }
    let checked = check(&txn, actor, &seen, now).await?;
    if !claim(&txn, &seen.record, checked.next).await? {
        drop(txn);
        return receipt_after_lost_race(db, id).await;
    }
    let numbered = number_receipt(&txn, &seen.record, now).await?;
    freeze_version(&txn, actor, &seen.record, &checked, &numbered, now).await?;
    let receipt = latest_receipt(&txn, id, true).await?;
    notify_submitted(&txn, &seen, &receipt, now).await?;
    txn.commit().await?;
    Ok(receipt)
}

fn is_submitted(state: ApplicationState) -> bool {
    matches!(
        state,
        ApplicationState::Submitted | ApplicationState::Resubmitted
    )
}

/// Step 1: the transition is allowed now, and the offer meets every rule of the call.
async fn check(
    txn: &DatabaseTransaction,
    actor: &Actor,
    seen: &access::Seen,
    now: DateTime<Utc>,
) -> StoreResult<Checked> {
    let action = if seen.record.state == ApplicationState::NeedsCorrection {
        ApplicationAction::SubmitCorrection
    } else {
        ApplicationAction::Submit
    };
    let next = seen.transition(action, granty_domain::application::Actor::Applicant, now)?;
    let (summary, violations) = problems(txn, seen, &actor.tenant.rules).await?;
    if !violations.is_empty() {
        return Err(StoreError::Invalid(violations));
    }
    Ok(Checked {
        action,
        next,
        summary,
    })
}

/// Step 2: claims the transition with a conditional update, so that a concurrent second click
/// finds the state changed and gets the receipt of the first. False when it lost the race.
async fn claim(
    txn: &DatabaseTransaction,
    record: &ApplicationRecord,
    next: ApplicationState,
) -> StoreResult<bool> {
    let claimed = application::Entity::update_many()
        .col_expr(application::Column::State, Expr::value(next.code()))
        .filter(application::Column::Id.eq(record.id))
        .filter(application::Column::State.eq(record.state.code()))
        .filter(application::Column::LockVersion.eq(record.version))
        .exec(txn)
        .await?;
    Ok(claimed.rows_affected > 0)
}

/// The other request got there first: its receipt, or `Stale` if it changed something else.
async fn receipt_after_lost_race(db: &Db, id: i64) -> StoreResult<Receipt> {
    let again = record_from_model(
        application::Entity::find_by_id(id)
            .one(&db.reader)
            .await?
            .ok_or(StoreError::NotFound)?,
    )?;
    if is_submitted(again.state) {
        latest_receipt(&db.writer.begin().await?, id, false).await
    } else {
        Err(StoreError::Stale {
            current: again.version,
        })
    }
}

/// Step 3: a first submission takes the call's next receipt number; a correction files under
/// the first number with a `-K<n>` suffix.
async fn number_receipt(
    txn: &DatabaseTransaction,
    record: &ApplicationRecord,
    now: DateTime<Utc>,
) -> StoreResult<Numbered> {
    let version_no = record.current_version_no + 1;
    Ok(match record.receipt_number.clone() {
        Some(first) => Numbered {
            number: format!("{first}-K{}", version_no - 1),
            kind: "correction",
            version_no,
        },
        None => Numbered {
            number: next_receipt_number(txn, record.call_id, now).await?,
            kind: "submission",
            version_no,
        },
    })
}

async fn next_receipt_number(
    txn: &DatabaseTransaction,
    call_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<String> {
    call::Entity::update_many()
        .col_expr(
            call::Column::ReceiptSequence,
            Expr::col(call::Column::ReceiptSequence).add(1),
        )
        .filter(call::Column::Id.eq(call_id))
        .exec(txn)
        .await?;
    let sequence = call::Entity::find_by_id(call_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?
        .receipt_sequence;
    Ok(receipt_number(call_id, sequence, now.year()))
}

/// Step 4: the working copy becomes an immutable version with its SHA-256; the application
/// points at it, the attachments present become part of it, and the audit trail records it.
async fn freeze_version(
    txn: &DatabaseTransaction,
    actor: &Actor,
    record: &ApplicationRecord,
    checked: &Checked,
    numbered: &Numbered,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let content = serde_json::to_string(&record.content)?;
    application_version::ActiveModel {
        application_id: Set(record.id),
        version_no: Set(numbered.version_no),
        kind: Set(numbered.kind.to_string()),
        content_sha256: Set(hex::encode(Sha256::digest(content.as_bytes()))),
        content: Set(content),
        summary: Set(serde_json::to_string(&checked.summary)?),
        partners: Set(serde_json::to_string(&partner_ids(txn, record.id).await?)?),
        receipt_number: Set(numbered.number.clone()),
        submitted_at: Set(now),
        submitted_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    point_at_version(txn, record, checked, numbered, now).await?;
    lock_attachments(txn, record.id, numbered.version_no).await?;
    let detail = serde_json::json!({ "receipt": numbered.number, "version": numbered.version_no });
    audit::record(
        txn,
        actor,
        "application",
        record.id,
        checked.action.code(),
        detail,
        now,
    )
    .await
}

async fn point_at_version(
    txn: &DatabaseTransaction,
    record: &ApplicationRecord,
    checked: &Checked,
    numbered: &Numbered,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    use application::Column as C;
    let mut update = application::Entity::update_many()
        .col_expr(C::CurrentVersionNo, Expr::value(numbered.version_no))
        .col_expr(C::LockVersion, Expr::value(record.version + 1))
        .col_expr(
            C::SubmittedAt,
            Expr::value(Some(record.submitted_at.unwrap_or(now))),
        )
        .col_expr(
            C::RequestedGrantMinor,
            Expr::value(checked.summary.requested_grant.minor),
        )
        .col_expr(
            C::TotalCostsMinor,
            Expr::value(checked.summary.total_costs.minor),
        )
        .col_expr(C::UpdatedAt, Expr::value(now));
    if record.receipt_number.is_none() {
        update = update.col_expr(C::ReceiptNumber, Expr::value(Some(numbered.number.clone())));
    }
    update.filter(C::Id.eq(record.id)).exec(txn).await?;
    Ok(())
}

/// Attachments on the offer at submission become part of that version; replaced and removed
/// versions stay out of it.
async fn lock_attachments(
    txn: &DatabaseTransaction,
    application_id: i64,
    version_no: i32,
) -> StoreResult<()> {
    attachment::Entity::update_many()
        .col_expr(
            attachment::Column::LockedInVersion,
            Expr::value(Some(version_no)),
        )
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .filter(attachment::Column::LockedInVersion.is_null())
        .filter(attachment::Column::ReplacedAt.is_null())
        .filter(attachment::Column::RemovedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// Step 5: the applicant's members hear of it, in the same transaction.
async fn notify_submitted(
    txn: &DatabaseTransaction,
    seen: &access::Seen,
    receipt: &Receipt,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let event = Event::ApplicationSubmitted {
        call_title: seen.call.terms.title.clone(),
        application_title: seen.record.content.title.clone(),
        organisation_name: seen.applicant.name.clone(),
        receipt_number: receipt.receipt_number.clone(),
        submitted_at: now,
        correction: receipt.kind == "correction",
        content_sha256: receipt.content_sha256.clone(),
    };
    notify_applicant(txn, seen, &event, now).await
}
