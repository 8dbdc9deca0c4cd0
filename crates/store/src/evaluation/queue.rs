//! The committee member's queue: the calls whose committee they sit on, with the declaration of
//! impartiality still to sign or, once signed, the offers assigned to them and how far each card
//! is; and the clerk's view of one call's scoring (who has finished, who is late).

use super::gate::has_declared;
use super::scorecards::{progress_of, scoring_deadline, CardProgress};
use crate::applications::record_from_model;
use crate::entities::{
    application, assignment, call, committee_member, evaluation_exclusion, scorecard,
};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One call in a member's queue.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueCall {
    pub call_id: i64,
    pub title: String,
    /// Signed the declaration of impartiality; until then no offer is listed.
    pub declared: bool,
    /// Where the member declares (another part of Granty builds the form).
    pub declaration_path: String,
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// The member's membership scores (an adviser usually does not).
    pub scores: bool,
    pub offers: Vec<QueueOffer>,
}

/// One offer assigned to the member, with their card's progress.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QueueOffer {
    pub application_id: i64,
    pub title: String,
    pub receipt_number: Option<String>,
    pub progress: CardProgress,
    pub late: bool,
}

/// The signed-in member's queue, calls newest first.
pub async fn queue(db: &Db, actor: &Actor, now: DateTime<Utc>) -> StoreResult<Vec<QueueCall>> {
    actor.require(Role::Evaluator)?;
    let conn = &db.reader;
    let memberships = committee_member::Entity::find()
        .filter(committee_member::Column::UserId.eq(actor.user_id))
        .filter(committee_member::Column::RemovedAt.is_null())
        .order_by_desc(committee_member::Column::CallId)
        .all(conn)
        .await?;
    let mut calls = Vec::new();
    for membership in memberships {
        let Some(call) = call::Entity::find_by_id(membership.call_id)
            .one(conn)
            .await?
            .filter(|c| c.tenant_id == actor.tenant_id())
        else {
            continue;
        };
        let declared = has_declared(conn, actor.user_id, call.id).await?;
        let deadline = scoring_deadline(conn, call.id).await?;
        let offers = match declared {
            true => assigned_offers(conn, call.id, actor.user_id, deadline, now).await?,
            false => Vec::new(),
        };
        calls.push(QueueCall {
            call_id: call.id,
            declaration_path: format!("/evaluations/calls/{}/declaration", call.id),
            title: call.title,
            declared,
            scoring_deadline: deadline,
            scores: membership.scores,
            offers,
        });
    }
    Ok(calls)
}

/// The offers of `call_id` assigned now to `user_id`, under evaluation and not excluded.
pub(crate) async fn assigned_offers(
    conn: &impl ConnectionTrait,
    call_id: i64,
    user_id: i64,
    deadline: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> StoreResult<Vec<QueueOffer>> {
    let assignments = assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .filter(assignment::Column::UserId.eq(user_id))
        .filter(assignment::Column::EndedAt.is_null())
        .order_by_asc(assignment::Column::ApplicationId)
        .all(conn)
        .await?;
    let excluded: Vec<i64> = evaluation_exclusion::Entity::find()
        .filter(evaluation_exclusion::Column::CallId.eq(call_id))
        .filter(evaluation_exclusion::Column::UserId.eq(user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|e| e.application_id)
        .collect();
    let mut offers = Vec::new();
    for assignment in assignments {
        if excluded.contains(&assignment.application_id) {
            continue;
        }
        let Some(model) = application::Entity::find_by_id(assignment.application_id)
            .one(conn)
            .await?
            .filter(|a| a.state == ApplicationState::FormallyAccepted.code())
        else {
            continue;
        };
        let card = scorecard::Entity::find()
            .filter(scorecard::Column::ApplicationId.eq(model.id))
            .filter(scorecard::Column::UserId.eq(user_id))
            .one(conn)
            .await?;
        let progress = match &card {
            Some(card) => progress_of(card)?,
            None => CardProgress::NotStarted,
        };
        let submitted_at = card.and_then(|c| c.submitted_at);
        let record = record_from_model(model)?;
        offers.push(QueueOffer {
            application_id: record.id,
            title: record.content.title,
            receipt_number: record.receipt_number,
            progress,
            late: deadline.is_some_and(|d| submitted_at.unwrap_or(now) > d),
        });
    }
    Ok(offers)
}
