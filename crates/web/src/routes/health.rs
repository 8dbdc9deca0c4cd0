//! Liveness and readiness probes.

use crate::routing::Routes;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Json;
use serde_json::{json, Value};
use std::time::Duration;

/// How long each dependency may take to answer a readiness probe: a store that hangs is down
/// as far as a load balancer is concerned (and S3's retries would otherwise hold the probe).
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

pub fn router() -> Routes {
    Routes::default()
        .route("/health/live", get(live))
        .route("/health/ready", get(ready))
}

async fn live() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// Ready when the database answers and the object storage takes a write; 503 naming the one
/// (or both) that did not. Both are asked at once.
async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let database = tokio::time::timeout(PROBE_TIMEOUT, state.db.ping());
    let storage = tokio::time::timeout(PROBE_TIMEOUT, state.storage.probe());
    let (database, storage) = tokio::join!(database, storage);
    let database = verdict("database", database.map_err(|_| "timed out".to_string()));
    let storage = verdict("storage", storage.map_err(|_| "timed out".to_string()));
    let ready = database == "ok" && storage == "ok";
    let status = if ready { "ok" } else { "unavailable" };
    let code = match ready {
        true => StatusCode::OK,
        false => StatusCode::SERVICE_UNAVAILABLE,
    };
    let body = json!({ "status": status, "database": database, "storage": storage });
    (code, Json(body))
}

/// `ok`, or `unreachable` with the reason logged (not sent: it may name hosts and paths).
fn verdict<E: std::fmt::Display>(
    what: &str,
    answer: Result<Result<(), E>, String>,
) -> &'static str {
    let failure = match answer {
        Ok(Ok(())) => return "ok",
        Ok(Err(error)) => error.to_string(),
        Err(timeout) => timeout,
    };
    tracing::warn!(dependency = what, reason = %failure, "readiness check failed");
    "unreachable"
}
