//! Resetting a forgotten password: asking for a link by email, and setting a new password from it.

use super::{link_expired, message, town_name};
use crate::pages::form::Form;
use crate::pages::form::{errors_of, form_token, new_password_fields, render_with_token, token_ok};
use crate::pages::form::{Field, FieldError};
use crate::pages::layout::Frame;
use crate::pages::respond::PageError;
use crate::pages::session::{Cookies, PageLanguage};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_store::signup;
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct PasswordPage {
    heading: &'static str,
    intro: &'static str,
    submit: &'static str,
    action: String,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
}

/// The password form page with its anonymous form token.
fn password_form(
    state: &AppState,
    cookies: &Cookies,
    (lang, status): (Language, StatusCode),
    body: &PasswordPage,
) -> Result<Response, PageError> {
    let frame = Frame::new(lang, form_token(cookies));
    let secure = state.secure_cookies;
    render_with_token(status, "password_form.html", &frame, body, secure)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ResetRequestForm {
    csrf: String,
    email: String,
}

fn reset_request_page(
    state: &AppState,
    cookies: &Cookies,
    (lang, status): (Language, StatusCode),
    slug: &str,
    email: &str,
) -> Result<Response, PageError> {
    let body = PasswordPage {
        heading: text(lang, "reset_title"),
        intro: text(lang, "reset_intro"),
        submit: text(lang, "reset_submit"),
        action: format!("/{slug}/password-reset"),
        fields: vec![Field {
            name: "email",
            label: text(lang, "email"),
            hint: None,
            kind: "email",
            value: email.to_string(),
            autocomplete: "email",
            error: None,
        }],
        errors: vec![],
    };
    password_form(state, cookies, (lang, status), &body)
}

pub async fn reset_request(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Result<Response, PageError> {
    town_name(&state, &slug).await?;
    let shown = (language.lang, StatusCode::OK);
    reset_request_page(&state, &cookies, shown, &slug, "")
}

pub async fn submit_reset_request(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<ResetRequestForm>,
) -> Result<Response, PageError> {
    let lang = language.lang;
    town_name(&state, &slug).await?;
    if !token_ok(&cookies, &form.csrf) {
        let shown = (lang, StatusCode::FORBIDDEN);
        return reset_request_page(&state, &cookies, shown, &slug, &form.email);
    }
    signup::request_password_reset(&state.db, &slug, &form.email, state.clock.now()).await?;
    // The same answer whether or not the address has an account.
    let texts = ("check_inbox", "reset_sent_text");
    message(lang, StatusCode::OK, texts, false)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct NewPasswordForm {
    csrf: String,
    password: String,
    password_again: String,
}

fn new_password_page(
    state: &AppState,
    cookies: &Cookies,
    (lang, status): (Language, StatusCode),
    token: &str,
    errors: Vec<FieldError>,
) -> Result<Response, PageError> {
    let body = PasswordPage {
        heading: text(lang, "new_password_title"),
        intro: text(lang, "new_password_intro"),
        submit: text(lang, "new_password_submit"),
        action: format!("/password-reset/{token}"),
        fields: new_password_fields(lang, &errors),
        errors,
    };
    password_form(state, cookies, (lang, status), &body)
}

pub async fn new_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let lang = language.lang;
    if !signup::reset_token_valid(&state.db, &token, state.clock.now()).await? {
        return link_expired(lang);
    }
    new_password_page(&state, &cookies, (lang, StatusCode::OK), &token, vec![])
}

pub async fn submit_new_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<NewPasswordForm>,
) -> Result<Response, PageError> {
    let lang = language.lang;
    if !token_ok(&cookies, &form.csrf) {
        let errors = vec![FieldError::new("password", text(lang, "form_expired"))];
        let shown = (lang, StatusCode::FORBIDDEN);
        return new_password_page(&state, &cookies, shown, &token, errors);
    }
    let (password, again) = (&form.password, &form.password_again);
    let now = state.clock.now();
    match signup::reset_password(&state.db, &token, password, again, now).await {
        Ok(()) => {
            let texts = ("password_changed", "email_confirmed_text");
            message(lang, StatusCode::OK, texts, true)
        }
        Err(StoreError::Invalid(v)) => {
            let shown = (lang, StatusCode::UNPROCESSABLE_ENTITY);
            new_password_page(&state, &cookies, shown, &token, errors_of(&v, lang))
        }
        Err(StoreError::NotFound) => link_expired(lang),
        Err(error) => Err(error.into()),
    }
}
