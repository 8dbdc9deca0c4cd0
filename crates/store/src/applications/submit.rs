//! Submitting (once, whatever the number of clicks) and withdrawing.

use super::{access, partner_ids, problems, record_from_model};
use crate::audit;
use crate::entities::{application, application_version, attachment, call};
use crate::error::{StoreError, StoreResult};
use crate::notifications;
use crate::{Actor, Db};
use chrono::{DateTime, Datelike, Utc};
use granty_domain::application::{receipt_number, ApplicationAction, ApplicationState};
use granty_domain::notification::Event;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The confirmation an applicant keeps (UPO-like).
#[derive(Debug, Clone, Serialize)]
pub struct Receipt {
    pub application_id: i64,
    pub receipt_number: String,
    pub version_no: i32,
    pub kind: String,
    pub submitted_at: DateTime<Utc>,
    pub content_sha256: String,
    pub call_id: i64,
    pub call_title: String,
    pub organisation_id: i64,
    /// False when this request found the offer already submitted and returned the same receipt.
    pub newly_submitted: bool,
}

/// Submits the working copy as a new immutable version: the first submission, or a correction
/// within the correction period. Repeating the request returns the same receipt.
pub async fn submit(db: &Db, actor: &Actor, id: i64, now: DateTime<Utc>) -> StoreResult<Receipt> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    let record = &seen.record;
    if matches!(
        record.state,
        ApplicationState::Submitted | ApplicationState::Resubmitted
    ) {
        return latest_receipt(&txn, id, false).await;
    }
    let action = if record.state == ApplicationState::NeedsCorrection {
        ApplicationAction::SubmitCorrection
    } else {
        ApplicationAction::Submit
    };
    let next = seen.transition(action, granty_domain::application::Actor::Applicant, now)?;
    let (summary, violations) = problems(&txn, record, &seen.call, &seen.applicant).await?;
    if !violations.is_empty() {
        return Err(StoreError::Invalid(violations));
    }
    // Claim the transition first: a concurrent second click finds the state changed and gets
    // the receipt of the first.
    let claimed = application::Entity::update_many()
        .col_expr(application::Column::State, Expr::value(next.code()))
        .filter(application::Column::Id.eq(id))
        .filter(application::Column::State.eq(record.state.code()))
        .filter(application::Column::LockVersion.eq(record.version))
        .exec(&txn)
        .await?;
    if claimed.rows_affected == 0 {
        drop(txn);
        let again = record_from_model(
            application::Entity::find_by_id(id)
                .one(&db.reader)
                .await?
                .ok_or(StoreError::NotFound)?,
        )?;
        return match again.state {
            ApplicationState::Submitted | ApplicationState::Resubmitted => {
                latest_receipt(&db.writer.begin().await?, id, false).await
            }
            _ => Err(StoreError::Stale {
                current: again.version,
            }),
        };
    }
    let version_no = record.current_version_no + 1;
    let (number, kind) = match record.receipt_number.clone() {
        Some(first) => (format!("{first}-K{}", version_no - 1), "correction"),
        None => (
            next_receipt_number(&txn, record.call_id, now).await?,
            "submission",
        ),
    };
    let content = serde_json::to_string(&record.content)?;
    let content_sha256 = hex::encode(Sha256::digest(content.as_bytes()));
    application_version::ActiveModel {
        application_id: Set(id),
        version_no: Set(version_no),
        kind: Set(kind.to_string()),
        content: Set(content),
        summary: Set(serde_json::to_string(&summary)?),
        partners: Set(serde_json::to_string(&partner_ids(&txn, id).await?)?),
        receipt_number: Set(number.clone()),
        content_sha256: Set(content_sha256),
        submitted_at: Set(now),
        submitted_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut update = application::Entity::update_many()
        .col_expr(
            application::Column::CurrentVersionNo,
            Expr::value(version_no),
        )
        .col_expr(
            application::Column::LockVersion,
            Expr::value(record.version + 1),
        )
        .col_expr(
            application::Column::SubmittedAt,
            Expr::value(Some(record.submitted_at.unwrap_or(now))),
        )
        .col_expr(
            application::Column::RequestedGrantMinor,
            Expr::value(summary.requested_grant.minor),
        )
        .col_expr(
            application::Column::TotalCostsMinor,
            Expr::value(summary.total_costs.minor),
        )
        .col_expr(application::Column::UpdatedAt, Expr::value(now));
    if record.receipt_number.is_none() {
        update = update.col_expr(
            application::Column::ReceiptNumber,
            Expr::value(Some(number.clone())),
        );
    }
    update
        .filter(application::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    // Attachments present at submission become part of that version and can no longer be deleted.
    attachment::Entity::update_many()
        .col_expr(
            attachment::Column::LockedInVersion,
            Expr::value(Some(version_no)),
        )
        .filter(attachment::Column::ApplicationId.eq(id))
        .filter(attachment::Column::LockedInVersion.is_null())
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        actor,
        "application",
        id,
        action.code(),
        serde_json::json!({ "receipt": number, "version": version_no }),
        now,
    )
    .await?;
    let receipt = latest_receipt(&txn, id, true).await?;
    let event = Event::ApplicationSubmitted {
        call_title: seen.call.terms.title.clone(),
        application_title: record.content.title.clone(),
        organisation_name: seen.applicant.name.clone(),
        receipt_number: receipt.receipt_number.clone(),
        submitted_at: now,
        correction: kind == "correction",
        content_sha256: receipt.content_sha256.clone(),
    };
    notify_applicant(&txn, &seen, &event, now).await?;
    txn.commit().await?;
    Ok(receipt)
}

/// Tells every member of the applicant organisation, in the same transaction as the change.
pub(crate) async fn notify_applicant(
    txn: &DatabaseTransaction,
    seen: &access::Seen,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients =
        notifications::organisation_recipients(txn, seen.record.organisation_id).await?;
    let subject = notifications::Subject {
        tenant_id: seen.record.tenant_id,
        entity: "application",
        entity_id: seen.record.id,
        link_path: format!("/applications/{}", seen.record.id),
    };
    notifications::enqueue(txn, &subject, &recipients, event, None, now).await?;
    Ok(())
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

async fn latest_receipt(
    txn: &DatabaseTransaction,
    id: i64,
    newly_submitted: bool,
) -> StoreResult<Receipt> {
    use sea_orm::QueryOrder;
    let app = application::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(id))
        .order_by_desc(application_version::Column::VersionNo)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let call = call::Entity::find_by_id(app.call_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Receipt {
        application_id: id,
        receipt_number: version.receipt_number,
        version_no: version.version_no,
        kind: version.kind,
        submitted_at: version.submitted_at,
        content_sha256: version.content_sha256,
        call_id: call.id,
        call_title: call.title,
        organisation_id: app.organisation_id,
        newly_submitted,
    })
}

/// Withdraws a submitted offer before the deadline.
pub async fn withdraw(db: &Db, actor: &Actor, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    let next = seen.transition(
        ApplicationAction::Withdraw,
        granty_domain::application::Actor::Applicant,
        now,
    )?;
    let stored = application::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut model: application::ActiveModel = stored.into();
    model.state = Set(next.code().to_string());
    model.withdrawn_at = Set(Some(now));
    model.lock_version = Set(seen.record.version + 1);
    model.updated_at = Set(now);
    model.update(&txn).await?;
    audit::record(
        &txn,
        actor,
        "application",
        id,
        "withdraw",
        serde_json::json!({}),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
