//! The clerk's side of scoring: a call's progress per committee member (assigned, submitted,
//! draft, not started, late after the deadline), each card read-only, and reopening a submitted
//! card with a reason.

use super::card_form::{rows, CriterionRow};
use crate::pages::form::{check_csrf, errors_of, FieldError, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::instant;
use granty_store::evaluation::{self, CardProgress, MemberScoring};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct ScoringPage {
    call_id: i64,
    title: String,
    deadline: String,
    past_deadline: bool,
    members: Vec<MemberRow>,
}

#[derive(Serialize)]
struct MemberRow {
    user_id: i64,
    name: String,
    kind: &'static str,
    scores: bool,
    assigned: usize,
    submitted: usize,
    draft: usize,
    not_started: usize,
    late: usize,
    cards: Vec<CardLink>,
}

#[derive(Serialize)]
struct CardLink {
    application_id: i64,
    title: String,
    progress: &'static str,
    /// A card exists to read (a draft or submitted).
    readable: bool,
    late: bool,
}

fn member_row(m: MemberScoring, lang: granty_domain::Language) -> MemberRow {
    MemberRow {
        user_id: m.user_id,
        kind: text(lang, &format!("member_kind_{}", m.kind)),
        name: m.name,
        scores: m.scores,
        assigned: m.assigned,
        submitted: m.submitted,
        draft: m.draft,
        not_started: m.not_started,
        late: m.late,
        cards: m
            .cards
            .into_iter()
            .map(|c| CardLink {
                application_id: c.application_id,
                title: c.title,
                progress: text(lang, &format!("card_{}", c.progress.code())),
                readable: c.progress != CardProgress::NotStarted,
                late: c.late,
            })
            .collect(),
    }
}

pub async fn scoring_progress_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(call_id): Path<i64>,
) -> Result<Response, PageError> {
    let scoring =
        evaluation::call_scoring(&state.db, &signed.actor, call_id, state.clock.now()).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let page = ScoringPage {
        call_id,
        title: scoring.title,
        deadline: scoring
            .scoring_deadline
            .map(|d| instant(d, zone, lang))
            .unwrap_or_else(|| text(lang, "no_scoring_deadline").to_string()),
        past_deadline: scoring.past_deadline,
        members: scoring
            .members
            .into_iter()
            .map(|m| member_row(m, lang))
            .collect(),
    };
    render(StatusCode::OK, "clerk_scoring.html", &signed.frame, &page)
}

#[derive(Serialize)]
struct CardPage {
    application_id: i64,
    call_id: i64,
    user_id: i64,
    progress: &'static str,
    submitted: bool,
    submitted_at: String,
    late: bool,
    reopen_reason: Option<String>,
    criteria: Vec<CriterionRow>,
    /// Always false: the clerk reads the card.
    editable: bool,
    min_chars: u32,
    step: &'static str,
    reason: String,
    errors: Vec<FieldError>,
}

async fn card_page(
    state: &AppState,
    signed: &SignedIn,
    (id, user_id): (i64, i64),
    reason: String,
    errors: Vec<FieldError>,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let card = evaluation::clerk_card(&state.db, &signed.actor, id, user_id, now).await?;
    let lang = signed.lang;
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let page = CardPage {
        application_id: id,
        call_id: card.call_id,
        user_id,
        progress: text(lang, &format!("card_{}", card.progress.code())),
        submitted: card.progress == CardProgress::Submitted,
        submitted_at: card
            .submitted_at
            .map(|at| instant(at, signed.zone(), lang))
            .unwrap_or_default(),
        late: card.late,
        reopen_reason: card.reopen_reason.clone(),
        criteria: rows(&card, None, &[], lang),
        editable: false,
        min_chars: card.min_justification_chars,
        step: "1",
        reason,
        errors,
    };
    render(status, "clerk_scorecard.html", &signed.frame, &page)
}

pub async fn member_card_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(ids): Path<(i64, i64)>,
) -> Result<Response, PageError> {
    card_page(&state, &signed, ids, String::new(), vec![]).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReopenForm {
    csrf: String,
    reason: String,
}

pub async fn reopen_card(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path((id, user_id)): Path<(i64, i64)>,
    Form(form): Form<ReopenForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    match evaluation::reopen(&state.db, &signed.actor, id, user_id, &form.reason, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/applications/{id}/scorecards/{user_id}"
        ))),
        Err(StoreError::Invalid(v)) => {
            let errors = errors_of(&v, signed.lang);
            card_page(&state, &signed, (id, user_id), form.reason, errors).await
        }
        Err(other) => Err(other.into()),
    }
}
