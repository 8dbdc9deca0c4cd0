//! The town's settlement settings for its admin: return days, the written call's days, the
//! interest floor, the grant-share rule, report and control days, and the interest rates the town
//! adds to the shipped table (`granty_store::settlement::settings`).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use granty_store::settlement::settings::{self, SettlementSettingsInput, SettlementSettingsView};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_settlement_settings, update_settlement_settings))]
pub struct Doc;

/// The town's settlement settings, with the whole interest rate table.
#[utoipa::path(get, path = "/admin/settlement-settings", tag = "settlement_settings",
    responses((status = 200, description = "The settings", body = SettlementSettingsView), Problems))]
pub async fn get_settlement_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<SettlementSettingsView>, ApiError> {
    let view = settings::for_admin(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// Replaces the settings and the town's rates; a field left out takes its default.
#[utoipa::path(put, path = "/admin/settlement-settings", tag = "settlement_settings",
    request_body = SettlementSettingsInput,
    responses((status = 200, description = "The settings as saved", body = SettlementSettingsView), Problems))]
pub async fn update_settlement_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<SettlementSettingsInput>,
) -> Result<Json<SettlementSettingsView>, ApiError> {
    let saved = settings::save(&state.db, &actor, &input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(saved))
}
