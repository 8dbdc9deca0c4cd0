//! The applicant's track record for the sixth statutory criterion (art. 15 ust. 1 pkt 6:
//! reliability, timeliness and settlement of earlier grants): the organisation's earlier offers in
//! this town, in other calls, with the formal outcome, the corrections asked and the amount
//! awarded.
//!
//! Reports (late or on time) and returns (amounts) are typed here already but always empty: they
//! arrive with the settlement issue, which fills [`EarlierOffer::reports`] and
//! [`EarlierOffer::returns`] from its own tables. Until then a screen says that Granty holds no
//! reports or returns yet, rather than suggesting there were none.

use super::gate;
use crate::applications::record_from_model;
use crate::entities::{application, award, call, formal_check};
use crate::error::StoreResult;
use crate::{Actor, Db};
use granty_domain::application::ApplicationState;
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One earlier offer of the organisation.
#[derive(Debug, Clone, Serialize)]
pub struct EarlierOffer {
    pub application_id: i64,
    pub call_id: i64,
    pub call_title: String,
    /// The year of the call's deadline.
    pub year: i32,
    pub title: String,
    pub state: ApplicationState,
    /// The last formal check's outcome (`accepted`, `needs_correction`, `rejected`), if any.
    pub formal_outcome: Option<String>,
    /// How many times the formal check asked for corrections.
    pub corrections_asked: usize,
    /// The grant awarded, when the award is recorded.
    pub awarded: Option<Money>,
    /// Reports on the grant (empty until the settlement issue lands).
    pub reports: Vec<ReportRecord>,
    /// Returns of the grant (empty until the settlement issue lands).
    pub returns: Vec<ReturnRecord>,
}

/// A report on an earlier grant: when it was due and when it came.
#[derive(Debug, Clone, Serialize)]
pub struct ReportRecord {
    pub kind: String,
    pub due_on: chrono::NaiveDate,
    pub delivered_on: Option<chrono::NaiveDate>,
    pub late: bool,
}

/// A return of an earlier grant: how much, when due, whether paid.
#[derive(Debug, Clone, Serialize)]
pub struct ReturnRecord {
    pub amount: Money,
    pub due_on: chrono::NaiveDate,
    pub paid_on: Option<chrono::NaiveDate>,
}

/// The track record of the applicant of offer `application_id`, for a committee member who may
/// read the offer.
pub async fn for_member(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<Vec<EarlierOffer>> {
    let standing = gate::standing(&db.reader, actor, application_id).await?;
    let offer = &standing.application;
    earlier_offers(
        &db.reader,
        offer.tenant_id,
        offer.organisation_id,
        offer.call_id,
    )
    .await
}

/// The same, for the town's staff.
pub async fn for_staff(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<Vec<EarlierOffer>> {
    let (offer, _) = super::reopen::staff_offer(&db.reader, actor, application_id).await?;
    earlier_offers(
        &db.reader,
        offer.tenant_id,
        offer.organisation_id,
        offer.call_id,
    )
    .await
}

/// The organisation's submitted offers in the town's other calls, newest first.
pub async fn earlier_offers(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    organisation_id: i64,
    except_call_id: i64,
) -> StoreResult<Vec<EarlierOffer>> {
    let offers = application::Entity::find()
        .filter(application::Column::TenantId.eq(tenant_id))
        .filter(application::Column::OrganisationId.eq(organisation_id))
        .filter(application::Column::CallId.ne(except_call_id))
        .filter(application::Column::State.ne(ApplicationState::Draft.code()))
        .order_by_desc(application::Column::Id)
        .all(conn)
        .await?;
    let mut earlier = Vec::new();
    for model in offers {
        let Some(call) = call::Entity::find_by_id(model.call_id).one(conn).await? else {
            continue;
        };
        earlier.push(one(conn, model, call).await?);
    }
    Ok(earlier)
}

async fn one(
    conn: &impl ConnectionTrait,
    model: application::Model,
    call: call::Model,
) -> StoreResult<EarlierOffer> {
    use chrono::Datelike;
    let checks = formal_check::Entity::find()
        .filter(formal_check::Column::ApplicationId.eq(model.id))
        .order_by_asc(formal_check::Column::Id)
        .all(conn)
        .await?;
    let awarded = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(model.id))
        .filter(award::Column::Decision.eq("awarded"))
        .one(conn)
        .await?
        .and_then(|a| {
            let currency = a.currency.parse().ok()?;
            Some(Money::new(a.amount_minor, currency))
        });
    let record = record_from_model(model)?;
    Ok(EarlierOffer {
        application_id: record.id,
        call_id: call.id,
        call_title: call.title,
        year: call.deadline.year(),
        title: record.content.title,
        state: record.state,
        formal_outcome: checks.last().map(|c| c.outcome.clone()),
        corrections_asked: checks
            .iter()
            .filter(|c| c.outcome == "needs_correction")
            .count(),
        awarded,
        reports: Vec::new(),
        returns: Vec::new(),
    })
}
