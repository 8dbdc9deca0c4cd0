//! The NGO member's duties under their organisations' agreements, by date (the dashboard's
//! timeline): what the domain's `duties` lists, with the agreement each belongs to.

use super::facts::{agreement_facts, binding_agreements};
use crate::agreements::view::currency_of;
use crate::error::StoreResult;
use crate::organisations::member_organisation_ids;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::AgreementTerms;
use granty_domain::tenant::Tenant;
use granty_domain::track_record::{duties, Duty};
use granty_domain::Currency;
use sea_orm::ConnectionTrait;
use serde::Serialize;
use std::collections::BTreeMap;

/// A duty with the agreement it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct DutyView {
    #[serde(flatten)]
    pub duty: Duty,
    pub agreement_number: String,
    pub task_title: String,
    pub currency: Currency,
}

/// The open duties of every organisation the member belongs to, earliest first.
pub async fn for_member(db: &Db, actor: &Actor, now: DateTime<Utc>) -> StoreResult<Vec<DutyView>> {
    let organisations = member_organisation_ids(&db.reader, actor).await?;
    of_organisations(&db.reader, &actor.tenant, &organisations, now).await
}

/// The open duties of the organisations `organisation_ids` of `tenant`, earliest first (an
/// organisation's calendar feed reads them without a member asking).
pub async fn of_organisations(
    conn: &impl ConnectionTrait,
    tenant: &Tenant,
    organisation_ids: &[i64],
    now: DateTime<Utc>,
) -> StoreResult<Vec<DutyView>> {
    let zone = tenant.time_zone;
    let today = now.with_timezone(&zone).date_naive();
    let rows = binding_agreements(conn, tenant.id, organisation_ids).await?;
    let mut facts = Vec::new();
    let mut agreements = BTreeMap::new();
    for row in rows {
        facts.push(agreement_facts(conn, &row, zone, today).await?);
        let terms: AgreementTerms = serde_json::from_str(&row.terms)?;
        let currency = currency_of(&row);
        agreements.insert(row.id, (row.number, terms.task_title, currency));
    }
    Ok(duties(&facts, today)
        .into_iter()
        .filter_map(|duty| {
            let (number, title, currency) = agreements.get(&duty.agreement_id)?.clone();
            Some(DutyView {
                duty,
                agreement_number: number,
                task_title: title,
                currency,
            })
        })
        .collect())
}
