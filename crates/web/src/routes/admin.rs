//! Administration: the notification log (queued, sent, retrying, failed with the reason), the
//! reminder plan and the town's rules.

use crate::error::{invalid, ApiError};
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Query, State};
use axum::Json;
use granty_domain::notification::ReminderSettings;
use granty_domain::tenant::TenantRules;
use granty_domain::Rule;
use granty_store::notifications::{self, status, NotificationView};
use granty_store::tenants;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_notifications,
    get_reminder_settings,
    update_reminder_settings,
    get_tenant_rules,
    update_tenant_rules
))]
pub struct Doc;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotificationFilter {
    /// Only notifications in this state: `queued`, `sending`, `sent`, `retrying` or `failed`.
    status: Option<String>,
    /// At most this many, newest first (1–1000; 100 when absent).
    limit: Option<u64>,
}

/// The notification log, newest first.
#[derive(Serialize, ToSchema)]
pub struct NotificationLog {
    notifications: Vec<NotificationView>,
}

/// The town's notification log: queued, sent, retrying and failed with the reason (admins).
#[utoipa::path(get, path = "/admin/notifications", tag = "admin",
    params(NotificationFilter),
    responses((status = 200, description = "The log", body = NotificationLog), Problems))]
pub async fn list_notifications(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Query(filter): Query<NotificationFilter>,
) -> Result<Json<NotificationLog>, ApiError> {
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
    Ok(Json(NotificationLog {
        notifications: rows,
    }))
}

/// The tenant's reminder plan: offsets per kind (`7d`, `2h`, `0d` = the last day) and the local
/// time at which day reminders go out.
#[utoipa::path(get, path = "/admin/reminder-settings", tag = "admin",
    responses((status = 200, description = "The reminder plan", body = ReminderSettings), Problems))]
pub async fn get_reminder_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<ReminderSettings>, ApiError> {
    actor
        .require(granty_domain::roles::Role::Admin)
        .or_api(actor.tenant.time_zone)?;
    let settings = notifications::reminder_settings(&state.db.reader, actor.tenant_id())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(settings))
}

/// Replaces the reminder plan; a kind left out takes its default (at most 10 offsets a kind).
#[utoipa::path(put, path = "/admin/reminder-settings", tag = "admin",
    request_body = ReminderSettings,
    responses((status = 200, description = "The plan as saved", body = ReminderSettings), Problems))]
pub async fn update_reminder_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(settings): ApiJson<ReminderSettings>,
) -> Result<Json<ReminderSettings>, ApiError> {
    let mut v = granty_domain::Violations::new();
    for (field, offsets) in [
        ("draft_deadline", &settings.draft_deadline),
        ("correction_due", &settings.correction_due),
        ("formal_check_due", &settings.formal_check_due),
        ("scoring_due", &settings.scoring_due),
        (
            "control_recommendations_due",
            &settings.control_recommendations_due,
        ),
        ("report_due", &settings.report_due),
        ("report_correction_due", &settings.report_correction_due),
        ("return_due", &settings.return_due),
    ] {
        if offsets.len() > 10 {
            v.push(field, Rule::TooManyItems { max: 10 });
        }
    }
    if !v.is_empty() {
        return Err(ApiError::Invalid(v));
    }
    notifications::set_reminder_settings(&state.db, &actor, &settings, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(settings))
}

/// The town's rules: the minimum days from the last announcement to the deadline and whether
/// the offer form has the "other public funds" row.
#[utoipa::path(get, path = "/admin/rules", tag = "admin",
    responses((status = 200, description = "The rules", body = TenantRules), Problems))]
pub async fn get_tenant_rules(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<TenantRules>, ApiError> {
    let rules = tenants::rules(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(rules))
}

/// Replaces the town's rules; a field left out takes its default.
#[utoipa::path(put, path = "/admin/rules", tag = "admin",
    request_body = TenantRules,
    responses((status = 200, description = "The rules as saved", body = TenantRules), Problems))]
pub async fn update_tenant_rules(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(rules): ApiJson<TenantRules>,
) -> Result<Json<TenantRules>, ApiError> {
    let saved = tenants::set_rules(&state.db, &actor, &rules, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(saved))
}
