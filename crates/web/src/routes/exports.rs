//! Downloads of the town's records for its staff (a call's submissions, the agreements, their
//! payments and settlements; CSV and XLSX with headers in the caller's language) and a town's
//! awarded grants as open data (JSON, no login). Each is streamed as the store reads it.

use crate::error::ApiError;
use crate::exports::open_data::{grants_json, OpenGrant};
use crate::exports::records::{agreements_sheet, payments_sheet, settlements_sheet, Named};
use crate::exports::submissions::submissions_sheet;
use crate::exports::{inline, respond, Caching, Format};
use crate::extract::{Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use axum::routing::get;
use granty_store::exports::{agreements, open_data, payments, settlements, submissions};
use granty_store::Actor;
use serde::Deserialize;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    submissions_csv,
    submissions_xlsx,
    agreements_csv,
    agreements_xlsx,
    payments_csv,
    payments_xlsx,
    settlements_csv,
    settlements_xlsx,
    public_grants
))]
pub struct Doc;

/// The exports' routes, mounted under `/api/v1`.
pub fn api() -> Routes {
    Routes::default()
        .route("/calls/{id}/applications.csv", get(submissions_csv))
        .route("/calls/{id}/applications.xlsx", get(submissions_xlsx))
        .route("/agreements.csv", get(agreements_csv))
        .route("/agreements.xlsx", get(agreements_xlsx))
        .route("/payments.csv", get(payments_csv))
        .route("/payments.xlsx", get(payments_xlsx))
        .route("/settlements.csv", get(settlements_csv))
        .route("/settlements.xlsx", get(settlements_xlsx))
        .route("/public/{tenant}/grants", get(public_grants))
}

fn named<'a>(state: &AppState, actor: &'a Actor) -> Named<'a> {
    let zone = actor.tenant.time_zone;
    Named {
        slug: &actor.tenant.slug,
        today: state.clock.now().with_timezone(&zone).date_naive(),
    }
}

async fn submissions_file(
    state: AppState,
    actor: Actor,
    id: i64,
    lang: Lang,
    format: Format,
) -> Result<Response, ApiError> {
    let zone = actor.tenant.time_zone;
    let export = submissions::open(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let sheet = submissions_sheet(state.db.clone(), export, zone, lang.or(actor.language));
    Ok(respond(sheet, format))
}

/// A call's submitted offers as CSV: receipt, organisation, NIP, task, state, amounts, filing
/// time and the last formal check. Headers in `Accept-Language` (else the account's language).
#[utoipa::path(get, path = "/calls/{id}/applications.csv", tag = "exports",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The submissions", content_type = "text/csv; charset=utf-8", body = String), Problems))]
pub async fn submissions_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Response, ApiError> {
    submissions_file(state, actor, id, lang, Format::Csv).await
}

/// A call's submitted offers as an XLSX workbook (amounts as numbers with two decimals).
#[utoipa::path(get, path = "/calls/{id}/applications.xlsx", tag = "exports",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The submissions",
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body = Vec<u8>), Problems))]
pub async fn submissions_xlsx(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Response, ApiError> {
    submissions_file(state, actor, id, lang, Format::Xlsx).await
}

#[derive(Deserialize, Default, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct StateFilter {
    /// Only agreements in this state (`realisation`, …); an unknown one filters nothing out.
    state: Option<String>,
}

async fn agreements_file(
    state: AppState,
    actor: Actor,
    filter: StateFilter,
    lang: Lang,
    format: Format,
) -> Result<Response, ApiError> {
    let zone = actor.tenant.time_zone;
    let export = agreements::open(&actor, filter.state.as_deref())
        .await
        .or_api(zone)?;
    let lang = lang.or(actor.language);
    let sheet = agreements_sheet(state.db.clone(), export, named(&state, &actor), zone, lang);
    Ok(respond(sheet, format))
}

