//! The signed-in person's own account: who they are, two-factor login (staff), and "log out
//! everywhere", which ends every session of the account (this browser's too) after a lost phone
//! or a shared computer.

use super::language::LanguageSetting;
use super::two_factor::{self, TwoFactorOutcome, TwoFactorView};
use crate::pages::form::check_csrf;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{append_cookie, redirect, PageError};
use crate::pages::session::{cookie, SESSION};
use crate::AppState;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_store::accounts;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct AccountPage {
    display_name: String,
    email: String,
    two_factor: Option<TwoFactorView>,
    language: LanguageSetting,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AccountQuery {
    /// `language` after the language was saved.
    saved: String,
}

pub async fn account_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Query(query): Query<AccountQuery>,
) -> Result<Response, PageError> {
    let language = LanguageSetting::of(signed.actor.language, query.saved == "language");
    let outcome = TwoFactorOutcome::default();
    account_response(&state, signed, StatusCode::OK, outcome, language).await
}

/// The account page, with what the two-factor forms left to say (a wrong code at its field, new
/// recovery codes) and the language section as given (saved, or refused at the field).
pub(super) async fn account_response(
    state: &AppState,
    signed: SignedIn,
    status: StatusCode,
    outcome: TwoFactorOutcome,
    language: LanguageSetting,
) -> Result<Response, PageError> {
    let page = AccountPage {
        display_name: signed.actor.display_name.clone(),
        email: signed.actor.email.clone(),
        two_factor: two_factor::view(state, &signed, outcome).await?,
        language,
    };
    render(status, "account.html", &signed.frame, &page)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfOnly {
    csrf: String,
}

pub async fn log_out_everywhere(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<CsrfOnly>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    accounts::log_out_everywhere(&state.db, &signed.actor, state.clock.now()).await?;
    let mut response = redirect("/login");
    append_cookie(&mut response, &cookie(SESSION, "", 0, state.secure_cookies));
    Ok(response)
}
