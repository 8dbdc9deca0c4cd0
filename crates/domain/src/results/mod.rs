//! After the ranking: the executive's decision and its publication, the updated estimate of an
//! offer awarded less than it asked ("aktualizacja"), the public's right to ask for a
//! justification (art. 15 ust. 2i) and the cancellation of a call (art. 18a). All pure: the
//! store loads the facts and asks these functions which rule, if any, is broken.

mod cancellation;
mod justification;
mod update;

pub use cancellation::{check_cancellation, CancelGround, OfferCounts};
pub use justification::{justification_closes_at, JUSTIFICATION_BASIS, JUSTIFICATION_DAYS};
pub use update::{check_update, AwardDecision, UpdateState};

#[cfg(test)]
mod tests;
