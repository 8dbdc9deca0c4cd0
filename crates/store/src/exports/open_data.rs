//! A town's awarded grants as open data, for anyone: the call, the organisation, the task, the
//! amount and the day of the decision, for every call whose results are published (the same
//! rule as the public results, art. 15 ust. 2h: nothing before publication). An award the
//! organisation gave up (it withdrew instead of updating its estimate) is not a grant.

use super::PAGE_ROWS;
use crate::entities::{application, award, call, call_result, organisation};
use crate::error::StoreResult;
use crate::tenants::tenant_by_slug;
use crate::Db;
use chrono::NaiveDate;
use granty_domain::call::CallState;
use granty_domain::money::Currency;
use granty_domain::results::{AwardDecision, UpdateState};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Deserialize;
use std::collections::HashMap;

/// One awarded grant.
#[derive(Debug, Clone)]
pub struct GrantLine {
    pub award_id: i64,
    pub call_id: i64,
    pub call_title: String,
    pub organisation: String,
    pub task_title: String,
    /// Minor units of `currency`.
    pub amount: i64,
    pub currency: Currency,
    pub decided_on: NaiveDate,
    pub decision_reference: String,
}

/// The published results of one call.
#[derive(Debug, Clone)]
struct Published {
    title: String,
    decided_on: NaiveDate,
    reference: String,
}

/// A town's grants, readable by anyone.
#[derive(Debug, Clone)]
pub struct OpenGrants {
    tenant: Tenant,
    calls: HashMap<i64, Published>,
}

/// Opens a town's grants (an unknown town is 404). The calls with published results are read
/// once here: a town has tens of calls, not thousands.
pub async fn open(db: &Db, slug: &str) -> StoreResult<OpenGrants> {
    let tenant = tenant_by_slug(&db.reader, slug).await?;
    let calls: HashMap<i64, call::Model> = call::Entity::find()
        .filter(call::Column::TenantId.eq(tenant.id))
        .filter(call::Column::State.ne(CallState::Draft.code()))
        .all(&db.reader)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let results = call_result::Entity::find()
        .filter(call_result::Column::CallId.is_in(calls.keys().copied()))
        .filter(call_result::Column::PublishedAt.is_not_null())
        .all(&db.reader)
        .await?;
    let published = results
        .into_iter()
        .filter_map(|r| {
            let call = calls.get(&r.call_id)?;
            let entry = Published {
                title: call.title.clone(),
                decided_on: r.decided_on,
                reference: r.decision_reference,
            };
            Some((r.call_id, entry))
        })
        .collect();
    Ok(OpenGrants {
        tenant,
        calls: published,
    })
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Title {
    title: String,
}

impl OpenGrants {
    pub fn tenant(&self) -> &Tenant {
        &self.tenant
    }

    /// The next page after the award with id `after`; empty once all were read.
    pub async fn page(&self, db: &Db, after: Option<i64>) -> StoreResult<Vec<GrantLine>> {
        let awards = award::Entity::find()
            .filter(award::Column::CallId.is_in(self.calls.keys().copied()))
            .filter(award::Column::Decision.eq(AwardDecision::Awarded.code()))
            .filter(award::Column::UpdateState.ne(UpdateState::Withdrawn.code()))
            .filter(award::Column::Id.gt(after.unwrap_or(0)))
            .order_by_asc(award::Column::Id)
            .limit(PAGE_ROWS)
            .all(&db.reader)
            .await?;
        let offers = offers_of(&db.reader, &awards).await?;
        let names = names_of(&db.reader, offers.values()).await?;
        Ok(awards
            .into_iter()
            .filter_map(|a| {
                let call = self.calls.get(&a.call_id)?;
                let offer = offers.get(&a.application_id);
                let title: Title = offer
                    .and_then(|o| serde_json::from_str(&o.content).ok())
                    .unwrap_or_default();
                Some(GrantLine {
                    award_id: a.id,
                    call_id: a.call_id,
                    call_title: call.title.clone(),
                    organisation: offer
                        .and_then(|o| names.get(&o.organisation_id).cloned())
                        .unwrap_or_default(),
                    task_title: title.title,
                    amount: a.amount_minor,
                    currency: a.currency.parse().unwrap_or(self.tenant.currency),
                    decided_on: call.decided_on,
                    decision_reference: call.reference.clone(),
                })
            })
            .collect())
    }
}

async fn offers_of(
    conn: &impl ConnectionTrait,
    awards: &[award::Model],
) -> StoreResult<HashMap<i64, application::Model>> {
    let ids: Vec<i64> = awards.iter().map(|a| a.application_id).collect();
    Ok(application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

async fn names_of(
    conn: &impl ConnectionTrait,
    offers: impl Iterator<Item = &application::Model>,
) -> StoreResult<HashMap<i64, String>> {
    let ids: Vec<i64> = offers.map(|o| o.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}
