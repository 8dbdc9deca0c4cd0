//! The public's right to ask why an offer was chosen or rejected: within 30 days of the results
//! (art. 15 ust. 2i). A request is judged by the moment it arrived, as every deadline in Granty.

use chrono::{DateTime, Duration, Utc};

/// Days after the results are published during which anyone may ask for a justification.
pub const JUSTIFICATION_DAYS: i64 = 30;

/// Where the period comes from, shown beside it.
pub const JUSTIFICATION_BASIS: &str = "art. 15 ust. 2i ustawy o działalności pożytku publicznego";

/// The last instant a request may arrive: `JUSTIFICATION_DAYS` full days after publication.
pub fn justification_closes_at(published_at: DateTime<Utc>) -> DateTime<Utc> {
    published_at + Duration::days(JUSTIFICATION_DAYS)
}
