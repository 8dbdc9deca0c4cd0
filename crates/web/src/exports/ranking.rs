//! The ranking board's rows as shown (totals to two decimals, rounded half up; amounts as exact
//! decimals from minor units) and the ranking as a download.

use granty_domain::evaluation::budget::BudgetRow;
use granty_domain::evaluation::ranking::RankedRow;
use granty_domain::money::decimal_string;
use granty_domain::Language;
use granty_i18n::{message_with, Arg};
use granty_store::evaluation::ranking::RankingBoard;
use serde::Serialize;

use super::table::{header, in_pages, Cell, Row, Sheet};

/// One row of the raw ranking with its budget line.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct RankingRow {
    pub place: u32,
    pub application_id: i64,
    pub organisation: String,
    pub task: String,
    pub receipt_number: Option<String>,
    /// Per criterion, the mean to two decimals; `None` for a gate criterion.
    pub means: Vec<Option<String>>,
    pub total: String,
    /// The exact total as a fraction of points.
    #[schema(value_type = Vec<String>)]
    pub total_exact: (String, String),
    pub scored: bool,
    pub gates_passed: bool,
    pub recommended: bool,
    pub divergent: bool,
    pub divergence_resolved: bool,
    /// What separated the row from the one above: `total`, a tie-breaker code, `application_id`.
    pub separated_by: String,
    pub flags: Vec<&'static str>,
    pub requested: String,
    pub requested_minor: i64,
    pub amount: String,
    pub amount_minor: i64,
    pub reason: String,
    pub pool_left: String,
    pub pool_left_minor: i64,
    pub partial: bool,
}

/// The raw ranking's rows with the budget (as saved, or as proposed before the first save).
pub fn ranking_rows(board: &RankingBoard) -> Vec<RankingRow> {
    let budget = board.budget();
    let resolved = board.resolved_ids();
    board
        .board
        .raw
        .iter()
        .zip(budget)
        .map(|(ranked, line)| row_of(board, ranked, &line, &resolved))
        .collect()
}

fn row_of(
    board: &RankingBoard,
    ranked: &RankedRow,
    line: &BudgetRow,
    resolved: &[i64],
) -> RankingRow {
    let offer = &board.board.offers[ranked.index];
    let who = board.offers.get(&offer.application_id);
    RankingRow {
        place: ranked.place,
        application_id: offer.application_id,
        organisation: who.map(|o| o.organisation_name.clone()).unwrap_or_default(),
        task: who.map(|o| o.task.clone()).unwrap_or_default(),
        receipt_number: who.and_then(|o| o.receipt_number.clone()),
        means: offer
            .means
            .iter()
            .map(|m| m.map(|m| m.to_string()))
            .collect(),
        total: offer.total.to_string(),
        total_exact: exact(ranked),
        scored: offer.scored(),
        gates_passed: offer.gates_passed(),
        recommended: offer.recommended,
        divergent: offer.divergent,
        divergence_resolved: resolved.contains(&offer.application_id),
        separated_by: ranked.separation.code(),
        flags: board
            .flags_of(offer.application_id)
            .iter()
            .map(|f| f.code())
            .collect(),
        requested: decimal_string(line.requested.minor),
        requested_minor: line.requested.minor,
        amount: decimal_string(line.amount.minor),
        amount_minor: line.amount.minor,
        reason: line.reason.clone(),
        pool_left: decimal_string(line.pool_left.minor),
        pool_left_minor: line.pool_left.minor,
        partial: line.partial,
    }
}

fn exact(ranked: &RankedRow) -> (String, String) {
    let total = ranked.total;
    (
        total.numerator().to_string(),
        total.denominator().to_string(),
    )
}

/// The headers of both downloads in the reader's language: the fixed ones, one "Mean:
/// <criterion>" per scored criterion, then the totals, the budget and the currency.
fn headers(board: &RankingBoard, lang: Language) -> Vec<String> {
    let fixed = [
        "export_place",
        "export_organisation",
        "export_task",
        "export_receipt",
    ];
    let means = board
        .call
        .terms
        .criteria
        .iter()
        .filter(|c| !c.gate)
        .map(|c| {
            message_with(
                lang,
                "export_ranking_mean",
                &[("criterion", Arg::Text(c.name.as_str().into()))],
            )
        });
    let tail = [
        "export_total_points",
        "export_recommended",
        "export_divergence",
        "export_flags",
        "export_requested",
        "export_awarded",
        "export_award_reason",
        "export_pool_left",
        "export_currency",
    ];
    fixed
        .iter()
        .map(|id| header(lang, id))
        .chain(means)
        .chain(tail.iter().map(|id| header(lang, id)))
        .collect()
}

fn yes_no(value: bool, lang: Language) -> Cell {
    Cell::text(header(lang, if value { "export_yes" } else { "export_no" }))
}

/// One row's cells, in the headers' order.
fn cells(row: &RankingRow, currency: &str, lang: Language) -> Row {
    let divergence = match (row.divergent, row.divergence_resolved) {
        (false, _) => "export_no",
        (true, true) => "export_divergence_resolved",
        (true, false) => "export_divergence_open",
    };
    let fixed = [
        Cell::Int(i64::from(row.place)),
        Cell::text(&row.organisation),
        Cell::text(&row.task),
        Cell::text(row.receipt_number.clone().unwrap_or_default()),
    ];
    let means = row.means.iter().flatten().map(|m| Cell::Decimal(m.clone()));
    let tail = [
        Cell::Decimal(row.total.clone()),
        yes_no(row.recommended, lang),
        Cell::text(header(lang, divergence)),
        Cell::text(row.flags.join(" ")),
        Cell::Amount(row.requested_minor),
        Cell::Amount(row.amount_minor),
        Cell::text(&row.reason),
        Cell::Amount(row.pool_left_minor),
        Cell::text(currency),
    ];
    fixed.into_iter().chain(means).chain(tail).collect()
}

/// The ranking as a download. The board is computed whole (every offer's scores are needed
/// before the first place is known), so its rows are in memory; the file is still streamed.
pub fn ranking_sheet(board: &RankingBoard, lang: Language) -> Sheet {
    let currency = board.pool.budget.currency.code();
    let rows = ranking_rows(board)
        .iter()
        .map(|row| cells(row, currency, lang))
        .collect();
    Sheet {
        title: header(lang, "export_sheet_ranking"),
        file_stem: format!("ranking-{}", board.call.id),
        headers: headers(board, lang),
        pages: in_pages(rows),
    }
}
