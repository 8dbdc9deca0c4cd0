//! Evaluation and award: the call's settings, its committee and their declarations, who scores
//! which offer, the scoring cards, the ranking and awards, and the published results.
//!
//! Every use case checks the caller's role and tenant and, for a committee member, their standing
//! on the call ([`gate`]): no offer content before the declaration of impartiality, nothing of an
//! offer they are excluded from.

pub mod awards;
pub mod divergences;
pub mod flags;
pub mod gate;
pub mod ranking;
pub mod settings;

pub use gate::{standing, Standing};
pub use settings::settings;
