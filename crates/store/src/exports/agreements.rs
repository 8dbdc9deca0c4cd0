//! The town's agreements for the download: number, organisation, call, task, amounts, state
//! and dates, in the order they were drawn up (by id). The pages of the payments' and the
//! settlements' downloads walk the same agreements.

use super::PAGE_ROWS;
use crate::entities::{agreement, agreement_payment, call, organisation};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::money::Currency;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};
use serde::Deserialize;
use std::collections::HashMap;

/// One agreement (amounts in minor units of `currency`).
#[derive(Debug, Clone)]
pub struct AgreementLine {
    pub id: i64,
    pub number: String,
    pub call_id: i64,
    pub call_title: String,
    pub organisation: String,
    pub task_title: String,
    /// The state's code (`realisation`, …).
    pub state: String,
    pub grant: i64,
    pub paid: i64,
    pub currency: Currency,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub signed_at: Option<DateTime<Utc>>,
    pub terminated_at: Option<DateTime<Utc>>,
}

/// The town's agreements, opened by its staff; optionally of one state only.
#[derive(Debug, Clone)]
pub struct AgreementsExport {
    pub(super) tenant_id: i64,
    pub(super) states: Vec<String>,
}

/// Opens the export: the town's staff only (others 403). An unknown `state` filters nothing
/// out, as the clerk's list does.
pub async fn open(actor: &Actor, state: Option<&str>) -> StoreResult<AgreementsExport> {
    actor.require_staff()?;
    let states = state
        .filter(|s| granty_domain::agreement::AgreementState::parse(s).is_some())
        .map(|s| vec![s.to_string()])
        .unwrap_or_default();
    Ok(AgreementsExport {
        tenant_id: actor.tenant_id(),
        states,
    })
}

/// Only the task's title is read out of the terms.
#[derive(Deserialize, Default)]
#[serde(default)]
struct TaskTitle {
    task_title: String,
}

pub(super) fn task_title(row: &agreement::Model) -> String {
    serde_json::from_str::<TaskTitle>(&row.terms)
        .unwrap_or_default()
        .task_title
}

pub(super) fn currency_of(row: &agreement::Model) -> Currency {
    row.currency.parse().unwrap_or_default()
}

impl AgreementsExport {
    pub(super) fn rows(&self) -> Select<agreement::Entity> {
        let query =
            agreement::Entity::find().filter(agreement::Column::TenantId.eq(self.tenant_id));
        if self.states.is_empty() {
            query
        } else {
            query.filter(agreement::Column::State.is_in(self.states.clone()))
        }
    }

    pub async fn count(&self, db: &Db) -> StoreResult<u64> {
        Ok(self.rows().count(&db.reader).await?)
    }

    /// Up to `limit` agreements after the one with id `after`.
    pub(super) async fn models(
        &self,
        db: &Db,
        after: Option<i64>,
        limit: u64,
    ) -> StoreResult<Vec<agreement::Model>> {
        Ok(self
            .rows()
            .filter(agreement::Column::Id.gt(after.unwrap_or(0)))
            .order_by_asc(agreement::Column::Id)
            .limit(limit)
            .all(&db.reader)
            .await?)
    }

    /// The next page after the agreement with id `after`; empty once all were read.
    pub async fn page(&self, db: &Db, after: Option<i64>) -> StoreResult<Vec<AgreementLine>> {
        let rows = self.models(db, after, PAGE_ROWS).await?;
        let names = organisation_names(&db.reader, &rows).await?;
        let calls = call_titles(&db.reader, &rows).await?;
        let paid = paid_totals(&db.reader, &rows).await?;
        Ok(rows
            .into_iter()
            .map(|row| AgreementLine {
                id: row.id,
                call_title: calls.get(&row.call_id).cloned().unwrap_or_default(),
                organisation: names.get(&row.organisation_id).cloned().unwrap_or_default(),
                task_title: task_title(&row),
                paid: paid.get(&row.id).copied().unwrap_or(0),
                currency: currency_of(&row),
                number: row.number,
                call_id: row.call_id,
                state: row.state,
                grant: row.grant_minor,
                starts_on: row.starts_on,
                ends_on: row.ends_on,
                signed_at: row.signed_at,
                terminated_at: row.terminated_at,
            })
            .collect())
    }
}

pub(super) async fn organisation_names(
    conn: &impl ConnectionTrait,
    rows: &[agreement::Model],
) -> StoreResult<HashMap<i64, String>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

async fn call_titles(
    conn: &impl ConnectionTrait,
    rows: &[agreement::Model],
) -> StoreResult<HashMap<i64, String>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.call_id).collect();
    Ok(call::Entity::find()
        .filter(call::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.title))
        .collect())
}

/// The grant transferred so far, per agreement.
pub(super) async fn paid_totals(
    conn: &impl ConnectionTrait,
    rows: &[agreement::Model],
) -> StoreResult<HashMap<i64, i64>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut totals = HashMap::new();
    for payment in agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.is_in(ids))
        .all(conn)
        .await?
    {
        *totals.entry(payment.agreement_id).or_insert(0) += payment.amount_minor;
    }
    Ok(totals)
}
