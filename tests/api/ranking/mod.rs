//! The ranking board, awards and exports (issue 11), on SQLite and PostgreSQL: committee members
//! and their submitted cards are inserted directly (`fixtures`), the rest goes through the API
//! and the pages.

mod api;
mod exports;
pub mod fixtures;
mod page;
mod refusals;
