//! An organisation's audit trail (its profile and members) for the staff of its town
//! (`views::trail` lays it out); linked from the formal check of its offers.

use crate::pages::guard::Staff;
use crate::pages::respond::PageError;
use crate::pages::views::trail::{self, Of};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::audit::trail::of_organisation;

pub async fn organisation_history_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let entries = of_organisation(&state.db, &signed.actor, id).await?;
    let of = Of {
        heading: "audit_history_title",
        intro: "organisation_history_intro",
        back_href: "/clerk/calls".to_string(),
        back_label: "clerk_calls_title",
    };
    trail::page(&signed, of, entries)
}
