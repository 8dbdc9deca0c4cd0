//! The clerk appoints and removes a call's committee members (art. 15 ust. 2a, 2d). A removed
//! member's row stays, with the reason, for the record; the appointed member is told by email,
//! with a link to the declaration of impartiality.

use super::offers::{applying_organisations, names};
use crate::audit;
use crate::entities::{committee_member, membership};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Subject};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::evaluation::committee::{check_appointment, Nominator, MAX_NOMINATOR_NAME};
use granty_domain::evaluation::MemberKind;
use granty_domain::notification::Event;
use granty_domain::roles::Role;
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use serde_json::json;

/// Who the clerk appoints, and how.
#[derive(Debug, Clone)]
pub struct Appointment {
    pub user_id: i64,
    pub kind: MemberKind,
    pub nominator: Option<Nominator>,
    /// Whether the member scores; `None`: as the kind says (advisers do not).
    pub scores: Option<bool>,
}

/// Appoints a member to the committee of call `call_id`; returns the new row.
pub async fn appoint(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: Appointment,
    now: DateTime<Utc>,
) -> StoreResult<committee_member::Model> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let call = crate::calls::visible(&txn, actor, call_id).await?;
    check_person(&txn, actor, call_id, input.user_id).await?;
    let nominator = checked_nominator(&txn, actor, input.nominator.as_ref()).await?;
    let applicants = applying_organisations(&txn, call_id).await?;
    let refused = check_appointment(input.kind, nominator.as_ref(), &applicants);
    if !refused.is_empty() {
        return Err(StoreError::Invalid(refused));
    }
    let (org_id, org_name) = nominator_columns(&txn, input.kind, nominator.as_ref()).await?;
    let row = committee_member::ActiveModel {
        call_id: Set(call_id),
        user_id: Set(input.user_id),
        kind: Set(input.kind.code().to_string()),
        nominated_by_organisation_id: Set(org_id),
        nominated_by_name: Set(org_name.clone()),
        scores: Set(input.scores.unwrap_or(input.kind.scores_by_default())),
        appointed_by: Set(actor.user_id),
        removed_at: Set(None),
        removed_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let is = json!({ "user_id": row.user_id, "kind": row.kind, "nominated_by": org_name,
        "nominated_by_organisation_id": org_id, "scores": row.scores });
    audit::record_change(
        &txn,
        actor,
        "call",
        call_id,
        "appoint_member",
        json!({}),
        is,
        now,
    )
    .await?;
    let event = Event::CommitteeAppointed {
        call_title: call.terms.title,
        member_kind: row.kind.clone(),
        nominated_by: org_name,
    };
    tell_member(&txn, actor, call_id, row.user_id, &event, now).await?;
    txn.commit().await?;
    Ok(row)
}

/// An evaluator of the town, not already an active member of this committee.
async fn check_person(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    user_id: i64,
) -> StoreResult<()> {
    let evaluator = membership::Entity::find()
        .filter(membership::Column::TenantId.eq(actor.tenant_id()))
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::Role.eq(Role::Evaluator.code()))
        .one(txn)
        .await?;
    let mut v = Violations::new();
    if evaluator.is_none() {
        v.push("user_id", Rule::NotAnEvaluator);
    } else if active_member(txn, call_id, user_id).await?.is_some() {
        v.push("user_id", Rule::AlreadyOnCommittee);
    }
    v.into_result(()).map_err(StoreError::Invalid)
}

/// A nominating organisation must be one of the town's; a typed name is trimmed and limited.
async fn checked_nominator(
    txn: &DatabaseTransaction,
    actor: &Actor,
    nominator: Option<&Nominator>,
) -> StoreResult<Option<Nominator>> {
    let mut v = Violations::new();
    let checked = match nominator {
        Some(Nominator::Organisation(id)) => {
            let found = crate::entities::organisation::Entity::find_by_id(*id)
                .one(txn)
                .await?
                .filter(|o| o.tenant_id == actor.tenant_id());
            if found.is_none() {
                v.push("nominated_by", Rule::UnknownReference);
            }
            Some(Nominator::Organisation(*id))
        }
        Some(Nominator::Named(name)) => Some(Nominator::Named(v.optional_text(
            "nominated_by",
            name,
            MAX_NOMINATOR_NAME,
        ))),
        None => None,
    };
    v.into_result(checked).map_err(StoreError::Invalid)
}

