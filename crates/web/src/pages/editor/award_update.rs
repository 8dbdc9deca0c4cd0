//! The editor in update mode: an offer awarded less than it asked reopens its working copy for
//! the updated estimate. The editor and the review then say so (the award, the grant to ask for,
//! the rules), and their main button files the update (the results store's `submit_update`)
//! instead of submitting the offer, which the call no longer allows.

use crate::pages::guard::SignedIn;
use crate::pages::respond::PageError;
use crate::AppState;
use granty_i18n::format::money;
use granty_store::results;
use serde::Serialize;

/// The box above the editor and the review while the award waits for its updated estimate.
#[derive(Serialize, Clone)]
pub struct UpdateBox {
    /// The amount awarded, which the updated estimate must ask for exactly.
    pub award: String,
    /// What the filed offer asked for.
    pub requested: String,
}

/// The update box when the signed-in member's offer `id` waits for its updated estimate; `None`
/// for any other offer, or any other reader (the store shows results to the applicant only).
pub async fn update_box(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
) -> Result<Option<UpdateBox>, PageError> {
    let found = results::applicant_result(&state.db, &signed.actor, id).await?;
    Ok(found
        .filter(|award| award.awaits_update())
        .map(|award| UpdateBox {
            award: money(award.amount, signed.lang),
            requested: money(award.requested, signed.lang),
        }))
}
