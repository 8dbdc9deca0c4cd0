//! Aggregation of one offer's submitted cards (art. 15 ust. 1; the committee's mean score, §2.4):
//! the mean per criterion over the scoring members, the weighted total, the gates, whether the
//! offer is recommended, and the divergence between members.
//!
//! Every figure is an exact [`Ratio`] of points. The rules, stated once:
//! - **Mean** of a criterion: the sum of the members' points over the number of scoring members
//!   whose card is submitted (a point left empty on a submitted card counts as 0).
//! - **Total**: Σ weight × mean over the scored (non-gate) criteria; the same as the mean of the
//!   members' weighted totals. Shown with two decimals, rounded half up ([`Ratio::centi`]).
//! - **Gate**: an offer fails a gate criterion when more than half of the scoring members mark it
//!   failed; an even split passes (the committee did not reject it by a majority).
//! - **Recommended**: scored by at least one member, every gate passed, and the exact total (not
//!   the rounded one) at least the call's `min_total_centi` hundredths of a point.
//! - **Divergence**: two members' weighted totals further apart than `divergence_bp` basis points
//!   of the maximum total.

use super::ratio::Ratio;
use super::{EvaluationSettings, ScoreEntry};
use crate::call::Criterion;
use crate::money::Money;
use chrono::{DateTime, Utc};

/// One member's submitted card on one offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub member_id: i64,
    pub entries: Vec<ScoreEntry>,
}

/// What the ranking needs of one offer: its cards (submitted, of scoring members only), what it
/// asks for, and when it was received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferScores {
    pub application_id: i64,
    pub requested: Money,
    /// The receipt time; an offer without one is treated as received last.
    pub received_at: Option<DateTime<Utc>>,
    pub cards: Vec<Card>,
}

/// One member's weighted total on an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberTotal {
    pub member_id: i64,
    pub total: Ratio,
}

/// One offer aggregated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfferResult {
    pub application_id: i64,
    pub requested: Money,
    pub received_at: Option<DateTime<Utc>>,
    /// Scoring members with a submitted card.
    pub members: u32,
    /// The mean per criterion, in the call's order; `None` for a gate criterion.
    pub means: Vec<Option<Ratio>>,
    pub total: Ratio,
    /// Positions of the gate criteria the offer failed.
    pub failed_gates: Vec<usize>,
    pub recommended: bool,
    pub divergent: bool,
    /// The widest gap between two members' totals.
    pub spread: Ratio,
    pub member_totals: Vec<MemberTotal>,
}

impl OfferResult {
    pub fn gates_passed(&self) -> bool {
        self.failed_gates.is_empty()
    }

    pub fn scored(&self) -> bool {
        self.members > 0
    }
}

/// The highest total an offer can reach: Σ weight × maximum over the scored criteria.
pub fn max_total(criteria: &[Criterion]) -> Ratio {
    let sum: i128 = criteria
        .iter()
        .filter(|c| !c.gate)
        .map(|c| i128::from(c.weight) * i128::from(c.max_points))
        .sum();
    Ratio::whole(sum)
}

fn entry_of(card: &Card, criterion: usize) -> Option<&ScoreEntry> {
    card.entries.iter().find(|e| e.criterion == criterion)
}

fn halves_of(card: &Card, criterion: usize) -> i128 {
    entry_of(card, criterion)
        .and_then(|e| e.points)
        .map_or(0, |p| i128::from(p.halves()))
}

/// A member's weighted total on their card.
pub fn card_total(criteria: &[Criterion], card: &Card) -> Ratio {
    let halves: i128 = criteria
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.gate)
        .map(|(i, c)| i128::from(c.weight) * halves_of(card, i))
        .sum();
    Ratio::from_halves(halves)
}

fn criterion_mean(criterion: usize, cards: &[Card]) -> Ratio {
    let halves: i128 = cards.iter().map(|card| halves_of(card, criterion)).sum();
    Ratio::from_halves(halves).div_whole(cards.len() as i128)
}

fn gate_failed(criterion: usize, cards: &[Card]) -> bool {
    let failed = cards
        .iter()
        .filter(|card| entry_of(card, criterion).and_then(|e| e.passed) == Some(false))
        .count();
    failed * 2 > cards.len()
}

/// Whether the spread between members' totals passes `divergence_bp` of `max`.
pub fn diverges(spread: Ratio, max: Ratio, divergence_bp: u32) -> bool {
    // spread / max > bp / 10 000  ⇔  spread × 10 000 > max × bp
    spread.mul_whole(10_000) > max.mul_whole(i128::from(divergence_bp))
}

fn spread_of(totals: &[MemberTotal]) -> Ratio {
    let highest = totals.iter().map(|t| t.total).max();
    let lowest = totals.iter().map(|t| t.total).min();
    match (highest, lowest) {
        (Some(h), Some(l)) => h.minus(l),
        _ => Ratio::ZERO,
    }
}

fn member_totals(criteria: &[Criterion], cards: &[Card]) -> Vec<MemberTotal> {
    cards
        .iter()
        .map(|card| MemberTotal {
            member_id: card.member_id,
            total: card_total(criteria, card),
        })
        .collect()
}

/// Whether `total` reaches the call's minimum (hundredths of a point), compared exactly.
pub fn reaches_minimum(total: Ratio, settings: &EvaluationSettings) -> bool {
    settings
        .min_total_centi
        .is_none_or(|min| total.mul_whole(100) >= Ratio::whole(i128::from(min)))
}

/// Aggregates one offer's cards.
pub fn aggregate(
    criteria: &[Criterion],
    settings: &EvaluationSettings,
    offer: &OfferScores,
) -> OfferResult {
    let cards = &offer.cards;
    let scored = !cards.is_empty();
    // With no card, `criterion_mean` is zero (an empty mean is no score).
    let means: Vec<Option<Ratio>> = criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (!c.gate).then(|| criterion_mean(i, cards)))
        .collect();
    let total = means
        .iter()
        .zip(criteria)
        .filter_map(|(m, c)| m.map(|m| m.mul_whole(i128::from(c.weight))))
        .fold(Ratio::ZERO, Ratio::plus);
    let failed_gates: Vec<usize> = (0..criteria.len())
        .filter(|&i| criteria[i].gate && gate_failed(i, cards))
        .collect();
    let member_totals = member_totals(criteria, cards);
    let spread = spread_of(&member_totals);
    OfferResult {
        application_id: offer.application_id,
        requested: offer.requested,
        received_at: offer.received_at,
        members: cards.len() as u32,
        recommended: scored && failed_gates.is_empty() && reaches_minimum(total, settings),
        divergent: diverges(spread, max_total(criteria), settings.divergence_bp),
        means,
        total,
        failed_gates,
        spread,
        member_totals,
    }
}
