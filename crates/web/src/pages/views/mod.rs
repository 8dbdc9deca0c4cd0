//! Views more than one feature shows: an offer read-only (the review, the receipt, the clerk's
//! check), a call's documents (the public call page, the clerk's list) and what changed between
//! two JSON documents (an offer's versions, the audit trail), a settlement's figures explained
//! (the settlement screen, the clerk's review of a final report). They import no feature module.

pub mod attachments;
pub mod diff;
pub mod documents;
pub mod exports;
pub mod offer;
pub mod results;
pub mod settlement;
pub mod trail;
