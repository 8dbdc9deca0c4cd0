//! The clerk's side of the offers: a call's submissions with filters and sorting, and the formal
//! check of one offer.

mod chart;
mod check;
mod decision;
mod history;
mod list;
mod summary;
mod versions;

pub use check::{application_page, submit_check};
pub use history::history_page;
pub use list::applications_page;

use serde::Serialize;

/// An option of a choice on these pages (a filter, a sort order, an outcome).
#[derive(Serialize)]
struct Choice {
    code: &'static str,
    label: &'static str,
}
