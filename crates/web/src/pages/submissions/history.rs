//! A submitted offer's audit trail for the staff (`views::trail` lays it out).

use crate::pages::guard::Staff;
use crate::pages::respond::PageError;
use crate::pages::views::trail::{self, Of};
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_store::audit::trail::of_application;

pub async fn history_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let entries = of_application(&state.db, &signed.actor, id).await?;
    let of = Of {
        heading: "audit_history_title",
        intro: "audit_history_intro",
        back_href: format!("/clerk/applications/{id}"),
        back_label: "formal_check",
    };
    trail::page(&signed, of, entries)
}
