//! The download links a clerk's page offers (the submissions list, the ranking board, the
//! agreements list): a CSV and an XLSX link per download with its row count where it is known,
//! and for a big one a note and the progress (`/static/exports.js`; without JavaScript the
//! browser's own download progress, the file being streamed).

use crate::exports::BIG_ROWS;
use granty_domain::Language;
use granty_i18n::{message_with, text};
use serde::Serialize;

#[derive(Serialize)]
pub struct ExportLink {
    /// The links' ids are `<id>-csv` and `<id>-xlsx`.
    id: &'static str,
    label: &'static str,
    rows: Option<String>,
    csv: String,
    xlsx: String,
    big: bool,
}

/// A page's downloads.
#[derive(Serialize)]
pub struct Exports {
    links: Vec<ExportLink>,
    big: bool,
}

impl Exports {
    pub fn new(links: Vec<ExportLink>) -> Exports {
        let big = links.iter().any(|l| l.big);
        Exports { links, big }
    }
}

/// A download at `path` + `.csv` / `.xlsx` (and `query`, e.g. `?state=settled`), named by the
/// message `label`, of `rows` rows when known.
pub fn link(
    id: &'static str,
    label: &str,
    path: &str,
    query: &str,
    rows: Option<u64>,
    lang: Language,
) -> ExportLink {
    let count = |n: u64| {
        let n = i64::try_from(n).unwrap_or(i64::MAX);
        message_with(lang, "export_rows", &[("count", n.into())])
    };
    ExportLink {
        id,
        label: text(lang, label),
        rows: rows.map(count),
        csv: format!("{path}.csv{query}"),
        xlsx: format!("{path}.xlsx{query}"),
        big: rows.is_some_and(|n| n >= BIG_ROWS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_counts_its_rows_in_the_language_and_says_when_it_is_big() {
        let small = link(
            "s",
            "export_sheet_submissions",
            "/clerk/calls/3/applications",
            "",
            Some(2),
            Language::Pl,
        );
        assert_eq!(small.rows.as_deref(), Some("2 wiersze"));
        assert_eq!(small.xlsx, "/clerk/calls/3/applications.xlsx");
        assert!(!small.big);
        let big = link(
            "s",
            "export_sheet_submissions",
            "/x",
            "?state=a",
            Some(10_000),
            Language::En,
        );
        assert_eq!(big.rows.as_deref(), Some("10000 rows"));
        assert_eq!(big.csv, "/x.csv?state=a");
        assert!(Exports::new(vec![small, big]).big);
    }
}