/// The town's agreements as CSV: number, call, organisation, task, state, grant, paid,
/// dates.
#[utoipa::path(get, path = "/agreements.csv", tag = "exports", params(StateFilter),
    responses((status = 200, description = "The agreements", content_type = "text/csv; charset=utf-8", body = String), Problems))]
pub async fn agreements_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Query(filter): Query<StateFilter>,
    lang: Lang,
) -> Result<Response, ApiError> {
    agreements_file(state, actor, filter, lang, Format::Csv).await
}

/// The town's agreements as an XLSX workbook.
#[utoipa::path(get, path = "/agreements.xlsx", tag = "exports", params(StateFilter),
    responses((status = 200, description = "The agreements",
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body = Vec<u8>), Problems))]
pub async fn agreements_xlsx(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Query(filter): Query<StateFilter>,
    lang: Lang,
) -> Result<Response, ApiError> {
    agreements_file(state, actor, filter, lang, Format::Xlsx).await
}

async fn payments_file(
    state: AppState,
    actor: Actor,
    lang: Lang,
    format: Format,
) -> Result<Response, ApiError> {
    let export = payments::open(&actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    let lang = lang.or(actor.language);
    let sheet = payments_sheet(state.db.clone(), export, named(&state, &actor), lang);
    Ok(respond(sheet, format))
}

/// The transfers of the town's grants as CSV: a row per tranche (due day, amount, paid, the
/// days of the transfers, left to pay) and per transfer outside the tranches.
#[utoipa::path(get, path = "/payments.csv", tag = "exports",
    responses((status = 200, description = "The payments", content_type = "text/csv; charset=utf-8", body = String), Problems))]
pub async fn payments_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
) -> Result<Response, ApiError> {
    payments_file(state, actor, lang, Format::Csv).await
}

/// The transfers of the town's grants as an XLSX workbook.
#[utoipa::path(get, path = "/payments.xlsx", tag = "exports",
    responses((status = 200, description = "The payments",
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body = Vec<u8>), Problems))]
pub async fn payments_xlsx(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
) -> Result<Response, ApiError> {
    payments_file(state, actor, lang, Format::Xlsx).await
}

async fn settlements_file(
    state: AppState,
    actor: Actor,
    lang: Lang,
    format: Format,
) -> Result<Response, ApiError> {
    let export = settlements::open(&actor, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    let lang = lang.or(actor.language);
    let sheet = settlements_sheet(state.db.clone(), export, named(&state, &actor), lang);
    Ok(respond(sheet, format))
}

/// The settlements of the town's agreements as CSV: granted, paid, the final report's
/// figures (used, unused, excessive, to return), returns decided and paid, interest, left to
/// pay, as of today.
#[utoipa::path(get, path = "/settlements.csv", tag = "exports",
    responses((status = 200, description = "The settlements", content_type = "text/csv; charset=utf-8", body = String), Problems))]
pub async fn settlements_csv(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
) -> Result<Response, ApiError> {
    settlements_file(state, actor, lang, Format::Csv).await
}

/// The settlements of the town's agreements as an XLSX workbook.
#[utoipa::path(get, path = "/settlements.xlsx", tag = "exports",
    responses((status = 200, description = "The settlements",
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body = Vec<u8>), Problems))]
pub async fn settlements_xlsx(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
) -> Result<Response, ApiError> {
    settlements_file(state, actor, lang, Format::Xlsx).await
}

/// A town's awarded grants from its published results (open data, no login): call,
/// organisation, task, amount and the decision. Streamed as one JSON array.
#[utoipa::path(get, path = "/public/{tenant}/grants", tag = "exports", security(()),
    params(("tenant" = String, Path, description = "The town's slug")),
    responses((status = 200, description = "The grants awarded", body = Vec<OpenGrant>), Problems))]
pub async fn public_grants(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
) -> Result<Response, ApiError> {
    let grants = open_data::open(&state.db, &tenant)
        .await
        .or_api(chrono_tz::Europe::Warsaw)?;
    let body = grants_json(state.db.clone(), grants);
    Ok(inline("application/json", Caching::Public, body))
}
