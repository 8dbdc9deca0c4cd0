//! A call's ranking board for the town's staff, the awards, the resolution of divergences and
//! the ranking's downloads (CSV, XLSX).

use crate::error::ApiError;
use crate::exports::{ranking_csv, ranking_rows, ranking_xlsx};
use crate::extract::{ApiJson, Auth, OrApi};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use granty_domain::evaluation::budget::{parse_choice, AwardChoice};
use granty_domain::money::decimal_string;
use granty_domain::Violations;
use granty_store::evaluation::awards::record_awards;
use granty_store::evaluation::divergences::{resolve_divergence, Resolution};
use granty_store::evaluation::ranking::{ranking_board, RankingBoard};
use serde::Deserialize;
use serde_json::{json, Value};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

/// The board as JSON: the raw ranking with its budget, the normalised ranking, leniency.
fn board_json(board: &RankingBoard) -> Value {
    let normalised: Vec<Value> = board
        .board
        .normalised
        .iter()
        .map(|r| json!({ "place": r.place, "application_id": r.application_id, "total": r.total.to_string(), "separated_by": r.separation.code() }))
        .collect();
    let leniency: Vec<Value> = board
        .board
        .leniency
        .iter()
        .map(|l| {
            let name = board.members.iter().find(|m| m.user_id == l.member_id);
            json!({
                "member_id": l.member_id,
                "name": name.map(|m| m.display_name.clone()),
                "offers": l.offers,
                "offset": l.offset.to_string(),
                "own_mean": l.own_mean.to_string(),
                "panel_mean": l.panel_mean.to_string(),
            })
        })
        .collect();
    let breakers: Vec<String> = board.board.tie_breakers.iter().map(|b| b.code()).collect();
    json!({
        "call_id": board.call.id,
        "title": board.call.terms.title,
        "currency": board.pool.budget.currency.code(),
        "pool": decimal_string(board.pool.budget.minor),
        "min_grant": decimal_string(board.pool.min_grant.minor),
        "max_total": board.board.max_total.to_string(),
        "rounding": "totals and means to two decimals, half up; ranking on exact values",
        "tie_breakers": breakers,
        "block_flagged_applicants": board.block_flagged,
        "awards_saved": !board.awards.is_empty(),
        "ranking": ranking_rows(board),
        "normalised": normalised,
        "leniency": leniency,
    })
}

/// The body in its expected shape, read only once the caller may act.
fn parse<T: serde::de::DeserializeOwned>(body: Value) -> Result<T, ApiError> {
    serde_json::from_value(body).map_err(|e| ApiError::BadRequest(e.to_string()))
}

pub async fn get_ranking(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(board_json(&board)))
}

#[derive(Deserialize)]
pub struct AwardLine {
    application_id: i64,
    /// A decimal, e.g. `"12500.50"`; empty or `"0"`: not awarded.
    #[serde(default)]
    amount: String,
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize)]
pub struct AwardsRequest {
    /// Every ranked offer's line; an offer left out gets nothing. Missing altogether: 422.
    #[serde(default)]
    awards: Option<Vec<AwardLine>>,
}

pub async fn create_awards(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Json<Value>, ApiError> {
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

#[derive(Deserialize)]
pub struct DivergenceRequest {
    /// Missing: 0, refused as an offer without a divergence (422).
    #[serde(default)]
    application_id: i64,
    #[serde(default)]
    note: String,
    #[serde(default)]
    extra_member_user_id: Option<i64>,
}

pub async fn resolve_call_divergence(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Value>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
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
    Ok((StatusCode::CREATED, Json(json!(note))))
}

fn download(content_type: &'static str, name: String, bytes: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response()
}

pub async fn ranking_csv_file(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    let csv = ranking_csv(&board).into_bytes();
    Ok(download(
        "text/csv; charset=utf-8",
        format!("ranking-{id}.csv"),
        csv,
    ))
}

pub async fn ranking_xlsx_file(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let board = ranking_board(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    let bytes = ranking_xlsx(&board).map_err(|e| ApiError::Internal(e.to_string()))?;
    let kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Ok(download(kind, format!("ranking-{id}.xlsx"), bytes))
}
