//! The clerk records the awards of a call (art. 15 ust. 2g–2h): one row in `awards` for every
//! ranked offer, awarded or not, with the amount, the reason when partial or against the ranking,
//! and the total and place as decided; all in one transaction, refused while a divergence is
//! unresolved and once the results are published. Every change of an amount or a decision goes
//! to the audit trail (before, after).

use super::ranking::load;
use crate::audit;
use crate::calls::CallRecord;
use crate::entities::award;
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::call::{CallError, CallState};
use granty_domain::evaluation::budget::{check_awards, AwardChoice, BudgetRow};
use granty_domain::evaluation::ranking::RankedRow;
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set, TransactionTrait};
use serde_json::json;

/// The applicant files an updated estimate when awarded less than asked.
const AWAITING_UPDATE: &str = "awaiting";
const NO_UPDATE: &str = "not_needed";

/// Records the awards of call `call_id`; returns the budget rows as saved.
pub async fn record_awards(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    choices: &[AwardChoice],
    now: DateTime<Utc>,
) -> StoreResult<Vec<BudgetRow>> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let board = load(&txn, actor, call_id, now).await?;
    refuse_after_results(&board.call, "record_awards", now)?;
    let mut unknown = Violations::new();
    for choice in choices {
        if !board.offers.contains_key(&choice.application_id) {
            unknown.push(
                format!("awards[{}]", choice.application_id),
                Rule::UnknownReference,
            );
        }
    }
    if !unknown.is_empty() {
        return Err(StoreError::Invalid(unknown));
    }
    let (blocked, resolved) = (board.blocked_ids(), board.resolved_ids());
    let rows = check_awards(&board.board, choices, board.pool, &blocked, &resolved)
        .map_err(StoreError::Invalid)?;
    for (row, ranked) in rows.iter().zip(&board.board.raw) {
        let saved = board
            .awards
            .iter()
            .find(|a| a.application_id == row.application_id);
        save(&txn, actor, call_id, row, ranked, saved, now).await?;
    }
    txn.commit().await?;
    Ok(rows)
}

/// Once the results are published (or the call cancelled or archived) the awards stand as the
/// executive decided and the public read them: no amount, and no divergence behind one, may
/// move any more.
pub(super) fn refuse_after_results(
    call: &CallRecord,
    action: &'static str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    match call.state {
        CallState::ResultsPublished | CallState::Archived | CallState::Cancelled => {
            Err(StoreError::Call(CallError::NotAllowed {
                action,
                phase: call.phase(now),
            }))
        }
        _ => Ok(()),
    }
}

/// Inserts or updates one offer's award, and writes the trail when the amount or decision moved.
async fn save(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    call_id: i64,
    row: &BudgetRow,
    ranked: &RankedRow,
    saved: Option<&award::Model>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut model = model_of(actor, call_id, row, ranked, now);
    let id = match saved {
        Some(existing) => {
            model.id = Set(existing.id);
            model.lock_version = Set(existing.lock_version + 1);
            model.update(conn).await?.id
        }
        None => {
            model.created_at = Set(now);
            model.lock_version = Set(1);
            model.insert(conn).await?.id
        }
    };
    let moved = saved
        .is_none_or(|a| a.amount_minor != row.amount.minor || a.decision != row.decision.code());
    if moved {
        let before = saved.map_or(
            serde_json::Value::Null,
            |a| json!({ "decision": a.decision, "amount_minor": a.amount_minor }),
        );
        let after = json!({
            "decision": row.decision.code(),
            "amount_minor": row.amount.minor,
            "requested_minor": row.requested.minor,
            "reason": row.reason,
            "rank": ranked.place,
            "total_centi": ranked.total.centi(),
        });
        audit::record_change(conn, actor, "award", id, "award", before, after, now).await?;
    }
    Ok(())
}

/// The award row as decided: the place and total of the raw ranking kept with it.
fn model_of(
    actor: &Actor,
    call_id: i64,
    row: &BudgetRow,
    ranked: &RankedRow,
    now: DateTime<Utc>,
) -> award::ActiveModel {
    let update_state = if row.partial {
        AWAITING_UPDATE
    } else {
        NO_UPDATE
    };
    award::ActiveModel {
        call_id: Set(call_id),
        application_id: Set(row.application_id),
        decision: Set(row.decision.code().to_string()),
        requested_minor: Set(row.requested.minor),
        amount_minor: Set(row.amount.minor),
        currency: Set(row.amount.currency.code().to_string()),
        reason: Set(row.reason.clone()),
        update_state: Set(update_state.to_string()),
        total_centi: Set(Some(ranked.total.centi())),
        rank: Set(Some(ranked.place as i32)),
        set_by: Set(actor.user_id),
        updated_at: Set(now),
        ..Default::default()
    }
}
