//! Recovery codes on the account page: how many are left, new ones on request (with a current
//! code from the app; the old ones stop working), and the codes just made, shown this once with
//! a download as a text file and a print view (the page's print style prints only the codes).

use super::two_factor::{show, TwoFactorOutcome};
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::{SignedIn, StaffEnrolling};
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_store::two_factor::recovery;
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

/// The recovery part of the two-factor section (shown while two-factor login is on).
#[derive(Serialize, Default)]
pub struct RecoveryCodesView {
    /// Unused codes left.
    left: u64,
    /// Codes made by this request; empty on every other response.
    fresh: Vec<String>,
    /// The fresh codes as a `data:` address for a download link (no route keeps them).
    download_href: String,
    /// A wrong code typed to get new codes, said at that field.
    error: Option<String>,
}

/// The view for an account with `left` unused codes and, just made, `fresh` ones.
pub fn view(
    signed: &SignedIn,
    left: u64,
    (fresh, error): (Vec<String>, Option<String>),
) -> RecoveryCodesView {
    let download_href = if fresh.is_empty() {
        String::new()
    } else {
        download_href(signed, &fresh)
    };
    RecoveryCodesView {
        left,
        fresh,
        download_href,
        error,
    }
}

/// The codes as a text file: a heading naming the service and the account, then one code a
/// line, percent-encoded into a `data:` address.
fn download_href(signed: &SignedIn, codes: &[String]) -> String {
    let heading = text(signed.lang, "recovery_codes_file_heading");
    let mut file = format!("{heading}\r\n{}\r\n\r\n", signed.actor.email);
    for code in codes {
        file.push_str(code);
        file.push_str("\r\n");
    }
    format!("data:text/plain;charset=utf-8,{}", percent_encode(&file))
}

/// Every byte but letters, digits and `-` as `%XX` (what a `data:` address may carry as is).
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct RegenerateForm {
    csrf: String,
    code: String,
}

/// New recovery codes for a current code from the app; a wrong code stays on the page with the
/// message at its field.
pub async fn regenerate_recovery_codes(
    State(state): State<AppState>,
    StaffEnrolling(signed): StaffEnrolling,
    Form(form): Form<RegenerateForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = match recovery::regenerate(&state.db, &signed.actor, &form.code, now).await {
        Ok(fresh_codes) => TwoFactorOutcome {
            fresh_codes,
            ..TwoFactorOutcome::default()
        },
        Err(StoreError::BadCredentials) => {
            let error = text(signed.lang, "two_factor_code_wrong").to_string();
            let outcome = TwoFactorOutcome {
                recovery_error: Some(error),
                ..TwoFactorOutcome::default()
            };
            return show(&state, signed, StatusCode::UNPROCESSABLE_ENTITY, outcome).await;
        }
        // Two-factor login is off (another tab turned it off): the page shows that.
        Err(StoreError::NotFound) => return Ok(redirect("/account#two-factor")),
        Err(error) => return Err(error.into()),
    };
    show(&state, signed, StatusCode::OK, outcome).await
}

#[cfg(test)]
mod tests {
    use super::percent_encode;

    #[test]
    fn the_file_is_encoded_for_a_data_address() {
        assert_eq!(percent_encode("AB-12 ó\r\n"), "AB-12%20%C3%B3%0D%0A");
    }
}
