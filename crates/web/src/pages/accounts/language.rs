//! The account's language: the one its pages open in and its emails are written in. Chosen here
//! (the account page's form) or with the language switch in the header while signed in (the
//! guard stores that choice too).

use super::own::account_response;
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::SignedIn;
use crate::pages::respond::{append_cookie, redirect, PageError, YEAR};
use crate::pages::session::{cookie, LANG};
use crate::pages::texts::{language_name, text};
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_store::accounts;
use serde::{Deserialize, Serialize};

/// One choice of the account page's language field.
#[derive(Serialize)]
pub struct LanguageOption {
    code: &'static str,
    name: &'static str,
    selected: bool,
}

/// The language section of the account page (`account_language.html`).
#[derive(Serialize)]
pub struct LanguageSetting {
    options: Vec<LanguageOption>,
    /// The current language's own name, said beside the field.
    current: &'static str,
    /// Shown after a change was saved.
    saved: bool,
    error: Option<&'static str>,
}

impl LanguageSetting {
    pub fn of(current: Language, saved: bool) -> LanguageSetting {
        LanguageSetting {
            options: Language::ALL
                .iter()
                .map(|l| LanguageOption {
                    code: l.code(),
                    name: language_name(*l),
                    selected: *l == current,
                })
                .collect(),
            current: language_name(current),
            saved,
            error: None,
        }
    }

    pub fn refused(current: Language, lang: Language) -> LanguageSetting {
        LanguageSetting {
            error: Some(text(lang, "front_language_unknown")),
            ..LanguageSetting::of(current, false)
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct LanguageForm {
    csrf: String,
    language: String,
}

/// Saves the account's language and remembers it in this browser (for the pages after logout).
pub async fn set_language(
    State(state): State<AppState>,
    signed: SignedIn,
    Form(form): Form<LanguageForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let Ok(language) = form.language.parse::<Language>() else {
        let refused = LanguageSetting::refused(signed.actor.language, signed.lang);
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        let outcome = Default::default();
        return account_response(&state, signed, status, outcome, refused).await;
    };
    let now = state.clock.now();
    accounts::set_language(&state.db, &signed.actor, language, now).await?;
    let mut response = redirect("/account?saved=language#language");
    let remembered = cookie(LANG, language.code(), YEAR, state.secure_cookies);
    append_cookie(&mut response, &remembered);
    Ok(response)
}
