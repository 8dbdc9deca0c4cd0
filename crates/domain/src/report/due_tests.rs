#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The reports an agreement owes and the periods of the clerk's calls.

use super::tests::terms;
use super::*;
use crate::testing::day;

#[test]
fn a_task_within_one_year_owes_only_the_final_report() {
    let due = due_reports(&terms());
    assert_eq!(
        due,
        vec![DueReport {
            kind: ReportKind::Final,
            period_from: day(2026, 3, 1),
            period_to: day(2026, 9, 30),
            due_on: day(2026, 10, 30),
        }]
    );
}

#[test]
fn a_multi_year_task_owes_a_partial_report_per_year_but_the_last() {
    let mut t = terms();
    t.ends_on = day(2028, 6, 30);
    let due = due_reports(&t);
    let partial = |from, to, due_on| DueReport {
        kind: ReportKind::Partial,
        period_from: from,
        period_to: to,
        due_on,
    };
    // Due dates on a weekend move to the Monday (civil code art. 115): 30 January 2027 is a
    // Saturday, 30 January 2028 and 30 July 2028 Sundays.
    assert_eq!(
        due,
        vec![
            partial(day(2026, 3, 1), day(2026, 12, 31), day(2027, 2, 1)),
            partial(day(2027, 1, 1), day(2027, 12, 31), day(2028, 1, 31)),
            DueReport {
                kind: ReportKind::Final,
                period_from: day(2026, 3, 1),
                period_to: day(2028, 6, 30),
                due_on: day(2028, 7, 31),
            },
        ]
    );
}

#[test]
fn a_called_report_covers_the_year_so_far_and_never_takes_the_years_partial_report() {
    let mut t = terms();
    t.ends_on = day(2028, 6, 30);
    // Called on 2 June 2027: 1 January to 2 June 2027, the same start as the 2027 partial
    // report, which is why a called report is a kind of its own.
    assert_eq!(
        called_period(&t, day(2027, 6, 2), None),
        Some((day(2027, 1, 1), day(2027, 6, 2)))
    );
    assert_eq!(ReportKind::Called.code(), "called");
    assert_ne!(ReportKind::Called, ReportKind::Partial);
    // In the task's first year it starts with the task.
    assert_eq!(
        called_period(&t, day(2026, 5, 4), None),
        Some((day(2026, 3, 1), day(2026, 5, 4)))
    );
}

#[test]
fn a_second_call_covers_what_the_first_did_not() {
    let mut t = terms();
    t.ends_on = day(2028, 6, 30);
    assert_eq!(
        called_period(&t, day(2027, 9, 15), Some(day(2027, 6, 2))),
        Some((day(2027, 6, 3), day(2027, 9, 15)))
    );
    // A call in a new year starts with the year, whatever last year's call covered.
    assert_eq!(
        called_period(&t, day(2028, 3, 1), Some(day(2027, 9, 15))),
        Some((day(2028, 1, 1), day(2028, 3, 1)))
    );
    // Nothing left to report on: the last call reached the same day.
    assert_eq!(
        called_period(&t, day(2027, 6, 2), Some(day(2027, 6, 2))),
        None
    );
    // A call after the task's end covers up to the end.
    assert_eq!(
        called_period(&t, day(2028, 8, 1), Some(day(2028, 3, 1))),
        Some((day(2028, 3, 2), day(2028, 6, 30)))
    );
}
