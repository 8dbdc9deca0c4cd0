use super::*;
use crate::call::{CallTerms, RequiredAttachment};
use crate::money::{Percent, MAX_MINOR};
use crate::testing::{context, day, line, pln, terms, terms_with, valid_offer};
use crate::violation::{Rule, Violation};

fn bp(basis_points: i64) -> Percent {
    Percent::from_basis_points(basis_points)
}

fn check(input: &OfferInput, call: &CallTerms) -> (CostSummary, Vec<Violation>) {
    let (summary, v) = check_offer(input, &context(call));
    (summary, v.0)
}

fn violations(input: &OfferInput, call: &CallTerms) -> Vec<Violation> {
    check(input, call).1
}

fn violation(field: &str, rule: Rule) -> Violation {
    Violation::new(field, rule)
}

fn compute(input: &OfferInput) -> (CostSummary, Vec<Violation>) {
    let (summary, v) = compute_costs(input, Currency::PLN);
    (summary, v.0)
}

/// The value of a single line `unit_cost × quantity`, or the violations it raises.
fn value_of(unit_cost: &str, quantity: &str) -> Result<i64, Vec<Violation>> {
    let input = OfferInput {
        costs: vec![line(
            CostCategory::Administrative,
            None,
            "x",
            "szt.",
            unit_cost,
            quantity,
        )],
        ..OfferInput::default()
    };
    let (summary, v) = compute(&input);
    if v.is_empty() {
        Ok(summary.lines[0].value.minor)
    } else {
        Err(v)
    }
}

// ---------------------------------------------------------------------------------------------
// The complete offer and its numbers.

#[test]
fn a_complete_offer_passes_with_every_number_computed() {
    let call = terms();
    let (s, v) = check(&valid_offer(), &call);
    assert_eq!(v, vec![]);

    let numbers: Vec<&str> = s.lines.iter().map(|l| l.number.as_str()).collect();
    assert_eq!(numbers, ["I.1.1", "I.1.2", "I.2.1", "II.1"]);
    let values: Vec<i64> = s.lines.iter().map(|l| l.value.minor).collect();
    assert_eq!(values, [600_000, 251_000, 300_000, 175_000]);
    let unit_costs: Vec<i64> = s.lines.iter().map(|l| l.unit_cost.minor).collect();
    assert_eq!(unit_costs, [15_000, 12_550, 300_000, 25_000]);
    let quantities: Vec<i64> = s.lines.iter().map(|l| l.quantity_hundredths).collect();
    assert_eq!(quantities, [4_000, 2_000, 100, 700]);
    let actions: Vec<Option<usize>> = s.lines.iter().map(|l| l.action_no).collect();
    assert_eq!(actions, [Some(1), Some(1), Some(2), None]);
    assert_eq!(s.lines[0].name, "Honorarium instruktora");
    assert_eq!(s.lines[3].category, CostCategory::Administrative);
    assert!(s.lines.iter().all(|l| l.grant_part.is_none()));

    assert_eq!(s.currency, Currency::PLN);
    assert_eq!(s.years, vec![2027]);
    assert_eq!(s.action_totals, vec![pln(851_000), pln(300_000)]);
    assert_eq!(s.action_costs, pln(1_151_000));
    assert_eq!(s.admin_costs, pln(175_000));
    assert_eq!(s.total_costs, pln(1_326_000));
    assert_eq!(s.year_totals, vec![pln(1_326_000)]);
    // One year: each line's only year value is its whole value.
    assert_eq!(s.lines[1].year_values, vec![pln(251_000)]);

    assert_eq!(s.requested_grant, pln(1_100_000));
    assert_eq!(s.own_financial, pln(100_000));
    assert_eq!(s.own_personal, pln(126_000));
    assert_eq!(s.own_in_kind, pln(0));
    assert_eq!(s.own_non_financial, pln(126_000));
    assert_eq!(s.own_contribution, pln(226_000));
    assert_eq!(s.participant_fees, pln(0));
    assert_eq!(s.other_public_funds, pln(0));
    assert_eq!(s.total_sources, pln(1_326_000));

    // 11 000 / 13 260 = 82.956…%, 2 260 / 13 260 = 17.043…%, 1 000 / 13 260 = 7.541…%,
    // 1 260 / 13 260 = 9.502…%, 1 750 / 13 260 = 13.197…%.
    assert_eq!(s.grant_share, bp(8_296));
    assert_eq!(s.own_contribution_share, bp(1_704));
    assert_eq!(s.own_financial_share, bp(754));
    assert_eq!(s.own_non_financial_share, bp(950));
    assert_eq!(s.admin_share, bp(1_320));
}

#[test]
fn the_summary_does_not_depend_on_the_checks() {
    let call = terms();
    let input = valid_offer();
    let (checked, _) = check(&input, &call);
    let (computed, v) = compute(&input);
    assert_eq!(v, vec![]);
    assert_eq!(checked, computed);
}

