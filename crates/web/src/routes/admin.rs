//! Administration: the notification log (queued, sent, retrying, failed with the reason).

use crate::error::{invalid, ApiError};
use crate::extract::{Auth, OrApi};
use crate::AppState;
use axum::extract::{Query, State};
use axum::Json;
use granty_domain::Rule;
use granty_store::notifications::{self, status};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
pub struct NotificationFilter {
    status: Option<String>,
    limit: Option<u64>,
}

pub async fn list_notifications(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Query(filter): Query<NotificationFilter>,
) -> Result<Json<Value>, ApiError> {
    let wanted = filter.status.as_deref().filter(|s| !s.is_empty());
    if let Some(s) = wanted {
        if ![
            status::QUEUED,
            status::SENDING,
            status::SENT,
            status::RETRYING,
            status::FAILED,
        ]
        .contains(&s)
        {
            return Err(invalid("status", Rule::InvalidValue));
        }
    }
    let limit = filter.limit.unwrap_or(100).clamp(1, 1000);
    let rows = notifications::list(&state.db, &actor, wanted, limit)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(json!({ "notifications": rows })))
}
