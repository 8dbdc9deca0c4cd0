use super::*;

#[test]
fn unused_grant_is_due_the_return_days_after_the_use_by_date() {
    // Use-by 30 September 2026 + 15 days = Thursday 15 October (ufp art. 251 ust. 3); interest
    // from the 16th (ust. 5).
    let r = unused_return(ReturnKind::Unused, 50_000, &dates_2026()).unwrap();
    assert_eq!(r.due_on, day(2026, 10, 15));
    assert_eq!(r.interest_from, day(2026, 10, 16));
    assert_eq!(r.explanation.basis, LegalBasis::Ufp251Ust3);
    assert_eq!(r.explanation.input("amount"), Some(Value::Money(50_000)));
    assert_eq!(unused_return(ReturnKind::Unused, 0, &dates_2026()), None);
}

#[test]
fn a_return_due_on_a_holiday_moves_to_the_next_working_day() {
    // Use-by 27 October 2026 + 15 = Wednesday 11 November, Independence Day → Thursday the 12th.
    let dates = ReturnDates {
        use_by: day(2026, 10, 27),
        ..dates_2026()
    };
    let r = unused_return(ReturnKind::Unused, 50_000, &dates).unwrap();
    assert_eq!(r.due_on, day(2026, 11, 12));
    assert_eq!(r.interest_from, day(2026, 11, 13));
    // Use-by 17 October + 15 = Sunday 1 November, All Saints → Monday the 2nd.
    let dates = ReturnDates {
        use_by: day(2026, 10, 17),
        ..dates_2026()
    };
    assert_eq!(unused_deadline(&dates).0, day(2026, 11, 2));
}

#[test]
fn a_task_running_past_the_budget_year_returns_by_31_january() {
    // The 2026 grant of a task ending in June 2027: by 31 January 2027 (ufp art. 251 ust. 1),
    // a Sunday → Monday 1 February; interest from the 2nd.
    let dates = ReturnDates {
        ends_on: day(2027, 6, 30),
        budget_year: 2026,
        use_by: day(2026, 12, 31),
        return_days: 15,
    };
    let r = unused_return(ReturnKind::OtherIncome, 1_234, &dates).unwrap();
    assert_eq!(r.due_on, day(2027, 2, 1));
    assert_eq!(r.interest_from, day(2027, 2, 2));
    assert_eq!(r.explanation.rule, SettlementRule::UnusedAtYearEnd);
    assert_eq!(r.explanation.basis, LegalBasis::Ufp251Ust1);
    // A task within 2026 whose grant may be used to 31 December: unused at the year's end, so
    // 31 January too, not 31 December + 15 days.
    let year_end = ReturnDates {
        ends_on: day(2026, 12, 15),
        ..dates
    };
    assert_eq!(unused_deadline(&year_end).0, day(2027, 2, 1));
}

#[test]
fn excessive_grant_is_due_15_days_after_the_finding() {
    // A use-by date at the year's end: found Wednesday 10 February 2027 + 15 = Thursday 25
    // February (ufp art. 252 ust. 1); interest from the 26th (ust. 5 pkt 2).
    let dates = ReturnDates {
        ends_on: day(2026, 12, 31),
        use_by: day(2026, 12, 31),
        ..dates_2026()
    };
    let settings = SettlementSettings::default();
    let r = excessive_return(
        ReturnKind::Excessive,
        20_000,
        day(2027, 2, 10),
        &dates,
        &settings,
    )
    .unwrap();
    assert_eq!(r.due_on, day(2027, 2, 25));
    assert_eq!(r.interest_from, day(2027, 2, 26));
    assert_eq!(r.explanation.basis, LegalBasis::Ufp252Ust1);
}

