//! Who scores which offer: the clerk assigns (every scoring member every offer, or N per offer
//! spread evenly, never to an excluded member) and reassigns one offer; an ended assignment keeps
//! its row with the reason. The first assignment of a closed call starts its evaluation.

use super::committee::{active_member, active_members};
use super::offers::under_evaluation;
use crate::audit;
use crate::entities::{assignment, call_evaluation, evaluation_exclusion};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::call::{CallAction, CallError, CallPhase, CallState};
use granty_domain::evaluation::assignment::{plan, Board, Pair, Shortfall};
use granty_domain::evaluation::committee::check_ready;
use granty_domain::evaluation::{MemberKind, NoNgoReason};
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use serde_json::json;
use std::collections::BTreeSet;

/// What an assignment run added, and the offers left without enough eligible members.
#[derive(Debug, Clone, Default)]
pub struct Assigned {
    pub added: Vec<Pair>,
    pub short: Vec<Shortfall>,
    /// The call moved from closed to in evaluation with this run.
    pub started_evaluation: bool,
}

/// Assigns the offers under evaluation: `per_offer` `None` gives every scoring member every
/// offer, `Some(n)` spreads them `n` per offer. Assignments standing now stay.
pub async fn assign(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    per_offer: Option<u32>,
    now: DateTime<Utc>,
) -> StoreResult<Assigned> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let call = crate::calls::visible(&txn, actor, call_id).await?;
    let members = active_members(&txn, call_id).await?;
    check_committee(&txn, call_id, &members).await?;
    let phase = CallPhase::at(call.state, call.terms.opens_at, call.terms.deadline, now);
    let started_evaluation = phase == CallPhase::Closed;
    if phase != CallPhase::InEvaluation {
        // Refused (409) unless the call is closed: offers are evaluated after the deadline.
        crate::calls::transition_in(&txn, actor, call_id, CallAction::StartEvaluation, now).await?;
    }
    let scorers: Vec<i64> = members
        .iter()
        .filter(|m| m.scores)
        .map(|m| m.user_id)
        .collect();
    let offers: Vec<i64> = under_evaluation(&txn, call_id)
        .await?
        .iter()
        .map(|o| o.id)
        .collect();
    let excluded = exclusions(&txn, call_id).await?;
    let standing = standing(&txn, call_id).await?;
    let board = Board {
        offers: &offers,
        members: &scorers,
        excluded: &excluded,
        standing: &standing,
    };
    let result = plan(&board, per_offer);
    for (application_id, user_id) in &result.added {
        insert(&txn, actor, call_id, *application_id, *user_id, now).await?;
    }
    let short: Vec<_> = result
        .short
        .iter()
        .map(|s| {
            json!({ "application_id": s.offer,
        "wanted": s.wanted, "found": s.found })
        })
        .collect();
    let is = json!({ "per_offer": per_offer, "added": result.added, "short": short });
    audit::record_change(&txn, actor, "call", call_id, "assign", json!({}), is, now).await?;
    txn.commit().await?;
    Ok(Assigned {
        added: result.added,
        short: result.short,
        started_evaluation,
    })
}

/// A committee ready to evaluate: an NGO nominee or a statutory reason, and someone who scores.
async fn check_committee(
    txn: &DatabaseTransaction,
    call_id: i64,
    members: &[crate::entities::committee_member::Model],
) -> StoreResult<()> {
    let reason = call_evaluation::Entity::find()
        .filter(call_evaluation::Column::CallId.eq(call_id))
        .one(txn)
        .await?
        .and_then(|row| row.no_ngo_reason)
        .and_then(|code| NoNgoReason::parse(&code));
    let kinds: Vec<(MemberKind, bool)> = members
        .iter()
        .filter_map(|m| MemberKind::parse(&m.kind).map(|k| (k, m.scores)))
        .collect();
    let v = check_ready(&kinds, reason);
    v.into_result(()).map_err(StoreError::Invalid)
}

