//! What the organisation, its partners and the town's staff see of a report: the typed content,
//! the sums computed from it against the agreement, what still stops a submission, and the
//! versions submitted with the clerk's decisions; and the reports an agreement owes.

use super::access::{self, Seen};
use super::context::Loaded;
use super::{kind_of, state_of};
use crate::agreements::AgreementRole;
use crate::entities::{report, report_version};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::offer::ResultInput;
use granty_domain::report::{
    check_report, due_reports, DueReport, ReportInput, ReportKind, ReportState, ReportSummary,
};
use granty_domain::Violations;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportView {
    pub id: i64,
    pub agreement_id: i64,
    pub agreement_number: String,
    pub task_title: String,
    pub kind: ReportKind,
    pub state: ReportState,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
    pub called_on: Option<NaiveDate>,
    /// How the caller stands to the agreement (what the page may offer).
    pub role: AgreementRole,
    /// Whether the caller may change and submit it now.
    pub editable: bool,
    pub content: ReportInput,
    pub summary: ReportSummary,
    /// The offer's planned results, which the report's rows answer in order.
    pub planned_results: Vec<ResultInput>,
    /// The names of the offer's actions, in order.
    pub planned_actions: Vec<String>,
    pub documents_required: bool,
    /// The last submitted version (0: never submitted).
    pub version_no: i32,
    pub submitted_at: Option<DateTime<Utc>>,
    pub versions: Vec<ReportVersionView>,
    /// The clerk's comments by field path the organisation answers now (those of the last
    /// version while the report is in corrections; empty otherwise).
    pub open_comments: BTreeMap<String, String>,
    /// The day asked-for corrections are due (the town's `correction_days` after the request).
    pub correction_due_on: Option<NaiveDate>,
    /// The written call for a missing final report (§ 9 of the model agreement) and its deadline.
    pub written_call_on: Option<NaiveDate>,
    pub written_call_due_on: Option<NaiveDate>,
    pub lock_version: i32,
    /// What stops a submission now (empty: it may be submitted).
    #[serde(skip)]
    pub problems: Violations,
    /// Whether this request opened or submitted it (a repeated click finds it done: false).
    #[serde(skip)]
    pub acted: bool,
}

/// A submitted version and the clerk's decision on it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReportVersionView {
    pub version_no: i32,
    pub submitted_at: DateTime<Utc>,
    pub decision: Option<String>,
    /// The clerk's comments by field path.
    pub comments: BTreeMap<String, String>,
    pub reviewed_at: Option<DateTime<Utc>>,
}

/// A report the agreement owes, with the report once it was opened.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DueReportView {
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
    pub report_id: Option<i64>,
    pub state: Option<ReportState>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// The deadline of the written call for it, once sent (a missing final report).
    pub written_call_due_on: Option<NaiveDate>,
}

/// One report, for whoever may see it.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> StoreResult<ReportView> {
    let seen = access::visible(&db.reader, actor, id).await?;
    view_of(&db.reader, seen).await
}

pub(super) async fn view_of(conn: &impl ConnectionTrait, seen: Seen) -> StoreResult<ReportView> {
    let loaded = Loaded::of(conn, &seen.agreement).await?;
    let (kind, state) = (kind_of(&seen.row)?, state_of(&seen.row)?);
    let content: ReportInput = serde_json::from_str(&seen.row.content)?;
    let (summary, problems) = check_report(&content, &loaded.ctx(kind, &seen.row));
    let row = seen.row;
    let versions = versions_of(conn, row.id).await?;
    Ok(ReportView {
        id: row.id,
        agreement_id: row.agreement_id,
        agreement_number: seen.agreement.number.clone(),
        task_title: loaded.terms.task_title.clone(),
        kind,
        state,
        period_from: row.period_from,
        period_to: row.period_to,
        due_on: row.due_on,
        called_on: row.called_on,
        role: seen.role,
        editable: seen.role == AgreementRole::Organisation && state.is_editable(),
        content,
        summary,
        planned_actions: loaded.actions.iter().map(|a| a.name.clone()).collect(),
        planned_results: loaded.results,
        documents_required: loaded.documents_required,
        version_no: row.version_no,
        submitted_at: row.submitted_at,
        open_comments: match state {
            ReportState::Corrections => versions
                .last()
                .map(|v| v.comments.clone())
                .unwrap_or_default(),
            _ => BTreeMap::new(),
        },
        versions,
        correction_due_on: row.correction_due_on,
        written_call_on: row.written_call_on,
        written_call_due_on: row.written_call_due_on,
        lock_version: row.lock_version,
        problems,
        acted: false,
    })
}

