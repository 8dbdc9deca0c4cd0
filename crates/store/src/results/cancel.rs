//! Cancelling a call under art. 18a: no offer was submitted, or none meets the requirements.
//! The ground is checked against the call's offers; the call's public page then carries the
//! notice, and every applicant is told in its language.

use super::notify::notify_applicant;
use super::{is_state, staff_call, submitted_offers};
use crate::audit;
use crate::calls::CallRecord;
use crate::entities::{call, call_cancellation};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::call::{apply_call_action, CallAction};
use granty_domain::notification::Event;
use granty_domain::results::{check_cancellation, CancelGround, OfferCounts};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use std::collections::BTreeSet;

/// States in which an offer passed the formal check or may still pass it.
const STILL_VALID: [ApplicationState; 4] = [
    ApplicationState::Submitted,
    ApplicationState::NeedsCorrection,
    ApplicationState::Resubmitted,
    ApplicationState::FormallyAccepted,
];

/// Cancels the call on `ground`, with the clerk's `reason` (the notice's text).
pub async fn cancel_call(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    ground: CancelGround,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    let txn = db.writer.begin().await?;
    let existing = staff_call(&txn, actor, call_id).await?;
    let offers = submitted_offers(&txn, call_id).await?;
    let counts = OfferCounts {
        submitted: offers.len(),
        still_valid: offers
            .iter()
            .filter(|o| STILL_VALID.iter().any(|s| is_state(o, *s)))
            .count(),
    };
    check_cancellation(ground, counts)
        .into_result(())
        .map_err(StoreError::Invalid)?;
    let action = CallAction::Cancel {
        reason: reason.to_string(),
    };
    let next = apply_call_action(existing.state, &existing.terms, &action, now, &actor.tenant)
        .map_err(StoreError::Call)?;
    let saved = cancel_row(&txn, &existing, next, reason, now).await?;
    record_ground(&txn, actor, call_id, ground, now).await?;
    let was = serde_json::json!({ "state": existing.state.code() });
    let is = serde_json::json!({
        "state": next.code(), "ground": ground.code(), "reason": reason.trim(),
    });
    audit::record_change(&txn, actor, "call", call_id, "cancel_art_18a", was, is, now).await?;
    let event = Event::CallCancelled {
        call_title: existing.terms.title.clone(),
        ground: ground.code().to_string(),
        reason: reason.trim().to_string(),
    };
    let mut told = BTreeSet::new();
    for offer in offers.iter().filter(|o| told.insert(o.organisation_id)) {
        notify_applicant(&txn, offer, &event, now).await?;
    }
    txn.commit().await?;
    crate::calls::record_from_model(saved)
}

async fn cancel_row(
    txn: &DatabaseTransaction,
    existing: &CallRecord,
    next: granty_domain::call::CallState,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<call::Model> {
    Ok(call::ActiveModel {
        id: Set(existing.id),
        state: Set(next.code().to_string()),
        cancelled_at: Set(Some(now)),
        cancel_reason: Set(Some(reason.trim().to_string())),
        lock_version: Set(existing.version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?)
}

async fn record_ground(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    ground: CancelGround,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    call_cancellation::ActiveModel {
        call_id: Set(call_id),
        ground: Set(ground.code().to_string()),
        cancelled_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The art. 18a ground of a cancelled call, for its public notice (none for a call cancelled
/// otherwise, e.g. a draft).
pub async fn cancellation_ground(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Option<CancelGround>> {
    Ok(call_cancellation::Entity::find()
        .filter(call_cancellation::Column::CallId.eq(call_id))
        .one(conn)
        .await?
        .and_then(|c| CancelGround::parse(&c.ground)))
}
