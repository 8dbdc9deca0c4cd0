//! The offers a committee deals with: those it evaluates (formally accepted), and the
//! organisations that applied in the call (any submitted offer, as applicant or partner), whose
//! nominees may not sit on the committee.

use crate::applications::record_from_model;
use crate::entities::{application, application_partner, organisation};
use crate::error::StoreResult;
use granty_domain::application::ApplicationState;
use granty_domain::evaluation::committee::Applicant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// An offer under evaluation, with the organisations behind it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OfferRow {
    pub id: i64,
    pub title: String,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub receipt_number: Option<String>,
    /// Partners of a joint offer.
    pub partner_ids: Vec<i64>,
}

impl OfferRow {
    /// Whether `organisation_id` applies with this offer (as applicant or partner).
    pub fn involves(&self, organisation_id: i64) -> bool {
        self.organisation_id == organisation_id || self.partner_ids.contains(&organisation_id)
    }
}

/// The call's formally accepted offers, in the order received.
pub async fn under_evaluation(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<OfferRow>> {
    let rows = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::State.eq(ApplicationState::FormallyAccepted.code()))
        .order_by_asc(application::Column::SubmittedAt)
        .order_by_asc(application::Column::Id)
        .all(conn)
        .await?;
    let partners = partners_of(conn, rows.iter().map(|r| r.id)).await?;
    let names = names(conn, rows.iter().map(|r| r.organisation_id)).await?;
    rows.into_iter()
        .map(|m| {
            let record = record_from_model(m)?;
            Ok(OfferRow {
                id: record.id,
                title: record.content.title,
                organisation_id: record.organisation_id,
                organisation_name: names
                    .get(&record.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                receipt_number: record.receipt_number,
                partner_ids: partners.get(&record.id).cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// The organisations with a submitted offer in the call, as applicant or partner, by id.
pub async fn applying_organisations(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Vec<Applicant>> {
    let rows = application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::SubmittedAt.is_not_null())
        .all(conn)
        .await?;
    let partners = partners_of(conn, rows.iter().map(|r| r.id)).await?;
    let ids: BTreeSet<i64> = rows
        .iter()
        .map(|r| r.organisation_id)
        .chain(partners.values().flatten().copied())
        .collect();
    applicants(conn, ids).await
}

/// The applicants and partners of the offers under evaluation (the declaration's list).
pub async fn applicants_of(
    conn: &impl ConnectionTrait,
    offers: &[OfferRow],
) -> StoreResult<Vec<Applicant>> {
    let ids: BTreeSet<i64> = offers
        .iter()
        .flat_map(|o| std::iter::once(o.organisation_id).chain(o.partner_ids.iter().copied()))
        .collect();
    applicants(conn, ids).await
}

async fn applicants(
    conn: &impl ConnectionTrait,
    ids: BTreeSet<i64>,
) -> StoreResult<Vec<Applicant>> {
    let names = names(conn, ids).await?;
    Ok(names
        .into_iter()
        .map(|(organisation_id, name)| Applicant {
            organisation_id,
            name,
        })
        .collect())
}

/// Organisation names by id.
pub(crate) async fn names(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> StoreResult<BTreeMap<i64, String>> {
    let ids: BTreeSet<i64> = ids.into_iter().collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

async fn partners_of(
    conn: &impl ConnectionTrait,
    application_ids: impl IntoIterator<Item = i64>,
) -> StoreResult<BTreeMap<i64, Vec<i64>>> {
    let ids: Vec<i64> = application_ids.into_iter().collect();
    let mut partners: BTreeMap<i64, Vec<i64>> = BTreeMap::new();
    for row in application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.is_in(ids))
        .all(conn)
        .await?
    {
        partners
            .entry(row.application_id)
            .or_default()
            .push(row.organisation_id);
    }
    Ok(partners)
}
