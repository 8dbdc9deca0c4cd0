//! After the ranking: the executive's decision and the published results (art. 15 ust. 2h, 2j),
//! the updated estimates of offers awarded less than they asked, the public's requests for a
//! justification (art. 15 ust. 2i) and the cancellation of a call (art. 18a).
//!
//! Every use case runs in one transaction, checks the caller's role and town, writes the audit
//! trail (who, when, before, after) and tells people through the outbox in the same transaction.

mod cancel;
mod decision;
mod justification;
mod notify;
mod public;
mod update;
mod views;

pub use cancel::{cancel_call, cancellation_ground};
pub use decision::{publish_results, record_channels, record_decision, DecisionInput};
pub use justification::{
    answer_request, file_request, list_requests, request_call, JustificationInput,
    JustificationView,
};
pub use public::{public_results, PublicResults, PublicResultsEntry};
pub(crate) use update::update_open;
pub use update::{accept_update, return_update, submit_update, withdraw_update};
pub use views::{applicant_result, staff_results, AwardView, DecisionView, StaffResults};

use crate::calls::{self, CallRecord};
use crate::entities::{application, award, call_result};
use crate::error::{StoreError, StoreResult};
use crate::Actor;
use granty_domain::application::ApplicationState;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The call, for the town's staff only (another town's or an unknown id is 404).
async fn staff_call(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<CallRecord> {
    actor.require_staff()?;
    calls::visible(conn, actor, id).await
}

/// The call's applicants: every offer ever submitted (withdrawn ones too), in filing order.
async fn submitted_offers(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<application::Model>> {
    Ok(application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::SubmittedAt.is_not_null())
        .order_by_asc(application::Column::SubmittedAt)
        .order_by_asc(application::Column::Id)
        .all(conn)
        .await?)
}

fn is_state(offer: &application::Model, state: ApplicationState) -> bool {
    offer.state == state.code()
}

async fn awards_of(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<Vec<award::Model>> {
    Ok(award::Entity::find()
        .filter(award::Column::CallId.eq(call_id))
        .order_by_asc(award::Column::Rank)
        .order_by_asc(award::Column::Id)
        .all(conn)
        .await?)
}

async fn result_of(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Option<call_result::Model>> {
    Ok(call_result::Entity::find()
        .filter(call_result::Column::CallId.eq(call_id))
        .one(conn)
        .await?)
}

/// The published results of a call, or 404: nothing of them exists to anyone before.
async fn published_result(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<call_result::Model> {
    result_of(conn, call_id)
        .await?
        .filter(|r| r.published_at.is_some())
        .ok_or(StoreError::NotFound)
}
