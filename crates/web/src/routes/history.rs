//! An object's audit trail for the staff: who did what, when, from where, before and after.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::AppState;
use axum::extract::{Path, State};
use axum::Json;
use granty_store::audit::trail;
use serde_json::{json, Value};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

/// A submitted offer's trail, oldest first (times in UTC, RFC 3339).
pub async fn application_history(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let entries = trail::of_application(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(json!({ "entries": entries })))
}

/// A call's trail, oldest first: edits, publication and cancellation with before and after.
pub async fn call_history(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let entries = trail::of_call(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(json!({ "entries": entries })))
}
