use super::*;
use crate::money::Currency;
use crate::offer::{compute_costs, OfferInput};
use crate::testing::{pln, valid_offer, warsaw};
use crate::Rule;

fn summed(input: &OfferInput) -> (OfferInput, crate::offer::CostSummary) {
    (input.clone(), compute_costs(input, Currency::PLN).0)
}

/// The filed offer (13 260,00; grant 11 000) cut to 9 000: the same costs less 2 000 of the
/// stage hire, the grant lowered by as much.
fn updated() -> OfferInput {
    let mut offer = valid_offer();
    offer.costs[2].unit_cost = "1000".into();
    offer.sources.requested_grant = "9000".into();
    offer
}

fn codes(v: &crate::Violations) -> Vec<&'static str> {
    v.iter().map(|violation| violation.rule.code()).collect()
}

#[test]
fn an_update_that_keeps_the_share_and_scope_passes() {
    let (filed, filed_sums) = summed(&valid_offer());
    let (new, new_sums) = summed(&updated());
    let v = check_update((&filed, &filed_sums), (&new, &new_sums), pln(900_000));
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn an_update_must_ask_for_the_award_exactly() {
    let (filed, filed_sums) = summed(&valid_offer());
    let (new, new_sums) = summed(&updated());
    let v = check_update((&filed, &filed_sums), (&new, &new_sums), pln(850_000));
    assert_eq!(
        v.iter().next().map(|x| x.rule.clone()),
        Some(Rule::UpdateGrantDiffers {
            award: pln(850_000)
        })
    );
}

#[test]
fn an_update_may_not_lower_the_own_share() {
    let (filed, filed_sums) = summed(&valid_offer());
    let mut lower = updated();
    // 1 000 less own money, 1 000 less cost: the share of 2 260 in 13 260 falls to 1 260 in 10 260.
    lower.costs[2].unit_cost = "0".into();
    lower.sources.own_financial = "0".into();
    let (new, new_sums) = summed(&lower);
    let v = check_update((&filed, &filed_sums), (&new, &new_sums), pln(900_000));
    assert_eq!(codes(&v), vec!["update_own_share_fell"]);
    let Some(Rule::UpdateOwnShareFell { before, after }) = v.iter().next().map(|x| x.rule.clone())
    else {
        panic!("{v:?}");
    };
    assert!(after < before);
}

#[test]
fn an_update_may_not_drop_an_action_or_a_result() {
    let (filed, filed_sums) = summed(&valid_offer());
    let mut smaller = updated();
    smaller.schedule[1].name = "Piknik".into();
    smaller.results.clear();
    let (new, new_sums) = summed(&smaller);
    let v = check_update((&filed, &filed_sums), (&new, &new_sums), pln(900_000));
    assert_eq!(
        codes(&v),
        vec!["update_scope_removed", "update_scope_removed"]
    );
    assert_eq!(
        v.iter().next().map(|x| x.field.as_str()),
        Some("schedule[1]")
    );
}

#[test]
fn retyped_names_are_not_removals() {
    let (filed, filed_sums) = summed(&valid_offer());
    let mut retyped = updated();
    retyped.schedule[0].name = "  WARSZTATY ".into();
    let (new, new_sums) = summed(&retyped);
    let v = check_update((&filed, &filed_sums), (&new, &new_sums), pln(900_000));
    assert!(v.is_empty(), "{v:?}");
}

#[test]
fn update_states_round_trip_and_only_two_are_final() {
    for state in UpdateState::ALL {
        assert_eq!(UpdateState::parse(state.code()), Some(state));
    }
    let finals: Vec<_> = UpdateState::ALL
        .into_iter()
        .filter(|s| s.is_final())
        .collect();
    assert_eq!(finals, vec![UpdateState::NotNeeded, UpdateState::Accepted]);
    assert_eq!(
        AwardDecision::parse("awarded"),
        Some(AwardDecision::Awarded)
    );
    assert_eq!(AwardDecision::parse("maybe"), None);
}

#[test]
fn the_justification_period_is_thirty_days_from_publication() {
    let published = warsaw(2027, 1, 5, 12, 0, 0);
    assert_eq!(
        justification_closes_at(published),
        warsaw(2027, 2, 4, 12, 0, 0)
    );
    assert!(JUSTIFICATION_BASIS.contains("2i"));
}

#[test]
fn cancellation_grounds_are_checked_against_the_offers() {
    use CancelGround::*;
    let none = OfferCounts::default();
    assert!(check_cancellation(NoOffers, none).is_empty());
    assert!(check_cancellation(NoneValid, none).is_empty());
    let rejected = OfferCounts {
        submitted: 2,
        still_valid: 0,
    };
    assert_eq!(
        codes(&check_cancellation(NoOffers, rejected)),
        vec!["cancel_offers_exist"]
    );
    assert!(check_cancellation(NoneValid, rejected).is_empty());
    let valid = OfferCounts {
        submitted: 2,
        still_valid: 1,
    };
    assert_eq!(
        codes(&check_cancellation(NoneValid, valid)),
        vec!["cancel_valid_offer_exists"]
    );
    assert_eq!(CancelGround::parse("none_valid"), Some(NoneValid));
}
