//! Accounts in the browser: NGO sign-up with an emailed confirmation link, and password reset.
//! Anonymous forms carry a double-submit CSRF token (a cookie and a hidden field that must match).

use super::login::append_cookie;
use super::session::{cookie, random_token, same, Cookies, PageLanguage, LOGIN_CSRF};
use super::texts::text;
use super::{render, Frame};
use crate::AppState;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use granty_domain::format::messages::message;
use granty_domain::{Language, Violations};
use granty_store::signup::{self, SignUp};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
pub(super) struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub kind: &'static str,
    pub value: String,
    pub autocomplete: &'static str,
    pub error: Option<String>,
}

#[derive(Serialize)]
pub(super) struct FieldError {
    pub field: String,
    pub message: String,
}

pub(super) fn field_error(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

pub(super) fn errors_of(violations: &Violations, lang: Language) -> Vec<FieldError> {
    violations
        .iter()
        .map(|v| FieldError {
            field: v.field.clone(),
            message: message(&v.rule, lang),
        })
        .collect()
}

/// The anonymous form token: the cookie's, or a new one to set.
pub(super) fn form_token(cookies: &Cookies) -> String {
    cookies
        .get(LOGIN_CSRF)
        .map(str::to_string)
        .unwrap_or_else(random_token)
}

pub(super) fn token_ok(cookies: &Cookies, sent: &str) -> bool {
    cookies
        .get(LOGIN_CSRF)
        .is_some_and(|expected| same(expected, sent))
}

fn page(
    state: &AppState,
    status: StatusCode,
    template: &str,
    lang: Language,
    csrf: String,
    tenant: Option<String>,
    body: &impl Serialize,
) -> Response {
    let mut frame = Frame::new(lang, csrf.clone());
    frame.tenant_name = tenant;
    let mut response = render(status, template, &frame, body);
    append_cookie(
        &mut response,
        &cookie(LOGIN_CSRF, &csrf, 3600, state.secure_cookies),
    );
    response
}

#[derive(Serialize)]
struct Message {
    heading: &'static str,
    text: &'static str,
    link_href: Option<String>,
    link_text: &'static str,
}

pub(super) fn message_page(
    lang: Language,
    status: StatusCode,
    heading: &str,
    body: &str,
    link: Option<String>,
) -> Response {
    let frame = Frame::new(lang, String::new());
    let page = Message {
        heading: text(lang, heading),
        text: text(lang, body),
        link_href: link,
        link_text: text(lang, "go_to_login"),
    };
    render(status, "message.html", &frame, &page)
}

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
    let field = |name, label, hint: Option<&str>, kind, value: &str, autocomplete| Field {
        name,
        label: text(lang, label),
        hint: hint.map(|h| text(lang, h)),
        kind,
        value: value.to_string(),
        autocomplete,
        error: field_error(errors, name),
    };
    vec![
        field(
            "display_name",
            "display_name",
            None,
            "text",
            &form.display_name,
            "name",
        ),
        field("email", "email", None, "email", &form.email, "email"),
        // Passwords are never sent back into the page.
        field(
            "password",
            "password",
            Some("password_hint"),
            "password",
            "",
            "new-password",
        ),
        field(
            "password_again",
            "password_again",
            None,
            "password",
            "",
            "new-password",
        ),
    ]
}

async fn tenant_name(state: &AppState, slug: &str) -> Option<(String, Language)> {
    granty_store::accounts::tenant_by_slug(&state.db.reader, slug)
        .await
        .ok()
        .map(|t| (t.name, t.default_language))
}

pub async fn register_page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    let Some((name, _)) = tenant_name(&state, &slug).await else {
        return message_page(
            language.lang,
            StatusCode::NOT_FOUND,
            "not_found",
            "not_found_text",
            None,
        );
    };
    let form = RegisterForm::default();
    let body = RegisterPage {
        tenant_slug: slug,
        fields: register_fields(language.lang, &form, &[]),
        errors: vec![],
    };
    page(
        &state,
        StatusCode::OK,
        "register.html",
        language.lang,
        form_token(&cookies),
        Some(name),
        &body,
    )
}