#[test]
fn lines_are_numbered_per_action_in_the_order_typed() {
    let mut input = valid_offer();
    // An administrative line first, then action 2 before action 1.
    input.costs = vec![
        line(CostCategory::Administrative, None, "a", "x", "1", "1"),
        line(CostCategory::Action, Some(2), "b", "x", "1", "1"),
        line(CostCategory::Action, Some(1), "c", "x", "1", "1"),
        line(CostCategory::Action, Some(2), "d", "x", "1", "1"),
        line(CostCategory::Administrative, Some(1), "e", "x", "1", "1"),
    ];
    let (s, v) = compute(&input);
    assert_eq!(v, vec![]);
    let numbers: Vec<&str> = s.lines.iter().map(|l| l.number.as_str()).collect();
    assert_eq!(numbers, ["II.1", "I.2.1", "I.1.1", "I.2.2", "II.2"]);
    // An administrative line does not belong to an action, whatever was typed.
    assert_eq!(s.lines[4].action_no, None);
    assert_eq!(s.action_totals, vec![pln(100), pln(200)]);
    assert_eq!(s.admin_costs, pln(200));
}

// ---------------------------------------------------------------------------------------------
// Line values.

#[test]
fn line_value_is_unit_cost_times_quantity_rounded_half_up_to_the_grosz() {
    assert_eq!(value_of("150", "40"), Ok(600_000));
    // 33.33 × 0.5 = 16.665 → 16.67
    assert_eq!(value_of("33.33", "0.5"), Ok(1_667));
    // 33.31 × 0.5 = 16.655 → 16.66
    assert_eq!(value_of("33.31", "0.5"), Ok(1_666));
    // 0.01 × 0.5 = 0.005 → 0.01
    assert_eq!(value_of("0.01", "0.5"), Ok(1));
    // 0.01 × 0.49 = 0.0049 → 0.00
    assert_eq!(value_of("0.01", "0.49"), Ok(0));
    // 0.07 × 0.15 = 0.0105 → 0.01; 0.03 × 0.15 = 0.0045 → 0.00
    assert_eq!(value_of("0.07", "0.15"), Ok(1));
    assert_eq!(value_of("0.03", "0.15"), Ok(0));
    // 99.99 × 1.01 = 100.9899 → 100.99
    assert_eq!(value_of("99.99", "1.01"), Ok(10_099));
    // 10 × 2.25 = 22.50; 19.99 × 0.75 = 14.9925 → 14.99
    assert_eq!(value_of("10", "2.25"), Ok(2_250));
    assert_eq!(value_of("19.99", "0.75"), Ok(1_499));
}

#[test]
fn amounts_may_use_comma_decimal_marks_and_digit_groups() {
    assert_eq!(value_of("1 234,50", "2"), Ok(246_900));
    assert_eq!(value_of("1\u{a0}234,50", "2"), Ok(246_900));
    assert_eq!(value_of(" 1234.5 ", "1,5"), Ok(185_175));
    assert_eq!(value_of("12,3", "0,25"), Ok(308)); // 3.075 → 3.08
    let input = OfferInput {
        costs: vec![line(
            CostCategory::Administrative,
            None,
            "x",
            "szt.",
            "1 234,50",
            "0,5",
        )],
        ..OfferInput::default()
    };
    let (s, _) = compute(&input);
    assert_eq!(s.lines[0].unit_cost, pln(123_450));
    assert_eq!(s.lines[0].quantity_hundredths, 50);
    assert_eq!(s.lines[0].value, pln(61_725));
}

#[test]
fn unit_cost_and_quantity_are_validated() {
    let at = |field: &str, rule: Rule| Err(vec![violation(field, rule)]);
    assert_eq!(
        value_of("12,5x", "1"),
        at("costs[0].unit_cost", Rule::InvalidNumber)
    );
    assert_eq!(value_of("", "1"), at("costs[0].unit_cost", Rule::Required));
    assert_eq!(value_of("1", "  "), at("costs[0].quantity", Rule::Required));
    assert_eq!(
        value_of("10.555", "1"),
        at("costs[0].unit_cost", Rule::TooManyDecimals { max: 2 })
    );
    assert_eq!(
        value_of("10", "1.125"),
        at("costs[0].quantity", Rule::TooManyDecimals { max: 2 })
    );
    assert_eq!(
        value_of("-5", "1"),
        at("costs[0].unit_cost", Rule::MustNotBeNegative)
    );
    assert_eq!(
        value_of("5", "-1"),
        at("costs[0].quantity", Rule::MustBePositive)
    );
    assert_eq!(
        value_of("5", "0"),
        at("costs[0].quantity", Rule::MustBePositive)
    );
    assert_eq!(value_of("0", "3"), Ok(0));
    // The largest accepted unit cost is a trillion; a product beyond it is refused.
    assert_eq!(value_of("1000000000000", "1"), Ok(MAX_MINOR));
    assert_eq!(
        value_of("1000000000000.01", "1"),
        at("costs[0].unit_cost", Rule::AmountTooLarge)
    );
    assert_eq!(
        value_of("1000000000000", "1.01"),
        at("costs[0].quantity", Rule::AmountTooLarge)
    );
}

