//! Aggregation, ranking, leniency and the budget, on hand-made calls and exhaustively on small
//! ones.

use super::aggregate::{aggregate, Card, OfferScores};
use super::budget::{check_awards, proposal, AwardChoice, Decision, Pool};
use super::ranking::{board, Separation};
use super::{EvaluationSettings, Points, Ratio, ScoreEntry, TieBreaker};
use crate::call::Criterion;
use crate::money::{Currency, Money};
use crate::violation::Rule;
use chrono::{TimeZone, Utc};

fn criterion(max: u32, weight: u32, gate: bool) -> Criterion {
    Criterion {
        name: format!("c{max}"),
        max_points: max,
        basis: String::new(),
        gate,
        weight,
    }
}

fn scored(points_halves: &[u32]) -> Vec<ScoreEntry> {
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

fn card(member_id: i64, halves: &[u32]) -> Card {
    Card {
        member_id,
        entries: scored(halves),
    }
}

fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::PLN)
}

fn offer(id: i64, minute: u32, requested: i64, cards: Vec<Card>) -> OfferScores {
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

fn budget_board() -> super::ranking::Board {
    let criteria = vec![criterion(10, 1, false)];
    let offers = vec![
        offer(1, 0, 400_000, vec![card(1, &[20])]),
        offer(2, 1, 500_000, vec![card(1, &[18])]),
        offer(3, 2, 300_000, vec![card(1, &[16])]),
        offer(4, 3, 200_000, vec![card(1, &[14])]),
    ];
    let settings = EvaluationSettings {
        min_total_centi: Some(750),
        ..EvaluationSettings::default()
    };
    board(&criteria, &settings, &offers)
}

const POOL: Pool = Pool {
    budget: Money {
        minor: 1_000_000,
        currency: Currency::PLN,
    },
    min_grant: Money {
        minor: 50_000,
        currency: Currency::PLN,
    },
};

#[test]
fn the_proposal_fills_the_pool_down_the_list_and_partly_where_it_runs_out() {
    let rows = proposal(&budget_board(), POOL, &[]);
    let amounts: Vec<i64> = rows.iter().map(|r| r.amount.minor).collect();
    assert_eq!(amounts, vec![400_000, 500_000, 100_000, 0]);
    let left: Vec<i64> = rows.iter().map(|r| r.pool_left.minor).collect();
    assert_eq!(left, vec![600_000, 100_000, 0, 0]);
    assert!(rows[2].partial);
    assert_eq!(
        rows[3].decision,
        Decision::NotAwarded,
        "offer 4 is below the minimum total"
    );
}

fn choose(id: i64, minor: i64, reason: &str) -> AwardChoice {
    AwardChoice {
        application_id: id,
        amount: pln(minor),
        reason: reason.into(),
    }
}

fn refusal(choices: &[AwardChoice], blocked: &[i64]) -> Vec<(String, Rule)> {
    match check_awards(&budget_board(), choices, POOL, blocked, &[]) {
        Ok(_) => Vec::new(),
        Err(v) => v.0.into_iter().map(|v| (v.field, v.rule)).collect(),
    }
}

#[test]
fn awards_above_the_request_the_pool_or_below_the_minimum_are_refused() {
    let above_request = refusal(&[choose(1, 400_001, "")], &[]);
    let requested = pln(400_000);
    assert_eq!(
        above_request,
        vec![(
            "awards[1].amount".into(),
            Rule::AwardAboveRequest { requested }
        )]
    );
    let all = [
        choose(1, 400_000, ""),
        choose(2, 500_000, ""),
        choose(3, 200_000, "x"),
    ];
    let left = pln(100_000);
    assert_eq!(
        refusal(&all, &[]),
        vec![("awards[3].amount".into(), Rule::AwardAbovePool { left })]
    );
    let minimum = pln(50_000);
    let small = refusal(&[choose(1, 49_999, "cut")], &[]);
    assert_eq!(
        small,
        vec![(
            "awards[1].amount".into(),
            Rule::AwardBelowMinimum { minimum }
        )]
    );
    let blocked = refusal(&[choose(1, 400_000, "")], &[1]);
    assert_eq!(
        blocked,
        vec![("awards[1].amount".into(), Rule::ApplicantFlagged)]
    );
}

#[test]
fn a_partial_award_or_a_choice_against_the_ranking_needs_a_reason() {
    let partial = refusal(&[choose(1, 300_000, " ")], &[]);
    assert_eq!(
        partial,
        vec![("awards[1].reason".into(), Rule::ReasonRequired)]
    );
    // Offers 1 and 3 passed over while offers below them are chosen; 4 is not recommended.
    let skipped = refusal(&[choose(2, 500_000, ""), choose(4, 200_000, "")], &[]);
    let fields: Vec<&str> = skipped.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(
        fields,
        vec!["awards[1].reason", "awards[3].reason", "awards[4].reason"]
    );
    let rows = check_awards(
        &budget_board(),
        &[
            choose(1, 400_000, ""),
            choose(2, 500_000, ""),
            choose(3, 100_000, "pool ran out"),
        ],
        POOL,
        &[],
        &[],
    );
    let left: Vec<i64> = rows
        .map(|r| r.iter().map(|r| r.pool_left.minor).collect())
        .unwrap_or_default();
    assert_eq!(left, vec![600_000, 100_000, 0, 0]);
}

#[test]
fn an_unresolved_divergence_refuses_every_award_until_resolved() {
    let criteria = vec![criterion(10, 1, false)];
    let offers = vec![offer(1, 0, 100_000, vec![card(1, &[20]), card(2, &[6])])];
    let board = board(&criteria, &EvaluationSettings::default(), &offers);
    let pool = Pool {
        budget: pln(100_000),
        min_grant: pln(0),
    };
    let choices = [choose(1, 100_000, "")];
    let refused = check_awards(&board, &choices, pool, &[], &[])
        .err()
        .map(|v| v.0[0].rule.clone());
    assert_eq!(refused, Some(Rule::DivergenceUnresolved));
    assert!(check_awards(&board, &choices, pool, &[], &[1]).is_ok());
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

/// Every choice of amounts from a small set on the four offers of [`budget_board`]: an accepted
/// set of awards never passes the pool or a request, never goes below the minimum, and the pool
/// left after each row is the pool less what was awarded so far.
#[test]
fn exhaustively_accepted_awards_stay_within_the_pool_and_the_requests() {
    let board = budget_board();
    let steps = [
        0, 49_999, 50_000, 100_000, 200_000, 300_000, 400_000, 500_000, 600_000,
    ];
    let mut accepted = 0;
    for a in steps {
        for b in steps {
            for c in steps {
                for d in steps {
                    let amounts = [(1, a), (2, b), (3, c), (4, d)];
                    let choices: Vec<AwardChoice> = amounts
                        .iter()
                        .map(|&(id, m)| choose(id, m, "powód"))
                        .collect();
                    let Ok(rows) = check_awards(&board, &choices, POOL, &[], &[]) else {
                        continue;
                    };
                    accepted += 1;
                    let mut spent = 0;
                    for row in &rows {
                        spent += row.amount.minor;
                        assert!(row.amount.minor <= row.requested.minor);
                        assert!(row.amount.minor == 0 || row.amount.minor >= POOL.min_grant.minor);
                        assert_eq!(row.pool_left.minor, POOL.budget.minor - spent);
                        assert!(row.pool_left.minor >= 0);
                    }
                }
            }
        }
    }
    assert!(accepted > 100, "the property was exercised: {accepted}");
}
