//! Results: the executive's decision, publication and the public results, updated estimates,
//! justification requests and the art. 18a cancellation, on SQLite and PostgreSQL.

mod cancel;
mod editor_update;
pub(crate) mod fixtures;
mod justification;
mod pages;
mod publish;
mod update;
