//! Views more than one feature shows: an offer read-only (the review, the receipt, the clerk's
//! check) and a call's documents (the public call page, the clerk's list). They import no
//! feature module.

pub mod attachments;
pub mod documents;
pub mod offer;
pub mod trail;
