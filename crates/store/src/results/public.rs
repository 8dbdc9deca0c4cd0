//! The published results as anyone may read them (art. 15 ust. 2h): for the chosen offers the
//! organisation, the task and the amount; for the others their score. Before publication there
//! are no results: 404, the same as an unknown call.

use super::notify::title_of;
use super::{awards_of, published_result};
use crate::entities::{application, call, organisation};
use crate::error::{StoreError, StoreResult};
use crate::tenants::tenant_by_slug;
use crate::Db;
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::call::CallState;
use granty_domain::money::Currency;
use granty_domain::results::AwardDecision;
use granty_domain::tenant::Tenant;
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use std::collections::BTreeMap;

/// One offer in the results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicResultsEntry {
    pub application_id: i64,
    pub organisation: String,
    pub task: String,
    pub chosen: bool,
    /// The amount awarded, for the chosen offers only.
    pub amount: Option<Money>,
    /// The panel's total in hundredths of a point, for the offers not chosen.
    pub total_centi: Option<i64>,
}

/// A call's published results.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PublicResults {
    pub call_id: i64,
    pub call_title: String,
    pub decided_by_name: String,
    pub decision_reference: String,
    pub decided_on: NaiveDate,
    pub published_at: DateTime<Utc>,
    pub published_bip_on: Option<NaiveDate>,
    pub published_notice_board_on: Option<NaiveDate>,
    pub published_website_on: Option<NaiveDate>,
    /// The chosen first (by rank), then the others by rank.
    pub entries: Vec<PublicResultsEntry>,
}

/// The results of a town's call, 404 before publication (and for a draft or another town's call).
pub async fn public_results(
    db: &Db,
    tenant_slug: &str,
    call_id: i64,
) -> StoreResult<(Tenant, PublicResults)> {
    let tenant = tenant_by_slug(&db.reader, tenant_slug).await?;
    let results = results_of(&db.reader, tenant.id, call_id).await?;
    Ok((tenant, results))
}

/// The results of a call of `tenant_id`, 404 before publication.
pub(crate) async fn results_of(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    call_id: i64,
) -> StoreResult<PublicResults> {
    let call = call::Entity::find_by_id(call_id)
        .one(conn)
        .await?
        .filter(|c| c.tenant_id == tenant_id && c.state != CallState::Draft.code())
        .ok_or(StoreError::NotFound)?;
    let result = published_result(conn, call_id).await?;
    let entries = entries(conn, call_id).await?;
    Ok(PublicResults {
        call_id,
        call_title: call.title,
        decided_by_name: result.decided_by_name,
        decision_reference: result.decision_reference,
        decided_on: result.decided_on,
        published_at: result.published_at.unwrap_or(result.updated_at),
        published_bip_on: result.published_bip_on,
        published_notice_board_on: result.published_notice_board_on,
        published_website_on: result.published_website_on,
        entries,
    })
}

async fn entries(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<PublicResultsEntry>> {
    let awards = awards_of(conn, call_id).await?;
    let ids: Vec<i64> = awards.iter().map(|a| a.application_id).collect();
    let offers: BTreeMap<i64, application::Model> = application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let names = organisation_names(conn, offers.values().map(|o| o.organisation_id)).await?;
    let mut entries: Vec<PublicResultsEntry> = awards
        .iter()
        .filter_map(|award| {
            let offer = offers.get(&award.application_id)?;
            let chosen = AwardDecision::parse(&award.decision) == Some(AwardDecision::Awarded);
            let currency: Currency = award.currency.parse().unwrap_or_default();
            Some(PublicResultsEntry {
                application_id: offer.id,
                organisation: names
                    .get(&offer.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                task: title_of(offer),
                chosen,
                amount: chosen.then(|| Money::new(award.amount_minor, currency)),
                total_centi: if chosen { None } else { award.total_centi },
            })
        })
        .collect();
    // Stable: within each group the awards keep their rank order.
    entries.sort_by_key(|e| !e.chosen);
    Ok(entries)
}

async fn organisation_names(
    conn: &impl ConnectionTrait,
    ids: impl Iterator<Item = i64>,
) -> StoreResult<BTreeMap<i64, String>> {
    let ids: Vec<i64> = ids.collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}
