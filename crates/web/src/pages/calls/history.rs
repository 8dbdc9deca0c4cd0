//! A call's audit trail for the staff of its town (`views::trail` lays it out).

use crate::pages::guard::Staff;
use crate::pages::respond::PageError;
use crate::pages::views::trail::{self, Of};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::audit::trail::of_call;

pub async fn call_history_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let entries = of_call(&state.db, &signed.actor, id).await?;
    let of = Of {
        heading: "audit_history_title",
        intro: "call_history_intro",
        back_href: "/clerk/calls".to_string(),
        back_label: "clerk_calls_title",
    };
    trail::page(&signed, of, entries)
}
