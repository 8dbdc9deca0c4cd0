//! The clerk's calls for a report: a partial report during the year (art. 18 ust. 3 of the
//! Public Benefit Act: due at least the town's `partial_call_days` after the call is delivered),
//! and the written call for a missing final report (§ 9 of the model agreement: the report within
//! the town's `written_call_days`, after which the grant counts as misused, ufp art. 252). Each
//! records the call on the report, in one transaction with its audit entry and the letter to the
//! organisation's members; a repeated click finds the call made and acts once.

use super::access::Seen;
use super::context::Loaded;
use super::notify::notify_call;
use super::refused;
use super::start::blank_report;
use super::view::{view_of, ReportView};
use crate::agreements::{access, AgreementRole};
use crate::entities::{agreement, report};
use crate::error::{StoreError, StoreResult};
use crate::{audit, settlement, Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::report::{
    called_period, check_partial_call, due_reports, ReportKind, ReportState,
};
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::Deserialize;

/// A call for a partial report as the clerk fills it in.
#[derive(Debug, Clone, Copy, Default, Deserialize, utoipa::ToSchema)]
pub struct PartialCall {
    /// The day the call is delivered to the organisation.
    pub delivered_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
}

/// The agreement, for the staff of its town, while it binds the parties.
async fn in_force(
    txn: &DatabaseTransaction,
    actor: &Actor,
    agreement_id: i64,
) -> StoreResult<agreement::Model> {
    let row = access::for_staff(txn, actor, agreement_id).await?;
    let states = [AgreementState::Realisation, AgreementState::Reporting];
    if !states.iter().any(|s| s.code() == row.state) {
        return Err(refused("state", Rule::AgreementNotInForce));
    }
    Ok(row)
}

/// Calls for a partial report covering the task's current year (or what the last call left) up
/// to the delivery; creates the report (kind called, `called_on` the delivery) and tells the
/// organisation. The same call again (same delivery and due day) returns the report made.
pub async fn call_partial(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    call: PartialCall,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let row = in_force(&txn, actor, agreement_id).await?;
    let (delivered_on, due_on) = required(call)?;
    let town = settlement::settings::of_tenant(&txn, row.tenant_id).await?;
    check_partial_call(delivered_on, due_on, town.partial_call_days)
        .map_err(|rule| refused("due_on", rule))?;
    let loaded = Loaded::of(&txn, &row).await?;
    let last = last_called(&txn, agreement_id).await?;
    if let Some(same) = last
        .as_ref()
        .filter(|r| r.called_on == Some(delivered_on) && r.due_on == due_on)
    {
        return view_of(&txn, staff_seen(same.clone(), row)).await;
    }
    let last_to = last.as_ref().map(|r| r.period_to);
    let (period_from, period_to) = called_period(&loaded.terms, delivered_on, last_to)
        .ok_or_else(|| refused("delivered_on", Rule::ReportNotDue))?;
    let mut blank = new_report(&loaded, &row, ReportKind::Called, (period_from, period_to));
    blank.due_on = Set(due_on);
    blank.called_on = Set(Some(delivered_on));
    let inserted = insert(&txn, blank, actor, now).await?;
    let detail = serde_json::json!({ "delivered_on": delivered_on, "due_on": due_on });
    audit::record(
        &txn,
        actor,
        "report",
        inserted.id,
        "call_partial",
        detail,
        now,
    )
    .await?;
    let seen = staff_seen(inserted, row);
    notify_call(&txn, &seen, due_on, now).await?;
    let mut view = view_of(&txn, seen).await?;
    txn.commit().await?;
    view.acted = true;
    Ok(view)
}

fn required(call: PartialCall) -> StoreResult<(NaiveDate, NaiveDate)> {
    let mut v = Violations::new();
    if call.delivered_on.is_none() {
        v.push("delivered_on", Rule::Required);
    }
    if call.due_on.is_none() {
        v.push("due_on", Rule::Required);
    }
    match (call.delivered_on, call.due_on) {
        (Some(delivered), Some(due)) => Ok((delivered, due)),
        _ => Err(StoreError::Invalid(v)),
    }
}

/// Sends the written call for the overdue final report (opening it for the organisation if it
/// never did) and records the call and its deadline on the report.
pub async fn written_call(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let row = in_force(&txn, actor, agreement_id).await?;
    let loaded = Loaded::of(&txn, &row).await?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let due = due_reports(&loaded.terms)
        .into_iter()
        .find(|d| d.kind == ReportKind::Final)
        .ok_or_else(|| refused("report", Rule::ReportNotDue))?;
    let existing = find(&txn, agreement_id, ReportKind::Final, due.period_from).await?;
    if let Some(called) = existing.as_ref().filter(|r| r.written_call_on.is_some()) {
        return view_of(&txn, staff_seen(called.clone(), row)).await;
    }
    let filed = existing
        .as_ref()
        .is_some_and(|r| r.state != ReportState::Draft.code());
    let due_on = existing.as_ref().map_or(due.due_on, |r| r.due_on);
    if filed || due_on >= today {
        return Err(refused("report", Rule::ReportNotOverdue));
    }
    let town = settlement::settings::of_tenant(&txn, row.tenant_id).await?;
    // The same deadline the misuse case checks: moved to the next working day.
    let deadline = granty_domain::settlement::written_call_deadline(today, &town.settlement);
    let report_row = match existing {
        Some(r) => r,
        None => {
            let mut blank = new_report(
                &loaded,
                &row,
                ReportKind::Final,
                (due.period_from, due.period_to),
            );
            blank.due_on = Set(due.due_on);
            insert(&txn, blank, actor, now).await?
        }
    };
    let mut active = report::ActiveModel::from(report_row.clone());
    active.written_call_on = Set(Some(today));
    active.written_call_due_on = Set(Some(deadline));
    active.updated_at = Set(now);
    let saved = active.update(&txn).await?;
    let detail = serde_json::json!({ "called_on": today, "due_on": deadline });
    audit::record(&txn, actor, "report", saved.id, "written_call", detail, now).await?;
    let seen = staff_seen(saved, row);
    notify_call(&txn, &seen, deadline, now).await?;
    let mut view = view_of(&txn, seen).await?;
    txn.commit().await?;
    view.acted = true;
    Ok(view)
}

fn staff_seen(row: report::Model, agreement: agreement::Model) -> Seen {
    Seen {
        row,
        agreement,
        role: AgreementRole::Staff,
    }
}

/// The agreement's latest called report (by the end of its period).
async fn last_called(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::AgreementId.eq(agreement_id))
        .filter(report::Column::Kind.eq(ReportKind::Called.code()))
        .order_by_desc(report::Column::PeriodTo)
        .one(conn)
        .await?)
}

