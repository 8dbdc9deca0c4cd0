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

fn with_grant_parts(parts: [&str; 4]) -> OfferInput {
    let mut input = valid_offer();
    for (line, part) in input.costs.iter_mut().zip(parts) {
        line.grant_part = part.into();
    }
    input
}

mod dates;
mod declarations;
mod json;
mod money;
mod numbers;
