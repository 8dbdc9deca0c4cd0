//! The ranking of a call's offers (art. 15 ust. 2g: the authority chooses, the committee ranks):
//! by total, highest first, ties broken by the call's tie-breakers in their order (default: the
//! higher mean on the second criterion, then the earlier receipt), and as a last resort the
//! lower application id, so the order is always total and stable. Every row says what separated
//! it from the row above. Offers no member has scored come last.
//!
//! [`board`] puts everything the clerk's board shows together: the aggregated offers, the raw
//! ranking, each member's leniency and the normalised ranking beside the raw one.

use super::aggregate::{aggregate, max_total, OfferResult, OfferScores};
use super::leniency::{leniency, normalised_totals, Leniency};
use super::ratio::Ratio;
use super::{EvaluationSettings, TieBreaker};
use crate::call::Criterion;
use std::cmp::Ordering;

/// What put a row below the one above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separation {
    /// The first row, or a lower total (or no score at all).
    Total,
    /// Equal totals, separated by this tie-breaker.
    Breaker(TieBreaker),
    /// Equal on the total and every tie-breaker: the offer created earlier goes first.
    ApplicationId,
}

impl Separation {
    pub fn code(self) -> String {
        match self {
            Separation::Total => "total".into(),
            Separation::Breaker(b) => b.code(),
            Separation::ApplicationId => "application_id".into(),
        }
    }
}

/// One place of a ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankedRow {
    /// 1, 2, 3…: every place is distinct.
    pub place: u32,
    /// The offer's position in the board's `offers`.
    pub index: usize,
    pub application_id: i64,
    pub total: Ratio,
    pub separation: Separation,
}

fn by_breaker(a: &OfferResult, b: &OfferResult, breaker: TieBreaker) -> Ordering {
    match breaker {
        TieBreaker::Criterion(i) => {
            let mean = |r: &OfferResult| r.means.get(i).copied().flatten();
            mean(b).cmp(&mean(a))
        }
        // Earlier first; an offer without a receipt time after every one with it.
        TieBreaker::Received => match (a.received_at, b.received_at) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        },
    }
}

/// How `a` and `b` (with totals `ta`, `tb`) order, and what decided it.
fn compare(
    (a, ta): (&OfferResult, Ratio),
    (b, tb): (&OfferResult, Ratio),
    breakers: &[TieBreaker],
) -> (Ordering, Separation) {
    let first = b.scored().cmp(&a.scored()).then(tb.cmp(&ta));
    if first != Ordering::Equal {
        return (first, Separation::Total);
    }
    for &breaker in breakers {
        let order = by_breaker(a, b, breaker);
        if order != Ordering::Equal {
            return (order, Separation::Breaker(breaker));
        }
    }
    let last = a.application_id.cmp(&b.application_id);
    (last, Separation::ApplicationId)
}

/// Ranks `results` by `totals` (the raw totals or the normalised ones, in `results`' order).
pub fn rank(results: &[OfferResult], totals: &[Ratio], breakers: &[TieBreaker]) -> Vec<RankedRow> {
    let mut order: Vec<usize> = (0..results.len()).collect();
    let key = |i: usize| (&results[i], totals[i]);
    order.sort_by(|&x, &y| compare(key(x), key(y), breakers).0);
    let mut rows = Vec::with_capacity(order.len());
    for (position, &index) in order.iter().enumerate() {
        let separation = match position {
            0 => Separation::Total,
            _ => compare(key(order[position - 1]), key(index), breakers).1,
        };
        rows.push(RankedRow {
            place: position as u32 + 1,
            index,
            application_id: results[index].application_id,
            total: totals[index],
            separation,
        });
    }
    rows
}

/// Everything the clerk's ranking board shows, computed from the cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    pub max_total: Ratio,
    /// In the order the offers were given.
    pub offers: Vec<OfferResult>,
    pub raw: Vec<RankedRow>,
    pub leniency: Vec<Leniency>,
    /// The normalised total of each offer, in `offers`' order.
    pub normalised_totals: Vec<Ratio>,
    pub normalised: Vec<RankedRow>,
    /// The tie-breakers the ranking applied, as stated in the output.
    pub tie_breakers: Vec<TieBreaker>,
}

impl Board {
    /// Offers with a divergence flag.
    pub fn divergent(&self) -> impl Iterator<Item = &OfferResult> {
        self.offers.iter().filter(|o| o.divergent)
    }

    /// The raw ranking's offers, best first.
    pub fn ranked_offers(&self) -> impl Iterator<Item = (&RankedRow, &OfferResult)> {
        self.raw.iter().map(|row| (row, &self.offers[row.index]))
    }
}

/// Aggregates every offer and ranks them, raw and normalised.
pub fn board(
    criteria: &[Criterion],
    settings: &EvaluationSettings,
    offers: &[OfferScores],
) -> Board {
    let results: Vec<OfferResult> = offers
        .iter()
        .map(|offer| aggregate(criteria, settings, offer))
        .collect();
    let raw_totals: Vec<Ratio> = results.iter().map(|r| r.total).collect();
    let breakers = &settings.tie_breakers;
    let raw = rank(&results, &raw_totals, breakers);
    let leniency = leniency(&results);
    let normalised_totals = normalised_totals(&results, &leniency);
    let normalised = rank(&results, &normalised_totals, breakers);
    Board {
        max_total: max_total(criteria),
        offers: results,
        raw,
        leniency,
        normalised_totals,
        normalised,
        tie_breakers: breakers.clone(),
    }
}