async fn find(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
    kind: ReportKind,
    period_from: NaiveDate,
) -> StoreResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::AgreementId.eq(agreement_id))
        .filter(report::Column::Kind.eq(kind.code()))
        .filter(report::Column::PeriodFrom.eq(period_from))
        .one(conn)
        .await?)
}

/// A draft report with one empty row per planned result, action and cost line.
fn new_report(
    loaded: &Loaded,
    row: &agreement::Model,
    kind: ReportKind,
    (period_from, period_to): (NaiveDate, NaiveDate),
) -> report::ActiveModel {
    let content = serde_json::to_string(&blank_report(loaded)).unwrap_or_else(|_| "{}".into());
    report::ActiveModel {
        agreement_id: Set(row.id),
        tenant_id: Set(row.tenant_id),
        organisation_id: Set(row.organisation_id),
        kind: Set(kind.code().to_string()),
        period_from: Set(period_from),
        period_to: Set(period_to),
        state: Set(ReportState::Draft.code().to_string()),
        content: Set(content),
        version_no: Set(0),
        submitted_at: Set(None),
        lock_version: Set(0),
        correction_due_on: Set(None),
        written_call_on: Set(None),
        written_call_due_on: Set(None),
        ..Default::default()
    }
}

async fn insert(
    txn: &DatabaseTransaction,
    mut active: report::ActiveModel,
    actor: &Actor,
    now: DateTime<Utc>,
) -> StoreResult<report::Model> {
    active.created_by = Set(actor.user_id);
    active.created_at = Set(now);
    active.updated_at = Set(now);
    Ok(active.insert(txn).await?)
}
