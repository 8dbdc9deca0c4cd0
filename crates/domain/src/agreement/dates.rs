//! The agreement's deadlines, computed from its dates and the town's day counts.

use chrono::{Datelike, Days, NaiveDate};

/// The last day the grant may be used: 31 December of the budget year it is granted for. The
/// public finance act (ufp art. 251 ust. 1) makes unused grant of a year returnable by 31
/// January of the next, so no agreement may let it be used past the year's end.
pub fn last_use_by_day(budget_year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(budget_year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The first working day on or after `day`: a deadline falling on a Saturday, a Sunday or a
/// Polish public holiday moves to the next working day (art. 115 of the civil code; the holidays
/// are in [`crate::calendar`]).
pub fn next_working_day(day: NaiveDate) -> NaiveDate {
    crate::calendar::next_working_day(day)
}

/// The day unused grant must be back: `return_days` after the use-by date (ufp art. 251 ust. 3:
/// 15 days, a town setting), moved to the next working day.
pub fn return_by(use_by: NaiveDate, return_days: u32) -> NaiveDate {
    let day = use_by
        .checked_add_days(Days::new(u64::from(return_days)))
        .unwrap_or(use_by);
    next_working_day(day)
}

/// The final report's deadline: `days` after the task ends (art. 18 ust. 4 and § 9 ust. 5 of
/// the model agreement: 30 days, a town setting), moved to the next working day (civil code
/// art. 115).
pub fn final_report_by(ends_on: NaiveDate, days: u32) -> NaiveDate {
    let day = ends_on
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(ends_on);
    next_working_day(day)
}

/// The partial reports of a multi-year task: one for each budget year but the last (art. 18
/// ust. 1: the reporting period is the budget year), due `days` after that year's end (moved to
/// the next working day). A task within one year has none.
pub fn partial_reports(starts_on: NaiveDate, ends_on: NaiveDate, days: u32) -> Vec<NaiveDate> {
    (starts_on.year()..ends_on.year())
        .map(|year| final_report_by(last_use_by_day(year), days))
        .collect()
}
