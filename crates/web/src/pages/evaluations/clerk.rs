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
use granty_domain::Language;
use granty_i18n::format::instant;
use granty_store::evaluation::{self, CardProgress, MemberCard, MemberScoring};
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

fn member_row(m: MemberScoring, lang: Language) -> MemberRow {
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
struct CardsPage {
    application_id: i64,
    call_id: Option<i64>,
    cards: Vec<CardBlock>,
    /// The member whose reopening was refused, with the reason typed and the messages.
    refused_member: Option<i64>,
    reason: String,
    errors: Vec<FieldError>,
}

/// One member's card, read-only.
#[derive(Serialize)]
struct CardBlock {
    user_id: i64,
    member_name: String,
    progress: &'static str,
    submitted: bool,
    submitted_at: String,
    late: bool,
    reopen_reason: Option<String>,
    criteria: Vec<CriterionRow>,
    /// Always false: the clerk reads the card (the rows' template asks).
    editable: bool,
    min_chars: u32,
    step: &'static str,
}

fn card_block(member: MemberCard, zone: chrono_tz::Tz, lang: Language) -> CardBlock {
    let card = member.card;
    CardBlock {
        user_id: card.member_user_id,
        member_name: member.member_name,
        progress: text(lang, &format!("card_{}", card.progress.code())),
        submitted: card.progress == CardProgress::Submitted,
        submitted_at: card
            .submitted_at
            .map(|at| instant(at, zone, lang))
            .unwrap_or_default(),
        late: card.late,
        reopen_reason: card.reopen_reason.clone(),
        criteria: rows(&card, None, &[], lang),
        editable: false,
        min_chars: card.min_justification_chars,
        step: "1",
    }
}

/// What a refused reopening brings back: whose card, the reason typed, the messages.
type Refusal = (Option<i64>, String, Vec<FieldError>);

async fn cards_page(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    (refused_member, reason, errors): Refusal,
) -> Result<Response, PageError> {
    let now = state.clock.now();
    let cards = evaluation::clerk_cards(&state.db, &signed.actor, id, now).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let status = match errors.is_empty() {
        true => StatusCode::OK,
        false => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let page = CardsPage {
        application_id: id,
        call_id: cards.first().map(|c| c.card.call_id),
        cards: cards
            .into_iter()
            .map(|c| card_block(c, zone, lang))
            .collect(),
        refused_member,
        reason,
        errors,
    };
    render(status, "clerk_scorecard.html", &signed.frame, &page)
}

pub async fn member_cards_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    cards_page(&state, &signed, id, (None, String::new(), vec![])).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReopenForm {
    csrf: String,
    member_user_id: String,
    reason: String,
}

pub async fn reopen_card(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ReopenForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let member: i64 = form.member_user_id.trim().parse().unwrap_or(0);
    match evaluation::reopen(&state.db, &signed.actor, id, member, &form.reason, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/applications/{id}/scorecards#card-{member}"
        ))),
        Err(StoreError::Invalid(v)) => {
            let errors = errors_of(&v, signed.lang);
            let refusal = (Some(member), form.reason, errors);
            cards_page(&state, &signed, id, refusal).await
        }
        Err(other) => Err(other.into()),
    }
}
