//! The protocol's data from what the evaluation and results use cases load: the ranking board,
//! the committee's overview and the results, plus the declarations' ties and the exclusions.

use super::{iso_date, local_time};
use crate::evaluation::overview::{MemberView, Overview};
use crate::evaluation::ranking::RankingBoard;
use crate::results::StaffResults;
use chrono_tz::Tz;
use granty_documents::data::protocol::{
    AwardRow, CallFacts, CriterionRow, Decision, DivergenceRow, ExclusionRow, MemberRow,
    ProtocolData, RankingRow,
};
use granty_documents::data::{Amount, Share};
use granty_domain::evaluation::aggregate::OfferResult;
use granty_domain::evaluation::budget::Decision as Chosen;
use granty_domain::evaluation::TieBreaker;
use granty_domain::Money;
use std::collections::BTreeMap;

/// What the protocol is assembled from.
pub(super) struct Gathered<'a> {
    pub authority: &'a str,
    pub zone: Tz,
    pub board: &'a RankingBoard,
    pub overview: &'a Overview,
    pub results: &'a StaffResults,
    pub offers_submitted: usize,
    /// Per committee member (user id): the organisations they declared a tie with.
    pub ties: BTreeMap<i64, Vec<String>>,
    /// The exclusions: member's user id, application id, reason, note.
    pub exclusions: Vec<(i64, i64, String, String)>,
}

pub(super) fn protocol_data(g: &Gathered<'_>) -> ProtocolData {
    let terms = &g.board.call.terms;
    let awards = award_rows(g);
    let awarded: i64 = awards.iter().map(|a| a.amount.minor).sum();
    ProtocolData {
        authority: g.authority.to_string(),
        call: CallFacts {
            title: terms.title.clone(),
            task_type: terms.task_area.clone(),
            budget: amount(terms.budget),
            deadline: local_time(terms.deadline, g.zone),
            realisation_start: iso_date(Some(terms.realisation.start)),
            realisation_end: iso_date(Some(terms.realisation.end)),
            offers_submitted: g.offers_submitted,
            offers_ranked: g.board.board.raw.len(),
        },
        criteria: criteria(g),
        max_total: g.board.board.max_total.to_string(),
        divergence_threshold: Share::of_basis_points(g.board.settings.divergence_bp as i64).percent,
        tie_breakers: g.board.settings.tie_breakers.iter().map(breaker).collect(),
        members: g.overview.members.iter().map(|m| member(g, m)).collect(),
        no_ngo_reason: g
            .overview
            .settings_row
            .as_ref()
            .and_then(|s| s.no_ngo_reason.clone())
            .unwrap_or_default(),
        exclusions: exclusions(g),
        ranking: ranking(g),
        divergences: divergences(g),
        awarded_total: Amount::new(awarded, terms.budget.currency.code()),
        awards,
        decision: g.results.decision.as_ref().map(|d| Decision {
            decided_by: d.decided_by_name.clone(),
            reference: d.decision_reference.clone(),
            decided_on: d.decided_on.to_string(),
            published_at: d
                .published_at
                .map(|at| local_time(at, g.zone))
                .unwrap_or_default(),
            published_bip_on: iso_date(d.published_bip_on),
            published_notice_board_on: iso_date(d.published_notice_board_on),
            published_website_on: iso_date(d.published_website_on),
        }),
    }
}

fn amount(money: Money) -> Amount {
    Amount::new(money.minor, money.currency.code())
}

/// `criterion:<n>` with the criterion's 1-based number, or `received`.
fn breaker(breaker: &TieBreaker) -> String {
    match breaker {
        TieBreaker::Criterion(i) => format!("criterion:{}", i + 1),
        TieBreaker::Received => "received".into(),
    }
}

fn criteria(g: &Gathered<'_>) -> Vec<CriterionRow> {
    let criteria = &g.board.call.terms.criteria;
    criteria
        .iter()
        .enumerate()
        .map(|(i, c)| CriterionRow {
            no: i + 1,
            name: c.name.clone(),
            max_points: c.max_points,
            weight: c.weight,
            gate: c.gate,
            basis: c.basis.clone(),
        })
        .collect()
}

