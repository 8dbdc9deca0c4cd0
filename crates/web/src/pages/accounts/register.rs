//! Signing an NGO person up in a town, and confirming the email address from the emailed link.

use super::{link_expired, message, town_name};
use crate::pages::form::Form;
use crate::pages::form::{errors_of, field_error, form_token, render_with_token, token_ok};
use crate::pages::form::{new_password_fields, Field, FieldError};
use crate::pages::layout::Frame;
use crate::pages::respond::PageError;
use crate::pages::session::{Cookies, PageLanguage};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_store::signup::{self, SignUp};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegisterForm {
    csrf: String,
    display_name: String,
    email: String,
    password: String,
    password_again: String,
}

#[derive(Serialize)]
struct RegisterPage {
    tenant_slug: String,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
}

fn register_fields(lang: Language, form: &RegisterForm, errors: &[FieldError]) -> Vec<Field> {
    let field = |name, kind, value: &str, autocomplete| Field {
        name,
        label: text(lang, name),
        hint: None,
        kind,
        value: value.to_string(),
        autocomplete,
        error: field_error(errors, name),
    };
    let mut fields = vec![
        field("display_name", "text", &form.display_name, "name"),
        field("email", "email", &form.email, "email"),
    ];
    fields.extend(new_password_fields(lang, errors));
    fields
}

/// The town's name, or the 404 page for a slug that names no town.
/// The sign-up form, with what was typed and the problems found.
fn register_form(
    state: &AppState,
    (slug, town): (&str, String),
    (lang, csrf): (Language, String),
    form: &RegisterForm,
    (status, errors): (StatusCode, Vec<FieldError>),
) -> Result<Response, PageError> {
    let body = RegisterPage {
        tenant_slug: slug.to_string(),
        fields: register_fields(lang, form, &errors),
        errors,
    };
    let frame = Frame::new(lang, csrf).in_tenant(&town);
    let secure = state.secure_cookies;
    render_with_token(status, "register.html", &frame, &body, secure)
}

pub async fn register_page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let town = town_name(&state, &slug).await?;
    let page = (language.lang, form_token(&cookies));
    let shown = (StatusCode::OK, vec![]);
    register_form(&state, (&slug, town), page, &RegisterForm::default(), shown)
}

pub async fn submit_register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<RegisterForm>,
) -> Result<Response, PageError> {
    let lang = language.lang;
    let town = town_name(&state, &slug).await?;
    let again = |status, errors| {
        let page = (lang, form_token(&cookies));
        register_form(&state, (&slug, town.clone()), page, &form, (status, errors))
    };
    if !token_ok(&cookies, &form.csrf) {
        let expired = FieldError::new("display_name", text(lang, "form_expired"));
        return again(StatusCode::FORBIDDEN, vec![expired]);
    }
    let request = SignUp {
        display_name: &form.display_name,
        email: &form.email,
        password: &form.password,
        password_again: &form.password_again,
        language: lang,
    };
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    match signup::sign_up(&state.db, &slug, request, state.clock.now()).await {
        Ok(()) => {
            let texts = ("check_inbox", "check_inbox_text");
            message(lang, StatusCode::OK, texts, false)
        }
        Err(StoreError::Invalid(v)) => again(unprocessable, errors_of(&v, lang)),
        Err(StoreError::Duplicate { .. }) => {
            let taken = FieldError::new("email", text(lang, "email_taken"));
            again(unprocessable, vec![taken])
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TokenQuery {
    token: String,
}

pub async fn confirm_email(
    State(state): State<AppState>,
    language: PageLanguage,
    Query(query): Query<TokenQuery>,
) -> Result<Response, PageError> {
    let lang = language.lang;
    match signup::confirm_email(&state.db, &query.token, state.clock.now()).await {
        Ok(()) => {
            let texts = ("email_confirmed", "email_confirmed_text");
            message(lang, StatusCode::OK, texts, true)
        }
        Err(StoreError::NotFound) => link_expired(lang),
        Err(error) => Err(error.into()),
    }
}
