//! Reports (art. 18; Annex 5) on an agreement in realisation, on SQLite and PostgreSQL: opened
//! once, saved with optimistic concurrency, submitted once as a version, resubmitted after the
//! clerk asks for corrections; who may see and change them.

pub mod fixtures;
mod flow;
mod refusals;
mod reminders;
mod review;
