//! Organisations: NGO users register theirs and keep the profile current.

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::organisation::OrganisationInput;
use granty_store::organisations::{self, OrganisationView};
use serde::Deserialize;
use serde_json::{json, Value};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

pub async fn list_my_organisations(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<Value>, ApiError> {
    let found = organisations::mine(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(json!({ "organisations": found })))
}

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

#[derive(Deserialize)]
pub struct UpdateOrganisation {
    version: Option<i32>,
    #[serde(flatten)]
    input: OrganisationInput,
}

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
