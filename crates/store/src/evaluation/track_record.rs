//! The applicant's track record for the sixth statutory criterion (art. 15 ust. 1 pkt 6:
//! reliability, timeliness and settlement of earlier grants): the organisation's earlier offers in
//! this town, in other calls, with the formal outcome, the corrections asked, the amount awarded
//! and, where an agreement followed, its reports (on time, late, not filed) and returns (paid on
//! time, late with interest, unpaid), as the domain's `track_record` rules judge them today.

use super::gate;
use crate::agreements::view::currency_of;
use crate::applications::record_from_model;
use crate::entities::{agreement, application, award, call, formal_check};
use crate::error::StoreResult;
use crate::settlement::facts::{agreement_facts, BINDING};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use granty_domain::application::ApplicationState;
use granty_domain::track_record::{agreement_record, AgreementRecord};
use granty_domain::{Currency, Money};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One earlier offer of the organisation.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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
    /// The agreement signed on the offer, with its reports and returns judged.
    pub agreement: Option<EarlierAgreement>,
}

/// An earlier offer's agreement and its record.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EarlierAgreement {
    pub id: i64,
    pub number: String,
    pub state: String,
    pub currency: Currency,
    pub record: AgreementRecord,
}

/// The track record of the applicant of offer `application_id`, for a committee member who may
/// read the offer.
pub async fn for_member(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<EarlierOffer>> {
    let standing = gate::standing(&db.reader, actor, application_id).await?;
    let offer = &standing.application;
    let whose = Whose::of(actor, offer.organisation_id, now);
    earlier_offers(&db.reader, &whose, offer.tenant_id, offer.call_id).await
}

/// The same, for the town's staff.
pub async fn for_staff(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<EarlierOffer>> {
    let (offer, _) = super::reopen::staff_offer(&db.reader, actor, application_id).await?;
    let whose = Whose::of(actor, offer.organisation_id, now);
    earlier_offers(&db.reader, &whose, offer.tenant_id, offer.call_id).await
}

/// Whose record, judged on which day of the town's calendar.
pub struct Whose {
    pub organisation_id: i64,
    pub zone: Tz,
    pub today: NaiveDate,
}

impl Whose {
    fn of(actor: &Actor, organisation_id: i64, now: DateTime<Utc>) -> Whose {
        let zone = actor.tenant.time_zone;
        Whose {
            organisation_id,
            zone,
            today: now.with_timezone(&zone).date_naive(),
        }
    }
}

/// The organisation's submitted offers in the town's other calls, newest first.
pub async fn earlier_offers(
    conn: &impl ConnectionTrait,
    whose: &Whose,
    tenant_id: i64,
    except_call_id: i64,
) -> StoreResult<Vec<EarlierOffer>> {
    let offers = application::Entity::find()
        .filter(application::Column::TenantId.eq(tenant_id))
        .filter(application::Column::OrganisationId.eq(whose.organisation_id))
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
        earlier.push(one(conn, whose, model, call).await?);
    }
    Ok(earlier)
}

async fn one(
    conn: &impl ConnectionTrait,
    whose: &Whose,
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
    let agreement = agreement_of(conn, whose, model.id).await?;
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
        agreement,
    })
}

/// The binding agreement signed on offer `application_id`, with its record judged today.
async fn agreement_of(
    conn: &impl ConnectionTrait,
    whose: &Whose,
    application_id: i64,
) -> StoreResult<Option<EarlierAgreement>> {
    let found = agreement::Entity::find()
        .filter(agreement::Column::ApplicationId.eq(application_id))
        .filter(agreement::Column::State.is_in(BINDING.iter().map(|s| s.code())))
        .one(conn)
        .await?;
    let Some(row) = found else {
        return Ok(None);
    };
    let facts = agreement_facts(conn, &row, whose.zone, whose.today).await?;
    Ok(Some(EarlierAgreement {
        id: row.id,
        currency: currency_of(&row),
        record: agreement_record(&facts, whose.today),
        number: row.number,
        state: row.state,
    }))
}
