//! Sources, money rules, actions and cost lines.

use super::*;

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
