//! CSV as a streamed body: UTF-8 with a byte-order mark (so spreadsheets read the Polish,
//! Czech and Ukrainian letters), commas between fields, CRLF line ends (RFC 4180), amounts as
//! exact decimals with a dot, dates as `YYYY-MM-DD`, local times as `YYYY-MM-DD HH:MM:SS`.
//!
//! The header goes out first, then one chunk per page as the store reads it: the body never
//! holds more than a page.

use super::table::{Cell, Sheet};
use axum::body::Body;
use bytes::Bytes;
use futures::stream::{self, StreamExt};
use granty_domain::money::decimal_string;

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Text typed by people (an organisation's name, a task's title) that a spreadsheet would take
/// for a formula is written with a leading apostrophe, so opening the file runs nothing
/// (OWASP: CSV injection). Amounts and dates are ours and never start that way.
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn cell(value: &Cell) -> String {
    match value {
        Cell::Text(text) => field(&inert(text)),
        Cell::Int(n) => n.to_string(),
        Cell::Amount(minor) => decimal_string(*minor),
        Cell::Decimal(text) => field(text),
        Cell::Date(day) => day.format("%Y-%m-%d").to_string(),
        Cell::Time(at) => at.format("%Y-%m-%d %H:%M:%S").to_string(),
        Cell::Empty => String::new(),
    }
}

/// One line with its CRLF.
pub fn line(cells: &[Cell]) -> String {
    let fields: Vec<String> = cells.iter().map(cell).collect();
    fields.join(",") + "\r\n"
}

/// The header line (with the byte-order mark) and a chunk per page. A failure after the first
/// byte can only cut the body short: it is logged, and the client sees the connection end.
pub fn body(sheet: Sheet) -> Body {
    let headers: Vec<Cell> = sheet.headers.into_iter().map(Cell::Text).collect();
    let head = format!("\u{feff}{}", line(&headers));
    let rows = sheet.pages.map(|page| {
        page.map(|rows| Bytes::from(rows.iter().map(|r| line(r)).collect::<String>()))
            .inspect_err(|e| tracing::error!(error = %e, "a CSV download broke off"))
    });
    Body::from_stream(stream::once(async move { Ok(Bytes::from(head)) }).chain(rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn cells_are_exact_and_quoted_and_formulas_stay_text() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 8).expect("day");
        let at = day.and_hms_opt(9, 5, 0).expect("time");
        let cells = [
            Cell::text("Fundacja \"Nowa\", Kraków"),
            Cell::Amount(1_000_050),
            Cell::Amount(-1),
            Cell::Date(day),
            Cell::Time(at),
            Cell::text("=HYPERLINK(\"x\")"),
            Cell::Empty,
            Cell::Int(7),
        ];
        assert_eq!(
            line(&cells),
            "\"Fundacja \"\"Nowa\"\", Kraków\",10000.50,-0.01,2026-12-08,2026-12-08 09:05:00,\"'=HYPERLINK(\"\"x\"\")\",,7\r\n"
        );
    }
}
