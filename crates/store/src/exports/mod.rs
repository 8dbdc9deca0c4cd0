//! What the downloads read: a call's submissions, the town's agreements, their tranches and
//! payments, their settlements, and the town's awarded grants (open data), each a page at a
//! time.
//!
//! An export is opened once ([`submissions::open`], …): that checks the caller's role and town,
//! as every use case does, and gives back a handle that only reads. The handle then hands out
//! pages in a fixed order, each after the key of the last row seen (keyset pagination, never
//! `OFFSET`), so a download of 10,000 rows holds one page in memory at a time and each page
//! costs the same to read. Pages are read one after another, not in one transaction: a row
//! changed while a download runs shows as it was when its page was read.

pub mod agreements;
pub mod open_data;
pub mod payments;
pub mod settlements;
pub mod submissions;

/// How many rows one page of an export holds: big enough that a 10,000-row download takes
/// twenty reads, small enough that a page is a few hundred kilobytes at most.
pub const PAGE_ROWS: u64 = 500;
