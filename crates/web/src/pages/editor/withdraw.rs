//! Taking an offer back: withdrawing a submitted one before the deadline, or deleting a draft
//! that was never submitted. Each asks first on a page of its own (the GET), then acts (the POST)
//! and returns to the dashboard, which says what happened.

use super::form::Posted;
use super::load;
use crate::error::transition_detail;
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::application::{Actor, ApplicationAction, ApplicationState};
use granty_store::applications::{self, ApplicationDetail};
use granty_store::StoreError;
use serde::Serialize;

/// Withdraw a submitted offer, or delete a draft.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Removal {
    Withdraw,
    Delete,
}

impl Removal {
    fn path(self) -> &'static str {
        match self {
            Removal::Withdraw => "withdraw",
            Removal::Delete => "delete",
        }
    }

    /// Whether the caller may do it to this offer now.
    fn allowed(self, detail: &ApplicationDetail, now: chrono::DateTime<chrono::Utc>) -> bool {
        match self {
            Removal::Withdraw => detail
                .next_actions(now)
                .contains(&ApplicationAction::Withdraw),
            Removal::Delete => {
                detail.viewer == Some(Actor::Applicant)
                    && detail.record.state == ApplicationState::Draft
                    && detail.versions.is_empty()
            }
        }
    }
}

#[derive(Serialize)]
struct ConfirmPage {
    id: i64,
    action: &'static str,
    heading: &'static str,
    explanation: &'static str,
    button: &'static str,
    title: String,
    call_title: String,
    refusal: Option<String>,
}

async fn confirm_page(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    removal: Removal,
    (status, refusal): (StatusCode, Option<String>),
) -> Result<Response, PageError> {
    let detail = load(state, signed, id).await?;
    if refusal.is_none() && !removal.allowed(&detail, state.clock.now()) {
        // Nothing to confirm (already withdrawn, submitted, or not the applicant's): the offer's
        // own page says where it stands.
        return Ok(redirect(&format!("/applications/{id}/edit")));
    }
    let lang = signed.lang;
    let key = |name: &str| text(lang, &format!("{}_{name}", removal.path()));
    let content = &detail.record.content;
    let page = ConfirmPage {
        id,
        action: removal.path(),
        heading: key("heading"),
        explanation: key("explanation"),
        button: key("button"),
        title: if content.title.trim().is_empty() {
            "—".into()
        } else {
            content.title.clone()
        },
        call_title: detail.call.terms.title.clone(),
        refusal,
    };
    render(status, "confirm_removal.html", &signed.frame, &page)
}

pub async fn confirm_withdrawal(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, None);
    confirm_page(&state, &signed, id, Removal::Withdraw, fresh).await
}

pub async fn confirm_deletion(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let fresh = (StatusCode::OK, None);
    confirm_page(&state, &signed, id, Removal::Delete, fresh).await
}

pub async fn withdraw(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &Posted::new(pairs).get("csrf"))?;
    let now = state.clock.now();
    let done = applications::withdraw(&state.db, &signed.actor, id, now).await;
    answer(&state, &signed, id, Removal::Withdraw, done).await
}

pub async fn delete(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &Posted::new(pairs).get("csrf"))?;
    let now = state.clock.now();
    let done = applications::delete_draft(&state.db, &signed.actor, id, now).await;
    answer(&state, &signed, id, Removal::Delete, done).await
}

/// Back to the dashboard, which says what was done; a refusal (the deadline passed, the draft was
/// submitted meanwhile) is said on the confirmation page.
async fn answer(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    removal: Removal,
    done: Result<(), StoreError>,
) -> Result<Response, PageError> {
    match done {
        Ok(()) => Ok(redirect(&format!("/dashboard?done={}", removal.path()))),
        Err(StoreError::Transition(error)) => {
            let why = transition_detail(&error, signed.zone(), signed.lang);
            let refused = (StatusCode::CONFLICT, Some(why));
            confirm_page(state, signed, id, removal, refused).await
        }
        Err(error) => Err(error.into()),
    }
}
