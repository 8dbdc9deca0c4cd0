//! Organisations: NGO users register theirs and keep the profile current.

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::organisation::OrganisationInput;
use granty_store::organisations::{self, OrganisationView};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_my_organisations,
    create_organisation,
    get_organisation,
    update_organisation
))]
pub struct Doc;

/// The organisations the caller belongs to.
#[derive(Serialize, ToSchema)]
pub struct OrganisationList {
    organisations: Vec<OrganisationView>,
}

/// The organisations the caller belongs to.
#[utoipa::path(get, path = "/organisations/mine", tag = "organisations",
    responses((status = 200, description = "The caller's organisations", body = OrganisationList), Problems))]
pub async fn list_my_organisations(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<OrganisationList>, ApiError> {
    let found = organisations::mine(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(OrganisationList {
        organisations: found,
    }))
}

/// Registers an organisation; the caller becomes its member.
#[utoipa::path(post, path = "/organisations", tag = "organisations",
    request_body = OrganisationInput,
    responses((status = 201, description = "The organisation", body = OrganisationView), Problems))]
pub async fn create_organisation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(input): ApiJson<OrganisationInput>,
) -> Result<(StatusCode, Json<OrganisationView>), ApiError> {
    let created = organisations::create(&state.db, &actor, &input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(created)))
}

/// One organisation's profile.
#[utoipa::path(get, path = "/organisations/{id}", tag = "organisations",
    params(("id" = i64, Path, description = "The organisation")),
    responses((status = 200, description = "The organisation", body = OrganisationView), Problems))]
pub async fn get_organisation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<OrganisationView>, ApiError> {
    Ok(Json(
        organisations::get(&state.db, &actor, id)
            .await
            .or_api(actor.tenant.time_zone)?,
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct UpdateOrganisation {
    version: Option<i32>,
    #[serde(flatten)]
    input: OrganisationInput,
}

/// Edits the profile; a stale `version` answers 409 with the current one.
#[utoipa::path(patch, path = "/organisations/{id}", tag = "organisations",
    params(("id" = i64, Path, description = "The organisation")),
    request_body = UpdateOrganisation,
    responses((status = 200, description = "The organisation, edited", body = OrganisationView), Problems))]
pub async fn update_organisation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<UpdateOrganisation>,
) -> Result<Json<OrganisationView>, ApiError> {
    let zone = actor.tenant.time_zone;
    let updated = organisations::update(
        &state.db,
        &actor,
        id,
        body.version,
        &body.input,
        state.clock.now(),
    )
    .await;
    match updated {
        Ok(view) => Ok(Json(view)),
        Err(granty_store::StoreError::Stale { .. }) => {
            let current = organisations::get(&state.db, &actor, id)
                .await
                .or_api(zone)?;
            Err(ApiError::Stale {
                current: json!(current),
            })
        }
        Err(other) => Err(ApiError::from_store(other, zone)),
    }
}
