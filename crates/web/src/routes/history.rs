//! An object's audit trail for the staff: who did what, when, from where, before and after.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::Json;
use granty_store::audit::trail::{self, TrailEntry};
use serde::Serialize;
use utoipa::ToSchema;

/// An object's trail, oldest first.
#[derive(Serialize, ToSchema)]
pub struct Trail {
    entries: Vec<TrailEntry>,
}

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(application_history, call_history))]
pub struct Doc;

/// A submitted offer's trail, oldest first (times in UTC, RFC 3339).
#[utoipa::path(get, path = "/applications/{id}/history", tag = "history",
    params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The trail", body = Trail), Problems))]
pub async fn application_history(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Trail>, ApiError> {
    let entries = trail::of_application(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(Trail { entries }))
}

/// A call's trail, oldest first: edits, publication and cancellation with before and after.
#[utoipa::path(get, path = "/calls/{id}/history", tag = "history",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The trail", body = Trail), Problems))]
pub async fn call_history(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Trail>, ApiError> {
    let entries = trail::of_call(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(Trail { entries }))
}