/// The (offer, member) pairs excluded in the call.
pub(crate) async fn exclusions(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<BTreeSet<Pair>> {
    Ok(evaluation_exclusion::Entity::find()
        .filter(evaluation_exclusion::Column::CallId.eq(call_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| (e.application_id, e.user_id))
        .collect())
}

/// The (offer, member) pairs assigned now (not ended).
async fn standing(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<BTreeSet<Pair>> {
    Ok(active(conn, call_id)
        .await?
        .into_iter()
        .map(|a| (a.application_id, a.user_id))
        .collect())
}

/// The call's current assignments.
pub(crate) async fn active(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<assignment::Model>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .filter(assignment::Column::EndedAt.is_null())
        .all(conn)
        .await?)
}

async fn insert(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    application_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    assignment::ActiveModel {
        call_id: Set(call_id),
        application_id: Set(application_id),
        user_id: Set(user_id),
        assigned_by: Set(actor.user_id),
        ended_at: Set(None),
        end_reason: Set(None),
        ended_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Ends the current assignments of `user_id` in the call, to the offers in `only` (all when
/// `None`), with `reason`; returns the offers whose assignment ended.
pub(crate) async fn end_for(
    txn: &DatabaseTransaction,
    ended_by: i64,
    call_id: i64,
    user_id: i64,
    only: Option<&[i64]>,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<Vec<i64>> {
    let mut ended = Vec::new();
    for row in active(txn, call_id).await? {
        let wanted = only.is_none_or(|ids| ids.contains(&row.application_id));
        if row.user_id != user_id || !wanted {
            continue;
        }
        ended.push(row.application_id);
        assignment::ActiveModel {
            id: Set(row.id),
            ended_at: Set(Some(now)),
            end_reason: Set(Some(reason.to_string())),
            ended_by: Set(Some(ended_by)),
            updated_at: Set(now),
            ..Default::default()
        }
        .update(txn)
        .await?;
    }
    Ok(ended)
}

/// Ends every current assignment of a removed member.
pub(crate) async fn end_all_of(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    user_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    end_for(txn, actor.user_id, call_id, user_id, None, reason, now).await?;
    Ok(())
}

/// Moving one offer from a member (or filling a gap a tie left: `from_user` `None`) to another.
#[derive(Debug, Clone)]
pub struct Reassignment {
    pub application_id: i64,
    pub from_user: Option<i64>,
    pub to_user: i64,
    pub reason: String,
}

/// Reassigns one offer: the old assignment ends with the reason (its row stays, for the
/// history), the new member is assigned. The new member must score, sit on the committee, not be
/// excluded from the offer and not be assigned to it already.
pub async fn reassign(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: Reassignment,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let call = crate::calls::visible(&txn, actor, call_id).await?;
    // Only while the offers are being scored: after the results the history stays as it was.
    if call.state != CallState::InEvaluation {
        return Err(StoreError::Call(CallError::NotAllowed {
            action: "reassign",
            phase: call.phase(now),
        }));
    }
    let offers = under_evaluation(&txn, call_id).await?;
    let mut v = Violations::new();
    if !offers.iter().any(|o| o.id == input.application_id) {
        v.push("application_id", Rule::UnknownReference);
    }
    let reason = v.text("reason", &input.reason, 1000);
    check_new_member(&txn, call_id, &input, &mut v).await?;
    v.into_result(()).map_err(StoreError::Invalid)?;
    let only = [input.application_id];
    if let Some(from) = input.from_user {
        let ended = end_for(
            &txn,
            actor.user_id,
            call_id,
            from,
            Some(&only),
            &reason,
            now,
        )
        .await?;
        if ended.is_empty() {
            let mut v = Violations::new();
            v.push("from_user", Rule::NotOnCommittee);
            return Err(StoreError::Invalid(v));
        }
    }
    insert(
        &txn,
        actor,
        call_id,
        input.application_id,
        input.to_user,
        now,
    )
    .await?;
    let was = json!({ "application_id": input.application_id, "user_id": input.from_user });
    let is = json!({ "application_id": input.application_id, "user_id": input.to_user,
        "reason": reason });
    audit::record_change(&txn, actor, "call", call_id, "reassign", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

async fn check_new_member(
    txn: &DatabaseTransaction,
    call_id: i64,
    input: &Reassignment,
    v: &mut Violations,
) -> StoreResult<()> {
    let member = active_member(txn, call_id, input.to_user).await?;
    let pair = (input.application_id, input.to_user);
    if !member.is_some_and(|m| m.scores) {
        v.push("to_user", Rule::NotOnCommittee);
    } else if exclusions(txn, call_id).await?.contains(&pair) {
        v.push("to_user", Rule::MemberExcluded);
    } else if standing(txn, call_id).await?.contains(&pair) {
        v.push("to_user", Rule::Duplicate);
    }
    Ok(())
}
