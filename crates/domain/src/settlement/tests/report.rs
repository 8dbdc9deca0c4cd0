use super::*;
use crate::agreement::ShiftBasis;
use crate::{Currency, Percent};

fn line(
    number: &str,
    planned: i64,
    planned_grant: i64,
    actual: i64,
    actual_grant: i64,
) -> LineInput {
    LineInput {
        number: number.to_string(),
        planned,
        planned_grant: Some(planned_grant),
        actual,
        actual_grant: Some(actual_grant),
        annex_allowed: false,
    }
}

/// The agreement: grant 10 000,00 zł, own financial 1 000,00, own non-financial 1 000,00;
/// line I.1 8 000,00 (grant 7 000,00), line I.2 4 000,00 (grant 3 000,00); 10 % shift on the
/// line; all paid (6 000 + 4 000). The report as planned, unless a test changes it.
fn input() -> ReportSettlementInput {
    let planned = Sources {
        grant: 1_000_000,
        own_financial: 100_000,
        own_non_financial: 100_000,
        participant_fees: 0,
    };
    ReportSettlementInput {
        currency: Currency::PLN,
        lines: vec![
            line("I.1", 800_000, 700_000, 800_000, 700_000),
            line("I.2", 400_000, 300_000, 400_000, 300_000),
        ],
        planned,
        actual: planned,
        transfers: transfers_2026(),
        other_income: 0,
        shift: Percent::from_basis_points(1000),
        shift_basis: ShiftBasis::Line,
        dates: dates_2026(),
        found_on: day(2026, 11, 20),
    }
}

fn codes(s: &Settlement) -> Vec<&'static str> {
    s.flags.iter().map(|f| f.code.code()).collect()
}

fn settled(input: &ReportSettlementInput) -> Settlement {
    settle(input, &SettlementSettings::default())
}

#[test]
fn everything_spent_as_planned_returns_nothing() {
    let s = settled(&input());
    let f = &s.figures;
    assert_eq!(
        (f.granted.amount, f.paid.amount, f.used.amount),
        (1_000_000, 1_000_000, 1_000_000)
    );
    assert_eq!(
        (f.excessive.amount, f.unused.amount, f.to_return.amount),
        (0, 0, 0)
    );
    assert!(s.flags.is_empty(), "{:?}", s.flags);
    assert!(s.returns.is_empty());
    assert_eq!(s.lines[0].allowed, 880_000);
}

#[test]
fn a_shift_within_the_allowance_is_kept() {
    // I.1 grows by exactly 10 %: 8 000 → 8 800 (allowed 8 000 × 1.10 = 8 800); I.2 falls to
    // 3 200 (decreases are free). Total 12 000, as planned.
    let mut i = input();
    i.lines[0] = line("I.1", 800_000, 700_000, 880_000, 770_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 320_000, 230_000);
    let s = settled(&i);
    assert_eq!(s.lines[0].over, 0);
    assert_eq!(s.figures.excessive.amount, 0);
    assert!(s.flags.is_empty(), "{:?}", s.flags);
}

#[test]
fn a_shift_beyond_the_allowance_is_excessive_grant_unless_an_annex_allowed_it() {
    // I.1 grows to 9 000 (allowed 8 800): 200,00 zł over, paid from the grant (its grant part
    // 7 500) → 200,00 zł excessive. The share rule then finds nothing more: eligible costs
    // 12 000 − 200 = 11 800, allowed grant 10 000 × 11 800 / 12 000 = 9 833,33(3) → 9 833,34,
    // grant after the shift excess 9 800 ≤ 9 833,34.
    let mut i = input();
    i.lines[0] = line("I.1", 800_000, 700_000, 900_000, 750_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 300_000, 250_000);
    let s = settled(&i);
    assert_eq!(
        (s.lines[0].allowed, s.lines[0].over, s.lines[0].excess),
        (880_000, 20_000, 20_000)
    );
    assert_eq!(s.figures.shift_excess.amount, 20_000);
    assert_eq!(s.figures.share_excess.amount, 0);
    assert_eq!(
        s.figures.share_excess.explanation.input("allowed_grant"),
        Some(Value::Money(983_334))
    );
    assert_eq!(s.figures.excessive.amount, 20_000);
    assert_eq!(codes(&s), ["line_above_shift"]);
    assert_eq!(s.flags[0].line, Some(0));
    // Excessive grant, use-by shorter than the year: due 30 September + 15 = 15 October
    // (ufp art. 252 ust. 2), interest from the 16th.
    assert_eq!(s.returns.len(), 1);
    let r = &s.returns[0];
    assert_eq!(
        (r.kind, r.amount, r.due_on),
        (ReturnKind::Excessive, 20_000, day(2026, 10, 15))
    );
    // The same growth allowed by an annex: no excess, a flag saying why.
    i.lines[0].annex_allowed = true;
    let s = settled(&i);
    assert_eq!((s.lines[0].over, s.lines[0].excess), (20_000, 0));
    assert_eq!(s.figures.to_return.amount, 0);
    assert_eq!(codes(&s), ["shift_allowed_by_annex"]);
}

