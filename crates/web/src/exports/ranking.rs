//! The ranking board's rows as shown (totals to two decimals, rounded half up; amounts as exact
//! decimals from minor units) and the CSV download.

use granty_domain::evaluation::budget::BudgetRow;
use granty_domain::evaluation::ranking::RankedRow;
use granty_domain::money::decimal_string;
use granty_store::evaluation::ranking::RankingBoard;
use serde::Serialize;

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

/// The headers of both downloads, in Polish (the language of the town's records): the fixed
/// ones before and after the criteria's means.
pub(super) const HEAD: [&str; 4] = ["Miejsce", "Organizacja", "Zadanie", "Numer oferty"];
pub(super) const TAIL: [&str; 8] = [
    "Suma punktów",
    "Rekomendowana",
    "Rozbieżność",
    "Uwagi o oferencie",
    "Wnioskowana kwota",
    "Kwota dotacji",
    "Uzasadnienie",
    "Pozostało w puli",
];

/// The header row: fixed columns and one "Średnia: <criterion>" per scored criterion.
pub(super) fn headers(board: &RankingBoard) -> Vec<String> {
    let means = board
        .call
        .terms
        .criteria
        .iter()
        .filter(|c| !c.gate)
        .map(|c| format!("Średnia: {}", c.name));
    HEAD.iter()
        .map(|h| h.to_string())
        .chain(means)
        .chain(TAIL.iter().map(|h| h.to_string()))
        .collect()
}

pub(super) fn yes_no(value: bool) -> &'static str {
    if value {
        "tak"
    } else {
        "nie"
    }
}

/// One row's cells as text, in the headers' order.
pub(super) fn cells(row: &RankingRow) -> Vec<String> {
    let divergence = match (row.divergent, row.divergence_resolved) {
        (false, _) => "nie",
        (true, true) => "rozstrzygnięta",
        (true, false) => "do rozstrzygnięcia",
    };
    let fixed = [
        row.place.to_string(),
        row.organisation.clone(),
        row.task.clone(),
        row.receipt_number.clone().unwrap_or_default(),
    ];
    let means = row.means.iter().flatten().cloned();
    let tail = [
        row.total.clone(),
        yes_no(row.recommended).to_string(),
        divergence.to_string(),
        row.flags.join(" "),
        row.requested.clone(),
        row.amount.clone(),
        row.reason.clone(),
        row.pool_left.clone(),
    ];
    fixed.into_iter().chain(means).chain(tail).collect()
}

/// A CSV field, quoted when it holds a separator, a quote or a line break (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The ranking as CSV: UTF-8 with a byte-order mark (so spreadsheets read the Polish letters),
/// commas between fields, CRLF line ends, amounts and totals with a dot and two decimals.
pub fn ranking_csv(board: &RankingBoard) -> String {
    let mut out = String::from("\u{feff}");
    let line = |cells: Vec<String>| {
        let fields: Vec<String> = cells.iter().map(|c| field(c)).collect();
        fields.join(",") + "\r\n"
    };
    out.push_str(&line(headers(board)));
    for row in ranking_rows(board) {
        out.push_str(&line(cells(&row)));
    }
    out
}
