//! What the JSON API and the pages both hand out about a call's ranking: the rows as shown, and
//! the downloads (CSV and XLSX with Polish headers). Neither side imports the other; both
//! import this.

pub mod calendar;
pub mod ranking;
mod spreadsheet;

pub use ranking::{ranking_csv, ranking_rows, RankingRow};
pub use spreadsheet::ranking_xlsx;