#[test]
fn an_invalid_unit_cost_is_reported_and_kept_as_typed() {
    let call = terms();
    let mut input = valid_offer();
    input.costs[1].unit_cost = "12,5x".into();
    let (s, v) = check(&input, &call);
    assert_eq!(v[0], violation("costs[1].unit_cost", Rule::InvalidNumber));
    assert_eq!(
        v.iter().filter(|x| x.rule == Rule::InvalidNumber).count(),
        1
    );
    // The line counts as zero; the rest of the offer is still computed.
    assert_eq!(s.lines[1].value, pln(0));
    assert_eq!(s.lines[1].unit_cost, pln(0));
    assert_eq!(s.lines[1].number, "I.1.2");
    assert_eq!(s.action_totals, vec![pln(600_000), pln(300_000)]);
    assert_eq!(s.total_costs, pln(1_075_000));
    assert!(v.contains(&violation(
        "sources",
        Rule::TotalsDiffer {
            costs: pln(1_075_000),
            sources: pln(1_326_000),
        }
    )));
    // Nothing typed is lost.
    assert_eq!(input.costs[1].unit_cost, "12,5x");
}

#[test]
fn invalid_source_amounts_are_named() {
    let mut input = valid_offer();
    input.sources.own_in_kind = "-100".into();
    input.sources.participant_fees = "1.001".into();
    input.sources.other_public_funds = "dużo".into();
    let (_, v) = compute(&input);
    assert_eq!(
        v,
        vec![
            violation("sources.own_in_kind", Rule::MustNotBeNegative),
            violation("sources.participant_fees", Rule::TooManyDecimals { max: 2 }),
            violation("sources.other_public_funds", Rule::InvalidNumber),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Sources and money rules.

#[test]
fn sources_must_equal_costs() {
    let call = terms();
    let mut input = valid_offer();
    input.sources.own_personal = "1000".into();
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "sources",
            Rule::TotalsDiffer {
                costs: pln(1_326_000),
                sources: pln(1_300_000),
            }
        )]
    );
    // Fees (in paid activity) and other public funds (where the town's form has the row) count
    // as sources too.
    input.sources.participant_fees = "200".into();
    input.sources.other_public_funds = "60".into();
    input.declarations.remuneration = Some(Remuneration::Paid);
    let mut ctx = context(&call);
    ctx.other_public_funds = true;
    let (s, v) = check_offer(&input, &ctx);
    assert_eq!(v.0, vec![]);
    assert_eq!(s.total_sources, pln(1_326_000));
}

#[test]
fn the_requested_grant_must_lie_between_the_minimum_and_the_maximum() {
    let call = terms();
    let mut input = valid_offer();
    input.sources.requested_grant = "4999.99".into();
    input.sources.own_financial = "7000.01".into();
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "sources.requested_grant",
            Rule::GrantBelowMinimum {
                minimum: pln(500_000),
            }
        )]
    );
    input.sources.requested_grant = "5000".into();
    input.sources.own_financial = "7000".into();
    assert_eq!(violations(&input, &call), vec![]);

    let tight = terms_with(|c| c.max_grant = "10999.99".into());
    assert_eq!(
        violations(&valid_offer(), &tight),
        vec![violation(
            "sources.requested_grant",
            Rule::GrantAboveMaximum {
                maximum: pln(1_099_999),
            }
        )]
    );
    let exact = terms_with(|c| c.max_grant = "11000".into());
    assert_eq!(violations(&valid_offer(), &exact), vec![]);

    let mut missing = valid_offer();
    missing.sources.requested_grant = " ".into();
    assert!(
        violations(&missing, &call).contains(&violation("sources.requested_grant", Rule::Required))
    );
}

#[test]
fn the_own_contribution_must_reach_the_required_share_of_the_exact_amount() {
    // 2 260 / 13 260 = 17.04…%
    let call = terms_with(|c| c.min_own_contribution = "20".into());
    assert_eq!(
        violations(&valid_offer(), &call),
        vec![violation(
            "sources.own_financial",
            Rule::OwnContributionTooLow {
                required: bp(2_000),
                actual: bp(1_704),
            }
        )]
    );
    // 17.04% of 13 260 = 2 259.50 (rounded up to 2 259.51): met.
    let call = terms_with(|c| c.min_own_contribution = "17.04".into());
    assert_eq!(violations(&valid_offer(), &call), vec![]);
    // 17.05% of 13 260 = 2 260.83: missed by 0.83 zł.
    let call = terms_with(|c| c.min_own_contribution = "17,05".into());
    assert_eq!(
        violations(&valid_offer(), &call),
        vec![violation(
            "sources.own_financial",
            Rule::OwnContributionTooLow {
                required: bp(1_705),
                actual: bp(1_704),
            }
        )]
    );
}

#[test]
fn the_financial_and_non_financial_minimums_are_checked_separately() {
    // Financial 1 000 / 13 260 = 7.54…%.
    let call = terms_with(|c| c.min_own_financial = "10".into());
    assert_eq!(
        violations(&valid_offer(), &call),
        vec![violation(
            "sources.own_financial",
            Rule::FinancialContributionTooLow {
                required: bp(1_000),
                actual: bp(754),
            }
        )]
    );
    let call = terms_with(|c| c.min_own_financial = "7.54".into());
    assert_eq!(violations(&valid_offer(), &call), vec![]);

    // Non-financial (personal + in kind) 1 260 / 13 260 = 9.50…%.
    let call = terms_with(|c| c.min_own_non_financial = "10".into());
    assert_eq!(
        violations(&valid_offer(), &call),
        vec![violation(
            "sources.own_personal",
            Rule::NonFinancialContributionTooLow {
                required: bp(1_000),
                actual: bp(950),
            }
        )]
    );
    let call = terms_with(|c| c.min_own_non_financial = "9.5".into());
    assert_eq!(violations(&valid_offer(), &call), vec![]);
    // In-kind contribution counts as non-financial.
    let mut input = valid_offer();
    input.sources.own_personal = "1000".into();
    input.sources.own_in_kind = "260".into();
    let (s, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.own_non_financial, pln(126_000));
}

