//! The clerk creates a call and edits it while it is a draft: terms typed in the town's local
//! time, criteria as rows.

use super::form::CallForm;
use super::form_page::{form_page, Mode};
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::Message;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::call::{apply_call_action, CallAction, CallError, CallInput, CallTerms};
use granty_domain::Violations;
use granty_i18n::format::call_phase;
use granty_store::calls::{self, CallRecord};
use granty_store::StoreError;

/// The form's input over `base`, checked by the domain too, so nothing is saved while any
/// problem stands (a number the form could not read would otherwise fall back to a default).
fn checked(form: &CallForm, base: &CallInput, signed: &SignedIn) -> Result<CallInput, Violations> {
    let (input, mut problems) = form.to_input(base, signed.zone());
    if let Err(domain) = CallTerms::parse(&input, signed.actor.tenant.currency, signed.zone()) {
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

pub async fn new_call(Staff(signed): Staff) -> Result<Response, PageError> {
    let blank = CallForm::blank();
    form_page(
        &signed,
        Mode::New,
        &blank,
        &Violations::new(),
        None,
        StatusCode::OK,
    )
}

pub async fn create_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let form = CallForm::from_pairs(pairs);
    check_csrf(&signed, &form.csrf)?;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let input = match checked(&form, &CallInput::default(), &signed) {
        Ok(input) => input,
        Err(problems) => {
            return form_page(&signed, Mode::New, &form, &problems, None, unprocessable)
        }
    };
    match calls::create(&state.db, &signed.actor, &input, None, state.clock.now()).await {
        Ok(_) => Ok(redirect("/clerk/calls")),
        Err(StoreError::Invalid(v)) => {
            form_page(&signed, Mode::New, &form, &v, None, unprocessable)
        }
        Err(error) => Err(error.into()),
    }
}

/// The call if it may still be edited, else the page that says why not.
enum Editable {
    Yes(Box<CallRecord>),
    No(Response),
}

async fn editable(state: &AppState, signed: &SignedIn, id: i64) -> Result<Editable, PageError> {
    let record = calls::get(&state.db, &signed.actor, id).await?;
    let now = state.clock.now();
    let edit = apply_call_action(
        record.state,
        &record.terms,
        &CallAction::Edit,
        now,
        &signed.actor.tenant,
    );
    match edit {
        Ok(_) => Ok(Editable::Yes(Box::new(record))),
        Err(error) => Ok(Editable::No(not_editable(signed, &error)?)),
    }
}

/// A 409 page: only a draft call can be edited; says the call's stage.
fn not_editable(signed: &SignedIn, error: &CallError) -> Result<Response, PageError> {
    let lang = signed.lang;
    let stage = match error {
        CallError::NotAllowed { phase, .. } => call_phase(*phase, lang),
        _ => "",
    };
    let mut message = Message::of(lang, "call_not_editable_title", "call_not_editable").link(
        lang,
        "/clerk/calls",
        "clerk_calls_title",
    );
    message.text = format!("{} {stage}.", message.text);
    message.render(StatusCode::CONFLICT, &signed.frame)
}

pub async fn edit_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let record = match editable(&state, &signed, id).await? {
        Editable::Yes(record) => record,
        Editable::No(page) => return Ok(page),
    };
    let input = CallInput::from_terms(&record.terms);
    let form = CallForm::from_input(&input, record.version, signed.zone());
    let none = Violations::new();
    form_page(&signed, Mode::Edit(id), &form, &none, None, StatusCode::OK)
}

pub async fn update_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut form = CallForm::from_pairs(pairs);
    check_csrf(&signed, &form.csrf)?;
    let record = match editable(&state, &signed, id).await? {
        Editable::Yes(record) => record,
        Editable::No(page) => return Ok(page),
    };
    let (mode, unprocessable) = (Mode::Edit(id), StatusCode::UNPROCESSABLE_ENTITY);
    let input = match checked(&form, &CallInput::from_terms(&record.terms), &signed) {
        Ok(input) => input,
        Err(problems) => return form_page(&signed, mode, &form, &problems, None, unprocessable),
    };
    // A version that does not parse is stale too: it cannot be the stored one.
    let version = form.version.trim().parse().unwrap_or(0);
    let now = state.clock.now();
    match calls::update(&state.db, &signed.actor, id, Some(version), &input, now).await {
        Ok(_) => Ok(redirect("/clerk/calls")),
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
        Err(error) => Err(error.into()),
    }
}
