//! The ranking board's page: its struct, built section by section from the store's board (the
//! rows with the award inputs, the normalised ranking, leniency, the two pictures and their
//! figures).

use super::charts::{members_chart, pool_chart, Caption};
use crate::exports::{ranking_rows, RankingRow};
use crate::pages::form::{field_error, FieldError, LabelledError};
use crate::pages::texts::text;
use crate::pages::views::exports::{link, Exports};
use granty_domain::evaluation::budget::field;
use granty_domain::evaluation::ranking::Separation;
use granty_domain::evaluation::TieBreaker;
use granty_domain::{Language, Money};
use granty_i18n::format::money;
use granty_store::evaluation::ranking::RankingBoard;
use serde::Serialize;
use std::collections::HashMap;

#[derive(Serialize)]
pub(super) struct RowView {
    #[serde(flatten)]
    row: RankingRow,
    requested_text: String,
    pool_left_text: String,
    separated_by_text: String,
    flag_texts: Vec<&'static str>,
    amount_value: String,
    reason_value: String,
    amount_error: Option<String>,
    reason_error: Option<String>,
    divergence_error: Option<String>,
}

#[derive(Serialize)]
pub(super) struct NormalisedView {
    place: u32,
    organisation: String,
    task: String,
    total: String,
}

#[derive(Serialize)]
pub(super) struct LeniencyView {
    member_id: i64,
    name: String,
    offers: u32,
    offset: String,
    own_mean: String,
    panel_mean: String,
}

#[derive(Serialize)]
pub(super) struct MemberOption {
    user_id: i64,
    name: String,
}

#[derive(Serialize)]
pub(super) struct RankingPage {
    id: i64,
    title: String,
    pool: String,
    max_total: String,
    criteria: Vec<String>,
    breakers: Vec<String>,
    rows: Vec<RowView>,
    normalised: Vec<NormalisedView>,
    leniency: Vec<LeniencyView>,
    members: Vec<MemberOption>,
    pool_chart: String,
    members_chart: String,
    notice: Option<&'static str>,
    errors: Vec<LabelledError>,
    /// The ranking as CSV and XLSX.
    exports: Exports,
}

/// What the clerk typed, by field name, to show back after a refusal.
pub(super) type Typed = HashMap<String, String>;

fn breaker_text(breaker: TieBreaker, lang: Language) -> String {
    match breaker {
        TieBreaker::Criterion(i) => {
            format!("{} {}", text(lang, "ranking_breaker_criterion"), i + 1)
        }
        TieBreaker::Received => text(lang, "ranking_breaker_received").to_string(),
    }
}

fn separation_text(separation: Separation, lang: Language) -> String {
    match separation {
        Separation::Total => text(lang, "ranking_by_total").to_string(),
        Separation::Breaker(b) => breaker_text(b, lang),
        Separation::ApplicationId => text(lang, "ranking_breaker_id").to_string(),
    }
}

fn row_view(
    board: &RankingBoard,
    row: RankingRow,
    typed: &Typed,
    errors: &[FieldError],
    lang: Language,
) -> RowView {
    let currency = board.pool.budget.currency;
    let id = row.application_id;
    let (amount_field, reason_field) = (field(id, "amount"), field(id, "reason"));
    let separation = board
        .board
        .raw
        .iter()
        .find(|r| r.application_id == id)
        .map_or(Separation::Total, |r| r.separation);
    RowView {
        requested_text: money(Money::new(requested_minor(board, id), currency), lang),
        pool_left_text: money(Money::new(row.pool_left_minor, currency), lang),
        separated_by_text: separation_text(separation, lang),
        flag_texts: row
            .flags
            .iter()
            .map(|f| text(lang, &format!("ranking_flag_{f}")))
            .collect(),
        amount_value: typed
            .get(&amount_field)
            .cloned()
            .unwrap_or(row.amount.clone()),
        reason_value: typed
            .get(&reason_field)
            .cloned()
            .unwrap_or(row.reason.clone()),
        amount_error: field_error(errors, &amount_field),
        reason_error: field_error(errors, &reason_field),
        divergence_error: field_error(errors, &field(id, "divergence")),
        row,
    }
}

fn requested_minor(board: &RankingBoard, id: i64) -> i64 {
    board
        .board
        .offers
        .iter()
        .find(|o| o.application_id == id)
        .map_or(0, |o| o.requested.minor)
}

