//! Criterion benchmark of the settlement: a report of 30 cost lines settled (shift rule per
//! line, share rule, returns), and the interest on a return over three years crossing several
//! rate changes (2022–2025), paid in three parts.
//!
//! Run with `cargo bench -p granty-domain --bench settlement`; under `cargo test --all-targets`
//! it runs once, as a smoke test.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use granty_domain::agreement::ShiftBasis;
use granty_domain::settlement::{
    interest, late_interest, settle, unused_return, InterestRates, LineInput,
    ReportSettlementInput, ReturnDates, ReturnKind, ReturnPayment, SettlementSettings, Sources,
    Transfer, DEFAULT_INTEREST_FLOOR_MINOR,
};
use granty_domain::{Currency, Percent};
use std::hint::black_box;
use std::time::Duration;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// 30 lines of 1 000,00–3 900,00 zł, a third grown beyond the 10 % shift, the rest shrunk.
fn report() -> ReportSettlementInput {
    let lines: Vec<LineInput> = (0..30_i64)
        .map(|n| {
            let planned = 100_000 + n * 10_000;
            let actual = if n % 3 == 0 {
                planned * 6 / 5
            } else {
                planned * 9 / 10
            };
            LineInput {
                number: format!("I.{}", n + 1),
                planned,
                planned_grant: Some(planned * 4 / 5),
                actual,
                actual_grant: Some(actual * 4 / 5),
                annex_allowed: n == 3,
            }
        })
        .collect();
    let planned_costs: i64 = lines.iter().map(|l| l.planned).sum();
    let actual_costs: i64 = lines.iter().map(|l| l.actual).sum();
    let grant = planned_costs * 4 / 5;
    ReportSettlementInput {
        currency: Currency::PLN,
        lines,
        planned: Sources {
            grant,
            own_financial: planned_costs - grant,
            ..Sources::default()
        },
        actual: Sources {
            grant: actual_costs * 4 / 5,
            own_financial: actual_costs - actual_costs * 4 / 5,
            ..Sources::default()
        },
        transfers: vec![
            Transfer {
                paid_on: day(2026, 3, 10),
                amount: grant / 2,
            },
            Transfer {
                paid_on: day(2026, 6, 10),
                amount: grant - grant / 2,
            },
        ],
        other_income: 1_234,
        shift: Percent::from_basis_points(1000),
        shift_basis: ShiftBasis::Line,
        dates: ReturnDates {
            ends_on: day(2026, 9, 30),
            budget_year: 2026,
            use_by: day(2026, 9, 30),
            return_days: 15,
        },
        found_on: day(2026, 11, 20),
    }
}

fn benches(c: &mut Criterion) {
    let Ok(rates) = InterestRates::shipped() else {
        return;
    };
    let settings = SettlementSettings::default();
    let input = report();
    c.bench_function("settle a 30-line report", |b| {
        b.iter(|| settle(black_box(&input), &settings))
    });
    // 1 January 2022 to 31 December 2024: nine rate changes, ten pieces.
    c.bench_function("interest over 3 years of rate changes", |b| {
        b.iter(|| {
            interest(
                black_box(12_345_678),
                day(2022, 1, 1),
                day(2024, 12, 31),
                &rates,
                DEFAULT_INTEREST_FLOOR_MINOR,
            )
        })
    });
    let dates = ReturnDates {
        ends_on: day(2022, 9, 30),
        budget_year: 2022,
        use_by: day(2022, 9, 30),
        return_days: 15,
    };
    let returns: Vec<_> = unused_return(ReturnKind::Unused, 12_345_678, &dates)
        .into_iter()
        .collect();
    let payments = [
        ReturnPayment {
            paid_on: day(2023, 3, 1),
            amount: 4_000_000,
        },
        ReturnPayment {
            paid_on: day(2024, 3, 1),
            amount: 4_000_000,
        },
        ReturnPayment {
            paid_on: day(2025, 10, 1),
            amount: 4_345_678,
        },
    ];
    c.bench_function("late interest, 3 payments over 3 years", |b| {
        b.iter(|| {
            late_interest(
                black_box(&returns),
                &payments,
                day(2025, 12, 31),
                &rates,
                DEFAULT_INTEREST_FLOOR_MINOR,
            )
        })
    });
}

criterion_group! {
    name = settlement;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(settlement);
