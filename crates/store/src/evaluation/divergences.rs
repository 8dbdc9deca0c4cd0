//! The clerk resolves a divergence between members' totals before ranking: with a note, and
//! optionally an extra member of the committee who is assigned to score the offer too (the
//! assignment row is written here, with the history kept as for any assignment).

use super::awards::refuse_after_results;
use super::gate::is_excluded;
use super::ranking::load;
use crate::audit;
use crate::entities::{assignment, divergence_note};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::json;

/// The longest resolution note.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The clerk's resolution of one offer's divergence.
#[derive(Debug, Clone)]
pub struct Resolution {
    pub application_id: i64,
    pub note: String,
    pub extra_member_user_id: Option<i64>,
}

/// Records the resolution (and assigns the extra member); returns the note as stored.
pub async fn resolve_divergence(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: &Resolution,
    now: DateTime<Utc>,
) -> StoreResult<divergence_note::Model> {
    actor.require_staff()?;
    let mut v = Violations::new();
    let note = v.text("note", &input.note, MAX_NOTE_CHARS);
    let txn = db.writer.begin().await?;
    v.extend(check_target(&txn, actor, call_id, input, now).await?);
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    if let Some(user_id) = input.extra_member_user_id {
        assign(&txn, actor, call_id, input.application_id, user_id, now).await?;
    }
    let stored = divergence_note::ActiveModel {
        call_id: Set(call_id),
        application_id: Set(input.application_id),
        note: Set(note.clone()),
        extra_member_user_id: Set(input.extra_member_user_id),
        resolved_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let after = json!({ "note": note, "extra_member_user_id": input.extra_member_user_id });
    let (id, action) = (input.application_id, "resolve_divergence");
    audit::record_change(
        &txn,
        actor,
        "application",
        id,
        action,
        json!(null),
        after,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(stored)
}

/// The offer must diverge; the extra member must score on this committee, not be assigned to
/// the offer already, and not be excluded from it.
async fn check_target(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    input: &Resolution,
    now: DateTime<Utc>,
) -> StoreResult<Violations> {
    let mut v = Violations::new();
    let board = load(txn, actor, call_id, now).await?;
    refuse_after_results(&board.call, "resolve_divergence", now)?;
    let divergent = board
        .board
        .divergent()
        .any(|o| o.application_id == input.application_id);
    if !divergent {
        v.push("application_id", Rule::UnknownReference);
    }
    let Some(user_id) = input.extra_member_user_id else {
        return Ok(v);
    };
    let member = board.members.iter().any(|m| m.user_id == user_id);
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(input.application_id))
        .filter(assignment::Column::UserId.eq(user_id))
        .filter(assignment::Column::EndedAt.is_null())
        .one(txn)
        .await?
        .is_some();
    let excluded = is_excluded(txn, user_id, input.application_id).await?;
    if !member || assigned || excluded {
        v.push("extra_member_user_id", Rule::UnknownReference);
    }
    Ok(v)
}

async fn assign(
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
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}