fn member(g: &Gathered<'_>, m: &MemberView) -> MemberRow {
    MemberRow {
        name: m.name.clone(),
        kind: m.kind.clone(),
        nominated_by: m.nominated_by.clone(),
        scores: m.scores,
        declared_at: m
            .declared_at
            .map(|at| local_time(at, g.zone))
            .unwrap_or_default(),
        ties: g.ties.get(&m.user_id).cloned().unwrap_or_default(),
        removed_at: m
            .removed_at
            .map(|at| local_time(at, g.zone))
            .unwrap_or_default(),
        removed_reason: m.removed_reason.clone().unwrap_or_default(),
    }
}

fn member_name(g: &Gathered<'_>, user_id: i64) -> String {
    g.overview
        .members
        .iter()
        .find(|m| m.user_id == user_id)
        .map(|m| m.name.clone())
        .unwrap_or_default()
}

/// The receipt number and the organisation of an offer on the board.
fn offer_names(g: &Gathered<'_>, application_id: i64) -> (String, String, String) {
    g.board
        .offers
        .get(&application_id)
        .map(|o| {
            let receipt = o.receipt_number.clone().unwrap_or_default();
            (receipt, o.organisation_name.clone(), o.task.clone())
        })
        .unwrap_or_default()
}

fn exclusions(g: &Gathered<'_>) -> Vec<ExclusionRow> {
    g.exclusions
        .iter()
        .map(|(user_id, application_id, reason, note)| {
            let (receipt_number, organisation, _) = offer_names(g, *application_id);
            ExclusionRow {
                member: member_name(g, *user_id),
                receipt_number,
                organisation,
                reason: reason.clone(),
                note: note.clone(),
            }
        })
        .collect()
}

/// The mean of each criterion to two decimals; `pass`/`fail` for a gate criterion.
fn means(offer: &OfferResult) -> Vec<String> {
    offer
        .means
        .iter()
        .enumerate()
        .map(|(i, mean)| match mean {
            Some(mean) => mean.to_string(),
            None if offer.failed_gates.contains(&i) => "fail".into(),
            None => "pass".into(),
        })
        .collect()
}

fn ranking(g: &Gathered<'_>) -> Vec<RankingRow> {
    g.board
        .board
        .ranked_offers()
        .map(|(row, offer)| {
            let (receipt_number, organisation, task) = offer_names(g, row.application_id);
            RankingRow {
                place: row.place,
                receipt_number,
                organisation,
                task,
                requested: amount(offer.requested),
                members: offer.members,
                means: means(offer),
                total: row.total.to_string(),
                recommended: offer.recommended,
            }
        })
        .collect()
}

fn divergences(g: &Gathered<'_>) -> Vec<DivergenceRow> {
    g.board
        .board
        .divergent()
        .map(|offer| {
            let (receipt_number, organisation, _) = offer_names(g, offer.application_id);
            let resolution = g
                .board
                .resolutions
                .iter()
                .rfind(|r| r.application_id == offer.application_id);
            DivergenceRow {
                receipt_number,
                organisation,
                spread: offer.spread.to_string(),
                note: resolution.map(|r| r.note.clone()).unwrap_or_default(),
                extra_member: resolution
                    .and_then(|r| r.extra_member_user_id)
                    .map(|id| member_name(g, id))
                    .unwrap_or_default(),
                resolved: resolution.is_some(),
            }
        })
        .collect()
}

/// The budget as the clerk saved it (before any save: nothing is awarded yet).
fn award_rows(g: &Gathered<'_>) -> Vec<AwardRow> {
    if g.board.awards.is_empty() {
        return vec![];
    }
    g.board
        .budget()
        .iter()
        .map(|row| {
            let (receipt_number, organisation, task) = offer_names(g, row.application_id);
            AwardRow {
                place: row.place,
                receipt_number,
                organisation,
                task,
                requested: amount(row.requested),
                amount: amount(row.amount),
                awarded: row.decision == Chosen::Awarded,
                partial: row.partial,
                reason: row.reason.clone(),
            }
        })
        .collect()
}