#[test]
fn administrative_costs_may_not_exceed_the_cap() {
    // 1 750 / 13 260 = 13.197…%
    let call = terms_with(|c| c.admin_cost_cap = "13".into());
    assert_eq!(
        violations(&valid_offer(), &call),
        vec![violation(
            "costs",
            Rule::AdminCostsAboveCap {
                cap: bp(1_300),
                actual: bp(1_320),
            }
        )]
    );
    let no_cap = terms_with(|c| c.admin_cost_cap = String::new());
    assert_eq!(no_cap.admin_cost_cap, None);
    assert_eq!(violations(&valid_offer(), &no_cap), vec![]);
}

#[test]
fn administrative_costs_exactly_at_the_cap_pass() {
    let call = terms(); // cap 15%
    let mut input = valid_offer();
    // Actions 8 500, administration 1 500: exactly 15% of 10 000.
    input.costs = vec![
        line(CostCategory::Action, Some(1), "a", "x", "5000", "1"),
        line(CostCategory::Action, Some(2), "b", "x", "3500", "1"),
        line(CostCategory::Administrative, None, "c", "x", "1500", "1"),
    ];
    input.sources.requested_grant = "8000".into();
    input.sources.own_financial = "740".into();
    let (s, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.admin_share, bp(1_500));

    // One grosz more of administration is over the cap, although the share still rounds to 15%.
    input.costs[2].unit_cost = "1500.01".into();
    input.sources.own_financial = "740.01".into();
    let (s, v) = check(&input, &call);
    assert_eq!(s.admin_share, bp(1_500));
    assert_eq!(
        v,
        vec![violation(
            "costs",
            Rule::AdminCostsAboveCap {
                cap: bp(1_500),
                actual: bp(1_500),
            }
        )]
    );
}

// ---------------------------------------------------------------------------------------------
// Actions and cost lines.

#[test]
fn every_action_needs_costs() {
    let call = terms();
    let mut input = valid_offer();
    input.costs[2].action_no = Some(1);
    let (s, v) = check(&input, &call);
    assert_eq!(v, vec![violation("schedule[1]", Rule::ActionWithoutCosts)]);
    assert_eq!(s.lines[2].number, "I.1.3");
    assert_eq!(s.action_totals, vec![pln(1_151_000), pln(0)]);

    // A line of zero value does not cover an action either.
    let mut input = valid_offer();
    input.costs[2].unit_cost = "0".into();
    input.sources.requested_grant = "8000".into();
    let call = terms_with(|c| c.admin_cost_cap = "20".into());
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[1]", Rule::ActionWithoutCosts)]
    );
}

#[test]
fn a_line_must_name_an_existing_action() {
    let call = terms();
    let mut input = valid_offer();
    input.costs[2].action_no = Some(3);
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![
            violation("costs[2].action_no", Rule::UnknownAction { action_no: 3 }),
            violation("schedule[1]", Rule::ActionWithoutCosts),
        ]
    );
    assert_eq!(s.lines[2].number, "I.?.3");
    // Still an action cost: the totals are unchanged.
    assert_eq!(s.action_costs, pln(1_151_000));

    input.costs[2].action_no = Some(0);
    assert_eq!(
        violations(&input, &call)[0],
        violation("costs[2].action_no", Rule::UnknownAction { action_no: 0 })
    );

    input.costs[2].action_no = None;
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![
            violation("costs[2].action_no", Rule::Required),
            violation("schedule[1]", Rule::ActionWithoutCosts),
        ]
    );
    assert_eq!(s.lines[2].number, "I.?.3");
}

#[test]
fn an_offer_needs_actions_and_cost_lines_with_names() {
    let call = terms();
    let mut input = valid_offer();
    input.schedule.clear();
    input.costs.clear();
    input.sources = SourcesInput {
        requested_grant: "0".into(),
        ..SourcesInput::default()
    };
    let v = violations(&input, &call);
    assert!(v.contains(&violation("schedule", Rule::NoActions)));
    assert!(v.contains(&violation("costs", Rule::NoCostLines)));

    let mut input = valid_offer();
    input.costs[0].name = "  ".into();
    input.costs[3].unit = String::new();
    input.schedule[1].name = String::new();
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("schedule[1].name", Rule::Required),
            violation("costs[0].name", Rule::Required),
            violation("costs[3].unit", Rule::Required),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Dates.

#[test]
fn the_task_must_lie_within_the_realisation_window() {
    let call = terms();
    let window = Rule::DateOutsideWindow {
        from: day(2027, 3, 1),
        to: day(2027, 12, 31),
    };
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 2, 28));
    assert_eq!(
        violations(&input, &call),
        vec![violation("start_date", window.clone())]
    );
    input.start_date = Some(day(2027, 3, 1));
    assert_eq!(violations(&input, &call), vec![]);

    let mut input = valid_offer();
    input.end_date = Some(day(2028, 1, 1));
    assert!(violations(&input, &call).contains(&violation("end_date", window.clone())));

    let mut input = valid_offer();
    input.schedule[1].end = Some(day(2028, 1, 15));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[1].end", window)]
    );

    let mut input = valid_offer();
    input.start_date = None;
    input.end_date = None;
    let v = violations(&input, &call);
    assert!(v.contains(&violation("start_date", Rule::Required)));
    assert!(v.contains(&violation("end_date", Rule::Required)));
}

