//! The clerk's view of one call's scoring: per committee member, the offers assigned and how far
//! each card is, and who is late after the scoring deadline.

use super::queue::{assigned_offers, QueueOffer};
use super::scorecards::{scoring_deadline, CardProgress};
use crate::entities::{call, committee_member, user};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One call's scoring, for the clerk.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CallScoring {
    pub call_id: i64,
    pub title: String,
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// The deadline has passed.
    pub past_deadline: bool,
    pub members: Vec<MemberScoring>,
}

/// One member's progress.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MemberScoring {
    pub user_id: i64,
    pub name: String,
    pub kind: String,
    pub scores: bool,
    pub assigned: usize,
    pub submitted: usize,
    pub draft: usize,
    pub not_started: usize,
    /// Cards submitted after the deadline or still open past it.
    pub late: usize,
    pub cards: Vec<QueueOffer>,
}

/// The scoring of call `call_id` of the clerk's town.
pub async fn call_scoring(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<CallScoring> {
    actor.require_staff()?;
    let conn = &db.reader;
    let call = call::Entity::find_by_id(call_id)
        .one(conn)
        .await?
        .filter(|c| c.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let deadline = scoring_deadline(conn, call.id).await?;
    let members = committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call.id))
        .filter(committee_member::Column::RemovedAt.is_null())
        .order_by_asc(committee_member::Column::Id)
        .all(conn)
        .await?;
    let mut rows = Vec::new();
    for member in members {
        let name = user::Entity::find_by_id(member.user_id)
            .one(conn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        let cards = assigned_offers(conn, call.id, member.user_id, deadline, now).await?;
        let count = |p: CardProgress| cards.iter().filter(|c| c.progress == p).count();
        rows.push(MemberScoring {
            user_id: member.user_id,
            name,
            kind: member.kind,
            scores: member.scores,
            assigned: cards.len(),
            submitted: count(CardProgress::Submitted),
            draft: count(CardProgress::Draft),
            not_started: count(CardProgress::NotStarted),
            late: cards.iter().filter(|c| c.late).count(),
            cards,
        });
    }
    Ok(CallScoring {
        call_id: call.id,
        title: call.title,
        past_deadline: deadline.is_some_and(|d| now > d),
        scoring_deadline: deadline,
        members: rows,
    })
}
