//! Logging in and out.

use crate::error::ApiError;
use crate::extract::{validate, ApiJson};
use crate::AppState;
use axum::extract::State;
use axum::http::{header::AUTHORIZATION, HeaderMap, StatusCode};
use axum::Json;
use granty_store::accounts;
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
}

pub async fn create_session(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    validate(&body)?;
    let login = accounts::log_in(
        &state.db,
        &body.email,
        &body.password,
        &body.tenant,
        state.clock.now(),
    )
    .await
    .map_err(|e| match e {
        granty_store::StoreError::BadCredentials => ApiError::Unauthorized,
        other => ApiError::from_store(other, chrono_tz::Europe::Warsaw),
    })?;
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
    let token = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or(ApiError::Unauthorized)?;
    accounts::log_out(&state.db, token.trim())
        .await
        .map_err(|e| ApiError::from_store(e, chrono_tz::Europe::Warsaw))?;
    Ok(StatusCode::NO_CONTENT)
}