#[test]
fn an_end_before_the_start_is_named() {
    let call = terms();
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 10, 31));
    input.end_date = Some(day(2027, 4, 1));
    assert_eq!(
        violations(&input, &call),
        vec![violation("end_date", Rule::EndBeforeStart)]
    );

    let mut input = valid_offer();
    input.schedule[0].start = Some(day(2027, 6, 30));
    input.schedule[0].end = Some(day(2027, 6, 29));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[0].end", Rule::EndBeforeStart)]
    );
    // One day is a valid action.
    input.schedule[0].end = Some(day(2027, 6, 30));
    assert_eq!(violations(&input, &call), vec![]);
}

#[test]
fn actions_must_lie_within_the_task_dates() {
    let call = terms();
    let task = Rule::DateOutsideWindow {
        from: day(2027, 4, 1),
        to: day(2027, 10, 31),
    };
    let mut input = valid_offer();
    input.schedule[1].start = Some(day(2027, 11, 5));
    input.schedule[1].end = Some(day(2027, 11, 20));
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("schedule[1].start", task.clone()),
            violation("schedule[1].end", task.clone()),
        ]
    );
    let mut input = valid_offer();
    input.schedule[0].start = Some(day(2027, 3, 31));
    assert_eq!(
        violations(&input, &call),
        vec![violation("schedule[0].start", task)]
    );
    input.schedule[0].start = Some(day(2027, 4, 1));
    input.schedule[1].end = Some(day(2027, 10, 31));
    assert_eq!(violations(&input, &call), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Multi-year tasks.

fn two_year_call() -> CallTerms {
    terms_with(|c| c.realisation_end = Some(day(2028, 12, 31)))
}

fn two_year_offer() -> OfferInput {
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 9, 1));
    input.end_date = Some(day(2028, 6, 30));
    input.schedule[0].start = Some(day(2027, 9, 1));
    input.schedule[0].end = Some(day(2028, 3, 31));
    input.schedule[1].start = Some(day(2028, 6, 1));
    input.schedule[1].end = Some(day(2028, 6, 30));
    let split = [
        ["2000", "4000"],
        ["2510", "0"],
        ["0", "3 000,00"],
        ["750", "1000"],
    ];
    for (line, years) in input.costs.iter_mut().zip(split) {
        line.year_values = years.iter().map(|y| y.to_string()).collect();
    }
    input
}

#[test]
fn task_years_are_the_calendar_years_spanned() {
    assert_eq!(
        task_years(Some(day(2027, 9, 1)), Some(day(2028, 6, 30))),
        vec![2027, 2028]
    );
    assert_eq!(
        task_years(Some(day(2027, 1, 1)), Some(day(2027, 12, 31))),
        vec![2027]
    );
    assert_eq!(
        task_years(Some(day(2028, 1, 1)), Some(day(2027, 1, 1))),
        vec![2028]
    );
    assert_eq!(task_years(Some(day(2027, 1, 1)), None), vec![2027]);
    assert_eq!(task_years(None, Some(day(2027, 1, 1))), Vec::<i32>::new());
}

#[test]
fn a_multi_year_task_splits_every_line_into_years() {
    let call = two_year_call();
    let (s, v) = check(&two_year_offer(), &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.years, vec![2027, 2028]);
    assert_eq!(s.lines[0].year_values, vec![pln(200_000), pln(400_000)]);
    assert_eq!(s.lines[2].year_values, vec![pln(0), pln(300_000)]);
    assert_eq!(s.year_totals, vec![pln(526_000), pln(800_000)]);
    assert_eq!(s.total_costs, pln(1_326_000));
}

#[test]
fn a_multi_year_line_needs_one_value_per_year() {
    let call = two_year_call();
    let mut input = two_year_offer();
    input.costs[1].year_values = vec!["2510".into()];
    input.costs[3].year_values = vec!["750".into(), "500".into(), "500".into()];
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![
            violation(
                "costs[1].year_values",
                Rule::YearValuesCount { expected: 2 }
            ),
            violation(
                "costs[3].year_values",
                Rule::YearValuesCount { expected: 2 }
            ),
        ]
    );
    assert_eq!(s.lines[1].year_values, vec![]);
    // The line's value still counts in the totals.
    assert_eq!(s.total_costs, pln(1_326_000));

    let mut input = two_year_offer();
    for line in &mut input.costs {
        line.year_values.clear();
    }
    let v = violations(&input, &call);
    let expected: Vec<Violation> = (0..4)
        .map(|i| {
            violation(
                &format!("costs[{i}].year_values"),
                Rule::YearValuesCount { expected: 2 },
            )
        })
        .collect();
    assert_eq!(v, expected);
}