/// The stored nominator: the organisation's id and its name at the time, or the typed name.
async fn nominator_columns(
    txn: &DatabaseTransaction,
    kind: MemberKind,
    nominator: Option<&Nominator>,
) -> StoreResult<(Option<i64>, String)> {
    Ok(match (kind, nominator) {
        (MemberKind::NgoNominee, Some(Nominator::Organisation(id))) => {
            let name = names(txn, [*id]).await?.remove(id).unwrap_or_default();
            (Some(*id), name)
        }
        (MemberKind::NgoNominee, Some(Nominator::Named(name))) => (None, name.clone()),
        _ => (None, String::new()),
    })
}

/// The active (not removed) membership of `user_id` in the committee of `call_id`.
pub(crate) async fn active_member(
    conn: &impl ConnectionTrait,
    call_id: i64,
    user_id: i64,
) -> StoreResult<Option<committee_member::Model>> {
    Ok(committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call_id))
        .filter(committee_member::Column::UserId.eq(user_id))
        .filter(committee_member::Column::RemovedAt.is_null())
        .one(conn)
        .await?)
}

/// The committee's active members, in the order appointed.
pub(crate) async fn active_members(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<committee_member::Model>> {
    use sea_orm::QueryOrder;
    Ok(committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call_id))
        .filter(committee_member::Column::RemovedAt.is_null())
        .order_by_asc(committee_member::Column::Id)
        .all(conn)
        .await?)
}

async fn tell_member(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    user_id: i64,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients = notifications::user_recipients(txn, [user_id]).await?;
    let subject = Subject {
        tenant_id: actor.tenant_id(),
        entity: "call",
        entity_id: call_id,
        link_path: format!("/evaluations/calls/{call_id}/declaration"),
    };
    notifications::enqueue(txn, &subject, &recipients, event, None, now).await?;
    Ok(())
}

/// The member row `member_id` of call `call_id`, active, for the staff of the call's town.
async fn member_of_call(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    member_id: i64,
) -> StoreResult<committee_member::Model> {
    actor.require_staff()?;
    crate::calls::visible(txn, actor, call_id).await?;
    committee_member::Entity::find_by_id(member_id)
        .one(txn)
        .await?
        .filter(|m| m.call_id == call_id && m.removed_at.is_none())
        .ok_or(StoreError::NotFound)
}

/// Removes a member with a reason; the row stays with the reason and the time, and the member's
/// current assignments end with the same reason.
pub async fn remove_member(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    member_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let member = member_of_call(&txn, actor, call_id, member_id).await?;
    let mut v = Violations::new();
    let reason = v.text("reason", reason, 1000);
    v.into_result(()).map_err(StoreError::Invalid)?;
    committee_member::ActiveModel {
        id: Set(member.id),
        removed_at: Set(Some(now)),
        removed_reason: Set(Some(reason.clone())),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    super::assignment::end_all_of(&txn, actor, call_id, member.user_id, &reason, now).await?;
    let was = json!({ "user_id": member.user_id, "kind": member.kind });
    let is = json!({ "removed_reason": reason });
    audit::record_change(&txn, actor, "call", call_id, "remove_member", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Lets a member score or not (an adviser has a voice and no score by default); `None` is
/// refused as a missing answer.
pub async fn set_scores(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    member_id: i64,
    scores: Option<bool>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let member = member_of_call(&txn, actor, call_id, member_id).await?;
    let Some(scores) = scores else {
        let mut v = Violations::new();
        v.push("scores", Rule::Required);
        return Err(StoreError::Invalid(v));
    };
    committee_member::ActiveModel {
        id: Set(member.id),
        scores: Set(scores),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let was = json!({ "user_id": member.user_id, "scores": member.scores });
    let is = json!({ "user_id": member.user_id, "scores": scores });
    audit::record_change(&txn, actor, "call", call_id, "member_scores", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}
