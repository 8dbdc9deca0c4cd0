//! The town's reports as the clerk works through them: every report its organisations filed
//! (submitted, sent back for corrections, accepted, rejected) and every report an agreement in
//! force owes that is past its due day and not filed (never opened, or still a draft). Drafts
//! are the organisation's working copy, so the town sees only that one is late.

use super::view::{due_view, matched, DueReportView};
use crate::entities::{agreement, call, organisation, report};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::report::{ReportKind, ReportState};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::HashMap;

/// Where a report stands for the clerk: its state once filed, or overdue while not filed.
/// Declared in the order the clerk works: waiting for a review first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TownReportState {
    Submitted,
    Corrections,
    Overdue,
    Accepted,
    Rejected,
}

impl TownReportState {
    pub const ALL: [TownReportState; 5] = [
        TownReportState::Submitted,
        TownReportState::Corrections,
        TownReportState::Overdue,
        TownReportState::Accepted,
        TownReportState::Rejected,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TownReportState::Submitted => "submitted",
            TownReportState::Corrections => "corrections",
            TownReportState::Overdue => "overdue",
            TownReportState::Accepted => "accepted",
            TownReportState::Rejected => "rejected",
        }
    }

    pub fn parse(code: &str) -> Option<TownReportState> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// One report of the town's list.
#[derive(Debug, Clone, Serialize)]
pub struct TownReport {
    /// The report, once filed (an overdue report has none the clerk may open).
    pub report_id: Option<i64>,
    pub agreement_id: i64,
    pub agreement_number: String,
    pub organisation_name: String,
    pub task_title: String,
    pub call_id: i64,
    pub call_title: String,
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
    pub state: TownReportState,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// The town's reports to work on as of `now`, for its staff: waiting for a review first (the
/// longest waiting first), then by due day.
pub async fn town_reports(
    db: &Db,
    actor: &Actor,
    now: DateTime<Utc>,
) -> StoreResult<Vec<TownReport>> {
    actor.require_staff()?;
    let conn = &db.reader;
    let tenant = actor.tenant_id();
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let agreements = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(tenant))
        .order_by_asc(agreement::Column::Id)
        .all(conn)
        .await?;
    let mut reports: HashMap<i64, Vec<report::Model>> = HashMap::new();
    for row in report::Entity::find()
        .filter(report::Column::TenantId.eq(tenant))
        .order_by_asc(report::Column::PeriodFrom)
        .all(conn)
        .await?
    {
        reports.entry(row.agreement_id).or_default().push(row);
    }
    let names = Names::of(db, tenant).await?;
    let mut list = Vec::new();
    for a in agreements {
        let terms: granty_domain::agreement::AgreementTerms = serde_json::from_str(&a.terms)?;
        let rows = reports.remove(&a.id).unwrap_or_default();
        for (due, opened) in matched(&terms, rows)? {
            let due = due_view(due, opened)?;
            if let Some(state) = standing(&a, &due, today) {
                list.push(row_of(&a, &terms.task_title, &names, due, state));
            }
        }
    }
    list.sort_by_key(|r| (r.state, r.submitted_at, r.due_on));
    Ok(list)
}

/// Where a due report stands for the clerk; `None` when it is not the clerk's to work on yet
/// (not due, or a draft not late).
fn standing(
    a: &agreement::Model,
    due: &DueReportView,
    today: NaiveDate,
) -> Option<TownReportState> {
    match due.state {
        Some(ReportState::Submitted) => Some(TownReportState::Submitted),
        Some(ReportState::Corrections) => Some(TownReportState::Corrections),
        Some(ReportState::Accepted) => Some(TownReportState::Accepted),
        Some(ReportState::Rejected) => Some(TownReportState::Rejected),
        Some(ReportState::Draft) | None => {
            let in_force = [AgreementState::Realisation, AgreementState::Reporting]
                .iter()
                .any(|s| s.code() == a.state);
            (in_force && due.due_on < today).then_some(TownReportState::Overdue)
        }
    }
}

fn row_of(
    a: &agreement::Model,
    task_title: &str,
    names: &Names,
    due: DueReportView,
    state: TownReportState,
) -> TownReport {
    let filed = state != TownReportState::Overdue;
    TownReport {
        report_id: due.report_id.filter(|_| filed),
        agreement_id: a.id,
        agreement_number: a.number.clone(),
        organisation_name: names
            .organisations
            .get(&a.organisation_id)
            .cloned()
            .unwrap_or_default(),
        task_title: task_title.to_string(),
        call_id: a.call_id,
        call_title: names.calls.get(&a.call_id).cloned().unwrap_or_default(),
        kind: due.kind,
        period_from: due.period_from,
        period_to: due.period_to,
        due_on: due.due_on,
        state,
        submitted_at: due.submitted_at,
    }
}

/// The town's organisations' and calls' names by id, read once.
struct Names {
    organisations: HashMap<i64, String>,
    calls: HashMap<i64, String>,
}

impl Names {
    async fn of(db: &Db, tenant: i64) -> StoreResult<Names> {
        let organisations = organisation::Entity::find()
            .filter(organisation::Column::TenantId.eq(tenant))
            .all(&db.reader)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
        let calls = call::Entity::find()
            .filter(call::Column::TenantId.eq(tenant))
            .all(&db.reader)
            .await?
            .into_iter()
            .map(|c| (c.id, c.title))
            .collect();
        Ok(Names {
            organisations,
            calls,
        })
    }
}