#[test]
fn a_multi_year_line_must_add_up_to_its_value() {
    let call = two_year_call();
    let mut input = two_year_offer();
    input.costs[0].year_values = vec!["2000".into(), "3999.99".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "costs[0].year_values",
            Rule::YearValuesSum {
                total: pln(600_000)
            }
        )]
    );
    input.costs[0].year_values = vec!["2000".into(), "x".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation("costs[0].year_values[1]", Rule::InvalidNumber)]
    );
    input.costs[0].year_values = vec!["-1".into(), "6000.01".into()];
    assert_eq!(
        violations(&input, &call),
        vec![violation(
            "costs[0].year_values[0]",
            Rule::MustNotBeNegative
        )]
    );
}

#[test]
fn a_single_year_task_ignores_typed_year_values() {
    let call = terms();
    let mut input = valid_offer();
    input.costs[0].year_values = vec!["1".into(), "2".into()];
    let (s, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.lines[0].year_values, vec![pln(600_000)]);
}

// ---------------------------------------------------------------------------------------------
// The grant-financed part of each line.

fn with_grant_parts(parts: [&str; 4]) -> OfferInput {
    let mut input = valid_offer();
    for (line, part) in input.costs.iter_mut().zip(parts) {
        line.grant_part = part.into();
    }
    input
}

#[test]
fn grant_parts_are_required_when_the_call_asks_for_them() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    let v = violations(&valid_offer(), &call);
    let expected: Vec<Violation> = (0..4)
        .map(|i| violation(&format!("costs[{i}].grant_part"), Rule::Required))
        .collect();
    assert_eq!(v, expected);

    // Without all parts their sum is not checked yet.
    let v = violations(&with_grant_parts(["6000", "", "3000", "0"]), &call);
    assert_eq!(v, vec![violation("costs[1].grant_part", Rule::Required)]);
}

#[test]
fn grant_parts_must_add_up_to_the_requested_grant() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    let (s, v) = check(&with_grant_parts(["6000", "2000", "3000", "0"]), &call);
    assert_eq!(v, vec![]);
    assert_eq!(s.lines[0].grant_part, Some(pln(600_000)));
    assert_eq!(s.lines[3].grant_part, Some(pln(0)));

    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "0.01"]), &call),
        vec![violation(
            "costs",
            Rule::GrantPartsSum {
                grant: pln(1_100_000)
            }
        )]
    );
}

#[test]
fn a_grant_part_cannot_exceed_its_line() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    assert_eq!(
        violations(
            &with_grant_parts(["6000", "1999.99", "3000.01", "0"]),
            &call
        ),
        vec![violation(
            "costs[2].grant_part",
            Rule::GrantPartAboveLine { line: pln(300_000) }
        )]
    );
}

#[test]
fn grant_parts_are_refused_when_the_call_does_not_ask() {
    let call = terms();
    assert!(!call.grant_part_per_line);
    assert_eq!(
        violations(&with_grant_parts(["", "", "100", ""]), &call),
        vec![violation("costs", Rule::GrantPartsNotAllowed)]
    );
}

// ---------------------------------------------------------------------------------------------
// Declarations, legal form and attachments.

#[test]
fn every_declaration_must_be_made() {
    let call = terms();
    let mut input = valid_offer();
    input.declarations = Declarations::default();
    let declaration =
        |name: &str| violation(&format!("declarations.{name}"), Rule::DeclarationRequired);
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("declarations.remuneration", Rule::Required),
            declaration("public_benefit_only"),
            declaration("fees_only_in_paid_activity"),
            declaration("register_data_consistent"),
            declaration("information_true"),
            declaration("gdpr_statements_obtained"),
            violation("declarations.no_tax_arrears", Rule::Required),
            violation("declarations.no_social_security_arrears", Rule::Required),
        ]
    );
    // Declaring arrears is an answer: the formal check judges it, not the form.
    let mut input = valid_offer();
    input.declarations.no_tax_arrears = Some(false);
    input.declarations.no_social_security_arrears = Some(false);
    assert_eq!(violations(&input, &call), vec![]);
}

#[test]
fn a_simple_association_cannot_carry_out_the_task_for_payment() {
    let call = terms();
    let mut input = valid_offer();
    input.declarations.remuneration = Some(Remuneration::Paid);
    let mut ctx = context(&call);
    assert!(check_offer(&input, &ctx).1.is_empty());
    ctx.applicant_form = LegalForm::SimpleAssociation;
    assert_eq!(
        check_offer(&input, &ctx).1 .0,
        vec![violation(
            "declarations.remuneration",
            Rule::PaidNotAllowedForSimpleAssociation
        )]
    );
    input.declarations.remuneration = Some(Remuneration::Unpaid);
    assert!(check_offer(&input, &ctx).1.is_empty());
}