#[test]
fn with_a_use_by_term_shorter_than_the_year_the_15_days_run_from_the_use_by_date() {
    // Use-by 30 September 2026 (before 31 December): due 15 October however late the finding
    // (ufp art. 252 ust. 2); a finding on 20 November is already late: interest from 16 October.
    let settings = SettlementSettings::default();
    let r = excessive_return(
        ReturnKind::Undue,
        20_000,
        day(2026, 11, 20),
        &dates_2026(),
        &settings,
    )
    .unwrap();
    assert_eq!(r.due_on, day(2026, 10, 15));
    assert_eq!(r.interest_from, day(2026, 10, 16));
    assert_eq!(r.explanation.basis, LegalBasis::Ufp252Ust2);
}

#[test]
fn misused_grant_is_taken_from_the_latest_transfers_with_interest_from_each() {
    // 5 000,00 zł misused of 6 000 (10 March) + 4 000 (10 June): 4 000 from 10 June, 1 000 from
    // 10 March; interest runs from those days (ufp art. 252 ust. 5 pkt 1).
    let settings = SettlementSettings::default();
    let dates = ReturnDates {
        use_by: day(2026, 12, 31),
        ends_on: day(2026, 12, 31),
        ..dates_2026()
    };
    let r = misused_returns(
        500_000,
        &transfers_2026(),
        day(2026, 11, 2),
        &dates,
        &settings,
    );
    let parts: Vec<_> = r.iter().map(|r| (r.amount, r.interest_from)).collect();
    assert_eq!(
        parts,
        [(400_000, day(2026, 6, 10)), (100_000, day(2026, 3, 10))]
    );
    // Monday 2 November + 15 = Tuesday 17 November.
    assert!(r.iter().all(|r| r.due_on == day(2026, 11, 17)));
    assert!(r.iter().all(|r| r.kind == ReturnKind::Misused));
    assert_eq!(r[0].explanation.basis, LegalBasis::Ufp252Ust5Pkt1);
    // More than was paid is cut to what was paid.
    let all = misused_returns(
        9_999_999,
        &transfers_2026(),
        day(2026, 11, 2),
        &dates,
        &settings,
    );
    assert_eq!(all.iter().map(|r| r.amount).sum::<i64>(), 1_000_000);
}

#[test]
fn no_report_after_the_written_call_makes_the_whole_grant_misused() {
    let settings = SettlementSettings::default();
    // Delivered Thursday 5 November 2026 + 7 days = Thursday 12 November.
    assert_eq!(
        written_call_deadline(day(2026, 11, 5), &settings),
        day(2026, 11, 12)
    );
    // Delivered Saturday 7 November + 7 = Saturday 14th → Monday 16th.
    assert_eq!(
        written_call_deadline(day(2026, 11, 7), &settings),
        day(2026, 11, 16)
    );
    let dates = dates_2026();
    let on_time = missing_report_returns(
        day(2026, 11, 5),
        day(2026, 11, 12),
        &transfers_2026(),
        &dates,
        &settings,
    );
    assert_eq!(on_time, None);
    let late = missing_report_returns(
        day(2026, 11, 5),
        day(2026, 11, 13),
        &transfers_2026(),
        &dates,
        &settings,
    )
    .unwrap();
    let parts: Vec<_> = late.iter().map(|r| (r.amount, r.interest_from)).collect();
    assert_eq!(
        parts,
        [(400_000, day(2026, 6, 10)), (600_000, day(2026, 3, 10))]
    );
    assert!(late
        .iter()
        .all(|r| r.explanation.rule == SettlementRule::MissingReport));
    assert_eq!(
        late[0].explanation.input("call_deadline"),
        Some(Value::Date(day(2026, 11, 12)))
    );
    // A town giving 14 days: the 13th is still in time.
    let longer = SettlementSettings {
        written_call_days: 14,
        ..settings
    };
    assert_eq!(
        missing_report_returns(
            day(2026, 11, 5),
            day(2026, 11, 13),
            &transfers_2026(),
            &dates,
            &longer
        ),
        None
    );
}