#[test]
fn growth_paid_from_own_money_is_capped_by_the_line_s_grant_part() {
    // I.1 grows to 9 000 (200,00 over the 8 800 allowed) but takes only 100,00 zł of grant:
    // at most 100,00 zł of it can be grant taken in excess.
    let mut i = input();
    i.lines[0] = line("I.1", 800_000, 700_000, 900_000, 10_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 300_000, 290_000);
    let s = settled(&i);
    assert_eq!((s.lines[0].over, s.lines[0].excess), (20_000, 10_000));
}

#[test]
fn measured_on_the_grant_part_where_the_tenant_says_so() {
    // Grant part of I.1 grows 7 000 → 7 800 (allowed 7 000 × 1.10 = 7 700): 100,00 zł excess,
    // though the whole line (8 500) is within its 8 800.
    let mut i = input();
    i.shift_basis = ShiftBasis::GrantPart;
    i.lines[0] = line("I.1", 800_000, 700_000, 850_000, 780_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 350_000, 220_000);
    let s = settled(&i);
    assert_eq!(s.lines[0].basis, ShiftBasis::GrantPart);
    assert_eq!((s.lines[0].allowed, s.lines[0].excess), (770_000, 10_000));
    assert_eq!(s.figures.shift_excess.amount, 10_000);
    // A line without a grant part is measured on the whole line, with a flag.
    i.lines[1].planned_grant = None;
    let s = settled(&i);
    assert_eq!(s.lines[1].basis, ShiftBasis::Line);
    assert!(codes(&s).contains(&"grant_part_missing"));
}

#[test]
fn a_fall_in_own_contribution_returns_the_grant_above_its_share() {
    // Planned: grant 10 000 of 12 000 (5/6). Actual: 11 000 spent (I.1 7 000, I.2 4 000), own
    // money down to 500 + 500, grant 10 000. The grant may be 5/6 × 11 000 = 9 166,666… →
    // 9 166,67 zł (the grosz fraction left to the organisation); 10 000 − 9 166,67 = 833,33 zł
    // excessive (the model agreement's share clause; ufp art. 252 ust. 3).
    let mut i = input();
    i.lines[0] = line("I.1", 800_000, 700_000, 700_000, 650_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 400_000, 350_000);
    i.actual.own_financial = 50_000;
    i.actual.own_non_financial = 50_000;
    let s = settled(&i);
    assert_eq!(s.figures.share_excess.amount, 83_333);
    assert_eq!(s.figures.excessive.amount, 83_333);
    assert_eq!(s.figures.unused.amount, 0);
    assert_eq!(codes(&s), ["grant_share_exceeded"]);
    // A town that does not keep the share: nothing.
    let off = SettlementSettings {
        keep_grant_share: false,
        ..SettlementSettings::default()
    };
    assert_eq!(settle(&i, &off).figures.excessive.amount, 0);
}