#[test]
fn required_attachments_must_be_uploaded() {
    let call = terms_with(|c| {
        c.required_attachments.push(RequiredAttachment {
            code: "budget_plan".into(),
            name: "Kosztorys".into(),
        })
    });
    let mut ctx = context(&call);
    assert_eq!(
        check_offer(&valid_offer(), &ctx).1 .0,
        vec![violation(
            "attachments.budget_plan",
            Rule::AttachmentMissing {
                name: "Kosztorys".into()
            }
        )]
    );
    ctx.attachment_codes.clear();
    ctx.attachment_codes.insert("other".into());
    let v = check_offer(&valid_offer(), &ctx).1 .0;
    assert_eq!(
        v,
        vec![
            violation(
                "attachments.statute",
                Rule::AttachmentMissing {
                    name: "Statut".into()
                }
            ),
            violation(
                "attachments.budget_plan",
                Rule::AttachmentMissing {
                    name: "Kosztorys".into()
                }
            ),
        ]
    );
    ctx.attachment_codes.insert("statute".into());
    ctx.attachment_codes.insert("budget_plan".into());
    assert!(check_offer(&valid_offer(), &ctx).1.is_empty());
}

#[test]
fn texts_are_required_and_limited() {
    let call = terms();
    let mut input = valid_offer();
    input.title = "   ".into();
    input.summary = String::new();
    input.place = "x".repeat(1001);
    input.results[0].monitoring = String::new();
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("title", Rule::Required),
            violation("place", Rule::TooLong { max: 1000 }),
            violation("summary", Rule::Required),
            violation("results[0].monitoring", Rule::Required),
        ]
    );
    // Limits count characters, not bytes.
    input = valid_offer();
    input.title = "ż".repeat(300);
    assert_eq!(violations(&input, &call), vec![]);
}

// ---------------------------------------------------------------------------------------------
// JSON.

#[test]
fn amounts_deserialise_from_numbers_or_strings() {
    let json = r#"{
        "title": "Lato z teatrem",
        "start_date": "2027-04-01",
        "costs": [
            {"category": "action", "action_no": 1, "name": "Honorarium", "unit": "godz.",
             "unit_cost": 100, "quantity": "2,5"},
            {"category": "administrative", "name": "Księgowość", "unit": "mies.",
             "unit_cost": "1 234,50", "quantity": 3, "grant_part": 0}
        ],
        "sources": {"requested_grant": 3000, "own_financial": "1000.50", "own_personal": -5}
    }"#;
    let input: OfferInput = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(input.title, "Lato z teatrem");
    assert_eq!(input.start_date, Some(day(2027, 4, 1)));
    assert_eq!(input.end_date, None);
    assert_eq!(input.costs[0].category, CostCategory::Action);
    assert_eq!(input.costs[0].action_no, Some(1));
    assert_eq!(input.costs[0].unit_cost, "100");
    assert_eq!(input.costs[0].quantity, "2,5");
    assert_eq!(input.costs[0].grant_part, "");
    assert_eq!(input.costs[1].category, CostCategory::Administrative);
    assert_eq!(input.costs[1].unit_cost, "1 234,50");
    assert_eq!(input.costs[1].quantity, "3");
    assert_eq!(input.costs[1].grant_part, "0");
    assert_eq!(input.sources.requested_grant, "3000");
    assert_eq!(input.sources.own_financial, "1000.50");
    assert_eq!(input.sources.own_personal, "-5");
    assert_eq!(input.sources.own_in_kind, "");
    assert_eq!(input.declarations, Declarations::default());

    let (s, _) = compute(&input);
    assert_eq!(s.lines[0].value, pln(25_000));
    assert_eq!(s.lines[1].value, pln(370_350));
    assert_eq!(s.requested_grant, pln(300_000));
}

#[test]
fn year_values_deserialise_from_numbers_or_strings() {
    let json = r#"{"costs": [{"unit_cost": 100, "quantity": 1, "year_values": [60, "40,00"]}]}"#;
    let input: OfferInput = serde_json::from_str(json).expect("valid JSON");
    assert_eq!(input.costs[0].year_values, vec!["60", "40,00"]);
}

#[test]
fn fractional_json_numbers_are_refused_rather_than_rounded() {
    let json = r#"{"costs": [{"unit_cost": 12.5, "quantity": 1}]}"#;
    let error = serde_json::from_str::<OfferInput>(json).expect_err("floats are refused");
    assert!(error.to_string().contains("as strings"), "{error}");
}

#[test]
fn a_draft_survives_a_json_round_trip_unchanged() {
    let mut input = valid_offer();
    input.costs[0].unit_cost = "12,5x".into();
    input.costs[1].quantity = " 2,50 ".into();
    input.costs[2].grant_part = "abc".into();
    input.costs[3].year_values = vec!["1 000".into(), "??".into()];
    input.sources.own_in_kind = "-0,001".into();
    input.start_date = None;
    let json = serde_json::to_string(&input).expect("serialises");
    let again: OfferInput = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(again, input);
    assert_eq!(again.costs[0].unit_cost, "12,5x");

    let empty: OfferInput = serde_json::from_str("{}").expect("an empty draft");
    assert_eq!(empty, OfferInput::default());
}

// ---------------------------------------------------------------------------------------------
// A value that does not parse is named once, not judged again as if it were zero.

