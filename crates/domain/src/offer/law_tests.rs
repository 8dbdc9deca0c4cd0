//! The offer rules that follow from the statute rather than from the call: the commissioning
//! mode, participants' fees, the "other public funds" row and the length of an agreement.

use super::*;
use crate::call::Commissioning;
use crate::testing::{context, day, pln, terms, terms_with, valid_offer};
use crate::violation::{Rule, Violation};

fn violations_in(input: &OfferInput, ctx: &OfferContext<'_>) -> Vec<Violation> {
    check_offer(input, ctx).1 .0
}

/// The valid offer with no own contribution at all: the grant pays everything.
fn fully_financed() -> OfferInput {
    let mut input = valid_offer();
    input.sources.requested_grant = "13260".into();
    input.sources.own_financial = "0".into();
    input.sources.own_personal = "0".into();
    input
}

#[test]
fn commissioning_call_powierzenie_asks_no_own_contribution() {
    let supporting = terms();
    let refused = violations_in(&fully_financed(), &context(&supporting));
    assert!(
        refused
            .iter()
            .any(|v| matches!(v.rule, Rule::OwnContributionTooLow { .. })),
        "{refused:?}"
    );
    // The same form minimum (10%) in a call that entrusts the task: nothing to bring.
    let entrusting = terms_with(|c| {
        c.commissioning = Some(Commissioning::Entrusting);
        c.min_own_financial = "5".into();
        c.min_own_non_financial = "5".into();
    });
    assert_eq!(
        violations_in(&fully_financed(), &context(&entrusting)),
        vec![]
    );
}

#[test]
fn participants_fees_are_refused_with_unpaid_activity_only() {
    let call = terms();
    let mut input = valid_offer();
    input.sources.own_personal = "1060".into();
    input.sources.participant_fees = "200".into();
    assert_eq!(
        violations_in(&input, &context(&call)),
        vec![Violation::new(
            "sources.participant_fees",
            Rule::FeesWithoutPaidActivity
        )]
    );
    input.declarations.remuneration = Some(Remuneration::Paid);
    assert_eq!(violations_in(&input, &context(&call)), vec![]);
    // Zero fees are no fees.
    input.declarations.remuneration = Some(Remuneration::Unpaid);
    input.sources.own_personal = "1260".into();
    input.sources.participant_fees = "0".into();
    assert_eq!(violations_in(&input, &context(&call)), vec![]);
}

#[test]
fn participants_fees_are_refused_from_a_simple_association() {
    let call = terms();
    let mut ctx = context(&call);
    ctx.applicant_form = LegalForm::SimpleAssociation;
    let mut input = valid_offer();
    input.sources.own_personal = "1060".into();
    input.sources.participant_fees = "200".into();
    assert_eq!(
        violations_in(&input, &ctx),
        vec![Violation::new(
            "sources.participant_fees",
            Rule::FeesNotAllowedForSimpleAssociation
        )]
    );
}

#[test]
fn other_public_funds_row_is_a_tenant_option_off_by_default() {
    let call = terms();
    let mut input = valid_offer();
    input.sources.own_financial = "940".into();
    input.sources.other_public_funds = "60".into();
    let off = context(&call);
    assert!(!off.other_public_funds);
    assert_eq!(
        violations_in(&input, &off),
        vec![Violation::new(
            "sources.other_public_funds",
            Rule::OtherPublicFundsNotAllowed
        )]
    );
    let mut on = context(&call);
    on.other_public_funds = true;
    assert_eq!(violations_in(&input, &on), vec![]);
    // A zero there is harmless either way.
    input.sources.own_financial = "1000".into();
    input.sources.other_public_funds = "0".into();
    assert_eq!(violations_in(&input, &off), vec![]);
}

/// A five-year agreement from 1 July 2027 (art. 16 ust. 3): six calendar years, 2027–2032.
fn five_year_offer() -> OfferInput {
    let mut input = valid_offer();
    input.start_date = Some(day(2027, 7, 1));
    input.end_date = Some(day(2032, 6, 30));
    input.schedule[0].start = Some(day(2027, 7, 1));
    input.schedule[0].end = Some(day(2030, 6, 30));
    input.schedule[1].start = Some(day(2032, 6, 1));
    input.schedule[1].end = Some(day(2032, 6, 30));
    let split: [[&str; 6]; 4] = [
        ["1000", "1000", "1000", "1000", "1000", "1000"],
        ["2510", "0", "0", "0", "0", "0"],
        ["0", "0", "0", "0", "0", "3000"],
        ["250", "300", "300", "300", "300", "300"],
    ];
    for (line, years) in input.costs.iter_mut().zip(split) {
        line.year_values = years.iter().map(|y| y.to_string()).collect();
    }
    input
}

#[test]
fn a_five_year_agreement_art_16_3_over_six_calendar_years_keeps_its_per_year_split() {
    assert_eq!(
        task_years(Some(day(2027, 7, 1)), Some(day(2032, 6, 30))),
        vec![2027, 2028, 2029, 2030, 2031, 2032]
    );
    let call = terms_with(|c| c.realisation_end = Some(day(2032, 12, 31)));
    let (s, v) = check_offer(&five_year_offer(), &context(&call));
    assert_eq!(v.0, vec![]);
    assert_eq!(s.years.len(), 6);
    assert_eq!(s.lines[0].year_values, vec![pln(100_000); 6]);
    assert_eq!(
        s.year_totals,
        vec![
            pln(376_000),
            pln(130_000),
            pln(130_000),
            pln(130_000),
            pln(130_000),
            pln(430_000)
        ]
    );
}

#[test]
fn a_task_longer_than_an_agreement_art_16_3_is_refused() {
    let call = terms_with(|c| c.realisation_end = Some(day(2033, 12, 31)));
    let mut input = five_year_offer();
    input.end_date = Some(day(2032, 7, 1));
    let v = violations_in(&input, &context(&call));
    assert_eq!(
        v,
        vec![Violation::new(
            "end_date",
            Rule::TaskTooLong { max_years: 5 }
        )]
    );
}