fn normalised(board: &RankingBoard) -> Vec<NormalisedView> {
    board
        .board
        .normalised
        .iter()
        .map(|r| {
            let who = board.offers.get(&r.application_id);
            NormalisedView {
                place: r.place,
                organisation: who.map(|o| o.organisation_name.clone()).unwrap_or_default(),
                task: who.map(|o| o.task.clone()).unwrap_or_default(),
                total: r.total.to_string(),
            }
        })
        .collect()
}

fn leniency(board: &RankingBoard) -> Vec<LeniencyView> {
    board
        .board
        .leniency
        .iter()
        .map(|l| LeniencyView {
            member_id: l.member_id,
            name: board
                .members
                .iter()
                .find(|m| m.user_id == l.member_id)
                .map(|m| m.display_name.clone())
                .unwrap_or_default(),
            offers: l.offers,
            offset: l.offset.to_string(),
            own_mean: l.own_mean.to_string(),
            panel_mean: l.panel_mean.to_string(),
        })
        .collect()
}

fn charts(board: &RankingBoard, rows: &[RankingRow], lang: Language) -> (String, String) {
    let allocated: Vec<i64> = rows.iter().map(|r| r.amount_minor).collect();
    let left: Vec<i64> = rows.iter().map(|r| r.pool_left_minor).collect();
    let pool = pool_chart(
        &allocated,
        &left,
        board.pool.budget.minor,
        &Caption {
            id: "pool-chart",
            title: text(lang, "ranking_chart_pool"),
            desc: text(lang, "ranking_chart_pool_desc"),
        },
    );
    let pairs: Vec<(i64, i64)> = board
        .board
        .leniency
        .iter()
        .map(|l| (l.own_mean.centi(), l.panel_mean.centi()))
        .collect();
    let members = members_chart(
        &pairs,
        board.board.max_total.centi(),
        &Caption {
            id: "members-chart",
            title: text(lang, "ranking_chart_members"),
            desc: text(lang, "ranking_chart_members_desc"),
        },
    );
    (pool, members)
}

/// The error summary: each problem under its row's place and organisation.
fn labelled(errors: &[FieldError], rows: &[RowView]) -> Vec<LabelledError> {
    errors
        .iter()
        .map(|e| {
            let row = rows.iter().find(|r| {
                e.field
                    .starts_with(&format!("awards[{}]", r.row.application_id))
            });
            LabelledError {
                field: anchor(&e.field),
                label: row.map_or_else(String::new, |r| {
                    format!("{}. {}", r.row.place, r.row.organisation)
                }),
                message: e.message.clone(),
            }
        })
        .collect()
}

/// The input a field's error points at: `awards[7].amount` → `amount-7`.
pub(super) fn anchor(field: &str) -> String {
    let inner = field.trim_start_matches("awards[");
    match inner.split_once("].") {
        Some((id, part)) => format!("{part}-{id}"),
        None => field.to_string(),
    }
}

fn member_options(board: &RankingBoard) -> Vec<MemberOption> {
    board
        .members
        .iter()
        .map(|m| MemberOption {
            user_id: m.user_id,
            name: m.display_name.clone(),
        })
        .collect()
}

/// The whole page.
pub(super) fn ranking_page(
    board: &RankingBoard,
    typed: &Typed,
    errors: &[FieldError],
    notice: Option<&'static str>,
    lang: Language,
) -> RankingPage {
    let rows_data = ranking_rows(board);
    let (pool_chart, members_chart) = charts(board, &rows_data, lang);
    let rows: Vec<RowView> = rows_data
        .into_iter()
        .map(|row| row_view(board, row, typed, errors, lang))
        .collect();
    RankingPage {
        id: board.call.id,
        title: board.call.terms.title.clone(),
        pool: money(board.pool.budget, lang),
        max_total: board.board.max_total.to_string(),
        // Every criterion, gates included, so the names line up with the rows' means.
        criteria: board
            .call
            .terms
            .criteria
            .iter()
            .map(|c| c.name.clone())
            .collect(),
        breakers: board
            .board
            .tie_breakers
            .iter()
            .map(|b| breaker_text(*b, lang))
            .collect(),
        errors: labelled(errors, &rows),
        rows,
        normalised: normalised(board),
        leniency: leniency(board),
        members: member_options(board),
        pool_chart,
        members_chart,
        notice: notice.map(|key| text(lang, key)),
        exports: Exports::new(vec![link(
            "download",
            "export_sheet_ranking",
            &format!("/clerk/calls/{}/ranking", board.call.id),
            "",
            Some(board.board.raw.len() as u64),
            lang,
        )]),
    }
}
