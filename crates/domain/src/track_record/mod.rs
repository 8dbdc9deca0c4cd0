//! An organisation's track record from its earlier agreements (art. 15 ust. 1 pkt 6: the
//! reliability, timeliness and settlement of earlier grants) and the duties it still has.
//!
//! The store gathers the facts of each agreement (the reports it owes with their filing days,
//! the returns decided with their payments and interest, the controls' recommendations); the
//! rules here judge them on a given day: a report on time, late by N days or not filed after
//! its due day; corrections asked; a return paid on time, paid late with interest, or unpaid
//! after its deadline; a return for misuse. Every outcome is a code with values: the words live
//! in the message catalogue (`track-*`).

mod duties;

pub use duties::{duties, ControlFacts, Duty, DutyKind};

use crate::report::{ReportKind, ReportState};
use crate::settlement::ReturnKind;
use chrono::NaiveDate;
use serde::Serialize;

/// A report the agreement owes, as filed (or not) so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportFacts {
    /// The report's id once the organisation opened it.
    pub report_id: Option<i64>,
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
    /// `None`: never opened.
    pub state: Option<ReportState>,
    /// The day (in the town's zone) its first version was submitted.
    pub first_submitted_on: Option<NaiveDate>,
    /// How many times the clerk sent it back for corrections.
    pub corrections_asked: u32,
    /// While in corrections: the day the corrected report is due.
    pub correction_due_on: Option<NaiveDate>,
}

/// A return decided for the agreement, with what was paid of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnFacts {
    pub kind: ReturnKind,
    /// The principal, in minor units of the agreement's currency.
    pub amount: i64,
    pub due_on: NaiveDate,
    /// The day the last part of the principal was paid, once it is paid in full.
    pub paid_on: Option<NaiveDate>,
    /// The principal still unpaid.
    pub outstanding: i64,
    /// The interest charged so far (final once the principal is paid).
    pub interest_charged: i64,
}

/// One agreement's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgreementFacts {
    pub agreement_id: i64,
    pub reports: Vec<ReportFacts>,
    pub returns: Vec<ReturnFacts>,
    pub controls: Vec<ControlFacts>,
}

/// How a report stands against its due day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ReportOutcome {
    /// Filed by its due day.
    OnTime { filed_on: NaiveDate },
    /// Filed `days` after its due day.
    Late { filed_on: NaiveDate, days: i64 },
    /// Not filed, `days` after its due day.
    NotFiled { days: i64 },
    /// Sent back for corrections, not resubmitted `days` after the corrections were due.
    CorrectionsOverdue { days: i64 },
    /// Not filed and not due yet.
    NotDueYet,
}

impl ReportOutcome {
    /// The message id (`track-report-<code>`) its sentence has.
    pub fn code(self) -> &'static str {
        match self {
            ReportOutcome::OnTime { .. } => "on_time",
            ReportOutcome::Late { .. } => "late",
            ReportOutcome::NotFiled { .. } => "not_filed",
            ReportOutcome::CorrectionsOverdue { .. } => "corrections_overdue",
            ReportOutcome::NotDueYet => "not_due_yet",
        }
    }

    /// Whether the report is overdue now: not filed, or its corrections not, after the day.
    pub fn is_overdue(self) -> bool {
        matches!(
            self,
            ReportOutcome::NotFiled { .. } | ReportOutcome::CorrectionsOverdue { .. }
        )
    }
}

/// How a return stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum ReturnOutcome {
    PaidOnTime {
        paid_on: NaiveDate,
    },
    /// Paid `days` after the deadline, with `interest` charged (0 under the floor).
    PaidLate {
        paid_on: NaiveDate,
        days: i64,
        interest: i64,
    },
    /// `outstanding` still unpaid `days` after the deadline; interest runs.
    Unpaid {
        days: i64,
        outstanding: i64,
    },
    NotDueYet,
}

impl ReturnOutcome {
    pub fn code(self) -> &'static str {
        match self {
            ReturnOutcome::PaidOnTime { .. } => "paid_on_time",
            ReturnOutcome::PaidLate { .. } => "paid_late",
            ReturnOutcome::Unpaid { .. } => "unpaid",
            ReturnOutcome::NotDueYet => "not_due_yet",
        }
    }
}

/// A report judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReportRecord {
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
    pub outcome: ReportOutcome,
    pub corrections_asked: u32,
}

/// A return judged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReturnRecord {
    #[schema(value_type = String, example = "unused")]
    pub kind: ReturnKind,
    pub amount: i64,
    pub due_on: NaiveDate,
    pub outcome: ReturnOutcome,
}

