//! Personal data (RODO/GDPR): an export of everything held about a person, erasure that keeps
//! the legally retained record, and the retention job.

mod erase;
mod export;
pub mod in_town;
pub mod retention;

pub use erase::erase;
pub use export::export;