async fn versions_of(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Vec<ReportVersionView>> {
    let rows = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(id))
        .order_by_asc(report_version::Column::VersionNo)
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|v| {
            Ok(ReportVersionView {
                version_no: v.version_no,
                submitted_at: v.submitted_at,
                decision: v.decision,
                comments: serde_json::from_str(&v.comments)?,
                reviewed_at: v.reviewed_at,
            })
        })
        .collect()
}

/// The reports the agreement owes (partial reports by year, then the final one), each with its
/// report once opened, followed by any other report of the agreement (a clerk's call).
pub async fn due_for_agreement(
    db: &Db,
    actor: &Actor,
    agreement_id: i64,
) -> StoreResult<Vec<DueReportView>> {
    let found = crate::agreements::access::visible(&db.reader, actor, agreement_id).await?;
    owed(&db.reader, &found.row)
        .await?
        .into_iter()
        .map(|(due, opened)| due_view(due, opened))
        .collect()
}

/// A due report as the screens list it, with its row once opened.
pub(super) fn due_view(
    due: DueReport,
    opened: Option<report::Model>,
) -> StoreResult<DueReportView> {
    Ok(DueReportView {
        kind: due.kind,
        period_from: due.period_from,
        period_to: due.period_to,
        due_on: due.due_on,
        report_id: opened.as_ref().map(|r| r.id),
        state: opened.as_ref().map(state_of).transpose()?,
        written_call_due_on: opened.as_ref().and_then(|r| r.written_call_due_on),
        submitted_at: opened.and_then(|r| r.submitted_at),
    })
}

/// The reports agreement `row` owes by its terms in force, each with its row once opened (the
/// row's due day wins: a called report has its own), then the agreement's other reports.
pub(crate) async fn owed(
    conn: &impl ConnectionTrait,
    row: &crate::entities::agreement::Model,
) -> StoreResult<Vec<(DueReport, Option<report::Model>)>> {
    let terms = serde_json::from_str(&row.terms)?;
    let rows = report::Entity::find()
        .filter(report::Column::AgreementId.eq(row.id))
        .order_by_asc(report::Column::PeriodFrom)
        .order_by_asc(report::Column::Id)
        .all(conn)
        .await?;
    matched(&terms, rows)
}

/// The reports `terms` make due matched with the agreement's report `rows` (by kind and first
/// day), then the rows no due report names (a clerk's call).
pub(super) fn matched(
    terms: &granty_domain::agreement::AgreementTerms,
    mut rows: Vec<report::Model>,
) -> StoreResult<Vec<(DueReport, Option<report::Model>)>> {
    let mut list = Vec::new();
    for due in due_reports(terms) {
        let opened = rows
            .iter()
            .position(|r| r.kind == due.kind.code() && r.period_from == due.period_from)
            .map(|i| rows.remove(i));
        let due_on = opened.as_ref().map_or(due.due_on, |r| r.due_on);
        list.push((DueReport { due_on, ..due }, opened));
    }
    for other in rows {
        let due = DueReport {
            kind: kind_of(&other)?,
            period_from: other.period_from,
            period_to: other.period_to,
            due_on: other.due_on,
        };
        list.push((due, Some(other)));
    }
    Ok(list)
}
