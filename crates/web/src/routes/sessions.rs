//! Logging in and out: one session, or every session of the caller.

use crate::client::ClientAddress;
use crate::error::ApiError;
use crate::extract::{bearer_token, validate, ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use chrono::{DateTime, Utc};
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::Language;
use granty_store::accounts::{self, Attempt};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(create_session, delete_session, delete_all_sessions))]
pub struct Doc;

/// A new session: the token to send as `Authorization: Bearer <token>`, and who it is for.
#[derive(Serialize, ToSchema)]
pub struct Session {
    token: String,
    expires_at: DateTime<Utc>,
    user: SessionUser,
    role: Role,
    tenant: Tenant,
}

#[derive(Serialize, ToSchema)]
pub struct SessionUser {
    id: i64,
    email: String,
    display_name: String,
    language: Language,
}

/// How many sessions "log out everywhere" ended.
#[derive(Serialize, ToSchema)]
pub struct SessionsEnded {
    sessions_ended: u64,
}

#[derive(Deserialize, validator::Validate, ToSchema)]
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
#[utoipa::path(post, path = "/sessions", tag = "sessions", security(()),
    request_body = LoginRequest,
    responses((status = 201, description = "Logged in", body = Session), Problems))]
pub async fn create_session(
    State(state): State<AppState>,
    address: ClientAddress,
    headers: HeaderMap,
    ApiJson(body): ApiJson<LoginRequest>,
) -> Result<(StatusCode, Json<Session>), ApiError> {
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
        Json(Session {
            token: login.token,
            expires_at: login.expires_at,
            user: SessionUser {
                id: actor.user_id,
                email: actor.email.clone(),
                display_name: actor.display_name.clone(),
                language: actor.language,
            },
            role: actor.role,
            tenant: actor.tenant.clone(),
        }),
    ))
}

/// Logs out: ends the session whose token the request carries.
#[utoipa::path(delete, path = "/sessions", tag = "sessions",
    responses((status = 204, description = "Logged out"), Problems))]
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
#[utoipa::path(delete, path = "/sessions/all", tag = "sessions",
    responses((status = 200, description = "Sessions ended", body = SessionsEnded), Problems))]
pub async fn delete_all_sessions(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<SessionsEnded>, ApiError> {
    let ended = accounts::log_out_everywhere(&state.db, &actor, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(SessionsEnded {
        sessions_ended: ended,
    }))
}