#[test]
fn unused_grant_and_bank_interest_are_returned_by_the_unused_deadline() {
    // 9 000 of the grant spent (I.1 7 000 from the grant, I.2 2 000), own money as planned:
    // total 11 000 = sources 9 000 + 1 000 + 1 000. Unused 10 000 − 9 000 = 1 000,00 zł; the
    // share rule: 10 000 × 11 000 / 12 000 = 9 166,67 ≥ 9 000, nothing. Bank interest 12,34 zł.
    let mut i = input();
    i.lines[0] = line("I.1", 800_000, 700_000, 800_000, 700_000);
    i.lines[1] = line("I.2", 400_000, 300_000, 300_000, 200_000);
    i.actual.grant = 900_000;
    i.other_income = 1_234;
    let s = settled(&i);
    assert_eq!(s.figures.unused.amount, 100_000);
    assert_eq!(s.figures.excessive.amount, 0);
    assert_eq!(s.figures.to_return.amount, 101_234);
    let kinds: Vec<_> = s
        .returns
        .iter()
        .map(|r| (r.kind, r.amount, r.due_on))
        .collect();
    assert_eq!(
        kinds,
        [
            (ReturnKind::Unused, 100_000, day(2026, 10, 15)),
            (ReturnKind::OtherIncome, 1_234, day(2026, 10, 15)),
        ]
    );
    assert_eq!(codes(&s), ["other_income_to_return"]);
    assert_eq!(s.figures.unused.explanation.basis, LegalBasis::Ufp251Ust3);
}

#[test]
fn the_grant_used_never_exceeds_the_grant_paid() {
    // Only the first transfer (6 000) was made; the report declares 10 000 used.
    let mut i = input();
    i.transfers.truncate(1);
    let s = settled(&i);
    assert_eq!(s.figures.declared_used.amount, 1_000_000);
    assert_eq!(s.figures.used.amount, 600_000);
    assert_eq!(s.figures.unused.amount, 0);
    assert!(codes(&s).contains(&"used_above_paid"));
}

#[test]
fn sums_that_do_not_add_up_are_flagged() {
    let mut i = input();
    // Costs 12 000 but sources 13 000; I.2's grant part (5 000) above the line (4 000); a plan
    // whose costs (12 000) differ from its sources (12 100).
    i.actual.own_financial = 150_000;
    i.actual.grant = 1_000_000;
    i.actual.own_non_financial = 150_000;
    i.lines[1].actual_grant = Some(500_000);
    i.lines[0].actual_grant = Some(500_000);
    i.planned.participant_fees = 10_000;
    let s = settled(&i);
    let c = codes(&s);
    assert!(c.contains(&"planned_costs_differ_from_sources"), "{c:?}");
    assert!(c.contains(&"costs_differ_from_sources"), "{c:?}");
    assert!(c.contains(&"grant_part_above_line"), "{c:?}");
    let costs = s
        .flags
        .iter()
        .find(|f| f.code == FlagCode::CostsDifferFromSources)
        .unwrap();
    assert_eq!(costs.inputs[0].value, Value::Money(1_200_000));
    assert_eq!(costs.inputs[1].value, Value::Money(1_300_000));
    i.lines[1].actual_grant = Some(400_000);
    assert!(codes(&settled(&i)).contains(&"grant_parts_differ_from_grant"));
}

#[test]
fn every_figure_names_its_rule_and_inputs() {
    let mut i = input();
    i.actual.grant = 900_000;
    let s = settled(&i);
    let f = &s.figures;
    assert_eq!(f.unused.explanation.rule, SettlementRule::Unused);
    assert_eq!(
        f.unused.explanation.input("paid"),
        Some(Value::Money(1_000_000))
    );
    assert_eq!(
        f.unused.explanation.input("used"),
        Some(Value::Money(900_000))
    );
    assert_eq!(
        f.paid.explanation.input("transfer_on"),
        Some(Value::Date(day(2026, 3, 10)))
    );
    assert_eq!(
        f.shift_excess.explanation.input("shift"),
        Some(Value::Percent(1000))
    );
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["figures"]["unused"]["explanation"]["rule"], "unused");
    assert_eq!(
        json["figures"]["unused"]["explanation"]["basis"],
        "ufp251_3"
    );
}

#[test]
fn absurd_amounts_are_flagged_not_panicked_on() {
    let mut i = input();
    i.lines[0] = line("I.1", i64::MAX, i64::MAX, i64::MAX, i64::MAX);
    i.lines[1] = line("I.2", -5, -5, i64::MIN, -1);
    i.transfers.push(Transfer {
        paid_on: day(2026, 7, 1),
        amount: i64::MAX,
    });
    i.other_income = i64::MAX;
    let s = settled(&i);
    assert!(codes(&s).contains(&"negative_amount"));
    assert!(s.figures.to_return.amount >= 0);
    assert!(s.figures.used.amount <= s.figures.paid.amount);
}
