//! The pool down the list and the checks of the clerk's awards, on a hand-made call and
//! exhaustively over small amounts.

use super::budget::{check_awards, proposal, AwardChoice, Decision, Pool};
use super::ranking::board;
use super::ranking_tests::{card, criterion, offer, pln};
use super::EvaluationSettings;
use crate::money::{Currency, Money};
use crate::violation::Rule;

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
