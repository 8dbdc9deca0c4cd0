//! Logging in and out in the browser.

use super::session::{
    cookie, random_token, same, session_csrf, Cookies, PageLanguage, LANG, LOGIN_CSRF, SESSION,
};
use super::{render, Frame};
use crate::AppState;
use axum::extract::{Form, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use granty_store::{accounts, StoreError};
use serde::{Deserialize, Serialize};

const YEAR: i64 = 365 * 24 * 3600;

/// Only local paths may follow a login, so the form cannot be used to send people elsewhere.
fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
        next.to_string()
    } else {
        "/".to_string()
    }
}

pub async fn home(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    let signed = match super::ngo::signed_in(&state, &cookies, &language, "/").await {
        Ok(signed) => signed,
        Err(_) => return Redirect::to("/login").into_response(),
    };
    match signed.actor.role {
        granty_domain::roles::Role::Admin => Redirect::to("/admin/notifications").into_response(),
        granty_domain::roles::Role::Ngo => Redirect::to("/dashboard").into_response(),
        granty_domain::roles::Role::Clerk => Redirect::to("/clerk/calls").into_response(),
        _ => {
            #[derive(Serialize)]
            struct Page {
                heading: &'static str,
                text: String,
            }
            let lang = signed.lang;
            let page = Page {
                heading: super::texts::text(lang, "signed_in"),
                text: format!(
                    "{} {}.",
                    super::texts::text(lang, "signed_in_as"),
                    signed.actor.email
                ),
            };
            render(StatusCode::OK, "message.html", &signed.frame, &page)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    tenant: String,
}

#[derive(Serialize, Default)]
struct LoginPage {
    error: Option<&'static str>,
    tenant: String,
    email: String,
    next: String,
}

pub async fn show_login(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Query(query): Query<LoginQuery>,
) -> Response {
    let page = LoginPage {
        tenant: query.tenant,
        next: safe_next(&query.next),
        ..LoginPage::default()
    };
    login_page(&state, &cookies, &language, StatusCode::OK, page)
}

fn login_page(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    status: StatusCode,
    page: LoginPage,
) -> Response {
    let csrf = cookies
        .get(LOGIN_CSRF)
        .map(str::to_string)
        .unwrap_or_else(random_token);
    let frame = Frame::new(language.lang, csrf.clone());
    let mut response = render(status, "login.html", &frame, &page);
    append_cookie(
        &mut response,
        &cookie(LOGIN_CSRF, &csrf, 3600, state.secure_cookies),
    );
    if language.chosen {
        append_cookie(
            &mut response,
            &cookie(LANG, language.lang.code(), YEAR, state.secure_cookies),
        );
    }
    response
}

pub(super) fn append_cookie(response: &mut Response, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    tenant: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn submit_login(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<LoginForm>,
) -> Response {
    // What was typed stays in the form (except the password).
    let mut page = LoginPage {
        tenant: form.tenant.trim().to_string(),
        email: form.email.trim().to_string(),
        next: safe_next(&form.next),
        error: None,
    };
    let csrf_ok = cookies
        .get(LOGIN_CSRF)
        .is_some_and(|expected| same(expected, &form.csrf));
    if !csrf_ok {
        page.error = Some(super::texts::text(language.lang, "form_expired"));
        return login_page(&state, &cookies, &language, StatusCode::FORBIDDEN, page);
    }
    match accounts::log_in(
        &state.db,
        &form.email,
        &form.password,
        form.tenant.trim(),
        state.clock.now(),
    )
    .await
    {
        Ok(login) => {
            let mut response = Redirect::to(&page.next).into_response();
            let max_age = (login.expires_at - state.clock.now()).num_seconds().max(0);
            append_cookie(
                &mut response,
                &cookie(SESSION, &login.token, max_age, state.secure_cookies),
            );
            append_cookie(
                &mut response,
                &cookie(LOGIN_CSRF, "", 0, state.secure_cookies),
            );
            response
        }
        Err(StoreError::EmailNotConfirmed) => {
            page.error = Some(super::texts::text(language.lang, "email_not_confirmed"));
            login_page(&state, &cookies, &language, StatusCode::FORBIDDEN, page)
        }
        Err(StoreError::BadCredentials) | Err(StoreError::NotFound) => {
            page.error = Some(super::texts::text(language.lang, "login_failed"));
            login_page(
                &state,
                &cookies,
                &language,
                StatusCode::UNPROCESSABLE_ENTITY,
                page,
            )
        }
        Err(error) => {
            tracing::error!(?error, "login failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn submit_logout(
    State(state): State<AppState>,
    cookies: Cookies,
    Form(form): Form<LogoutForm>,
) -> Response {
    let Some(token) = cookies.get(SESSION) else {
        return Redirect::to("/login").into_response();
    };
    if !same(&session_csrf(token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    if let Err(error) = accounts::log_out(&state.db, token).await {
        tracing::error!(?error, "logout failed");
    }
    let mut response = Redirect::to("/login").into_response();
    append_cookie(&mut response, &cookie(SESSION, "", 0, state.secure_cookies));
    response
}
