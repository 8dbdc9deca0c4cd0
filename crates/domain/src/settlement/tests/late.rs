use super::*;

/// A 2025 task (use-by 30 September, 15 days): unused grant due Wednesday 15 October 2025,
/// interest from the 16th.
fn dates_2025() -> ReturnDates {
    ReturnDates {
        ends_on: day(2025, 9, 30),
        budget_year: 2025,
        use_by: day(2025, 9, 30),
        return_days: 15,
    }
}

fn unused(amount: i64) -> ReturnDue {
    unused_return(ReturnKind::Unused, amount, &dates_2025()).unwrap()
}

fn pay(y: i32, m: u32, d: u32, amount: i64) -> ReturnPayment {
    ReturnPayment {
        paid_on: day(y, m, d),
        amount,
    }
}

fn late(returns: &[ReturnDue], payments: &[ReturnPayment], as_of: NaiveDate) -> LateInterest {
    late_interest(
        returns,
        payments,
        as_of,
        &rates(),
        DEFAULT_INTEREST_FLOOR_MINOR,
    )
    .unwrap()
}

#[test]
fn an_unspent_remainder_returned_late_bears_interest_across_rate_changes() {
    // 20 000,00 zł unused, due 15 October 2025, paid 15 December: interest from 16 October to
    // 15 December inclusive:
    //   16 Oct–5 Nov   21 days at 12 %:   20000 × 0.12  × 21 / 365 = 138.08 zł
    //   6 Nov–3 Dec    28 days at 11.5 %: 20000 × 0.115 × 28 / 365 = 176.44 zł
    //   4–15 Dec       12 days at 11 %:   20000 × 0.11  × 12 / 365 =  72.33 zł
    // 386.85 zł → 387 zł.
    let r = late(
        &[unused(2_000_000)],
        &[pay(2025, 12, 15, 2_000_000)],
        day(2026, 1, 31),
    );
    let i = &r.returns[0];
    assert_eq!(i.outstanding, 0);
    let days: Vec<_> = i
        .interest
        .periods
        .iter()
        .map(|p| (p.days, p.rate.basis_points()))
        .collect();
    assert_eq!(days, [(21, 1200), (28, 1150), (12, 1100)]);
    assert_eq!(i.interest.exact_minor, 38_685);
    assert_eq!(i.interest.charged_minor, 38_700);
    assert_eq!(r.total_charged, 38_700);
}

#[test]
fn a_return_paid_on_time_bears_none() {
    let r = late(
        &[unused(2_000_000)],
        &[pay(2025, 10, 15, 2_000_000)],
        day(2026, 1, 31),
    );
    assert!(r.returns[0].interest.periods.is_empty());
    assert_eq!(r.total_charged, 0);
}

#[test]
fn partial_payments_bear_interest_each_to_its_day() {
    // 15 000,00 zł paid 20 October: 16–20 Oct, 5 days at 12 %: 15000 × 0.12 × 5 / 365 = 24.66.
    // 5 000,00 zł paid 15 December: 5000 × (0.12 × 21 + 0.115 × 28 + 0.11 × 12) / 365
    //   = 5000 × 7.06 / 365 = 96.71. Together 121.37 zł → 121 zł.
    let payments = [pay(2025, 12, 15, 500_000), pay(2025, 10, 20, 1_500_000)];
    let r = late(&[unused(2_000_000)], &payments, day(2026, 1, 31));
    let i = &r.returns[0];
    let parts: Vec<_> = i.parts.iter().map(|p| (p.paid_on, p.amount)).collect();
    assert_eq!(
        parts,
        [(day(2025, 10, 20), 1_500_000), (day(2025, 12, 15), 500_000)]
    );
    assert_eq!(i.interest.exact_minor, 12_137);
    assert_eq!(i.interest.charged_minor, 12_100);
}

#[test]
fn an_unpaid_part_runs_to_the_given_day() {
    // Nothing paid: the same 20 000,00 zł to 15 December as in the first example, 387 zł so far.
    let r = late(&[unused(2_000_000)], &[], day(2025, 12, 15));
    assert_eq!(r.returns[0].outstanding, 2_000_000);
    assert_eq!(r.returns[0].interest.charged_minor, 38_700);
}

