//! Evaluation and award: the call's settings, its committee and their declarations, who scores
//! which offer, the scoring cards, the ranking and awards, and the published results.
//!
//! Every use case checks the caller's role and tenant and, for a committee member, their standing
//! on the call ([`gate`]): no offer content before the declaration of impartiality, nothing of an
//! offer they are excluded from.

pub mod assignment;
pub mod committee;
pub mod declaration;
pub mod gate;
pub mod offers;
pub mod overview;
pub mod settings;

pub use assignment::{assign, reassign, Assigned, Reassignment};
pub use committee::{appoint, remove_member, set_scores, Appointment};
pub use declaration::{
    declaration_form, declare, statement_as_shown, DeclarationForm, DeclarationInput,
};
pub use gate::{standing, Standing};
pub use granty_domain::evaluation::DEFAULT_PER_OFFER;
pub use overview::{overview, Overview};
pub use settings::{save_settings, settings, SettingsInput};
