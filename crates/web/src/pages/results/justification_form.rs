//! The public form to ask for a justification of the results (art. 15 ust. 2i), open to anyone
//! for 30 days after publication; judged by the request's arrival.

use crate::edge::Arrived;
use crate::pages::form::{errors_of, field_error, form_token, render_with_token, token_ok, Form};
use crate::pages::layout::{Frame, Message};
use crate::pages::respond::PageError;
use crate::pages::session::{Cookies, PageLanguage};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_store::results::{self, JustificationInput, PublicResults};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct JustificationForm {
    csrf: String,
    requester_name: String,
    requester_email: String,
    application_id: String,
    question: String,
}

#[derive(Serialize)]
struct FormPage {
    tenant_slug: String,
    call_id: i64,
    call_title: String,
    offers: Vec<(i64, String, bool)>,
    requester_name: String,
    requester_email: String,
    question: String,
    errors: Vec<(String, String)>,
    name_error: Option<String>,
    email_error: Option<String>,
    question_error: Option<String>,
}

fn show(
    state: &AppState,
    (slug, results, tenant_name): (&str, &PublicResults, &str),
    (lang, csrf): (Language, String),
    form: &JustificationForm,
    (status, errors): (StatusCode, Vec<crate::pages::form::FieldError>),
) -> Result<Response, PageError> {
    let chosen: Option<i64> = form.application_id.parse().ok();
    let offers = results
        .entries
        .iter()
        .map(|e| {
            (
                e.application_id,
                format!("{} – {}", e.organisation, e.task),
                Some(e.application_id) == chosen,
            )
        })
        .collect();
    let page = FormPage {
        tenant_slug: slug.to_string(),
        call_id: results.call_id,
        call_title: results.call_title.clone(),
        offers,
        requester_name: form.requester_name.clone(),
        requester_email: form.requester_email.clone(),
        question: form.question.clone(),
        name_error: field_error(&errors, "requester_name"),
        email_error: field_error(&errors, "requester_email"),
        question_error: field_error(&errors, "question"),
        errors: errors.into_iter().map(|e| (e.field, e.message)).collect(),
    };
    let frame = Frame::new(lang, csrf).in_tenant(tenant_name);
    render_with_token(
        status,
        "justification_form.html",
        &frame,
        &page,
        state.secure_cookies,
    )
}

pub async fn justification_form(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    cookies: Cookies,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let (tenant, found) = results::public_results(&state.db, &slug, id).await?;
    let lang = language.or_default(tenant.default_language);
    let page = (lang, form_token(&cookies));
    let blank = JustificationForm::default();
    show(
        &state,
        (&slug, &found, &tenant.name),
        page,
        &blank,
        (StatusCode::OK, vec![]),
    )
}

pub async fn submit_justification(
    State(state): State<AppState>,
    Arrived(arrived): Arrived,
    Path((slug, id)): Path<(String, i64)>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<JustificationForm>,
) -> Result<Response, PageError> {
    let (tenant, found) = results::public_results(&state.db, &slug, id).await?;
    let lang = language.or_default(tenant.default_language);
    let again = |status, errors| {
        let page = (lang, form_token(&cookies));
        show(
            &state,
            (&slug, &found, &tenant.name),
            page,
            &form,
            (status, errors),
        )
    };
    if !token_ok(&cookies, &form.csrf) {
        let expired = crate::pages::form::FieldError::new("question", text(lang, "form_expired"));
        return again(StatusCode::FORBIDDEN, vec![expired]);
    }
    let input = JustificationInput {
        requester_name: form.requester_name.clone(),
        requester_email: form.requester_email.clone(),
        application_id: form.application_id.parse().ok(),
        question: form.question.clone(),
    };
    match results::file_request(&state.db, &slug, id, input, lang, arrived).await {
        Ok(_) => {
            let back = format!("/{slug}/calls/{id}");
            Message::of(lang, "justification_title", "justification_sent")
                .link(lang, &back, "results_title")
                .render_anonymous(StatusCode::OK, lang)
        }
        Err(StoreError::Invalid(v)) => again(StatusCode::UNPROCESSABLE_ENTITY, errors_of(&v, lang)),
        Err(StoreError::Throttled { .. }) => {
            let slow = crate::pages::form::FieldError::new("question", text(lang, "form_expired"));
            again(StatusCode::TOO_MANY_REQUESTS, vec![slow])
        }
        Err(error) => Err(error.into()),
    }
}
