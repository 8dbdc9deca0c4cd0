//! Evaluation pages: the committee member's queue and scoring screen, and the clerk's view of a
//! call's scoring with each card and its reopening.

mod card_form;
mod clerk;
mod queue;
mod record;
mod screen;

pub use clerk::{member_cards_page, reopen_card, scoring_progress_page};
pub use queue::evaluations_page;
pub use screen::{autosave_card, download_member_attachment, save_card, scoring_page};
