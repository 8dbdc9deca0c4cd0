//! The ranking routes' answers, typed for the OpenAPI document.

use crate::exports::{ranking_rows, RankingRow};
use chrono::{DateTime, Utc};
use granty_domain::money::decimal_string;
use granty_store::entities::divergence_note;
use granty_store::evaluation::ranking::RankingBoard;
use serde::Serialize;
use utoipa::ToSchema;

/// A call's ranking board: the raw ranking with its budget, the normalised ranking, leniency.
#[derive(Serialize, ToSchema)]
pub struct Board {
    call_id: i64,
    title: String,
    currency: &'static str,
    /// The call's budget, a decimal.
    pool: String,
    min_grant: String,
    max_total: String,
    /// How the totals are rounded.
    rounding: &'static str,
    tie_breakers: Vec<String>,
    block_flagged_applicants: bool,
    awards_saved: bool,
    ranking: Vec<RankingRow>,
    normalised: Vec<NormalisedRow>,
    leniency: Vec<MemberLeniency>,
}

/// A place in the ranking on totals corrected for each member's leniency.
#[derive(Serialize, ToSchema)]
pub struct NormalisedRow {
    place: u32,
    application_id: i64,
    total: String,
    separated_by: String,
}

/// How far a member's totals lie from the panel's on the same offers.
#[derive(Serialize, ToSchema)]
pub struct MemberLeniency {
    member_id: i64,
    name: Option<String>,
    offers: u32,
    offset: String,
    own_mean: String,
    panel_mean: String,
}

/// A divergence resolved by the clerk.
#[derive(Serialize, ToSchema)]
pub struct DivergenceNote {
    id: i64,
    call_id: i64,
    application_id: i64,
    note: String,
    extra_member_user_id: Option<i64>,
    resolved_by: i64,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<divergence_note::Model> for DivergenceNote {
    fn from(note: divergence_note::Model) -> Self {
        DivergenceNote {
            id: note.id,
            call_id: note.call_id,
            application_id: note.application_id,
            note: note.note,
            extra_member_user_id: note.extra_member_user_id,
            resolved_by: note.resolved_by,
            created_at: note.created_at,
            updated_at: note.updated_at,
        }
    }
}

/// The board as JSON: the raw ranking with its budget, the normalised ranking, leniency.
pub fn board_json(board: &RankingBoard) -> Board {
    let normalised = board
        .board
        .normalised
        .iter()
        .map(|r| NormalisedRow {
            place: r.place,
            application_id: r.application_id,
            total: r.total.to_string(),
            separated_by: r.separation.code(),
        })
        .collect();
    let leniency = board
        .board
        .leniency
        .iter()
        .map(|l| {
            let name = board.members.iter().find(|m| m.user_id == l.member_id);
            MemberLeniency {
                member_id: l.member_id,
                name: name.map(|m| m.display_name.clone()),
                offers: l.offers,
                offset: l.offset.to_string(),
                own_mean: l.own_mean.to_string(),
                panel_mean: l.panel_mean.to_string(),
            }
        })
        .collect();
    Board {
        call_id: board.call.id,
        title: board.call.terms.title.clone(),
        currency: board.pool.budget.currency.code(),
        pool: decimal_string(board.pool.budget.minor),
        min_grant: decimal_string(board.pool.min_grant.minor),
        max_total: board.board.max_total.to_string(),
        rounding: "totals and means to two decimals, half up; ranking on exact values",
        tie_breakers: board.board.tie_breakers.iter().map(|b| b.code()).collect(),
        block_flagged_applicants: board.block_flagged,
        awards_saved: !board.awards.is_empty(),
        ranking: ranking_rows(board),
        normalised,
        leniency,
    }
}
