//! The town's calls as the clerk sees them: every stage, drafts to edit.

use super::publication::CHANNELS;
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::call::CallState;
use granty_i18n::format::{call_phase, last_moment};
use granty_store::{applications, calls};
use serde::Serialize;

#[derive(Serialize)]
struct CallRow {
    id: i64,
    title: String,
    phase: &'static str,
    deadline: String,
    draft: bool,
    /// Offers received so far (a corrected offer counts once).
    submitted: i64,
}

/// A channel's day input of the publish form.
#[derive(Serialize)]
struct Channel {
    name: &'static str,
    label: &'static str,
}

/// What the list says about what was just done: done (a status), or refused (an alert).
#[derive(Serialize)]
pub(super) enum Outcome {
    Done(String),
    Refused(String),
}

#[derive(Serialize)]
struct CallsPage {
    calls: Vec<CallRow>,
    channels: Vec<Channel>,
    done: Option<String>,
    refused: Option<String>,
}

pub async fn calls_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    calls_list(&state, &signed, None).await
}

/// The list, with what was just done (a call published, or why not).
pub(super) async fn calls_list(
    state: &AppState,
    signed: &SignedIn,
    outcome: Option<Outcome>,
) -> Result<Response, PageError> {
    let records = calls::list(&state.db, &signed.actor).await?;
    let submitted = applications::submitted_per_call(&state.db, &signed.actor).await?;
    let now = state.clock.now();
    let (zone, lang) = (signed.zone(), signed.lang);
    let calls = records
        .iter()
        .map(|c| CallRow {
            id: c.id,
            title: c.terms.title.clone(),
            phase: call_phase(c.phase(now), lang),
            deadline: last_moment(c.terms.deadline, zone, lang),
            draft: c.state == CallState::Draft,
            submitted: submitted.get(&c.id).copied().unwrap_or(0),
        })
        .collect();
    let channels = CHANNELS
        .iter()
        .map(|(name, label)| Channel {
            name,
            label: text(lang, label),
        })
        .collect();
    let (done, refused) = match outcome {
        Some(Outcome::Done(text)) => (Some(text), None),
        Some(Outcome::Refused(text)) => (None, Some(text)),
        None => (None, None),
    };
    let page = CallsPage {
        calls,
        channels,
        done,
        refused,
    };
    render(StatusCode::OK, "clerk_calls.html", &signed.frame, &page)
}
