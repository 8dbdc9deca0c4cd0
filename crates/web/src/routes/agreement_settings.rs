//! The town's agreement settings for its admin: shift tolerance, payment, return and report days,
//! document languages, trusted certificates, scans allowed (`granty_store::agreement_settings`).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use granty_domain::agreement_settings::AgreementSettingsInput;
use granty_store::agreement_settings::{self, AgreementSettingsView};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_agreement_settings, update_agreement_settings))]
pub struct Doc;

/// The town's agreement settings, with the subjects of its trusted certificates.
#[utoipa::path(get, path = "/admin/agreement-settings", tag = "agreement_settings",
    responses((status = 200, description = "The settings", body = AgreementSettingsView), Problems))]
pub async fn get_agreement_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<AgreementSettingsView>, ApiError> {
    let view = agreement_settings::for_admin(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// Replaces the settings; a field left out takes its default (what a new town starts with).
#[utoipa::path(put, path = "/admin/agreement-settings", tag = "agreement_settings",
    request_body = AgreementSettingsInput,
    responses((status = 200, description = "The settings as saved", body = AgreementSettingsView), Problems))]
pub async fn update_agreement_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<AgreementSettingsInput>,
) -> Result<Json<AgreementSettingsView>, ApiError> {
    let saved = agreement_settings::save(&state.db, &actor, &input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(saved))
}