pub async fn submit_register(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<RegisterForm>,
) -> Response {
    let lang = language.lang;
    let Some((name, _)) = tenant_name(&state, &slug).await else {
        return message_page(
            lang,
            StatusCode::NOT_FOUND,
            "not_found",
            "not_found_text",
            None,
        );
    };
    let again = |status, errors: Vec<FieldError>| {
        let body = RegisterPage {
            tenant_slug: slug.clone(),
            fields: register_fields(lang, &form, &errors),
            errors,
        };
        page(
            &state,
            status,
            "register.html",
            lang,
            form_token(&cookies),
            Some(name.clone()),
            &body,
        )
    };
    if !token_ok(&cookies, &form.csrf) {
        return again(
            StatusCode::FORBIDDEN,
            vec![FieldError {
                field: "display_name".into(),
                message: text(lang, "form_expired").into(),
            }],
        );
    }
    let request = SignUp {
        display_name: &form.display_name,
        email: &form.email,
        password: &form.password,
        password_again: &form.password_again,
        language: lang,
    };
    match signup::sign_up(&state.db, &slug, request, state.clock.now()).await {
        Ok(()) => message_page(
            lang,
            StatusCode::OK,
            "check_inbox",
            "check_inbox_text",
            None,
        ),
        Err(StoreError::Invalid(v)) => again(StatusCode::UNPROCESSABLE_ENTITY, errors_of(&v, lang)),
        Err(StoreError::Duplicate { .. }) => again(
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![FieldError {
                field: "email".into(),
                message: text(lang, "email_taken").into(),
            }],
        ),
        Err(error) => {
            tracing::error!(?error, "sign-up failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
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
) -> Response {
    match signup::confirm_email(&state.db, &query.token, state.clock.now()).await {
        Ok(()) => message_page(
            language.lang,
            StatusCode::OK,
            "email_confirmed",
            "email_confirmed_text",
            Some("/login".into()),
        ),
        Err(StoreError::NotFound) => message_page(
            language.lang,
            StatusCode::NOT_FOUND,
            "link_expired",
            "link_expired_text",
            None,
        ),
        Err(error) => {
            tracing::error!(?error, "email confirmation failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Serialize)]
struct PasswordPage {
    heading: &'static str,
    intro: &'static str,
    submit: &'static str,
    action: String,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
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
    lang: Language,
    slug: &str,
    email: &str,
    status: StatusCode,
) -> Response {
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
    page(
        state,
        status,
        "password_form.html",
        lang,
        form_token(cookies),
        None,
        &body,
    )
}

pub async fn reset_request(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    reset_request_page(&state, &cookies, language.lang, &slug, "", StatusCode::OK)
}

pub async fn submit_reset_request(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<ResetRequestForm>,
) -> Response {
    if !token_ok(&cookies, &form.csrf) {
        return reset_request_page(
            &state,
            &cookies,
            language.lang,
            &slug,
            &form.email,
            StatusCode::FORBIDDEN,
        );
    }
    if let Err(error) =
        signup::request_password_reset(&state.db, &slug, &form.email, state.clock.now()).await
    {
        tracing::error!(?error, "password reset request failed");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    // The same answer whether or not the address has an account.
    message_page(
        language.lang,
        StatusCode::OK,
        "check_inbox",
        "reset_sent_text",
        None,
    )
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
    lang: Language,
    token: &str,
    errors: Vec<FieldError>,
    status: StatusCode,
) -> Response {
    let field = |name, label, hint| Field {
        name,
        label: text(lang, label),
        hint,
        kind: "password",
        value: String::new(),
        autocomplete: "new-password",
        error: field_error(&errors, name),
    };
    let body = PasswordPage {
        heading: text(lang, "new_password_title"),
        intro: text(lang, "new_password_intro"),
        submit: text(lang, "new_password_submit"),
        action: format!("/password-reset/{token}"),
        fields: vec![
            field("password", "password", Some(text(lang, "password_hint"))),
            field("password_again", "password_again", None),
        ],
        errors,
    };
    page(
        state,
        status,
        "password_form.html",
        lang,
        form_token(cookies),
        None,
        &body,
    )
}

pub async fn new_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    match signup::reset_token_valid(&state.db, &token, state.clock.now()).await {
        Ok(true) => new_password_page(
            &state,
            &cookies,
            language.lang,
            &token,
            vec![],
            StatusCode::OK,
        ),
        Ok(false) => message_page(
            language.lang,
            StatusCode::NOT_FOUND,
            "link_expired",
            "link_expired_text",
            None,
        ),
        Err(error) => {
            tracing::error!(?error, "checking a reset link");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn submit_new_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<NewPasswordForm>,
) -> Response {
    let lang = language.lang;
    if !token_ok(&cookies, &form.csrf) {
        let errors = vec![FieldError {
            field: "password".into(),
            message: text(lang, "form_expired").into(),
        }];
        return new_password_page(
            &state,
            &cookies,
            lang,
            &token,
            errors,
            StatusCode::FORBIDDEN,
        );
    }
    match signup::reset_password(
        &state.db,
        &token,
        &form.password,
        &form.password_again,
        state.clock.now(),
    )
    .await
    {
        Ok(()) => message_page(
            lang,
            StatusCode::OK,
            "password_changed",
            "email_confirmed_text",
            Some("/login".into()),
        ),
        Err(StoreError::Invalid(v)) => new_password_page(
            &state,
            &cookies,
            lang,
            &token,
            errors_of(&v, lang),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(StoreError::NotFound) => message_page(
            lang,
            StatusCode::NOT_FOUND,
            "link_expired",
            "link_expired_text",
            None,
        ),
        Err(error) => {
            tracing::error!(?error, "password reset failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
