//! Aggregation, ranking and leniency, on hand-made calls and exhaustively on small ones (the
//! budget's tests are in `budget_tests`).

use super::aggregate::{aggregate, Card, OfferScores};
use super::ranking::{board, Separation};
use super::{EvaluationSettings, Points, Ratio, ScoreEntry, TieBreaker};
use crate::call::Criterion;
use crate::money::{Currency, Money};
use chrono::{TimeZone, Utc};

pub(super) fn criterion(max: u32, weight: u32, gate: bool) -> Criterion {
    Criterion {
        name: format!("c{max}"),
        max_points: max,
        basis: String::new(),
        gate,
        weight,
    }
}

pub(super) fn scored(points_halves: &[u32]) -> Vec<ScoreEntry> {
    points_halves
        .iter()
        .enumerate()
        .map(|(i, &h)| ScoreEntry {
            criterion: i,
            points: Some(Points(h)),
            ..ScoreEntry::default()
        })
        .collect()
}

pub(super) fn card(member_id: i64, halves: &[u32]) -> Card {
    Card {
        member_id,
        entries: scored(halves),
    }
}

pub(super) fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::PLN)
}

pub(super) fn offer(id: i64, minute: u32, requested: i64, cards: Vec<Card>) -> OfferScores {
    OfferScores {
        application_id: id,
        requested: pln(requested),
        received_at: Utc.with_ymd_and_hms(2026, 11, 2, 10, minute, 0).single(),
        cards,
    }
}

fn three_criteria() -> Vec<Criterion> {
    vec![
        criterion(10, 1, false),
        criterion(10, 2, false),
        criterion(5, 1, false),
    ]
}

#[test]
fn means_and_the_weighted_total_are_exact() {
    let criteria = three_criteria();
    // Member 1: 7, 8.5, 3 → 7 + 17 + 3 = 27; member 2: 6, 8, 4 → 6 + 16 + 4 = 26.
    let cards = vec![card(1, &[14, 17, 6]), card(2, &[12, 16, 8])];
    let result = aggregate(
        &criteria,
        &EvaluationSettings::default(),
        &offer(1, 0, 100, cards),
    );
    assert_eq!(result.means[0], Some(Ratio::new(13, 2)));
    assert_eq!(result.means[1], Some(Ratio::new(33, 4)));
    assert_eq!(result.means[2], Some(Ratio::new(7, 2)));
    assert_eq!(result.total, Ratio::new(53, 2));
    assert_eq!(result.total.centi(), 2650);
    assert_eq!(result.spread, Ratio::whole(1));
    assert!(result.recommended && !result.divergent);
}

#[test]
fn a_total_of_thirds_is_shown_rounded_half_up_and_compared_exactly_with_the_minimum() {
    let criteria = vec![criterion(10, 1, false)];
    let cards = vec![card(1, &[14]), card(2, &[14]), card(3, &[15])]; // 43/6 = 7.1666…
    let mut settings = EvaluationSettings {
        min_total_centi: Some(717),
        ..EvaluationSettings::default()
    };
    let result = aggregate(&criteria, &settings, &offer(1, 0, 100, cards.clone()));
    assert_eq!(result.total.centi(), 717, "shown as 7.17");
    assert!(
        !result.recommended,
        "7.1666… is below 7.17 although it shows as 7.17"
    );
    settings.min_total_centi = Some(716);
    assert!(aggregate(&criteria, &settings, &offer(1, 0, 100, cards)).recommended);
}

#[test]
fn a_gate_fails_on_a_majority_and_an_even_split_passes() {
    let criteria = vec![criterion(10, 1, false), criterion(0, 1, true)];
    let gate = |member, passed| Card {
        member_id: member,
        entries: vec![
            scored(&[20])[0].clone(),
            ScoreEntry {
                criterion: 1,
                passed: Some(passed),
                ..ScoreEntry::default()
            },
        ],
    };
    let settings = EvaluationSettings::default();
    let split = aggregate(
        &criteria,
        &settings,
        &offer(1, 0, 1, vec![gate(1, true), gate(2, false)]),
    );
    assert!(split.gates_passed() && split.recommended);
    assert_eq!(split.means[1], None, "a gate has no mean");
    let cards = vec![gate(1, false), gate(2, false), gate(3, true)];
    let majority = aggregate(&criteria, &settings, &offer(1, 0, 1, cards));
    assert_eq!(majority.failed_gates, vec![1]);
    assert!(!majority.recommended);
}

#[test]
fn a_divergence_is_a_gap_above_the_share_of_the_maximum_not_at_it() {
    let criteria = vec![criterion(10, 1, false)]; // maximum 10, 30% = 3 points
    let settings = EvaluationSettings::default();
    let at = aggregate(
        &criteria,
        &settings,
        &offer(1, 0, 1, vec![card(1, &[20]), card(2, &[14])]),
    );
    assert!(!at.divergent, "a gap of exactly 30% is allowed");
    let cards = vec![card(1, &[20]), card(2, &[13]), card(3, &[18])];
    let above = aggregate(&criteria, &settings, &offer(1, 0, 1, cards));
    assert!(above.divergent);
    assert_eq!(above.spread, Ratio::new(7, 2));
}

