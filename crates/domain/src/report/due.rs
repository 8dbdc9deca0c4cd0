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

/// A clerk's call for a partial report during the year (art. 18 ust. 3 of the Public Benefit
/// Act): the report is due at least `min_days` (the town's `partial_call_days`, 30 by the act)
/// after the call is delivered. Returns the rule a too-early due date breaks.
pub fn check_partial_call(
    delivered_on: NaiveDate,
    due_on: NaiveDate,
    min_days: u32,
) -> Result<(), crate::Rule> {
    let earliest = delivered_on
        .checked_add_days(chrono::Days::new(u64::from(min_days)))
        .unwrap_or(NaiveDate::MAX);
    if due_on < earliest {
        return Err(crate::Rule::PartialCallTooShort {
            days: i64::from(min_days),
        });
    }
    Ok(())
}

/// The period a called partial report covers: from the start of the task's current budget
/// year (or the task's start), or the day after the period of the last called report
/// (`last_called_to`) when that is later, to the day the call is delivered (or the task's end).
/// `None` when nothing is left to report on: the last called report already reaches that day.
pub fn called_period(
    terms: &AgreementTerms,
    delivered_on: NaiveDate,
    last_called_to: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let to = delivered_on.min(terms.ends_on).max(terms.starts_on);
    let after_last = last_called_to.and_then(|d| d.succ_opt());
    let from = terms
        .starts_on
        .max(first_day(to.year()))
        .max(after_last.unwrap_or(NaiveDate::MIN));
    (from <= to).then_some((from, to))
}

#[cfg(test)]
mod call_tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_partial_report_is_due_no_sooner_than_thirty_days_after_delivery() {
        // Delivered 2 June: the 30th day after is 2 July (art. 18 ust. 3).
        let delivered = day(2027, 6, 2);
        assert_eq!(check_partial_call(delivered, day(2027, 7, 2), 30), Ok(()));
        assert_eq!(check_partial_call(delivered, day(2027, 8, 31), 30), Ok(()));
        assert_eq!(
            check_partial_call(delivered, day(2027, 7, 1), 30),
            Err(crate::Rule::PartialCallTooShort { days: 30 })
        );
        // A town may ask for more time than the act's minimum.
        assert!(check_partial_call(delivered, day(2027, 7, 10), 45).is_err());
    }
}
