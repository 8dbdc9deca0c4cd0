//! Logging in and out in the browser. The login form asks which town only when neither the
//! address (`/{tenant}/login`) nor the instance (one town) says it.

use super::form::{form_token, render_with_token, token_ok};
use super::layout::Frame;
use super::respond::{append_cookie, redirect, remember_language, start_session, PageError};
use super::session::{
    code_step_path, cookie, safe_next, same, session_csrf, Cookies, PageLanguage, LOGIN_CHALLENGE,
    LOGIN_CHALLENGE_SECONDS, SESSION,
};
use super::texts::text;
use crate::client::ClientAddress;
use crate::error::too_many_logins;
use crate::pages::form::Form;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header::RETRY_AFTER;
use axum::http::{HeaderValue, StatusCode};
use axum::response::Response;
use granty_domain::tenant::Tenant;
use granty_store::accounts::{self, Attempt};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginQuery {
    next: String,
    tenant: String,
}

#[derive(Serialize, Default)]
struct LoginPage {
    error: Option<String>,
    tenant: String,
    /// The town is known (from the address or the only one): no field asks for it.
    tenant_fixed: bool,
    email: String,
    next: String,
}

/// The town a login form is for when nothing else says: the only town of the instance.
async fn only_town(state: &AppState) -> Result<Option<Tenant>, PageError> {
    let mut towns = accounts::all_tenants(&state.db.reader).await?;
    Ok(match towns.len() {
        1 => towns.pop(),
        _ => None,
    })
}

pub async fn show_login(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Query(query): Query<LoginQuery>,
) -> Result<Response, PageError> {
    let mut page = LoginPage {
        tenant: query.tenant,
        next: safe_next(&query.next),
        ..LoginPage::default()
    };
    page.tenant_fixed = town_is_said(&state, &mut page.tenant).await?;
    login_page(&state, &cookies, &language, StatusCode::OK, page)
}

/// Whether the town is known without asking: named in the address (`?tenant=`, a town that
/// exists) or the only one of the instance (then `tenant` becomes its slug).
async fn town_is_said(state: &AppState, tenant: &mut String) -> Result<bool, PageError> {
    if !tenant.is_empty() {
        return match accounts::tenant_by_slug(&state.db.reader, tenant).await {
            Ok(_) => Ok(true),
            Err(StoreError::NotFound) => Ok(false),
            Err(other) => Err(other.into()),
        };
    }
    let Some(town) = only_town(state).await? else {
        return Ok(false);
    };
    *tenant = town.slug;
    Ok(true)
}

/// The login form of one town (`/{tenant}/login`): the address says which; an unknown town is 404.
pub async fn show_town_login(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Query(query): Query<LoginQuery>,
) -> Result<Response, PageError> {
    let town = accounts::tenant_by_slug(&state.db.reader, &slug).await?;
    let page = LoginPage {
        tenant: town.slug,
        tenant_fixed: true,
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
) -> Result<Response, PageError> {
    let frame = Frame::new(language.lang, form_token(cookies));
    let secure = state.secure_cookies;
    let response = render_with_token(status, "login.html", &frame, &page, secure)?;
    Ok(remember_language(response, language, secure))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LoginForm {
    csrf: String,
    next: String,
    tenant: String,
    /// The form did not ask for the town (it came with the address).
    tenant_fixed: bool,
    email: String,
    password: String,
}

pub async fn submit_login(
    State(state): State<AppState>,
    address: ClientAddress,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<LoginForm>,
) -> Result<Response, PageError> {
    // What was typed stays in the form (except the password).
    let mut page = LoginPage {
        tenant: form.tenant.trim().to_string(),
        tenant_fixed: form.tenant_fixed,
        email: form.email.trim().to_string(),
        next: safe_next(&form.next),
        error: None,
    };
    if page.tenant.is_empty() {
        if let Some(town) = only_town(&state).await? {
            page.tenant = town.slug;
            page.tenant_fixed = true;
        }
    }
    let lang = language.lang;
    if !token_ok(&cookies, &form.csrf) {
        page.error = Some(text(lang, "form_expired").to_string());
        return login_page(&state, &cookies, &language, StatusCode::FORBIDDEN, page);
    }
    let now = state.clock.now();
    let address = address.text();
    let attempt = Attempt {
        email: &form.email,
        password: &form.password,
        tenant_slug: &page.tenant,
        address: address.as_deref(),
        // A fresh token for every login; the one this browser had before ends now.
        previous_token: cookies.get(SESSION),
        totp_code: None,
    };
    let (status, error) =
        match accounts::log_in(&state.db, &attempt, &state.accounts.policy, now).await {
            Ok(login) => {
                let max_age = (login.expires_at - now).num_seconds().max(0);
                let mut response = redirect(&page.next);
                start_session(&mut response, &login.token, max_age, state.secure_cookies);
                return Ok(response);
            }
            Err(StoreError::TwoFactorRequired { challenge }) => {
                // No session yet: the code's page opens it (`login_code`).
                let mut response = redirect(&code_step_path(&page.next));
                let seconds = LOGIN_CHALLENGE_SECONDS;
                let value = cookie(LOGIN_CHALLENGE, &challenge, seconds, state.secure_cookies);
                append_cookie(&mut response, &value);
                return Ok(response);
            }
            Err(StoreError::Throttled {
                retry_after_seconds,
                ..
            }) => return throttled(&state, &cookies, &language, page, retry_after_seconds),
            Err(StoreError::EmailNotConfirmed) => (StatusCode::FORBIDDEN, "email_not_confirmed"),
            Err(StoreError::BadCredentials | StoreError::NotFound) => {
                (StatusCode::UNPROCESSABLE_ENTITY, "login_failed")
            }
            Err(error) => return Err(error.into()),
        };
    page.error = Some(text(lang, error).to_string());
    login_page(&state, &cookies, &language, status, page)
}

/// The login form again with a 429, how long to wait in words, and `Retry-After`.
fn throttled(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    mut page: LoginPage,
    retry_after_seconds: i64,
) -> Result<Response, PageError> {
    page.error = Some(too_many_logins(retry_after_seconds, language.lang));
    let status = StatusCode::TOO_MANY_REQUESTS;
    let mut response = login_page(state, cookies, language, status, page)?;
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(retry_after_seconds));
    Ok(response)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LogoutForm {
    csrf: String,
}

pub async fn submit_logout(
    State(state): State<AppState>,
    cookies: Cookies,
    Form(form): Form<LogoutForm>,
) -> Result<Response, PageError> {
    // An expired session logs out too: the cookie alone decides.
    let Some(token) = cookies.get(SESSION) else {
        return Ok(redirect("/login"));
    };
    if !same(&session_csrf(token), &form.csrf) {
        return Err(PageError::FormExpired);
    }
    if let Err(error) = accounts::log_out(&state.db, token).await {
        tracing::error!(?error, "logout failed");
    }
    let mut response = redirect("/login");
    append_cookie(&mut response, &cookie(SESSION, "", 0, state.secure_cookies));
    Ok(response)
}
