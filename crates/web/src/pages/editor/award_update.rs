//! The editor in update mode: an offer awarded less than it asked reopens its working copy for
//! the updated estimate. The editor and the review then say so (the award, the grant to ask for,
//! the rules), and their main button files the update (the results store's `submit_update`)
//! instead of submitting the offer, which the call no longer allows.

use crate::pages::guard::SignedIn;
use crate::pages::respond::PageError;
use crate::AppState;
use granty_i18n::format::money;
use granty_store::applications::ApplicationDetail;
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

/// The update box when the signed-in member's offer waits for its updated estimate; `None`
/// for any other offer, or any other reader (the store shows results to the applicant only).
/// The detail already knows whether one waits, so the award is read only when it does.
pub async fn update_box(
    state: &AppState,
    signed: &SignedIn,
    detail: &ApplicationDetail,
) -> Result<Option<UpdateBox>, PageError> {
    if !detail.update_open {
        return Ok(None);
    }
    let found = results::applicant_result(&state.db, &signed.actor, detail.record.id).await?;
    Ok(found
        .filter(|award| award.awaits_update())
        .map(|award| UpdateBox {
            award: money(award.amount, signed.lang),
            requested: money(award.requested, signed.lang),
        }))
}
