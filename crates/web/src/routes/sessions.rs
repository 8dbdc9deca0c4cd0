//! Logging in and out: one session, or every session of the caller.

use crate::client::ClientAddress;
use crate::error::ApiError;
use crate::extract::{bearer_token, validate, ApiJson, Auth, OrApi};
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use granty_store::accounts::{self, Attempt};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize, validator::Validate)]
pub struct LoginRequest {
    #[validate(email)]
    email: String,
    #[validate(length(min = 1, max = 1000))]
    password: String,
    #[validate(length(min = 1, max = 63))]
    tenant: String,
    /// The two-factor code, for accounts enrolled in it: six digits from the app, or one of the
    /// account's recovery codes (`ABCDE-FGHJK`, spent on use).
    #[validate(length(max = 20))]
    totp_code: Option<String>,
}

/// Logs in: a new token each time; a token sent along (from before) is ended.
pub async fn create_session(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    validate(&body)?;
    let address = address.text();
    let attempt = Attempt {
        email: &body.email,
        password: &body.password,
        tenant_slug: &body.tenant,
        address: address.as_deref(),
        previous_token: bearer_token(&headers),
        totp_code: body.totp_code.as_deref(),
    };
    let login = accounts::log_in(
        &state.db,
        &attempt,
        &state.accounts.policy,
        state.clock.now(),
    )
    .await
    .or_api(chrono_tz::Europe::Warsaw)?;
    let actor = &login.actor;
    Ok((
        StatusCode::CREATED,
        Json(json!({
            "token": login.token,
            "expires_at": login.expires_at,
            "user": { "id": actor.user_id, "email": actor.email, "display_name": actor.display_name, "language": actor.language },
            "role": actor.role,
            "tenant": actor.tenant,
        })),
    ))
}

pub async fn delete_session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    let token = bearer_token(&headers).ok_or(ApiError::Unauthorized)?;
    accounts::log_out(&state.db, token)
        .await
        .or_api(chrono_tz::Europe::Warsaw)?;
    Ok(StatusCode::NO_CONTENT)
}

/// Ends every session of the caller, this one included ("log out everywhere").
pub async fn delete_all_sessions(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<Value>, ApiError> {
    let ended = accounts::log_out_everywhere(&state.db, &actor, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(json!({ "sessions_ended": ended })))
}
