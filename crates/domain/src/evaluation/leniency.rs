//! Each member's leniency and the ranking with scores normalised per member (the clerk's board).
//!
//! A member's **leniency** is the mean, over the offers they scored, of their weighted total minus
//! the panel's total on the same offer (the mean of the members' totals there): a positive value
//! is a generous scorer, a negative one a strict one. A **normalised total** of an offer is the
//! mean over its members of (their total − their leniency). It is shown beside the raw ranking and
//! never replaces it: the law weighs the members' own scores.

use super::aggregate::OfferResult;
use super::ratio::Ratio;
use std::collections::BTreeMap;

/// One member's leniency across the offers they scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leniency {
    pub member_id: i64,
    /// Offers the member scored.
    pub offers: u32,
    /// Mean offset from the panel, in points (exact).
    pub offset: Ratio,
    /// Mean of the member's own totals, and of the panel's on the same offers (for the picture).
    pub own_mean: Ratio,
    pub panel_mean: Ratio,
}

#[derive(Default)]
struct Sums {
    offers: u32,
    offset: Ratio,
    own: Ratio,
    panel: Ratio,
}

/// Every member's leniency, by member id.
pub fn leniency(results: &[OfferResult]) -> Vec<Leniency> {
    let mut sums: BTreeMap<i64, Sums> = BTreeMap::new();
    for result in results {
        for member in &result.member_totals {
            let entry = sums.entry(member.member_id).or_default();
            entry.offers += 1;
            entry.offset = entry.offset.plus(member.total.minus(result.total));
            entry.own = entry.own.plus(member.total);
            entry.panel = entry.panel.plus(result.total);
        }
    }
    sums.into_iter()
        .map(|(member_id, s)| {
            let n = i128::from(s.offers);
            Leniency {
                member_id,
                offers: s.offers,
                offset: s.offset.div_whole(n),
                own_mean: s.own.div_whole(n),
                panel_mean: s.panel.div_whole(n),
            }
        })
        .collect()
}

/// Each offer's total with every member's leniency taken out of their score, in `results`' order.
pub fn normalised_totals(results: &[OfferResult], leniency: &[Leniency]) -> Vec<Ratio> {
    let offset_of = |member_id: i64| {
        leniency
            .iter()
            .find(|l| l.member_id == member_id)
            .map_or(Ratio::ZERO, |l| l.offset)
    };
    results
        .iter()
        .map(|result| {
            let sum = result
                .member_totals
                .iter()
                .map(|m| m.total.minus(offset_of(m.member_id)))
                .fold(Ratio::ZERO, Ratio::plus);
            sum.div_whole(i128::from(result.members))
        })
        .collect()
}
