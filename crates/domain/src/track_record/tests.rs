use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn final_report(due_on: NaiveDate) -> ReportFacts {
    ReportFacts {
        report_id: Some(7),
        kind: ReportKind::Final,
        period_from: day(2024, 5, 1),
        period_to: day(2024, 9, 30),
        due_on,
        state: None,
        first_submitted_on: None,
        corrections_asked: 0,
        correction_due_on: None,
    }
}

fn filed(on: NaiveDate, state: ReportState) -> ReportFacts {
    ReportFacts {
        state: Some(state),
        first_submitted_on: Some(on),
        ..final_report(day(2024, 10, 30))
    }
}

fn unused(amount: i64, due_on: NaiveDate) -> ReturnFacts {
    ReturnFacts {
        kind: ReturnKind::Unused,
        amount,
        due_on,
        paid_on: None,
        outstanding: amount,
        interest_charged: 0,
    }
}

fn facts(reports: Vec<ReportFacts>, returns: Vec<ReturnFacts>) -> AgreementFacts {
    AgreementFacts {
        agreement_id: 1,
        reports,
        returns,
        controls: vec![],
    }
}

#[test]
fn a_report_filed_on_its_due_day_is_on_time_and_a_day_later_is_late_by_one() {
    let today = day(2025, 1, 1);
    let on_day = filed(day(2024, 10, 30), ReportState::Accepted);
    assert_eq!(
        report_outcome(&on_day, today),
        ReportOutcome::OnTime {
            filed_on: day(2024, 10, 30)
        }
    );
    let next_day = filed(day(2024, 10, 31), ReportState::Submitted);
    assert_eq!(
        report_outcome(&next_day, today),
        ReportOutcome::Late {
            filed_on: day(2024, 10, 31),
            days: 1
        }
    );
}

#[test]
fn a_report_not_filed_is_overdue_only_after_its_due_day() {
    let report = final_report(day(2024, 10, 30));
    assert_eq!(
        report_outcome(&report, day(2024, 10, 30)),
        ReportOutcome::NotDueYet
    );
    let outcome = report_outcome(&report, day(2024, 11, 4));
    assert_eq!(outcome, ReportOutcome::NotFiled { days: 5 });
    assert!(outcome.is_overdue());
}

#[test]
fn corrections_not_made_by_their_day_make_the_report_overdue_again() {
    let mut report = filed(day(2024, 10, 20), ReportState::Corrections);
    report.corrections_asked = 1;
    report.correction_due_on = Some(day(2024, 11, 10));
    assert_eq!(
        report_outcome(&report, day(2024, 11, 10)),
        ReportOutcome::OnTime {
            filed_on: day(2024, 10, 20)
        }
    );
    let overdue = report_outcome(&report, day(2024, 11, 13));
    assert_eq!(overdue, ReportOutcome::CorrectionsOverdue { days: 3 });
    let record = agreement_record(&facts(vec![report], vec![]), day(2024, 11, 13));
    assert_eq!(record.overdue_report(), Some(day(2024, 10, 30)));
    assert_eq!(record.reports[0].corrections_asked, 1);
}

#[test]
fn a_return_paid_after_its_deadline_is_late_with_its_interest() {
    let mut ret = unused(300_000, day(2024, 10, 15));
    ret.paid_on = Some(day(2025, 1, 15));
    ret.outstanding = 0;
    ret.interest_charged = 11_000;
    assert_eq!(
        return_outcome(&ret, day(2026, 1, 1)),
        ReturnOutcome::PaidLate {
            paid_on: day(2025, 1, 15),
            days: 92,
            interest: 11_000
        }
    );
    ret.paid_on = Some(day(2024, 10, 15));
    assert_eq!(
        return_outcome(&ret, day(2026, 1, 1)),
        ReturnOutcome::PaidOnTime {
            paid_on: day(2024, 10, 15)
        }
    );
}

#[test]
fn a_return_partly_paid_after_its_deadline_is_unpaid_and_flags_the_organisation() {
    let mut ret = unused(300_000, day(2024, 10, 15));
    ret.paid_on = Some(day(2024, 10, 1));
    ret.outstanding = 100_000;
    let record = agreement_record(&facts(vec![], vec![ret]), day(2024, 10, 25));
    assert_eq!(
        record.returns[0].outcome,
        ReturnOutcome::Unpaid {
            days: 10,
            outstanding: 100_000
        }
    );
    assert_eq!(
        record.unpaid_overdue_return(),
        Some((100_000, day(2024, 10, 15)))
    );
    assert!(!record.is_clean());
    let before = agreement_record(
        &facts(vec![], vec![unused(300_000, day(2024, 10, 15))]),
        day(2024, 10, 15),
    );
    assert_eq!(before.unpaid_overdue_return(), None);
    assert!(before.is_clean());
}

#[test]
fn a_misuse_return_marks_the_record() {
    let mut misused = unused(1_100_000, day(2024, 12, 1));
    misused.kind = ReturnKind::Misused;
    let record = agreement_record(&facts(vec![], vec![misused]), day(2024, 11, 1));
    assert!(record.misuse);
    assert!(!record.is_clean());
    let records = organisation_record(&[facts(vec![], vec![])], day(2024, 11, 1));
    assert!(records[0].is_clean() && !records[0].misuse);
}

#[test]
fn duties_list_what_is_open_earliest_first_with_the_overdue_marked() {
    let today = day(2024, 11, 5);
    let mut corrections = filed(day(2024, 10, 1), ReportState::Corrections);
    corrections.report_id = Some(9);
    corrections.correction_due_on = Some(day(2024, 11, 20));
    let accepted = filed(day(2024, 10, 1), ReportState::Accepted);
    let mut second = facts(vec![], vec![unused(50_000, day(2024, 11, 1))]);
    second.agreement_id = 2;
    second.controls = vec![
        ControlFacts {
            held_on: day(2024, 10, 1),
            recommendations_due: Some(day(2024, 10, 15)),
            done_on: Some(day(2024, 10, 10)),
        },
        ControlFacts {
            held_on: day(2024, 10, 20),
            recommendations_due: Some(day(2024, 11, 3)),
            done_on: None,
        },
    ];
    let first = facts(
        vec![final_report(day(2024, 12, 30)), corrections, accepted],
        vec![],
    );
    let list = duties(&[first, second], today);
    let days: Vec<(NaiveDate, bool, &str)> = list
        .iter()
        .map(|d| (d.due_on, d.overdue, d.kind.code()))
        .collect();
    assert_eq!(
        days,
        [
            (day(2024, 11, 1), true, "pay_return"),
            (day(2024, 11, 3), true, "recommendations"),
            (day(2024, 11, 20), false, "correct_report"),
            (day(2024, 12, 30), false, "file_report"),
        ]
    );
    assert_eq!(
        list[0].kind,
        DutyKind::PayReturn {
            return_kind: ReturnKind::Unused,
            outstanding: 50_000,
            interest_running: true
        }
    );
}
