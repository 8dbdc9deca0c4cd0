//! Starting an offer in an open call for one of the person's organisations, or continuing the
//! draft it already has there.

use super::form::Posted;
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::NgoMember;
use crate::pages::respond::{redirect, PageError};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::applications;
use granty_store::StoreError;

pub async fn start(
    State(state): State<AppState>,
    NgoMember(signed): NgoMember,
    Path(call_id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = Posted::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let organisation: i64 = posted.get("organisation_id").parse().unwrap_or(0);
    let now = state.clock.now();
    let actor = &signed.actor;
    // A second click (or a second tab) continues the draft the first one started.
    match applications::start_or_continue(&state.db, actor, call_id, organisation, now).await {
        Ok((id, _)) => Ok(redirect(&format!("/applications/{id}/edit"))),
        // Not a call or an organisation of theirs: nothing to start.
        Err(StoreError::NotFound | StoreError::Invalid(_)) => Err(PageError::NotFound),
        // The call is not open (any more): back to the dashboard, which says what is.
        Err(StoreError::Transition(_)) => Ok(redirect("/dashboard")),
        Err(error) => Err(error.into()),
    }
}
