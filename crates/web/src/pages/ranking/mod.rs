//! The clerk's ranking board (`/clerk/calls/{id}/ranking`): the raw ranking with the award
//! inputs and the pool left after every row, the normalised ranking beside it, the members'
//! leniency, divergences to resolve, two pictures, and the downloads. Works without JavaScript.

mod charts;
mod view;

use crate::exports::{ranking_sheet, respond, Format};
use crate::pages::form::{check_csrf, errors_of, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::evaluation::budget::{field, parse_choice, AwardChoice};
use granty_domain::Violations;
use granty_store::evaluation::awards::record_awards;
use granty_store::evaluation::divergences::{resolve_divergence, Resolution};
use granty_store::evaluation::ranking::{ranking_board, RankingBoard};
use granty_store::StoreError;
use serde::Deserialize;
use view::Typed;

async fn show(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    typed: &Typed,
    refused: Option<&Violations>,
    notice: Option<&'static str>,
) -> Result<Response, PageError> {
    let board = ranking_board(&state.db, &signed.actor, id, state.clock.now()).await?;
    let errors = refused
        .map(|v| errors_of(v, signed.lang))
        .unwrap_or_default();
    let page = view::ranking_page(&board, typed, &errors, notice, signed.lang);
    let status = if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(status, "clerk_ranking.html", &signed.frame, &page)
}

pub async fn ranking_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    show(&state, &signed, id, &Typed::new(), None, None).await
}

/// The typed amounts and reasons of every ranked offer, and what could not be read.
fn choices_of(board: &RankingBoard, typed: &Typed) -> (Vec<AwardChoice>, Violations) {
    let currency = board.pool.budget.currency;
    let mut refused = Violations::new();
    let mut choices = Vec::new();
    for &application_id in board.offers.keys() {
        let value = |part: &str| {
            let name = field(application_id, part);
            typed.get(&name).cloned().unwrap_or_default()
        };
        match parse_choice(application_id, &value("amount"), &value("reason"), currency) {
            Ok(choice) => choices.push(choice),
            Err(v) => refused.extend(v),
        }
    }
    (choices, refused)
}

/// The awards form: `awards[<id>].amount` and `awards[<id>].reason` for every ranked offer.
pub async fn save_awards(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let typed: Typed = fields.into_iter().collect();
    check_csrf(&signed, typed.get("csrf").map_or("", String::as_str))?;
    let board = ranking_board(&state.db, &signed.actor, id, state.clock.now()).await?;
    let (choices, mut refused) = choices_of(&board, &typed);
    if refused.is_empty() {
        let now = state.clock.now();
        match record_awards(&state.db, &signed.actor, id, &choices, now).await {
            Ok(_) => {
                let saved = Some("ranking_awards_saved");
                return show(&state, &signed, id, &Typed::new(), None, saved).await;
            }
            Err(StoreError::Invalid(v)) => refused = v,
            Err(other) => return Err(other.into()),
        }
    }
    show(&state, &signed, id, &typed, Some(&refused), None).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResolveForm {
    csrf: String,
    application_id: i64,
    note: String,
    extra_member_user_id: String,
}

pub async fn resolve(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ResolveForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let input = Resolution {
        application_id: form.application_id,
        note: form.note.clone(),
        extra_member_user_id: form.extra_member_user_id.trim().parse().ok(),
    };
    let now = state.clock.now();
    match resolve_divergence(&state.db, &signed.actor, id, &input, now).await {
        Ok(_) => {
            show(
                &state,
                &signed,
                id,
                &Typed::new(),
                None,
                Some("ranking_divergence_saved"),
            )
            .await
        }
        Err(StoreError::Invalid(v)) => {
            // The note's problems are shown on the offer's row.
            let on_row = Violations(
                v.0.into_iter()
                    .map(|mut e| {
                        e.field = field(form.application_id, "divergence");
                        e
                    })
                    .collect(),
            );
            show(&state, &signed, id, &Typed::new(), Some(&on_row), None).await
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn ranking_csv_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let board = ranking_board(&state.db, &signed.actor, id, state.clock.now()).await?;
    Ok(respond(ranking_sheet(&board, signed.lang), Format::Csv))
}

pub async fn ranking_xlsx_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let board = ranking_board(&state.db, &signed.actor, id, state.clock.now()).await?;
    Ok(respond(ranking_sheet(&board, signed.lang), Format::Xlsx))
}
