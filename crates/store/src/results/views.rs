//! What the clerk's results page and the applicant's offer page show: the decision, the awards
//! with their update states, and an applicant's own result once published (never before: the
//! scores are the committee's until the results).

use super::notify::title_of;
use super::{awards_of, result_of, staff_call};
use crate::applications;
use crate::calls::CallRecord;
use crate::entities::{application, award, call_result, organisation};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::money::Currency;
use granty_domain::results::{AwardDecision, UpdateState};
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

/// One award as the clerk and the applicant see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AwardView {
    pub application_id: i64,
    pub organisation: String,
    pub task: String,
    pub chosen: bool,
    pub requested: Money,
    pub amount: Money,
    pub reason: String,
    pub update_state: String,
    pub update_version_no: Option<i32>,
    pub total_centi: Option<i64>,
    pub rank: Option<i32>,
}

impl AwardView {
    /// The applicant still has to file an updated estimate (or withdraw).
    pub fn awaits_update(&self) -> bool {
        self.update_state == UpdateState::Awaiting.code()
    }
}

/// The executive's decision and its publication.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DecisionView {
    pub decided_by_name: String,
    pub decision_reference: String,
    pub decided_on: NaiveDate,
    pub published_at: Option<DateTime<Utc>>,
    pub published_bip_on: Option<NaiveDate>,
    pub published_notice_board_on: Option<NaiveDate>,
    pub published_website_on: Option<NaiveDate>,
}

impl From<call_result::Model> for DecisionView {
    fn from(m: call_result::Model) -> Self {
        DecisionView {
            decided_by_name: m.decided_by_name,
            decision_reference: m.decision_reference,
            decided_on: m.decided_on,
            published_at: m.published_at,
            published_bip_on: m.published_bip_on,
            published_notice_board_on: m.published_notice_board_on,
            published_website_on: m.published_website_on,
        }
    }
}

/// The clerk's view of a call's results.
#[derive(Debug, Clone)]
pub struct StaffResults {
    pub call: CallRecord,
    pub decision: Option<DecisionView>,
    pub awards: Vec<AwardView>,
}

/// The call's decision and awards, for the town's staff.
pub async fn staff_results(db: &Db, actor: &Actor, call_id: i64) -> StoreResult<StaffResults> {
    let call = staff_call(&db.reader, actor, call_id).await?;
    let decision = result_of(&db.reader, call_id)
        .await?
        .map(DecisionView::from);
    let mut awards = Vec::new();
    for award in awards_of(&db.reader, call_id).await? {
        awards.push(award_view(&db.reader, award).await?);
    }
    Ok(StaffResults {
        call,
        decision,
        awards,
    })
}

pub(super) async fn award_view(
    conn: &impl ConnectionTrait,
    award: award::Model,
) -> StoreResult<AwardView> {
    let offer = application::Entity::find_by_id(award.application_id)
        .one(conn)
        .await?;
    let (task, organisation_id) = offer
        .as_ref()
        .map(|o| (title_of(o), o.organisation_id))
        .unwrap_or_default();
    let organisation = organisation::Entity::find_by_id(organisation_id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let currency: Currency = award.currency.parse().unwrap_or_default();
    Ok(AwardView {
        application_id: award.application_id,
        organisation,
        task,
        chosen: AwardDecision::parse(&award.decision) == Some(AwardDecision::Awarded),
        requested: Money::new(award.requested_minor, currency),
        amount: Money::new(award.amount_minor, currency),
        reason: award.reason,
        update_state: award.update_state,
        update_version_no: award.update_version_no,
        total_centi: award.total_centi,
        rank: award.rank,
    })
}

/// The applicant's own result, for members of the applicant organisation once the results are
/// published; `None` before (and for anyone else who may read the offer).
pub async fn applicant_result(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<Option<AwardView>> {
    let seen = applications::visible(&db.reader, actor, application_id).await?;
    if !seen.is_applicant_member
        || result_of(&db.reader, seen.call.id)
            .await?
            .and_then(|r| r.published_at)
            .is_none()
    {
        return Ok(None);
    }
    let found = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(application_id))
        .one(&db.reader)
        .await?;
    match found {
        Some(award) => Ok(Some(award_view(&db.reader, award).await?)),
        None => Ok(None),
    }
}
