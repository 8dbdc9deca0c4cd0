//! The end of an agreement: early, with a reason (termination by agreement, the organisation's
//! withdrawal before the transfer, or the town's termination for misuse — § 11–12 of the model
//! agreement); or in order, when the task ends (reporting) and the final report is accepted
//! (settled; the reports feature will drive this step).

use super::access::{self, AgreementRole};
use super::view::{view_of, AgreementView};
use super::{audit_row, in_state, next_state, save_row};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::AgreementAction;
use granty_domain::Violations;
use sea_orm::{Set, TransactionTrait};

/// Terminates the agreement with `reason`.
pub async fn terminate(
    db: &Db,
    actor: &Actor,
    id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let mut v = Violations::new();
    let reason = v.text("reason", reason, 2000);
    v.into_result(()).map_err(StoreError::Invalid)?;
    let next = next_state(&row, AgreementAction::Terminate)?;
    let mut active = in_state(&row, next);
    active.terminated_at = Set(Some(now));
    active.termination_reason = Set(Some(reason));
    let saved = save_row(&txn, active, &row, now).await?;
    audit_row(&txn, actor, (&row, &saved), "agreement_terminate", now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

async fn step(
    db: &Db,
    actor: &Actor,
    id: i64,
    action: (AgreementAction, &str),
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let next = next_state(&row, action.0)?;
    let saved = save_row(&txn, in_state(&row, next), &row, now).await?;
    audit_row(&txn, actor, (&row, &saved), action.1, now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

/// The task ended: the agreement awaits its final report.
pub async fn end_realisation(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    step(
        db,
        actor,
        id,
        (AgreementAction::EndRealisation, "agreement_reporting"),
        now,
    )
    .await
}

/// The final report was accepted and nothing is left to pay back: the agreement is performed.
/// Refused while returns or their interest are unpaid (then the last payment settles it).
pub async fn settle(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    next_state(&row, AgreementAction::Settle)?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let standing = crate::settlement::standing::standing_in(&txn, &row, today).await?;
    if standing.left_to_pay > 0 {
        let left = granty_domain::Money::new(standing.left_to_pay, standing.currency);
        return Err(super::refused(
            "returns",
            granty_domain::Rule::ReturnsUnpaid { left },
        ));
    }
    let saved = settle_in(&txn, actor, &row, now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

/// Moves an agreement in reporting to settled in the caller's transaction: the one way an
/// agreement is settled (the settle route after checking the returns are paid, and
/// `settlement::settle_if_paid` after the last payment or an acceptance with nothing to return).
pub(crate) async fn settle_in(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    row: &crate::entities::agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<crate::entities::agreement::Model> {
    let next = next_state(row, AgreementAction::Settle)?;
    let saved = save_row(txn, in_state(row, next), row, now).await?;
    audit_row(txn, actor, (row, &saved), "agreement_settle", now).await?;
    Ok(saved)
}

/// Moves an agreement still in realisation to reporting in the caller's transaction (the final
/// report's acceptance ends the task if the clerk had not marked it); one in reporting is
/// given back as it is.
pub(crate) async fn reporting_in(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    row: &crate::entities::agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<crate::entities::agreement::Model> {
    if row.state != granty_domain::agreement::AgreementState::Realisation.code() {
        return Ok(row.clone());
    }
    let next = next_state(row, AgreementAction::EndRealisation)?;
    let saved = save_row(txn, in_state(row, next), row, now).await?;
    audit_row(txn, actor, (row, &saved), "agreement_reporting", now).await?;
    Ok(saved)
}
