//! What an organisation still has to do under its agreements, by date: reports to file,
//! corrections asked, returns to pay, a control's recommendations to carry out. The NGO's
//! dashboard lists them as a timeline, the overdue ones marked.

use super::{AgreementFacts, ReportFacts, ReturnFacts};
use crate::report::{ReportKind, ReportState};
use crate::settlement::ReturnKind;
use chrono::NaiveDate;
use serde::Serialize;

/// A control held (art. 17) and its recommendations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ControlFacts {
    pub held_on: NaiveDate,
    /// The day the recommendations are to be carried out by (none: nothing recommended).
    pub recommendations_due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
}

/// What is to be done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DutyKind {
    /// File a report (open it first when `report_id` is none).
    FileReport {
        report_kind: ReportKind,
        period_from: NaiveDate,
        period_to: NaiveDate,
        report_id: Option<i64>,
    },
    /// Correct a report the clerk sent back and submit it again.
    CorrectReport {
        report_kind: ReportKind,
        report_id: i64,
    },
    /// Pay a return; once past the deadline, interest runs.
    PayReturn {
        return_kind: ReturnKind,
        outstanding: i64,
        interest_running: bool,
    },
    /// Carry out the recommendations of the control held on `held_on`.
    CarryOutRecommendations { held_on: NaiveDate },
}

impl DutyKind {
    /// The message id part (`duty-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            DutyKind::FileReport { .. } => "file_report",
            DutyKind::CorrectReport { .. } => "correct_report",
            DutyKind::PayReturn { .. } => "pay_return",
            DutyKind::CarryOutRecommendations { .. } => "recommendations",
        }
    }
}

/// One duty on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duty {
    pub agreement_id: i64,
    pub due_on: NaiveDate,
    /// Its day has passed (`due_on` before `today`).
    pub overdue: bool,
    pub kind: DutyKind,
}

/// Every open duty of the agreements on `today`, earliest first (then by agreement).
pub fn duties(agreements: &[AgreementFacts], today: NaiveDate) -> Vec<Duty> {
    let mut list: Vec<Duty> = agreements
        .iter()
        .flat_map(|a| {
            let reports = a.reports.iter().filter_map(report_duty);
            let returns = a.returns.iter().filter_map(|r| return_duty(r, today));
            let controls = a.controls.iter().filter_map(control_duty);
            reports
                .chain(returns)
                .chain(controls)
                .map(|(due_on, kind)| Duty {
                    agreement_id: a.agreement_id,
                    due_on,
                    overdue: due_on < today,
                    kind,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    list.sort_by_key(|d| (d.due_on, d.agreement_id));
    list
}

/// A report not filed yet is to be filed by its due day; one sent back, by its corrections'
/// day (or its own due day when the town set none). Filed and decided reports ask nothing.
fn report_duty(r: &ReportFacts) -> Option<(NaiveDate, DutyKind)> {
    match r.state {
        None | Some(ReportState::Draft) => Some((
            r.due_on,
            DutyKind::FileReport {
                report_kind: r.kind,
                period_from: r.period_from,
                period_to: r.period_to,
                report_id: r.report_id,
            },
        )),
        Some(ReportState::Corrections) => Some((
            r.correction_due_on.unwrap_or(r.due_on),
            DutyKind::CorrectReport {
                report_kind: r.kind,
                report_id: r.report_id?,
            },
        )),
        Some(_) => None,
    }
}

fn return_duty(r: &ReturnFacts, today: NaiveDate) -> Option<(NaiveDate, DutyKind)> {
    (r.outstanding > 0).then_some((
        r.due_on,
        DutyKind::PayReturn {
            return_kind: r.kind,
            outstanding: r.outstanding,
            interest_running: r.due_on < today,
        },
    ))
}

fn control_duty(c: &ControlFacts) -> Option<(NaiveDate, DutyKind)> {
    match (c.recommendations_due, c.done_on) {
        (Some(due), None) => Some((
            due,
            DutyKind::CarryOutRecommendations { held_on: c.held_on },
        )),
        _ => None,
    }
}
