//! Which reports an agreement owes and when (art. 18): one partial report per budget year of a
//! multi-year task but the last, each covering its year, and the final report covering the whole
//! task. Deadlines come from the agreement (`report_days`, a town setting).

use super::ReportKind;
use crate::agreement::AgreementTerms;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A report the agreement requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DueReport {
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub due_on: NaiveDate,
}

/// The partial reports, in order, then the final report.
pub fn due_reports(terms: &AgreementTerms) -> Vec<DueReport> {
    let partial_dues = terms.partial_reports();
    let years = terms.starts_on.year()..terms.ends_on.year();
    let mut due: Vec<DueReport> = years
        .zip(partial_dues)
        .map(|(year, due_on)| DueReport {
            kind: ReportKind::Partial,
            period_from: terms.starts_on.max(first_day(year)),
            period_to: last_day(year).min(terms.ends_on),
            due_on,
        })
        .collect();
    due.push(DueReport {
        kind: ReportKind::Final,
        period_from: terms.starts_on,
        period_to: terms.ends_on,
        due_on: terms.final_report_by(),
    });
    due
}

fn first_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn last_day(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}
