//! The downloads the JSON API and the pages both hand out: a call's submissions and ranking,
//! the town's agreements, payments and settlements (CSV and XLSX, headers in the reader's
//! language, exact amounts), and a town's awarded grants as open data (CSV and JSON). Neither
//! side imports the other; both import this.
//!
//! Each download is a [`Sheet`]: translated headers and a stream of pages of typed cells read
//! from the store by keyset (`granty_store::exports`). The CSV writer sends a chunk per page;
//! the XLSX writer keeps one row in memory (rust_xlsxwriter's constant-memory mode) and zips
//! into the response as it goes. Memory therefore does not grow with the rows, except for the
//! ranking, which is computed whole before its first row is known.

pub mod calendar;
mod csv;
mod download;
pub mod open_data;
pub mod ranking;
pub mod records;
pub mod submissions;
mod table;
mod xlsx;

pub use csv::body as csv_body;
pub use download::{attachment, file_name, inline, respond, Caching, Format, CSV_TYPE};
pub use ranking::{ranking_rows, ranking_sheet, RankingRow};

/// How many rows a page of rows already in memory holds (the ranking's).
const PAGE_ROWS: usize = 500;

/// From how many rows a download is "big": its link says so, and the page shows the progress.
pub const BIG_ROWS: u64 = 1_000;
