//! Applications: NGO members draft, save and submit; clerks run the formal check.

use crate::edge::Arrived;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::views::ApplicationView;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::application::FormalOutcome;
use granty_domain::offer::OfferInput;
use granty_store::applications::{
    self, ApplicationListItem, DraftChanges, FormalCheckInput, PartnerLinks, Receipt,
};
use granty_store::{Actor, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    create_application,
    list_applications,
    get_application,
    update_application,
    submit_application,
    withdraw_application,
    check_application
))]
pub struct Doc;

/// The offers in a call the caller may see.
#[derive(Serialize, ToSchema)]
pub struct ApplicationList {
    applications: Vec<ApplicationListItem>,
}

async fn view(
    state: &AppState,
    actor: &Actor,
    lang: &Lang,
    id: i64,
) -> Result<ApplicationView, ApiError> {
    let detail = applications::get(&state.db, actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(ApplicationView::new(
        detail,
        lang.or(actor.language),
        state.clock.now(),
    ))
}

#[derive(Deserialize, ToSchema)]
pub struct CreateApplication {
    organisation_id: i64,
    /// Start as a copy of an earlier offer of the same organisation.
    copy_from: Option<i64>,
}

/// Starts a draft offer of the organisation in the call, empty or copied from an earlier one.
#[utoipa::path(post, path = "/calls/{id}/applications", tag = "applications",
    params(("id" = i64, Path, description = "The call")),
    request_body = CreateApplication,
    responses((status = 201, description = "The draft offer", body = ApplicationView), Problems))]
pub async fn create_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(call_id): Path<i64>,
    ApiJson(body): ApiJson<CreateApplication>,
) -> Result<(StatusCode, Json<ApplicationView>), ApiError> {
    let now = state.clock.now();
    let id = applications::create_draft(
        &state.db,
        &actor,
        call_id,
        body.organisation_id,
        body.copy_from,
        now,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok((
        StatusCode::CREATED,
        Json(view(&state, &actor, &lang, id).await?),
    ))
}

/// The offers in a call: staff see every submitted one, NGO users their organisations' own.
#[utoipa::path(get, path = "/calls/{id}/applications", tag = "applications",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The offers", body = ApplicationList), Problems))]
pub async fn list_applications(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(call_id): Path<i64>,
) -> Result<Json<ApplicationList>, ApiError> {
    let items = applications::list_for_call(&state.db, &actor, call_id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(ApplicationList {
        applications: items,
    }))
}

/// One offer, with what the caller may do next.
#[utoipa::path(get, path = "/applications/{id}", tag = "applications",
    params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The offer", body = ApplicationView), Problems))]
pub async fn get_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationView>, ApiError> {
    Ok(Json(view(&state, &actor, &lang, id).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct SaveDraft {
    /// The version this edit started from.
    version: i32,
    content: Option<OfferInput>,
    partners: Option<Vec<i64>>,
}

/// Saves the draft; a stale version gets 409 with the current application, and nothing is lost.
#[utoipa::path(patch, path = "/applications/{id}", tag = "applications",
    params(("id" = i64, Path, description = "The offer")),
    request_body = SaveDraft,
    responses((status = 200, description = "The offer, saved", body = ApplicationView), Problems))]
pub async fn update_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SaveDraft>,
) -> Result<Json<ApplicationView>, ApiError> {
    let changes = DraftChanges {
        content: body.content,
        partners: match body.partners {
            Some(ids) => PartnerLinks::Set(ids),
            None => PartnerLinks::Keep,
        },
    };
    match applications::save_draft(
        &state.db,
        &actor,
        id,
        body.version,
        changes,
        state.clock.now(),
    )
    .await
    {
        Ok(()) => Ok(Json(view(&state, &actor, &lang, id).await?)),
        Err(StoreError::Stale { .. }) => {
            let current = view(&state, &actor, &lang, id).await?;
            Err(ApiError::Stale {
                current: json!(current),
            })
        }
        Err(other) => Err(ApiError::from_store(other, actor.tenant.time_zone)),
    }
}

/// Submits (or resubmits a correction). Repeating it returns the same receipt with 200.
#[utoipa::path(post, path = "/applications/{id}/submit", tag = "applications",
    params(("id" = i64, Path, description = "The offer")),
    responses(
        (status = 201, description = "Submitted: the receipt", body = Receipt),
        (status = 200, description = "Already submitted: the same receipt", body = Receipt),
        Problems))]
pub async fn submit_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Arrived(arrived): Arrived,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<Receipt>), ApiError> {
    // Judged by when the request arrived, not by when a busy server got to it.
    let receipt = applications::submit(&state.db, &actor, id, arrived)
        .await
        .or_api(actor.tenant.time_zone)?;
    let status = if receipt.newly_submitted {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(receipt)))
}

/// Withdraws the offer.
#[utoipa::path(post, path = "/applications/{id}/withdraw", tag = "applications",
    params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The offer, withdrawn", body = ApplicationView), Problems))]
pub async fn withdraw_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
) -> Result<Json<ApplicationView>, ApiError> {
    applications::withdraw(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view(&state, &actor, &lang, id).await?))
}

#[derive(Deserialize, ToSchema)]
pub struct FormalCheckRequest {
    outcome: FormalOutcome,
    #[serde(default)]
    deficiencies: Vec<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    checklist: Option<granty_domain::formal::Checklist>,
}

/// Records the formal check: passed, to be corrected (with the deficiencies) or rejected.
#[utoipa::path(post, path = "/applications/{id}/formal-check", tag = "applications",
    params(("id" = i64, Path, description = "The offer")),
    request_body = FormalCheckRequest,
    responses((status = 200, description = "The offer, checked", body = ApplicationView), Problems))]
pub async fn check_application(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<FormalCheckRequest>,
) -> Result<Json<ApplicationView>, ApiError> {
    let input = FormalCheckInput {
        outcome: body.outcome,
        deficiencies: body.deficiencies,
        reason: body.reason,
        checklist: body.checklist,
    };
    applications::formal_check(&state.db, &actor, id, input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view(&state, &actor, &lang, id).await?))
}
