//! Two-factor login on the account page, for clerks and administrators: start enrolment (a new
//! secret as text, as an `otpauth://` address and as a QR code), confirm it with a first code,
//! and disable it with a code. The secret is shown only while enrolment is pending; confirming
//! shows the first recovery codes ([`super::recovery_codes`]).

use super::language::LanguageSetting;
use super::recovery_codes::{self, RecoveryCodesView};
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::{SignedIn, StaffEnrolling};
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use granty_store::two_factor::{self, TwoFactor};
use granty_store::StoreError;
use qrcode::render::svg;
use qrcode::QrCode;
use serde::{Deserialize, Serialize};

/// The account page's two-factor section.
#[derive(Serialize)]
pub struct TwoFactorView {
    /// `off`, `pending` or `on`.
    state: &'static str,
    secret: String,
    uri: String,
    /// The QR code of `uri` as inline SVG (markup only, nothing the CSP forbids).
    qr_svg: String,
    /// A wrong code, said next to the field.
    code_error: Option<String>,
    /// The town asks staff to enrol (and sent them here).
    required: bool,
    /// Recovery codes: how many are left, and new ones shown once.
    recovery: RecoveryCodesView,
}

/// What the last two-factor form left to say: a wrong code at one of the fields, or the
/// recovery codes just made (shown on this response only).
#[derive(Default)]
pub struct TwoFactorOutcome {
    pub code_error: Option<String>,
    pub recovery_error: Option<String>,
    pub fresh_codes: Vec<String>,
}

/// The section for `signed`: staff always; others only while enrolled (to switch it off).
pub async fn view(
    state: &AppState,
    signed: &SignedIn,
    outcome: TwoFactorOutcome,
) -> Result<Option<TwoFactorView>, PageError> {
    let status = two_factor::status(&state.db, &signed.actor).await?;
    let enrolled = matches!(status, TwoFactor::On { .. });
    if !signed.actor.role.is_staff() && !enrolled {
        return Ok(None);
    }
    let required = signed.actor.tenant.rules.require_two_factor_for_staff;
    let mut view = TwoFactorView {
        state: "off",
        secret: String::new(),
        uri: String::new(),
        qr_svg: String::new(),
        code_error: outcome.code_error,
        required,
        recovery: RecoveryCodesView::default(),
    };
    match status {
        TwoFactor::Off => {}
        TwoFactor::On {
            recovery_codes_left,
        } => {
            view.state = "on";
            let shown = (outcome.fresh_codes, outcome.recovery_error);
            view.recovery = recovery_codes::view(signed, recovery_codes_left, shown);
        }
        TwoFactor::Pending { secret, uri } => {
            view.state = "pending";
            view.qr_svg = qr_svg(&uri, text(signed.lang, "two_factor_qr_label"));
            view.secret = spaced(&secret);
            view.uri = uri;
        }
    }
    Ok(Some(view))
}

/// The secret in groups of four, easier to type into an app by hand.
fn spaced(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    let groups: Vec<String> = chars.chunks(4).map(|c| c.iter().collect()).collect();
    groups.join(" ")
}

/// The address as an SVG QR code, labelled for screen readers; empty if it cannot be drawn.
fn qr_svg(uri: &str, label: &str) -> String {
    let Ok(code) = QrCode::new(uri.as_bytes()) else {
        return String::new();
    };
    let drawn = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // Inline in HTML: no XML declaration, and a name for assistive technology.
    let start = drawn.find("<svg").unwrap_or(0);
    let label = label.replace('"', "&quot;");
    drawn[start..].replacen(
        "<svg",
        &format!("<svg role=\"img\" aria-label=\"{label}\""),
        1,
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CodeForm {
    csrf: String,
    code: String,
}

pub async fn start_two_factor(
    State(state): State<AppState>,
    StaffEnrolling(signed): StaffEnrolling,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    match two_factor::begin(&state.db, &signed.actor, state.clock.now()).await {
        // Already on: nothing to start; the page says so.
        Ok(_) | Err(StoreError::Forbidden) => Ok(redirect("/account#two-factor")),
        Err(error) => Err(error.into()),
    }
}

pub async fn confirm_two_factor(
    State(state): State<AppState>,
    StaffEnrolling(signed): StaffEnrolling,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    match two_factor::confirm(&state.db, &signed.actor, &form.code, now).await {
        Ok(fresh_codes) => {
            let outcome = TwoFactorOutcome {
                fresh_codes,
                ..TwoFactorOutcome::default()
            };
            show(&state, signed, StatusCode::OK, outcome).await
        }
        done => after_code(&state, signed, done.map(|_| ())).await,
    }
}

pub async fn disable_two_factor(
    State(state): State<AppState>,
    StaffEnrolling(signed): StaffEnrolling,
    Form(form): Form<CodeForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let done = two_factor::disable(&state.db, &signed.actor, &form.code, now).await;
    after_code(&state, signed, done).await
}

/// Back to the account page; a wrong code stays on it with the message at the field.
async fn after_code(
    state: &AppState,
    signed: SignedIn,
    done: Result<(), StoreError>,
) -> Result<Response, PageError> {
    match done {
        // Done, or nothing to confirm or disable (another tab did it): the page shows the state.
        Ok(()) | Err(StoreError::NotFound) => Ok(redirect("/account#two-factor")),
        Err(StoreError::BadCredentials) => {
            let outcome = TwoFactorOutcome {
                code_error: Some(text(signed.lang, "two_factor_code_wrong").to_string()),
                ..TwoFactorOutcome::default()
            };
            show(state, signed, StatusCode::UNPROCESSABLE_ENTITY, outcome).await
        }
        Err(error) => Err(error.into()),
    }
}

/// The account page as it is, with what the two-factor form left to say.
pub(super) async fn show(
    state: &AppState,
    signed: SignedIn,
    status: StatusCode,
    outcome: TwoFactorOutcome,
) -> Result<Response, PageError> {
    let language = LanguageSetting::of(signed.actor.language, false);
    super::own::account_response(state, signed, status, outcome, language).await
}
