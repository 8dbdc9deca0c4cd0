//! A call's ranking board for the town's staff, the awards, the resolution of divergences and
//! the ranking's downloads (CSV, XLSX).

use crate::error::ApiError;
use crate::exports::{ranking_sheet, respond, Format};
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use granty_domain::evaluation::budget::{parse_choice, AwardChoice};
use granty_domain::Violations;
use granty_store::evaluation::awards::record_awards;
use granty_store::evaluation::divergences::{resolve_divergence, Resolution};
use granty_store::evaluation::ranking::ranking_board;
use serde::Deserialize;
use serde_json::Value;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    get_ranking,
    create_awards,
    resolve_call_divergence,
    ranking_csv_file,
    ranking_xlsx_file
))]
pub struct Doc;

mod board;
use board::{board_json, Board, DivergenceNote};

/// The body in its expected shape, read only once the caller may act.
fn parse<T: serde::de::DeserializeOwned>(body: Value) -> Result<T, ApiError> {
    serde_json::from_value(body).map_err(|e| ApiError::BadRequest(e.to_string()))
}

/// The call's ranking board.
#[utoipa::path(get, path = "/calls/{id}/ranking", tag = "ranking",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The board", body = Board), Problems))]
pub async fn get_ranking(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Board>, ApiError> {
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(board_json(&board)))
}

#[derive(Deserialize, ToSchema)]
pub struct AwardLine {
    application_id: i64,
    /// A decimal, e.g. `"12500.50"`; empty or `"0"`: not awarded.
    #[serde(default)]
    amount: String,
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize, ToSchema)]
pub struct AwardsRequest {
    /// Every ranked offer's line; an offer left out gets nothing. Missing altogether: 422.
    #[serde(default)]
    awards: Option<Vec<AwardLine>>,
}

/// Records the amounts awarded to the ranked offers (each line: amount and reason).
#[utoipa::path(post, path = "/calls/{id}/awards", tag = "ranking",
    params(("id" = i64, Path, description = "The call")),
    request_body = AwardsRequest,
    responses((status = 200, description = "The board with the awards", body = Board), Problems))]
pub async fn create_awards(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Json<Board>, ApiError> {
    let zone = actor.tenant.time_zone;
    // A role that may never award learns nothing from the body's checks.
    actor.require_staff().or_api(zone)?;
    let body: AwardsRequest = parse(body)?;
    let Some(lines) = body.awards else {
        let mut missing = Violations::new();
        missing.push("awards", granty_domain::Rule::Required);
        return Err(ApiError::Invalid(missing));
    };
    let currency = actor.tenant.currency;
    let mut refused = Violations::new();
    let mut choices: Vec<AwardChoice> = Vec::new();
    for line in &lines {
        match parse_choice(line.application_id, &line.amount, &line.reason, currency) {
            Ok(choice) => choices.push(choice),
            Err(v) => refused.extend(v),
        }
    }
    if !refused.is_empty() {
        return Err(ApiError::Invalid(refused));
    }
    let now = state.clock.now();
    record_awards(&state.db, &actor, id, &choices, now)
        .await
        .or_api(zone)?;
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(zone)?;
    Ok(Json(board_json(&board)))
}

#[derive(Deserialize, ToSchema)]
pub struct DivergenceRequest {
    /// Missing: 0, refused as an offer without a divergence (422).
    #[serde(default)]
    application_id: i64,
    #[serde(default)]
    note: String,
    #[serde(default)]
    extra_member_user_id: Option<i64>,
}

/// Resolves a divergence between members' totals on an offer, with a note (and an extra member).
#[utoipa::path(post, path = "/calls/{id}/divergences", tag = "ranking",
    params(("id" = i64, Path, description = "The call")),
    request_body = DivergenceRequest,
    responses((status = 201, description = "The resolution", body = DivergenceNote), Problems))]
pub async fn resolve_call_divergence(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Value>,
) -> Result<(StatusCode, Json<DivergenceNote>), ApiError> {
    actor.require_staff().or_api(actor.tenant.time_zone)?;
    let body: DivergenceRequest = parse(body)?;
    let input = Resolution {
        application_id: body.application_id,
        note: body.note,
        extra_member_user_id: body.extra_member_user_id,
    };
    let note = resolve_divergence(&state.db, &actor, id, &input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(DivergenceNote::from(note))))
}

/// The ranking as CSV (headers in `Accept-Language`, else the account's language).
#[utoipa::path(get, path = "/calls/{id}/ranking.csv", tag = "ranking",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The ranking", content_type = "text/csv; charset=utf-8", body = String), Problems))]
pub async fn ranking_csv_file(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Response, ApiError> {
    ranking_file(state, actor, id, lang, Format::Csv).await
}

/// The ranking as an XLSX workbook.
#[utoipa::path(get, path = "/calls/{id}/ranking.xlsx", tag = "ranking",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The ranking",
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body = Vec<u8>), Problems))]
pub async fn ranking_xlsx_file(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Response, ApiError> {
    ranking_file(state, actor, id, lang, Format::Xlsx).await
}

async fn ranking_file(
    state: AppState,
    actor: granty_store::Actor,
    id: i64,
    lang: Lang,
    format: Format,
) -> Result<Response, ApiError> {
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(respond(
        ranking_sheet(&board, lang.or(actor.language)),
        format,
    ))
}