#[test]
fn an_invalid_requested_grant_is_not_also_below_the_minimum() {
    let call = terms();
    for (typed, rule) in [
        ("abc", Rule::InvalidNumber),
        ("-11000", Rule::MustNotBeNegative),
        ("11000.001", Rule::TooManyDecimals { max: 2 }),
    ] {
        let mut input = valid_offer();
        input.sources.requested_grant = typed.into();
        let grant_rules: Vec<Rule> = violations(&input, &call)
            .into_iter()
            .filter(|v| v.field == "sources.requested_grant")
            .map(|v| v.rule)
            .collect();
        assert_eq!(grant_rules, vec![rule], "{typed}");
    }
}

#[test]
fn an_invalid_grant_part_is_not_also_missing() {
    let call = terms_with(|c| c.grant_part_per_line = true);
    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "-1"]), &call),
        vec![violation("costs[3].grant_part", Rule::MustNotBeNegative)]
    );
    assert_eq!(
        violations(&with_grant_parts(["6000", "2000", "3000", "zero"]), &call),
        vec![violation("costs[3].grant_part", Rule::InvalidNumber)]
    );
}

#[test]
fn year_values_of_an_uncomputable_line_are_not_summed_against_zero() {
    let call = terms_with(|c| {
        c.realisation_end = Some(day(2028, 12, 31));
        c.admin_cost_cap = String::new();
    });
    let mut input = two_year_offer();
    input.costs[0].unit_cost = "abc".into();
    input.sources.requested_grant = "5000".into();
    let (s, v) = check(&input, &call);
    assert_eq!(
        v,
        vec![violation("costs[0].unit_cost", Rule::InvalidNumber)]
    );
    // The typed yearly values are still read and counted.
    assert_eq!(s.lines[0].value, pln(0));
    assert_eq!(s.lines[0].year_values, vec![pln(200_000), pln(400_000)]);
    // A line whose value is really zero must have zero yearly values.
    input.costs[0].unit_cost = "0".into();
    assert_eq!(
        violations(&input, &call)[0],
        violation(
            "costs[0].year_values",
            Rule::YearValuesSum { total: pln(0) }
        )
    );
}

fn partner(name: &str, country: &str, number: &str, share: &str) -> PartnerInput {
    PartnerInput {
        name: name.into(),
        country: country.into(),
        registration_number: number.into(),
        address: "ul. Długa 1, 00-001 Warszawa".into(),
        scope: "Prowadzi warsztaty".into(),
        cost_share: share.into(),
    }
}

#[test]
fn the_contact_person_needs_a_name_and_a_way_to_reach_them() {
    let call = terms();
    let mut input = valid_offer();
    input.contact = ContactInput {
        name: " ".into(),
        phone: String::new(),
        email: String::new(),
    };
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("contact.name", Rule::Required),
            violation("contact.email", Rule::Required)
        ]
    );
    input.contact = ContactInput {
        name: "Anna".into(),
        phone: "600 100 200".into(),
        email: String::new(),
    };
    assert_eq!(violations(&input, &call), vec![], "a phone alone is enough");
    input.contact.phone = "sześćset".into();
    input.contact.email = "anna@".into();
    assert_eq!(
        violations(&input, &call),
        vec![
            violation("contact.email", Rule::InvalidEmail),
            violation("contact.phone", Rule::InvalidValue)
        ]
    );
}

#[test]
fn a_joint_offer_splits_the_costs_between_the_applicant_and_its_partners() {
    let call = terms();
    let mut input = valid_offer();
    // Total costs of the valid offer: 13 260,00 zł.
    input.partners = vec![
        partner("Stowarzyszenie Razem", "pl", "774-000-14-54", "3000"),
        partner("Spolek Přátel", "CZ", "12345678", "1 000,50"),
    ];
    input.representation = "Oferenta reprezentuje prezes fundacji.".into();
    let (summary, v) = check(&input, &call);
    assert_eq!(v, vec![]);
    assert_eq!(summary.partner_shares, vec![pln(300_000), pln(100_050)]);
    assert_eq!(summary.applicant_share, pln(1_326_000 - 400_050));
}

#[test]
fn partners_are_checked_one_by_one() {
    let call = terms();
    let mut input = valid_offer();
    input.partners = vec![
        partner("Sama fundacja", "PL", "526-000-12-46", "0"),
        partner("Zły NIP", "PL", "5260001247", "0"),
        partner("", "Czechy", "", ""),
        partner("Kopia", "cz", "12345678", "100"),
        partner("Kopia 2", "CZ", "12345678 ", "99999"),
    ];
    let v = violations(&input, &call);
    assert_eq!(
        v,
        vec![
            violation("partners[0].registration_number", Rule::PartnerIsApplicant),
            violation("partners[1].registration_number", Rule::NipChecksum),
            violation("partners[2].name", Rule::Required),
            violation("partners[2].country", Rule::InvalidValue),
            violation("partners[2].registration_number", Rule::Required),
            violation("partners[2].cost_share", Rule::Required),
            violation("partners[4].registration_number", Rule::Duplicate),
            violation("representation", Rule::Required),
            violation(
                "partners",
                Rule::PartnerSharesAboveTotal {
                    total: pln(1_326_000)
                }
            ),
        ]
    );
}
