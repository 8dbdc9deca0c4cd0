//! The clerk creates and edits a draft call (terms typed in the town's local time, criteria as
//! rows) and publishes it.

use super::clerk::staff;
use super::clerk_call_form::CallForm;
use super::clerk_call_page::{form_page, Mode};
use super::ngo::Signed;
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::call::{apply_call_action, CallAction, CallError, CallInput, CallTerms};
use granty_domain::format::{call_phase, messages::message};
use granty_domain::{Rule, Violations};
use granty_store::calls::{self, CallRecord};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

/// The form's input over `base`, checked by the domain too, so nothing is saved while any
/// problem stands (a number the form could not read would otherwise fall back to a default).
fn checked(form: &CallForm, base: &CallInput, signed: &Signed) -> Result<CallInput, Violations> {
    let (input, mut problems) = form.to_input(base, signed.actor.tenant.time_zone);
    if let Err(domain) = CallTerms::parse(
        &input,
        signed.actor.tenant.currency,
        signed.actor.tenant.time_zone,
    ) {
        // The domain reports unreadable values again (a missing instant); one message per field.
        for v in domain.0 {
            if !problems.iter().any(|p| p.field == v.field) {
                problems.push(v.field, v.rule);
            }
        }
    }
    if problems.is_empty() {
        Ok(input)
    } else {
        Err(problems)
    }
}

pub async fn new_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    match staff(&state, &cookies, &language, "/clerk/calls/new").await {
        Ok(signed) => form_page(
            &signed,
            Mode::New,
            &CallForm::blank(),
            &Violations::new(),
            None,
            StatusCode::OK,
        ),
        Err(response) => response,
    }
}

pub async fn create_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = or_return!(staff(&state, &cookies, &language, "/clerk/calls/new").await);
    let form = CallForm::from_pairs(pairs);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let input = match checked(&form, &CallInput::default(), &signed) {
        Ok(input) => input,
        Err(problems) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return form_page(&signed, Mode::New, &form, &problems, None, status);
        }
    };
    match calls::create(&state.db, &signed.actor, &input, None, state.clock.now()).await {
        Ok(_) => Redirect::to("/clerk/calls").into_response(),
        Err(StoreError::Invalid(v)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            form_page(&signed, Mode::New, &form, &v, None, status)
        }
        Err(error) => super::clerk::failure_response(error, &signed),
    }
}

/// The call, if it may still be edited; otherwise the page that says why not.
async fn editable(state: &AppState, signed: &Signed, id: i64) -> Result<CallRecord, Response> {
    let record = calls::get(&state.db, &signed.actor, id)
        .await
        .map_err(|error| super::clerk::failure_response(error, signed))?;
    let now = state.clock.now();
    match apply_call_action(
        record.state,
        &record.terms,
        &CallAction::Edit,
        now,
        &signed.actor.tenant,
    ) {
        Ok(_) => Ok(record),
        Err(error) => Err(not_editable(signed, &error)),
    }
}

fn not_editable(signed: &Signed, error: &CallError) -> Response {
    let lang = signed.lang;
    let stage = match error {
        CallError::NotAllowed { phase, .. } => call_phase(*phase, lang),
        _ => "",
    };
    #[derive(Serialize)]
    struct Page {
        heading: &'static str,
        text: String,
        link_href: &'static str,
        link_text: &'static str,
    }
    let page = Page {
        heading: text(lang, "call_not_editable_title"),
        text: format!("{} {stage}.", text(lang, "call_not_editable")),
        link_href: "/clerk/calls",
        link_text: text(lang, "clerk_calls_title"),
    };
    render(StatusCode::CONFLICT, "message.html", &signed.frame, &page)
}

pub async fn edit_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let here = format!("/clerk/calls/{id}/edit");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    let record = or_return!(editable(&state, &signed, id).await);
    let input = CallInput::from_terms(&record.terms);
    let form = CallForm::from_input(&input, record.version, signed.actor.tenant.time_zone);
    let mode = Mode::Edit(id);
    form_page(
        &signed,
        mode,
        &form,
        &Violations::new(),
        None,
        StatusCode::OK,
    )
}

pub async fn update_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let here = format!("/clerk/calls/{id}/edit");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    let mut form = CallForm::from_pairs(pairs);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let record = or_return!(editable(&state, &signed, id).await);
    let (mode, unprocessable) = (Mode::Edit(id), StatusCode::UNPROCESSABLE_ENTITY);
    let input = match checked(&form, &CallInput::from_terms(&record.terms), &signed) {
        Ok(input) => input,
        Err(problems) => return form_page(&signed, mode, &form, &problems, None, unprocessable),
    };
    // A version that does not parse is stale too: it cannot be the stored one.
    let version = form.version.trim().parse().unwrap_or(0);
    let now = state.clock.now();
    match calls::update(&state.db, &signed.actor, id, Some(version), &input, now).await {
        Ok(_) => Redirect::to("/clerk/calls").into_response(),
        // Someone saved in between: keep this clerk's text against the newest version, so the
        // next save, made knowingly, wins.
        Err(StoreError::Stale { current }) => {
            form.version = current.to_string();
            let notice = Some(text(signed.lang, "call_changed_elsewhere"));
            let none = Violations::new();
            form_page(&signed, mode, &form, &none, notice, StatusCode::CONFLICT)
        }
        Err(StoreError::Call(error)) => not_editable(&signed, &error),
        Err(StoreError::Invalid(v)) => form_page(&signed, mode, &form, &v, None, unprocessable),
        Err(error) => super::clerk::failure_response(error, &signed),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    csrf: String,
    confirm_short_deadline: String,
}

pub async fn publish_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(form): Form<PublishForm>,
) -> Response {
    let signed = or_return!(staff(&state, &cookies, &language, "/clerk/calls").await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let action = CallAction::Publish {
        confirm_short_deadline: form.confirm_short_deadline == "yes",
        publication: Default::default(),
    };
    let notice =
        match calls::transition(&state.db, &signed.actor, id, action, state.clock.now()).await {
            Ok(_) => text(signed.lang, "published_notice").to_string(),
            Err(StoreError::Call(CallError::DeadlineTooSoon { days, minimum })) => message(
                &Rule::DeadlineTooSoon {
                    days,
                    minimum: i64::from(minimum),
                },
                signed.lang,
            ),
            Err(StoreError::Call(_)) => text(signed.lang, "not_found_text").to_string(),
            Err(error) => return super::clerk::failure_response(error, &signed),
        };
    super::clerk::calls_list(&state, &signed, Some(notice)).await
}
