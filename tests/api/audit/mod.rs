//! The audit trail: every change leaves an entry with where it came from, chained by hashes so
//! that `granty audit verify` names the first entry changed, removed or inserted behind its back.

mod chain;
mod history;
mod trail_pages;