/// One earlier agreement's record on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AgreementRecord {
    pub agreement_id: i64,
    pub reports: Vec<ReportRecord>,
    pub returns: Vec<ReturnRecord>,
    /// A return of the grant as used against its purpose was decided (art. 252 ufp).
    pub misuse: bool,
}

impl AgreementRecord {
    /// The earliest due day of a report overdue now.
    pub fn overdue_report(&self) -> Option<NaiveDate> {
        self.reports
            .iter()
            .filter(|r| r.outcome.is_overdue())
            .map(|r| r.due_on)
            .min()
    }

    /// The unpaid principal of returns past their deadline, and the earliest such deadline.
    pub fn unpaid_overdue_return(&self) -> Option<(i64, NaiveDate)> {
        let overdue: Vec<(i64, NaiveDate)> = self
            .returns
            .iter()
            .filter_map(|r| match r.outcome {
                ReturnOutcome::Unpaid { outstanding, .. } => Some((outstanding, r.due_on)),
                _ => None,
            })
            .collect();
        let first = overdue.iter().map(|(_, due)| *due).min()?;
        Some((overdue.iter().map(|(amount, _)| amount).sum(), first))
    }

    /// Nothing late, nothing missing, nothing misused.
    pub fn is_clean(&self) -> bool {
        !self.misuse
            && self.reports.iter().all(|r| {
                matches!(
                    r.outcome,
                    ReportOutcome::OnTime { .. } | ReportOutcome::NotDueYet
                )
            })
            && self.returns.iter().all(|r| {
                matches!(
                    r.outcome,
                    ReturnOutcome::PaidOnTime { .. } | ReturnOutcome::NotDueYet
                )
            })
    }
}

/// Judges one agreement's reports and returns on `today` (the town's calendar day).
pub fn agreement_record(facts: &AgreementFacts, today: NaiveDate) -> AgreementRecord {
    AgreementRecord {
        agreement_id: facts.agreement_id,
        reports: facts
            .reports
            .iter()
            .map(|r| ReportRecord {
                kind: r.kind,
                period_from: r.period_from,
                period_to: r.period_to,
                due_on: r.due_on,
                outcome: report_outcome(r, today),
                corrections_asked: r.corrections_asked,
            })
            .collect(),
        returns: facts
            .returns
            .iter()
            .map(|r| ReturnRecord {
                kind: r.kind,
                amount: r.amount,
                due_on: r.due_on,
                outcome: return_outcome(r, today),
            })
            .collect(),
        misuse: facts.returns.iter().any(|r| r.kind == ReturnKind::Misused),
    }
}

/// Judges every earlier agreement of an organisation.
pub fn organisation_record(facts: &[AgreementFacts], today: NaiveDate) -> Vec<AgreementRecord> {
    facts.iter().map(|f| agreement_record(f, today)).collect()
}

fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// A report filed on its due day is on time; a day later is late by one. A report sent back
/// for corrections counts its first filing: the corrections are judged by their own day.
pub fn report_outcome(report: &ReportFacts, today: NaiveDate) -> ReportOutcome {
    if report.state == Some(ReportState::Corrections) {
        if let Some(due) = report.correction_due_on.filter(|due| *due < today) {
            return ReportOutcome::CorrectionsOverdue {
                days: days_between(due, today),
            };
        }
    }
    match report.first_submitted_on {
        Some(filed_on) if filed_on <= report.due_on => ReportOutcome::OnTime { filed_on },
        Some(filed_on) => ReportOutcome::Late {
            filed_on,
            days: days_between(report.due_on, filed_on),
        },
        None if report.due_on < today => ReportOutcome::NotFiled {
            days: days_between(report.due_on, today),
        },
        None => ReportOutcome::NotDueYet,
    }
}

/// A return paid in full by its deadline is on time; after it, late (interest from the day
/// after the deadline, computed by the settlement's interest rules and given here as charged).
pub fn return_outcome(ret: &ReturnFacts, today: NaiveDate) -> ReturnOutcome {
    match ret.paid_on {
        Some(paid_on) if ret.outstanding == 0 && paid_on <= ret.due_on => {
            ReturnOutcome::PaidOnTime { paid_on }
        }
        Some(paid_on) if ret.outstanding == 0 => ReturnOutcome::PaidLate {
            paid_on,
            days: days_between(ret.due_on, paid_on),
            interest: ret.interest_charged,
        },
        _ if ret.due_on < today => ReturnOutcome::Unpaid {
            days: days_between(ret.due_on, today),
            outstanding: ret.outstanding,
        },
        _ => ReturnOutcome::NotDueYet,
    }
}

#[cfg(test)]
mod tests;
