//! Criterion benchmark of the ranking board: a call of 500 offers scored by 5 members on the six
//! statutory criteria (aggregation, both rankings, leniency), the pool proposed down the list,
//! and the check of the clerk's awards; and issue 14's big call, 10,000 offers scored by 3
//! members, whose ranking must be served in under 200 ms.
//!
//! Run with `cargo bench -p granty-domain --bench ranking`; under `cargo test --all-targets` it
//! runs once, as a smoke test.

use chrono::{Duration as Days, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use granty_domain::call::{statutory_criteria, Criterion as CallCriterion};
use granty_domain::evaluation::aggregate::{Card, OfferScores};
use granty_domain::evaluation::budget::{check_awards, proposal, AwardChoice, Pool};
use granty_domain::evaluation::ranking::board;
use granty_domain::evaluation::{EvaluationSettings, Points, ScoreEntry};
use granty_domain::{Currency, Money};
use std::hint::black_box;
use std::time::Duration;

/// Deterministic scores in halves (0–20, i.e. 0–10 points) from a small linear generator.
fn scores(seed: &mut u64) -> Vec<ScoreEntry> {
    (0..6)
        .map(|criterion| {
            *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ScoreEntry {
                criterion,
                points: Some(Points(((*seed >> 33) % 21) as u32)),
                ..ScoreEntry::default()
            }
        })
        .collect()
}

fn call_of(offers: i64, members: i64) -> Vec<OfferScores> {
    let mut seed = 42;
    let start = Utc.with_ymd_and_hms(2026, 11, 2, 8, 0, 0).single();
    (1..=offers)
        .map(|id| OfferScores {
            application_id: id,
            requested: Money::new(1_000_000 + id * 1_000, Currency::PLN),
            received_at: start.map(|s| s + Days::minutes(id)),
            cards: (1..=members)
                .map(|member_id| Card {
                    member_id,
                    entries: scores(&mut seed),
                })
                .collect(),
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let criteria = statutory_criteria();
    let settings = EvaluationSettings {
        min_total_centi: Some(3000),
        ..EvaluationSettings::default()
    };
    let offers = call_of(500, 5);
    let pool = Pool {
        budget: Money::new(200_000_000, Currency::PLN),
        min_grant: Money::new(100_000, Currency::PLN),
    };
    let mut group = c.benchmark_group("ranking");
    group.bench_function("board_500_offers_5_members", |b| {
        b.iter(|| {
            board(
                black_box(&criteria),
                black_box(&settings),
                black_box(&offers),
            )
        })
    });
    let ranked = board(&criteria, &settings, &offers);
    group.bench_function("proposal_500_offers", |b| {
        b.iter(|| proposal(black_box(&ranked), black_box(pool), &[]))
    });
    // The clerk saves the proposal (with reasons on its partial rows): the check of every row.
    let choices: Vec<AwardChoice> = proposal(&ranked, pool, &[])
        .into_iter()
        .map(|row| AwardChoice {
            application_id: row.application_id,
            amount: row.amount,
            reason: "powód".into(),
        })
        .collect();
    group.bench_function("check_awards_500_offers", |b| {
        b.iter(|| check_awards(black_box(&ranked), black_box(&choices), pool, &[], &[]))
    });
    group.finish();
    big_call(c, &criteria, &settings, pool);
}

/// Issue 14's big call: 10,000 offers, 3 cards each; the board and the proposal down the list.
fn big_call(
    c: &mut Criterion,
    criteria: &[CallCriterion],
    settings: &EvaluationSettings,
    pool: Pool,
) {
    let offers = call_of(10_000, 3);
    let mut group = c.benchmark_group("big_call");
    group.sample_size(10);
    group.bench_function("board_10000_offers_3_members", |b| {
        b.iter(|| board(black_box(criteria), black_box(settings), black_box(&offers)))
    });
    let ranked = board(criteria, settings, &offers);
    group.bench_function("proposal_10000_offers", |b| {
        b.iter(|| proposal(black_box(&ranked), black_box(pool), &[]))
    });
    group.finish();
}

criterion_group! {
    name = ranking;
    config = Criterion::default().measurement_time(Duration::from_secs(5));
    targets = benches
}
criterion_main!(ranking);
