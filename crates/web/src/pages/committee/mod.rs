//! A call's committee: the clerk's page (members, evaluation rules, assignments) and the
//! member's declaration of impartiality.

mod actions;
mod declaration;
mod page;

pub use actions::{
    appoint, assign, reassign, remove, save_settings, show_committee, switch_scores,
};
pub use declaration::{show_declaration, sign_declaration};