#[test]
fn equal_totals_are_separated_by_the_second_criterion_then_by_receipt_as_stated() {
    let criteria = vec![criterion(10, 1, false), criterion(10, 1, false)];
    let offers = vec![
        offer(1, 5, 100, vec![card(1, &[16, 12])]), // 14: criterion 2 lower
        offer(2, 9, 100, vec![card(1, &[12, 16])]), // 14: criterion 2 higher
        offer(3, 1, 100, vec![card(1, &[12, 16])]), // same as 2, received earlier
        offer(4, 0, 100, vec![card(1, &[20, 20])]), // 20
        offer(5, 0, 100, vec![]),                   // nobody scored it
    ];
    let board = board(&criteria, &EvaluationSettings::default(), &offers);
    let order: Vec<i64> = board.raw.iter().map(|r| r.application_id).collect();
    assert_eq!(order, vec![4, 3, 2, 1, 5]);
    let how: Vec<Separation> = board.raw.iter().map(|r| r.separation).collect();
    assert_eq!(
        how,
        vec![
            Separation::Total,
            Separation::Total,
            Separation::Breaker(TieBreaker::Received),
            Separation::Breaker(TieBreaker::Criterion(1)),
            Separation::Total,
        ]
    );
    assert_eq!(
        board.tie_breakers,
        vec![TieBreaker::Criterion(1), TieBreaker::Received]
    );
}

#[test]
fn leniency_is_the_mean_offset_and_the_normalised_ranking_stands_beside_the_raw_one() {
    let criteria = vec![criterion(10, 1, false)];
    // Member 9 is generous by 4 points and scores offer 1 alone; members 1 and 2 score offer 2.
    let offers = vec![
        offer(1, 0, 100, vec![card(9, &[18]), card(1, &[10])]),
        offer(2, 1, 100, vec![card(1, &[14]), card(2, &[14])]),
        offer(3, 2, 100, vec![card(9, &[20]), card(2, &[12])]),
    ];
    let board = board(&criteria, &EvaluationSettings::default(), &offers);
    let generous = board.leniency.iter().find(|l| l.member_id == 9).copied();
    assert_eq!(generous.map(|l| l.offset), Some(Ratio::whole(2)));
    assert_eq!(generous.map(|l| l.offers), Some(2));
    let raw: Vec<i64> = board.raw.iter().map(|r| r.application_id).collect();
    assert_eq!(raw, vec![3, 1, 2]);
    assert_eq!(board.offers[2].total, Ratio::whole(8));
    // Leniencies: 9 → +2, 1 → (−2 + 0)/2 = −1, 2 → (0 − 2)/2 = −1.
    assert_eq!(
        board.normalised_totals,
        vec![Ratio::new(13, 2), Ratio::whole(8), Ratio::new(15, 2)]
    );
    let normalised: Vec<i64> = board.normalised.iter().map(|r| r.application_id).collect();
    assert_eq!(normalised, vec![2, 3, 1]);
}

/// Every pair of cards on two criteria (0–2 points in halves, weights 1 and 2): the total is the
/// mean of the members' totals, the ranking is sorted by total, and the order the offers come in
/// changes nothing.
#[test]
fn exhaustively_on_small_calls_the_total_is_the_mean_of_card_totals_and_ranking_is_stable() {
    let criteria = vec![criterion(2, 1, false), criterion(2, 2, false)];
    let settings = EvaluationSettings::default();
    let scores: Vec<[u32; 2]> = (0..=4).flat_map(|a| (0..=4).map(move |b| [a, b])).collect();
    let mut offers = Vec::new();
    for (i, first) in scores.iter().enumerate() {
        for (j, second) in scores.iter().enumerate().step_by(3) {
            let cards = vec![card(1, first), card(2, second)];
            let id = (i * 100 + j) as i64;
            let result = aggregate(&criteria, &settings, &offer(id, 0, 1, cards.clone()));
            let t1 = super::aggregate::card_total(&criteria, &cards[0]);
            let t2 = super::aggregate::card_total(&criteria, &cards[1]);
            assert_eq!(result.total, t1.plus(t2).div_whole(2));
            offers.push(offer(id, (i % 60) as u32, 1, cards));
        }
    }
    let forward = board(&criteria, &settings, &offers);
    assert!(forward.raw.windows(2).all(|w| w[0].total >= w[1].total));
    offers.reverse();
    let backward = board(&criteria, &settings, &offers);
    let ids =
        |b: &super::ranking::Board| b.raw.iter().map(|r| r.application_id).collect::<Vec<_>>();
    assert_eq!(ids(&forward), ids(&backward));
}
