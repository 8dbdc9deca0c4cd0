//! Opening a report the agreement owes: the organisation starts it for one of the periods
//! `due_reports` lists, once; starting it again opens the same report.

use super::access::Seen;
use super::context::Loaded;
use super::refused;
use super::view::{view_of, ReportView};
use crate::agreements::AgreementRole;
use crate::entities::{agreement, report};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::report::{
    due_reports, ActionReport, CostReport, ReportInput, ReportKind, ReportState, ResultReport,
};
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde::Deserialize;

/// Which report to open: its kind and the first day of its period (both required; absent
/// ones are named after the caller's access is settled).
#[derive(Debug, Clone, Copy, Default, Deserialize, utoipa::ToSchema)]
pub struct StartReport {
    pub kind: Option<ReportKind>,
    pub period_from: Option<NaiveDate>,
}

/// The report asked for, once both parts are given.
#[derive(Debug, Clone, Copy)]
struct Wanted {
    kind: ReportKind,
    period_from: NaiveDate,
}

fn wanted(start: StartReport) -> StoreResult<Wanted> {
    let mut v = Violations::new();
    if start.kind.is_none() {
        v.push("kind", Rule::Required);
    }
    if start.period_from.is_none() {
        v.push("period_from", Rule::Required);
    }
    match (start.kind, start.period_from) {
        (Some(kind), Some(period_from)) => Ok(Wanted { kind, period_from }),
        _ => Err(StoreError::Invalid(v)),
    }
}

/// Opens the report (or finds the one already opened) and returns it.
pub async fn start_report(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    start: StartReport,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let found = crate::agreements::access::visible(&txn, actor, agreement_id).await?;
    if found.role != AgreementRole::Organisation {
        return Err(StoreError::Forbidden);
    }
    let agreement = found.row;
    let start = wanted(start)?;
    if let Some(existing) = find(&txn, agreement_id, start).await? {
        return view_of(&txn, seen(existing, agreement)).await;
    }
    let in_force = [AgreementState::Realisation, AgreementState::Reporting];
    if !in_force.iter().any(|s| s.code() == agreement.state) {
        return Err(refused("state", Rule::AgreementNotInForce));
    }
    let loaded = Loaded::of(&txn, &agreement).await?;
    let due = due_reports(&loaded.terms)
        .into_iter()
        .find(|d| d.kind == start.kind && d.period_from == start.period_from)
        .ok_or_else(|| refused("period_from", Rule::ReportNotDue))?;
    let content = serde_json::to_string(&blank_report(&loaded))?;
    let inserted = report::ActiveModel {
        agreement_id: Set(agreement_id),
        tenant_id: Set(agreement.tenant_id),
        organisation_id: Set(agreement.organisation_id),
        kind: Set(due.kind.code().to_string()),
        period_from: Set(due.period_from),
        period_to: Set(due.period_to),
        due_on: Set(due.due_on),
        called_on: Set(None),
        state: Set(ReportState::Draft.code().to_string()),
        content: Set(content),
        version_no: Set(0),
        submitted_at: Set(None),
        created_by: Set(actor.user_id),
        lock_version: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let row = match inserted {
        Ok(row) => row,
        // Two clicks at once: the other request opened it; show that one.
        Err(error) => match StoreError::from(error) {
            StoreError::Duplicate { .. } => {
                drop(txn);
                return opened_by_other(db, actor, agreement_id, start).await;
            }
            other => return Err(other),
        },
    };
    let detail = serde_json::json!({
        "agreement_id": agreement_id, "kind": row.kind, "period_from": row.period_from
    });
    audit::record(&txn, actor, "report", row.id, "start", detail, now).await?;
    let mut view = view_of(&txn, seen(row, agreement)).await?;
    txn.commit().await?;
    view.acted = true;
    Ok(view)
}

fn seen(row: report::Model, agreement: agreement::Model) -> Seen {
    Seen {
        row,
        agreement,
        role: AgreementRole::Organisation,
    }
}

async fn find(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
    start: Wanted,
) -> StoreResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::AgreementId.eq(agreement_id))
        .filter(report::Column::Kind.eq(start.kind.code()))
        .filter(report::Column::PeriodFrom.eq(start.period_from))
        .one(conn)
        .await?)
}

async fn opened_by_other(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    start: Wanted,
) -> StoreResult<ReportView> {
    let row = find(&db.reader, agreement_id, start)
        .await?
        .ok_or(StoreError::NotFound)?;
    super::get(db, actor, row.id).await
}

/// One empty row per planned result, action and agreement cost line, so the form shows them
/// all from the start.
pub(super) fn blank_report(loaded: &Loaded) -> ReportInput {
    ReportInput {
        results: vec![ResultReport::default(); loaded.results.len()],
        actions: vec![ActionReport::default(); loaded.actions.len()],
        costs: vec![CostReport::default(); loaded.terms.cost_lines.len()],
        ..Default::default()
    }
}
