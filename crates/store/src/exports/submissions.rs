//! A call's submitted offers as the clerk's list shows them, with the last formal check, in the
//! order received (submission time, then id).

use super::PAGE_ROWS;
use crate::calls::{self, CallRecord};
use crate::entities::{application, formal_check, organisation};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{ApplicationState, FormalOutcome};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Deserialize;
use std::collections::HashMap;

/// One submitted offer (amounts in minor units of the call's currency).
#[derive(Debug, Clone)]
pub struct SubmissionLine {
    pub id: i64,
    pub receipt_number: Option<String>,
    pub organisation: String,
    pub nip: String,
    pub title: String,
    pub state: ApplicationState,
    pub requested_grant: i64,
    pub total_costs: i64,
    pub submitted_at: DateTime<Utc>,
    /// The latest formal check, if one was recorded.
    pub formal_check: Option<FormalCheckLine>,
}

#[derive(Debug, Clone)]
pub struct FormalCheckLine {
    pub outcome: FormalOutcome,
    pub checked_at: DateTime<Utc>,
    pub correction_due_at: Option<DateTime<Utc>>,
}

/// Where the previous page ended.
#[derive(Debug, Clone)]
pub struct SubmissionKey {
    submitted_at: DateTime<Utc>,
    id: i64,
}

impl SubmissionLine {
    pub fn key(&self) -> SubmissionKey {
        SubmissionKey {
            submitted_at: self.submitted_at,
            id: self.id,
        }
    }
}

/// A call's submissions, opened by a clerk or administrator of its town.
#[derive(Debug, Clone)]
pub struct SubmissionsExport {
    call: CallRecord,
}

/// Opens the export: the town's staff only (others 403), a call of their own town (else 404).
pub async fn open(db: &Db, actor: &Actor, call_id: i64) -> StoreResult<SubmissionsExport> {
    actor.require_staff()?;
    let call = calls::visible(&db.reader, actor, call_id).await?;
    Ok(SubmissionsExport { call })
}

/// Only the title is read out of the offer's content.
#[derive(Deserialize, Default)]
#[serde(default)]
struct Title {
    title: String,
}

impl SubmissionsExport {
    pub fn call(&self) -> &CallRecord {
        &self.call
    }

    fn submitted(&self) -> sea_orm::Select<application::Entity> {
        application::Entity::find()
            .filter(application::Column::CallId.eq(self.call.id))
            .filter(application::Column::SubmittedAt.is_not_null())
    }

    /// How many rows the download will hold.
    pub async fn count(&self, db: &Db) -> StoreResult<u64> {
        Ok(self.submitted().count(&db.reader).await?)
    }

    /// The next page after `after` (the first page without it); empty once all were read.
    pub async fn page(
        &self,
        db: &Db,
        after: Option<&SubmissionKey>,
    ) -> StoreResult<Vec<SubmissionLine>> {
        let mut query = self.submitted();
        if let Some(key) = after {
            query = query.filter(
                Condition::any()
                    .add(application::Column::SubmittedAt.gt(key.submitted_at))
                    .add(
                        Condition::all()
                            .add(application::Column::SubmittedAt.eq(key.submitted_at))
                            .add(application::Column::Id.gt(key.id)),
                    ),
            );
        }
        let rows = query
            .order_by_asc(application::Column::SubmittedAt)
            .order_by_asc(application::Column::Id)
            .limit(PAGE_ROWS)
            .all(&db.reader)
            .await?;
        let organisations = organisations_of(&db.reader, &rows).await?;
        let checks = last_checks(&db.reader, &rows).await?;
        rows.into_iter()
            .map(|row| line(row, &organisations, &checks))
            .collect()
    }
}

fn line(
    row: application::Model,
    organisations: &HashMap<i64, organisation::Model>,
    checks: &HashMap<i64, FormalCheckLine>,
) -> StoreResult<SubmissionLine> {
    let corrupt = || StoreError::Corrupt(format!("offer {}: state or submission", row.id));
    let state = ApplicationState::parse(&row.state).ok_or_else(corrupt)?;
    let submitted_at = row.submitted_at.ok_or_else(corrupt)?;
    let who = organisations.get(&row.organisation_id);
    let title: Title = serde_json::from_str(&row.content).unwrap_or_default();
    Ok(SubmissionLine {
        id: row.id,
        receipt_number: row.receipt_number,
        organisation: who.map(|o| o.name.clone()).unwrap_or_default(),
        nip: who.map(|o| o.nip.clone()).unwrap_or_default(),
        title: title.title,
        state,
        requested_grant: row.requested_grant_minor,
        total_costs: row.total_costs_minor,
        submitted_at,
        formal_check: checks.get(&row.id).cloned(),
    })
}

async fn organisations_of(
    conn: &impl ConnectionTrait,
    rows: &[application::Model],
) -> StoreResult<HashMap<i64, organisation::Model>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

/// Each offer's latest formal check (one query for the page; later checks overwrite earlier).
async fn last_checks(
    conn: &impl ConnectionTrait,
    rows: &[application::Model],
) -> StoreResult<HashMap<i64, FormalCheckLine>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let checks = formal_check::Entity::find()
        .filter(formal_check::Column::ApplicationId.is_in(ids))
        .order_by_asc(formal_check::Column::CheckedAt)
        .order_by_asc(formal_check::Column::Id)
        .all(conn)
        .await?;
    let mut last = HashMap::new();
    for check in checks {
        let Some(outcome) = FormalOutcome::ALL
            .into_iter()
            .find(|o| o.code() == check.outcome)
        else {
            continue;
        };
        let line = FormalCheckLine {
            outcome,
            checked_at: check.checked_at,
            correction_due_at: check.correction_due_at,
        };
        last.insert(check.application_id, line);
    }
    Ok(last)
}
