//! Criterion benchmarks of the offer rules: `check_offer` for a typical and a large offer,
//! `compute_costs` alone for the large one, and parsing the offer's JSON as the API receives it.
//!
//! Run with `make bench` (`cargo bench -p granty-domain`). Under `cargo test --all-targets` each
//! benchmark runs once, as a smoke test. Results and how to read them: docs/benchmarks.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use granty_domain::offer::{check_offer, compute_costs, OfferContext, OfferInput};
use granty_domain::testing::{context, generated_offer, large_call};
use granty_domain::Currency;
use std::hint::black_box;
use std::time::Duration;

/// The benchmarks measure the path of an offer that is ready to submit: no violation at all.
fn assert_valid(name: &str, input: &OfferInput, ctx: &OfferContext<'_>) {
    let (_, v) = check_offer(input, ctx);
    assert!(v.is_empty(), "{name} offer has violations: {v:?}");
}

fn to_json(input: &OfferInput) -> String {
    match serde_json::to_string(input) {
        Ok(json) => json,
        Err(error) => panic!("offer does not serialise: {error}"),
    }
}

fn benches(c: &mut Criterion) {
    // The shared fixtures: a call realised over 2027–2028 and offers generated to meet it.
    let call = large_call();
    let ctx = context(&call);
    let typical = generated_offer(10, 3, false);
    let large = generated_offer(200, 20, true);
    assert_valid("typical", &typical, &ctx);
    assert_valid("large", &large, &ctx);

    let mut group = c.benchmark_group("check_offer");
    group.bench_function("typical_10_lines_3_actions", |b| {
        b.iter(|| check_offer(black_box(&typical), black_box(&ctx)))
    });
    group.bench_function("large_200_lines_20_actions_2y", |b| {
        b.iter(|| check_offer(black_box(&large), black_box(&ctx)))
    });
    group.finish();

    let mut group = c.benchmark_group("compute_costs");
    group.bench_function("large_200_lines_20_actions_2y", |b| {
        b.iter(|| compute_costs(black_box(&large), black_box(Currency::PLN)))
    });
    group.finish();

    let mut group = c.benchmark_group("parse_json");
    for (name, input) in [
        ("typical_10_lines_3_actions", &typical),
        ("large_200_lines_20_actions_2y", &large),
    ] {
        let json = to_json(input);
        // A benchmark of a parse that fails would measure the error path.
        assert!(
            matches!(serde_json::from_str::<OfferInput>(&json), Ok(parsed) if &parsed == input)
        );
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| serde_json::from_str::<OfferInput>(black_box(&json)))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = offer_benches;
    config = config();
    targets = benches
}
criterion_main!(offer_benches);
