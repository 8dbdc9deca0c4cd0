//! Offers built to break the arithmetic or slip past "required": sums beyond the largest
//! amount, texts of invisible characters, control characters in text.

use super::*;
use crate::money::MAX_MINOR;
use crate::testing::{context, line, terms, valid_offer};
use crate::violation::{Rule, Violation};

/// The largest unit cost a line accepts, typed in units (MAX_MINOR grosze).
fn largest_unit_cost() -> String {
    (MAX_MINOR / 100).to_string()
}

fn violations(input: &OfferInput) -> Vec<Violation> {
    check_offer(input, &context(&terms())).1 .0
}

fn has(v: &[Violation], field: &str, rule: Rule) -> bool {
    v.iter().any(|x| x.field == field && x.rule == rule)
}

#[test]
fn lines_that_each_fit_but_sum_beyond_the_largest_amount_are_refused() {
    let mut offer = valid_offer();
    let biggest = largest_unit_cost();
    offer.costs = (0..3)
        .map(|_| line(CostCategory::Action, Some(1), "x", "szt.", &biggest, "1"))
        .collect();
    offer
        .costs
        .push(line(CostCategory::Action, Some(2), "y", "szt.", "1", "1"));
    let (summary, v) = check_offer(&offer, &context(&terms()));
    assert!(has(&v.0, "costs", Rule::SumTooLarge), "{v:?}");
    // Reported once, not once per total that includes the lines.
    let count = v.iter().filter(|x| x.rule == Rule::SumTooLarge).count();
    assert_eq!(count, 1, "{v:?}");
    // No total is ever above the largest amount: nothing is capped and passed on.
    assert!(summary.total_costs.minor <= MAX_MINOR);
    assert!(summary.action_totals.iter().all(|t| t.minor <= MAX_MINOR));
}

#[test]
fn sources_that_sum_beyond_the_largest_amount_are_refused_even_when_costs_match_a_cap() {
    // The old saturating sum made V.A and V.B both equal MAX_MINOR, and the offer passed.
    let mut offer = valid_offer();
    let biggest = largest_unit_cost();
    offer.costs = vec![
        line(CostCategory::Action, Some(1), "x", "szt.", &biggest, "1"),
        line(CostCategory::Action, Some(2), "y", "szt.", &biggest, "1"),
    ];
    offer.sources.requested_grant = biggest.clone();
    offer.sources.own_financial = biggest.clone();
    offer.sources.own_personal = biggest;
    let v = violations(&offer);
    assert!(has(&v, "costs", Rule::SumTooLarge), "{v:?}");
    assert!(has(&v, "sources", Rule::SumTooLarge), "{v:?}");
}

#[test]
fn partner_shares_that_sum_beyond_the_largest_amount_are_refused() {
    let mut offer = valid_offer();
    let biggest = largest_unit_cost();
    let partner = |nip: &str| PartnerInput {
        name: "Partner".into(),
        country: "PL".into(),
        registration_number: nip.into(),
        address: "ul. Polna 1, Gniezno".into(),
        scope: "Warsztaty".into(),
        cost_share: biggest.clone(),
    };
    offer.partners = vec![partner("5260250274"), partner("7740001454")];
    offer.representation = "Wspólnie".into();
    let v = violations(&offer);
    assert!(has(&v, "partners", Rule::SumTooLarge), "{v:?}");
}

#[test]
fn sums_at_the_largest_amount_exactly_still_pass_the_arithmetic() {
    let mut offer = valid_offer();
    let almost = (MAX_MINOR / 100 - 1).to_string();
    offer.costs = vec![
        line(CostCategory::Action, Some(1), "x", "szt.", &almost, "1"),
        line(CostCategory::Action, Some(2), "y", "szt.", "1", "1"),
    ];
    let (summary, v) = check_offer(&offer, &context(&terms()));
    assert!(!v.iter().any(|x| x.rule == Rule::SumTooLarge), "{v:?}");
    assert_eq!(summary.total_costs.minor, MAX_MINOR);
}

#[test]
fn texts_of_invisible_characters_count_as_empty() {
    let invisible = [
        "\u{200B}\u{200B}\u{200B}",
        "\u{FEFF}",
        "\u{202E}\u{2066}\u{2069}\u{200F}",
        " \u{00A0}\u{2060}\u{00AD} ",
    ];
    for blank in invisible {
        let mut offer = valid_offer();
        offer.title = blank.into();
        offer.costs[0].name = blank.into();
        offer.contact.name = blank.into();
        let v = violations(&offer);
        for field in ["title", "costs[0].name", "contact.name"] {
            assert!(
                has(&v, field, Rule::Required),
                "{blank:?} in {field}: {v:?}"
            );
        }
    }
}

#[test]
fn visible_text_wrapped_in_invisible_characters_is_filled() {
    let mut offer = valid_offer();
    offer.title = "\u{200B}Lato z teatrem\u{200B}".into();
    assert!(!has(&violations(&offer), "title", Rule::Required));
}

#[test]
fn a_nul_or_control_character_in_a_text_is_named() {
    let mut offer = valid_offer();
    offer.title = "Lato\u{0}z teatrem".into();
    offer.other_information = "\u{1B}[2J".into();
    let v = violations(&offer);
    assert!(has(&v, "title", Rule::ForbiddenCharacter), "{v:?}");
    assert!(
        has(&v, "other_information", Rule::ForbiddenCharacter),
        "{v:?}"
    );
    // Line breaks and tabs are text people type.
    offer.title = "Lato\tz teatrem".into();
    offer.other_information = "a\r\nb".into();
    assert!(!violations(&offer)
        .iter()
        .any(|x| x.rule == Rule::ForbiddenCharacter));
}
