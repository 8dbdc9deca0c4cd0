//! A committee member's standing on an offer: whether they sit on the call's committee, have
//! declared their impartiality, are excluded from the offer, and are assigned to score it.
//!
//! The answers follow the access table: not on this call's committee (or the offer is not under
//! evaluation) is 404, as for any object the caller may not know exists; on the committee but not
//! yet declared is 403 (the call's offers exist, its content is closed until the declaration); an
//! offer the member is excluded from is 404.

use crate::entities::{
    application, assignment, call, committee_member, evaluation_exclusion, impartiality_declaration,
};
use crate::error::{StoreError, StoreResult};
use crate::Actor;
use granty_domain::application::ApplicationState;
use granty_domain::evaluation::MemberKind;
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// Whether a call in this state (its code) is past scoring: once the results are published, or
/// the call cancelled or archived, no card is written or reopened.
pub(crate) fn scoring_closed(call_state: &str) -> bool {
    use granty_domain::call::CallState;
    [
        CallState::ResultsPublished,
        CallState::Archived,
        CallState::Cancelled,
    ]
    .iter()
    .any(|closed| closed.code() == call_state)
}

/// A member who may read an offer of their call.
#[derive(Debug, Clone)]
pub struct Standing {
    pub member: committee_member::Model,
    pub kind: MemberKind,
    pub application: application::Model,
    pub call: call::Model,
    /// Assigned now (not ended) to score this offer.
    pub assigned: bool,
}

/// The caller's active membership of the committee of `call_id`, if any.
pub async fn membership(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<Option<committee_member::Model>> {
    Ok(committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call_id))
        .filter(committee_member::Column::UserId.eq(actor.user_id))
        .filter(committee_member::Column::RemovedAt.is_null())
        .one(conn)
        .await?)
}

/// Whether the caller has signed the declaration of impartiality for `call_id`.
pub async fn has_declared(
    conn: &impl ConnectionTrait,
    user_id: i64,
    call_id: i64,
) -> StoreResult<bool> {
    Ok(impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call_id))
        .filter(impartiality_declaration::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .is_some())
}

/// Whether `user_id` is excluded from scoring `application_id` (a declared tie or the clerk's
/// decision).
pub async fn is_excluded(
    conn: &impl ConnectionTrait,
    user_id: i64,
    application_id: i64,
) -> StoreResult<bool> {
    Ok(evaluation_exclusion::Entity::find()
        .filter(evaluation_exclusion::Column::ApplicationId.eq(application_id))
        .filter(evaluation_exclusion::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .is_some())
}

/// The evaluator's standing on offer `application_id`: `NotFound` when they are not on its call's
/// committee, the offer is not one the committee evaluates (not formally accepted) or they are
/// excluded from it; `Forbidden` before their declaration of impartiality.
pub async fn standing(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<Standing> {
    if actor.role != Role::Evaluator {
        return Err(StoreError::Forbidden);
    }
    let application = application::Entity::find_by_id(application_id)
        .one(conn)
        .await?
        .filter(|a| a.tenant_id == actor.tenant_id())
        .filter(|a| a.state == ApplicationState::FormallyAccepted.code())
        .ok_or(StoreError::NotFound)?;
    let member = membership(conn, actor, application.call_id)
        .await?
        .ok_or(StoreError::NotFound)?;
    if !has_declared(conn, actor.user_id, application.call_id).await? {
        return Err(StoreError::Forbidden);
    }
    if is_excluded(conn, actor.user_id, application_id).await? {
        return Err(StoreError::NotFound);
    }
    let call = call::Entity::find_by_id(application.call_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let kind = MemberKind::parse(&member.kind)
        .ok_or_else(|| StoreError::Corrupt(format!("member kind `{}`", member.kind)))?;
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(application_id))
        .filter(assignment::Column::UserId.eq(actor.user_id))
        .filter(assignment::Column::EndedAt.is_null())
        .one(conn)
        .await?
        .is_some();
    Ok(Standing {
        member,
        kind,
        application,
        call,
        assigned,
    })
}