#[test]
fn payments_go_to_the_return_due_first_and_small_interest_is_not_charged() {
    // Excessive 1 000,00 zł due 5 November (interest from the 6th) and unused 2 000,00 due 15
    // October. 2 500,00 paid 14 October: 2 000 to the unused (on time), 500 to the excessive
    // (before its interest starts). 500,00 paid 30 November: 6–30 Nov, 25 days at 11.5 %:
    // 500 × 0.115 × 25 / 365 = 3.94 zł → 4 zł, under 26.10 → 0. Then 100,00 zł too much.
    let excessive = ReturnDue {
        kind: ReturnKind::Excessive,
        amount: 100_000,
        due_on: day(2025, 11, 5),
        interest_from: day(2025, 11, 6),
        explanation: Explanation::new(SettlementRule::AfterFinding, LegalBasis::Ufp252Ust1),
    };
    let payments = [
        pay(2025, 10, 14, 250_000),
        pay(2025, 11, 30, 50_000),
        pay(2025, 12, 1, 10_000),
    ];
    let r = late(&[excessive, unused(200_000)], &payments, day(2026, 1, 31));
    let order: Vec<_> = r.returns.iter().map(|x| (x.index, x.kind)).collect();
    assert_eq!(order, [(1, ReturnKind::Unused), (0, ReturnKind::Excessive)]);
    assert!(r.returns[0].interest.periods.is_empty());
    let e = &r.returns[1];
    assert_eq!(e.parts.len(), 2);
    assert_eq!(e.interest.periods.len(), 1);
    assert_eq!(e.interest.periods[0].days, 25);
    assert_eq!(
        (e.interest.rounded_minor, e.interest.charged_minor),
        (400, 0)
    );
    assert_eq!(r.overpaid, 10_000);
}

#[test]
fn misused_grant_bears_interest_from_its_transfer_even_when_returned_in_time() {
    // 5 000,00 zł misused from the 6 000,00 zł transfer of 10 March 2026, returned 30 March
    // (well before the deadline): 10–30 March, 21 days at 11 %: 5000 × 0.11 × 21 / 365 =
    // 31.64 zł → 32 zł.
    let dates = ReturnDates {
        use_by: day(2026, 12, 31),
        ends_on: day(2026, 12, 31),
        ..dates_2026()
    };
    let transfers = transfers_2026();
    let settings = SettlementSettings::default();
    let misused = misused_returns(
        500_000,
        &transfers[..1],
        day(2026, 3, 25),
        &dates,
        &settings,
    );
    assert_eq!(misused[0].interest_from, day(2026, 3, 10));
    let r = late(&misused, &[pay(2026, 3, 30, 500_000)], day(2026, 12, 31));
    assert_eq!(r.returns[0].interest.exact_minor, 3_164);
    assert_eq!(r.returns[0].interest.charged_minor, 3_200);
}

#[test]
fn a_settled_report_s_unused_grant_paid_late_carries_its_interest() {
    // A 2025 task fully financed by a 100 000,00 zł grant, paid on 10 March; 80 000,00 zł spent.
    // Unused 20 000,00 zł due 15 October 2025 (use-by 30 September + 15), paid 15 December:
    // 387 zł of interest, as in the first example of this file.
    let input = ReportSettlementInput {
        currency: crate::Currency::PLN,
        lines: vec![LineInput {
            number: "I.1".to_string(),
            planned: 10_000_000,
            planned_grant: None,
            actual: 8_000_000,
            actual_grant: None,
            annex_allowed: false,
        }],
        planned: Sources {
            grant: 10_000_000,
            ..Sources::default()
        },
        actual: Sources {
            grant: 8_000_000,
            ..Sources::default()
        },
        transfers: vec![Transfer {
            paid_on: day(2025, 3, 10),
            amount: 10_000_000,
        }],
        other_income: 0,
        shift: crate::Percent::from_basis_points(1000),
        shift_basis: crate::agreement::ShiftBasis::Line,
        dates: dates_2025(),
        found_on: day(2025, 11, 3),
    };
    let s = settle(&input, &SettlementSettings::default());
    assert_eq!(s.figures.to_return.amount, 2_000_000);
    assert_eq!(s.returns.len(), 1);
    assert_eq!(s.returns[0].due_on, day(2025, 10, 15));
    let r = late(
        &s.returns,
        &[pay(2025, 12, 15, 2_000_000)],
        day(2025, 12, 31),
    );
    assert_eq!(r.total_charged, 38_700);
}
