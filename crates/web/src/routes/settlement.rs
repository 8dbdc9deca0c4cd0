//! An agreement's settlement (issue 13): the figures and returns, read by the town's staff and,
//! once the final report is accepted, by the organisation; a payment of returns recorded by the
//! staff; the misuse case after an unanswered written call. Thin handlers over
//! `granty_store::settlement`.

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use granty_store::settlement::{self, ReturnPaymentForm, SettlementView, Standing};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_settlement, record_return_payment, record_misuse))]
pub struct Doc;

/// The settlement's routes, mounted under `/api/v1`.
pub fn api() -> Routes {
    Routes::default()
        .route("/agreements/{id}/settlement", get(get_settlement))
        .route("/agreements/{id}/returns", post(record_return_payment))
        .route("/agreements/{id}/misuse", post(record_misuse))
}

/// The settlement: its figures and returns and where the returns stand today.
#[utoipa::path(get, path = "/agreements/{id}/settlement", tag = "settlement",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The settlement", body = SettlementView), Problems))]
pub async fn get_settlement(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<SettlementView>, ApiError> {
    let view = settlement::get(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// A payment of returns; the answer is where the returns stand after it (the agreement is
/// settled when nothing is left to pay).
#[utoipa::path(post, path = "/agreements/{id}/returns", tag = "settlement",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = ReturnPaymentForm,
    responses((status = 201, description = "Recorded: where the returns stand", body = Standing), Problems))]
pub async fn record_return_payment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(form): ApiJson<ReturnPaymentForm>,
) -> Result<(StatusCode, Json<Standing>), ApiError> {
    let now = state.clock.now();
    let standing = settlement::record_return_payment(&state.db, &actor, id, &form, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(standing)))
}

/// The misuse case: no final report within the written call's days, so the whole paid grant is
/// returned with interest from each transfer (§ 9 of the model agreement, ufp art. 252). The
/// answer is where the returns stand: 201 when recorded, 200 when a repeat found it recorded.
#[utoipa::path(post, path = "/agreements/{id}/misuse", tag = "settlement",
    params(("id" = i64, Path, description = "The agreement")),
    responses(
        (status = 201, description = "Recorded: where the returns stand", body = Standing),
        (status = 200, description = "Already recorded: where the returns stand", body = Standing),
        Problems))]
pub async fn record_misuse(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<Standing>), ApiError> {
    let outcome = settlement::record_misuse(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    let status = if outcome.acted {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok((status, Json(outcome.standing)))
}
