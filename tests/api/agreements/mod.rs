//! Agreements from an award to the end, on SQLite and PostgreSQL: drafted, edited, made ready
//! (PDF), signed by the town (PAdES) and by the organisation (its signed copy verified), in
//! realisation with tranches paid; annexes; a joint offer's parties; the refusals.

mod controls;
pub mod fixtures;
mod joint;
pub mod journey;
mod paper_scans;
mod refusals;
mod scans;
