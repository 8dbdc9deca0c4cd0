//! The clerk's list of a call's justification requests, each with its answer form; the answer is
//! emailed to the requester and both are in the audit trail.

use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::Staff;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::instant;
use granty_i18n::rule_message;
use granty_store::results;
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct RequestRow {
    id: i64,
    requester_name: String,
    requester_email: String,
    application_id: Option<i64>,
    question: String,
    received_at: String,
    answer: Option<String>,
    answered_at: Option<String>,
}

#[derive(Serialize)]
struct JustificationsPage {
    id: i64,
    title: String,
    requests: Vec<RequestRow>,
    error: Option<String>,
}

async fn page(
    state: &AppState,
    signed: &crate::pages::guard::SignedIn,
    id: i64,
    (status, error): (StatusCode, Option<String>),
) -> Result<Response, PageError> {
    let call = granty_store::calls::get(&state.db, &signed.actor, id).await?;
    let found = results::list_requests(&state.db, &signed.actor, id).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let requests = found
        .into_iter()
        .map(|r| RequestRow {
            id: r.id,
            requester_name: r.requester_name,
            requester_email: r.requester_email,
            application_id: r.application_id,
            question: r.question,
            received_at: instant(r.received_at, zone, lang),
            answer: r.answer,
            answered_at: r.answered_at.map(|at| instant(at, zone, lang)),
        })
        .collect();
    let page = JustificationsPage {
        id,
        title: call.terms.title,
        requests,
        error,
    };
    render(status, "clerk_justifications.html", &signed.frame, &page)
}

pub async fn justifications_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    page(&state, &signed, id, (StatusCode::OK, None)).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AnswerForm {
    csrf: String,
    answer: String,
}

pub async fn answer_request(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    match results::answer_request(&state.db, &signed.actor, id, &form.answer, now).await {
        Ok(answered) => Ok(redirect(&format!(
            "/clerk/calls/{}/justifications#request-{id}",
            answered.call_id
        ))),
        Err(StoreError::Invalid(v)) => {
            let call_id = results::request_call(&state.db, &signed.actor, id).await?;
            let error = v.iter().next().map(|x| rule_message(&x.rule, signed.lang));
            page(
                &state,
                &signed,
                call_id,
                (StatusCode::UNPROCESSABLE_ENTITY, error),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}
