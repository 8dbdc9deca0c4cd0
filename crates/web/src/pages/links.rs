//! The address every email about an offer links to (`/applications/{id}`): it opens the page the
//! recipient works on, so letters already sent keep working whatever the pages are called later.
//! Someone not signed in logs in first and comes back here (`next=`).

use crate::pages::guard::SignedIn;
use crate::pages::respond::{redirect, PageError};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::applications;

/// The staff go to the offer's formal check; the applicant's members and a joint offer's partners
/// to the editor, which sends readers on to the review or the receipt. Anyone else (another
/// organisation, a draft asked for by the staff, an evaluator) gets the 404 page.
pub async fn open_application(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    applications::visible(&state.db.reader, &signed.actor, id).await?;
    let to = if signed.actor.role.is_staff() {
        format!("/clerk/applications/{id}")
    } else {
        format!("/applications/{id}/edit")
    };
    Ok(redirect(&to))
}
