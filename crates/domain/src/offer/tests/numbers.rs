//! The complete offer, its numbers and line values.

use super::*;

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
