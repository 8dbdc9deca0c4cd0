//! Invariants over many generated settlements and interest periods (a small deterministic
//! generator, so a failure repeats): what must hold whatever the figures.

use super::*;
use crate::agreement::ShiftBasis;
use crate::settlement::interest::{periods, total};
use crate::{Currency, Percent};
use chrono::Days;

/// A linear congruential generator: enough to spread inputs, and repeatable.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: i64) -> i64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound.max(1) as u64) as i64
    }
}

fn generated(rng: &mut Lcg) -> ReportSettlementInput {
    let lines: Vec<LineInput> = (0..1 + rng.below(8))
        .map(|n| {
            let planned = rng.below(2_000_000);
            let actual = rng.below(2_500_000);
            LineInput {
                number: format!("I.{n}"),
                planned,
                planned_grant: Some(planned / 2 + rng.below(planned / 2 + 1)),
                actual,
                actual_grant: (rng.below(4) > 0).then(|| rng.below(actual + 1)),
                annex_allowed: rng.below(5) == 0,
            }
        })
        .collect();
    let planned_costs: i64 = lines.iter().map(|l| l.planned).sum();
    let grant = rng.below(planned_costs + 1);
    let transfers = (0..rng.below(3))
        .map(|n| Transfer {
            paid_on: day(2026, 3 + n as u32, 10),
            amount: rng.below(grant + 1),
        })
        .collect();
    ReportSettlementInput {
        currency: Currency::PLN,
        planned: Sources {
            grant,
            own_financial: planned_costs - grant,
            ..Sources::default()
        },
        actual: Sources {
            grant: rng.below(grant * 2 + 1),
            own_financial: rng.below(1_000_000),
            ..Sources::default()
        },
        lines,
        transfers,
        other_income: rng.below(10_000),
        shift: Percent::from_basis_points(rng.below(3_000)),
        shift_basis: if rng.below(2) == 0 {
            ShiftBasis::Line
        } else {
            ShiftBasis::GrantPart
        },
        dates: dates_2026(),
        found_on: day(2026, 11, 20),
    }
}

#[test]
fn the_figures_always_reconcile() {
    let mut rng = Lcg(13);
    let (mut shifted, mut shared, mut unused) = (0, 0, 0);
    for case in 0..2_000 {
        let input = generated(&mut rng);
        let s = settle(&input, &SettlementSettings::default());
        let f = &s.figures;
        let msg = format!("case {case}: {input:?}");
        assert!(f.used.amount <= f.paid.amount, "{msg}");
        assert_eq!(f.used.amount + f.unused.amount, f.paid.amount, "{msg}");
        assert!(f.excessive.amount <= f.used.amount, "{msg}");
        assert_eq!(
            f.excessive.amount,
            f.shift_excess.amount + f.share_excess.amount,
            "{msg}"
        );
        let to_return = f.unused.amount + f.excessive.amount + f.other_income.amount;
        assert_eq!(f.to_return.amount, to_return, "{msg}");
        let returned: i64 = s.returns.iter().map(|r| r.amount).sum();
        assert_eq!(returned, to_return, "{msg}");
        assert!(
            s.returns.iter().all(|r| r.interest_from > r.due_on),
            "{msg}"
        );
        assert!(s.lines.iter().all(|l| l.excess <= l.over), "{msg}");
        shifted += i32::from(f.shift_excess.amount > 0);
        shared += i32::from(f.share_excess.amount > 0);
        unused += i32::from(f.unused.amount > 0);
    }
    // The generator reaches every rule, or the invariants prove little.
    assert!(
        shifted > 100 && shared > 100 && unused > 100,
        "{shifted} {shared} {unused}"
    );
}

#[test]
fn interest_is_additive_over_a_cut_and_grows_with_days() {
    let rates = rates();
    let mut rng = Lcg(7);
    for _ in 0..500 {
        let principal = rng.below(100_000_000);
        let from = day(2015, 1, 1) + Days::new(rng.below(3_650) as u64);
        let to = from + Days::new(rng.below(1_500) as u64);
        let cut = from + Days::new(rng.below((to - from).num_days() + 1) as u64);
        let whole = interest(principal, from, to, &rates, 0).unwrap();
        let head = periods(principal, from, cut, &rates).unwrap();
        let tail = periods(principal, cut + Days::new(1), to, &rates).unwrap();
        let days: i64 = whole.periods.iter().map(|p| p.days).sum();
        assert_eq!(days, (to - from).num_days() + 1);
        let joined = total([head, tail].concat(), 0);
        // The same days at the same rates: the exact sum does not depend on where one cuts.
        assert_eq!(joined.exact_minor, whole.exact_minor);
        assert_eq!(joined.rounded_minor, whole.rounded_minor);
        let longer = interest(principal, from, to + Days::new(30), &rates, 0).unwrap();
        assert!(longer.exact_minor >= whole.exact_minor);
    }
}
