//! The offer editor: the NGO member writes an offer (with autosave for the script), uploads,
//! replaces and removes its attachments, reviews it as the office will read it, submits it and
//! gets the receipt. The page itself is laid out in `view`, the posted form read back in `form`.
//! A submitted offer can be withdrawn and a draft deleted (`withdraw`).

mod award_update;
mod edit;
mod form;
mod receipt;
mod review;
mod start;
mod upload;
mod view;
mod withdraw;

pub use edit::{autosave, edit, save};
pub use receipt::receipt;
pub use review::{review, submit};
pub use start::start;
pub use upload::{remove, replace, upload};
pub use withdraw::{confirm_deletion, confirm_withdrawal, delete, withdraw};

use crate::pages::guard::SignedIn;
use crate::pages::respond::PageError;
use crate::AppState;
use granty_store::applications::{self, ApplicationDetail};
use granty_store::StoreError;

/// The offer with everything its pages show; someone who may not see it gets the 404 page.
async fn load(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
) -> Result<ApplicationDetail, PageError> {
    match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => Ok(detail),
        Err(StoreError::Forbidden) => Err(PageError::NotFound),
        Err(error) => Err(error.into()),
    }
}
