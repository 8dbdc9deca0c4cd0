//! Evaluation and award: the call's settings, its committee and their declarations, who scores
//! which offer, the scoring cards, the ranking and awards, and the published results.
//!
//! Every use case checks the caller's role and tenant and, for a committee member, their standing
//! on the call ([`gate`]): no offer content before the declaration of impartiality, nothing of an
//! offer they are excluded from.

pub mod assignment;
pub mod awards;
pub mod card_writes;
pub mod committee;
pub mod declaration;
pub mod divergences;
pub mod flags;
pub mod gate;
pub mod offer;
pub mod offers;
pub mod overview;
pub mod progress;
pub mod queue;
pub mod ranking;
pub(crate) mod reminders;
pub mod reopen;
pub mod scorecards;
pub mod settings;
pub mod track_record;

pub use assignment::{assign, reassign, Assigned, Reassignment};
pub use card_writes::{save_draft, submit, CardChange};
pub use committee::{appoint, remove_member, set_scores, Appointment};
pub use declaration::{
    declaration_form, declare, statement_as_shown, DeclarationForm, DeclarationInput,
};
pub use gate::{standing, Standing};
pub use granty_domain::evaluation::DEFAULT_PER_OFFER;
pub use offer::{attachment_for_member, offer_for_member};
pub use overview::{overview, Overview};
pub use progress::{call_scoring, CallScoring, MemberScoring};
pub use queue::{queue, QueueCall, QueueOffer};
pub use reopen::{clerk_cards, reopen, MemberCard};
pub use scorecards::{card, Card, CardProgress};
pub use settings::{save_settings, settings, SettingsInput};
