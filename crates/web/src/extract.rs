//! Extractors: the authenticated actor and JSON bodies whose rejections become problems.

use crate::error::{invalid, ApiError};
use crate::AppState;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use chrono_tz::Tz;
use granty_domain::Rule;
use granty_store::{Actor, StoreError, StoreResult};
use serde::de::DeserializeOwned;

/// The logged-in caller, from `Authorization: Bearer <token>`.
pub struct Auth(pub Actor);

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer_token(&parts.headers).ok_or(ApiError::Unauthorized)?;
        let sessions = &state.accounts.policy.sessions;
        let actor =
            granty_store::accounts::actor_for_token(&state.db, token, sessions, state.clock.now())
                .await
                .map_err(|e| match e {
                    StoreError::BadCredentials | StoreError::NotFound => ApiError::Unauthorized,
                    other => ApiError::from_store(other, chrono_tz::Europe::Warsaw),
                })?;
        require_two_factor(state, &actor).await?;
        Ok(Auth(actor))
    }
}

/// The town's `require_two_factor_for_staff` holds for API tokens as for pages: staff who have
/// not set up two-factor login get 403 until they do (on the account page).
async fn require_two_factor(state: &AppState, actor: &Actor) -> Result<(), ApiError> {
    if !actor.role.is_staff() || !actor.tenant.rules.require_two_factor_for_staff {
        return Ok(());
    }
    let enrolled = granty_store::two_factor::is_enabled(&state.db.reader, actor.user_id).await;
    match enrolled {
        Ok(true) => Ok(()),
        Ok(false) => Err(ApiError::TwoFactorEnrolmentRequired),
        Err(error) => Err(ApiError::from_store(error, chrono_tz::Europe::Warsaw)),
    }
}

/// The token of `Authorization: Bearer <token>`, if the request carries one.
pub fn bearer_token(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// A JSON body; a malformed one is a 400 naming where it broke, an oversized one a 413, and
/// one with a NUL in a string a 422 naming the field (see `input`).
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let max_bytes = state.limits.max_json_bytes;
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, max_bytes)
            .await
            .map_err(|_| ApiError::TooLarge { max_bytes })?;
        if let Some(field) = crate::input::nul_in_json(&bytes) {
            return Err(invalid(&field, Rule::ForbiddenCharacter));
        }
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::BytesRejection(_)) => Err(ApiError::TooLarge {
                max_bytes: state.limits.max_json_bytes,
            }),
            Err(rejection) => Err(ApiError::BadRequest(rejection.body_text())),
        }
    }
}

/// Maps store results to API errors with instants shown in the caller's tenant zone.
pub trait OrApi<T> {
    fn or_api(self, zone: Tz) -> Result<T, ApiError>;
}

impl<T> OrApi<T> for StoreResult<T> {
    fn or_api(self, zone: Tz) -> Result<T, ApiError> {
        self.map_err(|e| ApiError::from_store(e, zone))
    }
}

/// The language the caller asked for in `Accept-Language`, if any we speak.
pub struct Lang(pub Option<granty_domain::Language>);

impl Lang {
    /// The header's language, else the user's own, else Polish.
    pub fn or(&self, fallback: granty_domain::Language) -> granty_domain::Language {
        self.0.unwrap_or(fallback)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(
            parts
                .headers
                .get(axum::http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(granty_domain::Language::from_accept_language),
        ))
    }
}

/// Checks a request's `validator` rules and reports them as named field violations.
pub fn validate<T: validator::Validate>(value: &T) -> Result<(), ApiError> {
    use granty_domain::Violations;
    let Err(errors) = value.validate() else {
        return Ok(());
    };
    let mut violations = Violations::new();
    for (field, list) in errors.field_errors() {
        for error in list {
            let max = error
                .params
                .get("max")
                .and_then(|v| v.as_u64())
                .unwrap_or(0) as usize;
            let rule = match error.code.as_ref() {
                "email" => Rule::InvalidEmail,
                "length"
                    if max > 0
                        && error
                            .params
                            .get("value")
                            .and_then(|v| v.as_str())
                            .is_some_and(|v| v.chars().count() > max) =>
                {
                    Rule::TooLong { max }
                }
                "length" | "required" => Rule::Required,
                _ => Rule::InvalidValue,
            };
            violations.push(field.to_string(), rule);
        }
    }
    Err(ApiError::Invalid(violations))
}
