//! The second step of a login for an account with two-factor login: the password was right and
//! left a challenge cookie (no session); here the code from the app opens the session. A wrong
//! code is said next to the field and counts in the login throttle; a lock answers 429.

use super::form::{form_token, render_with_token, token_ok};
use super::layout::Frame;
use super::respond::{append_cookie, redirect, start_session, PageError};
use super::session::{cookie, safe_next, Cookies, PageLanguage, LOGIN_CHALLENGE, SESSION};
use super::texts::text;
use crate::client::ClientAddress;
use crate::error::too_many_logins;
use crate::pages::form::Form;
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use granty_store::login_code::{complete_login, CodeAttempt};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeQuery {
    next: String,
}

#[derive(Serialize, Default)]
struct CodePage {
    next: String,
    /// Said at the top (a lock, an expired form).
    error: Option<String>,
    /// Said next to the field (a wrong code).
    code_error: Option<String>,
    /// Back to the password, keeping where to go after.
    restart_href: String,
}

pub async fn show_code(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Query(query): Query<CodeQuery>,
) -> Result<Response, PageError> {
    let page = CodePage {
        next: safe_next(&query.next),
        ..CodePage::default()
    };
    code_page(&state, &cookies, &language, StatusCode::OK, page)
}

fn code_page(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    status: StatusCode,
    page: CodePage,
) -> Result<Response, PageError> {
    let frame = Frame::new(language.lang, form_token(cookies));
    let next: String = url::form_urlencoded::byte_serialize(page.next.as_bytes()).collect();
    let page = CodePage {
        restart_href: format!("/login?next={next}"),
        ..page
    };
    render_with_token(
        status,
        "login_code.html",
        &frame,
        &page,
        state.secure_cookies,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    next: String,
    code: String,
}

pub async fn submit_code(
    State(state): State<AppState>,
    address: ClientAddress,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    let lang = language.lang;
    let mut page = CodePage {
        next: safe_next(&form.next),
        ..CodePage::default()
    };
    let Some(challenge) = cookies.get(LOGIN_CHALLENGE) else {
        return expired(&state, &cookies, &language, page);
    };
    if !token_ok(&cookies, &form.csrf) {
        page.error = Some(text(lang, "form_expired").to_string());
        return code_page(&state, &cookies, &language, StatusCode::FORBIDDEN, page);
    }
    let address = address.text();
    let step = CodeAttempt {
        challenge,
        code: &form.code,
        address: address.as_deref(),
        previous_token: cookies.get(SESSION),
    };
    let now = state.clock.now();
    match complete_login(&state.db, &step, &state.accounts.policy, now).await {
        Ok(login) => {
            let max_age = (login.expires_at - now).num_seconds().max(0);
            let mut response = redirect(&page.next);
            start_session(&mut response, &login.token, max_age, state.secure_cookies);
            let spent = cookie(LOGIN_CHALLENGE, "", 0, state.secure_cookies);
            append_cookie(&mut response, &spent);
            Ok(response)
        }
        Err(StoreError::BadCredentials) => {
            page.code_error = Some(text(lang, "two_factor_code_wrong").to_string());
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            code_page(&state, &cookies, &language, status, page)
        }
        Err(StoreError::Throttled {
            retry_after_seconds,
            ..
        }) => {
            page.error = Some(too_many_logins(retry_after_seconds, lang));
            let status = StatusCode::TOO_MANY_REQUESTS;
            let mut response = code_page(&state, &cookies, &language, status, page)?;
            let wait = HeaderValue::from(retry_after_seconds);
            response.headers_mut().insert(RETRY_AFTER, wait);
            Ok(response)
        }
        // The five minutes passed (or the challenge was spent): the password again.
        Err(StoreError::NotFound) => expired(&state, &cookies, &language, page),
        Err(error) => Err(error.into()),
    }
}

/// No challenge (never opened, spent, or past its five minutes): say so, with the way back.
fn expired(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    mut page: CodePage,
) -> Result<Response, PageError> {
    page.error = Some(text(language.lang, "two_factor_expired").to_string());
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    code_page(state, cookies, language, status, page)
}
