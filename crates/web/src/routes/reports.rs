//! Reports (art. 18; Annex 5): the organisation opens the report an agreement owes, saves its
//! draft and submits it; its partners and the town's staff read it.

use crate::edge::Arrived;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::views::field_errors;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use granty_domain::report::ReportInput;
use granty_domain::violation::FieldError;
use granty_store::reports::{
    self, DueReportView, PartialCall, ReportView, ReviewForm, StartReport,
};
use granty_store::{Actor, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_reports,
    start_report,
    get_report,
    update_report,
    submit_report,
    review_report,
    call_partial,
    written_call
))]
pub struct Doc;

pub fn api() -> Routes {
    Routes::default()
        .route(
            "/agreements/{id}/reports",
            get(list_reports).post(start_report),
        )
        .route("/reports/{id}", get(get_report).patch(update_report))
        .route("/reports/{id}/submit", post(submit_report))
        .route("/reports/{id}/review", post(review_report))
        .route("/agreements/{id}/partial-calls", post(call_partial))
        .route("/agreements/{id}/written-call", post(written_call))
}

/// A report with what still stops its submission, in the caller's language.
#[derive(Serialize, ToSchema)]
pub struct ReportApiView {
    #[serde(flatten)]
    pub report: ReportView,
    #[schema(value_type = Vec<crate::openapi::FieldError>)]
    pub problems: Vec<FieldError>,
}

fn api_view(report: ReportView, actor: &Actor, lang: &Lang) -> ReportApiView {
    let problems = field_errors(&report.problems, lang.or(actor.language));
    ReportApiView { report, problems }
}

/// The reports an agreement owes, with each one opened.
#[derive(Serialize, ToSchema)]
pub struct DueReports {
    reports: Vec<DueReportView>,
}

/// The reports the agreement owes, with their dates and states.
#[utoipa::path(get, path = "/agreements/{id}/reports", tag = "reports",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The reports owed", body = DueReports), Problems))]
pub async fn list_reports(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<DueReports>, ApiError> {
    let due = reports::due_for_agreement(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(DueReports { reports: due }))
}

/// Opens the report for a period (once; a repeat returns the same report with 200).
#[utoipa::path(post, path = "/agreements/{id}/reports", tag = "reports",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = StartReport,
    responses(
        (status = 201, description = "The report, opened", body = ReportApiView),
        (status = 200, description = "A repeat: the report as it is", body = ReportApiView),
        Problems))]
pub async fn start_report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<StartReport>,
) -> Result<(StatusCode, Json<ReportApiView>), ApiError> {
    let report = reports::start_report(&state.db, &actor, id, body, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(created_or_ok(report, &actor, &lang))
}

/// One report with what still stops its submission.
#[utoipa::path(get, path = "/reports/{id}", tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    responses((status = 200, description = "The report", body = ReportApiView), Problems))]
pub async fn get_report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
) -> Result<Json<ReportApiView>, ApiError> {
    let report = reports::get(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(api_view(report, &actor, &lang)))
}

#[derive(Deserialize, ToSchema)]
pub struct SaveReport {
    /// The `lock_version` this edit started from (required).
    lock_version: Option<i32>,
    content: Option<ReportInput>,
}

/// Saves the draft; a stale version gets 409 with the current report, and nothing is lost.
#[utoipa::path(patch, path = "/reports/{id}", tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = SaveReport,
    responses((status = 200, description = "The draft as saved", body = ReportApiView), Problems))]
pub async fn update_report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SaveReport>,
) -> Result<Json<ReportApiView>, ApiError> {
    let now = state.clock.now();
    match reports::save_draft(&state.db, &actor, id, body.lock_version, body.content, now).await {
        Ok(report) => Ok(Json(api_view(report, &actor, &lang))),
        Err(StoreError::Stale { .. }) => {
            let current = reports::get(&state.db, &actor, id)
                .await
                .or_api(actor.tenant.time_zone)?;
            Err(ApiError::Stale {
                current: json!(api_view(current, &actor, &lang)),
            })
        }
        Err(other) => Err(ApiError::from_store(other, actor.tenant.time_zone)),
    }
}

/// Submits the report (or its correction). Repeating it returns the report with 200.
#[utoipa::path(post, path = "/reports/{id}/submit", tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    responses(
        (status = 201, description = "The report, submitted", body = ReportApiView),
        (status = 200, description = "A repeat: the report as it is", body = ReportApiView),
        Problems))]
pub async fn submit_report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Arrived(arrived): Arrived,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<ReportApiView>), ApiError> {
    let report = reports::submit(&state.db, &actor, id, arrived)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(created_or_ok(report, &actor, &lang))
}

/// The clerk accepts the report, asks for corrections (comments by field path) or rejects it
/// (with a reason). A repeat of the decision returns the report with 200.
#[utoipa::path(post, path = "/reports/{id}/review", tag = "reports",
    params(("id" = i64, Path, description = "The report")),
    request_body = ReviewForm,
    responses(
        (status = 201, description = "The report, decided", body = ReportApiView),
        (status = 200, description = "A repeat: the report as it is", body = ReportApiView),
        Problems))]
pub async fn review_report(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReviewForm>,
) -> Result<(StatusCode, Json<ReportApiView>), ApiError> {
    let report = reports::review(&state.db, &actor, id, body, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(created_or_ok(report, &actor, &lang))
}

fn created_or_ok(
    report: ReportView,
    actor: &Actor,
    lang: &Lang,
) -> (StatusCode, Json<ReportApiView>) {
    let status = if report.acted {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, Json(api_view(report, actor, lang)))
}

/// The clerk calls for a partial report during the year (art. 18 ust. 3): due at least the
/// town's `partial_call_days` after delivery. A repeat returns the report with 200.
#[utoipa::path(post, path = "/agreements/{id}/partial-calls", tag = "reports",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = PartialCall,
    responses(
        (status = 201, description = "The called report", body = ReportApiView),
        (status = 200, description = "A repeat: the report as it is", body = ReportApiView),
        Problems))]
pub async fn call_partial(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<PartialCall>,
) -> Result<(StatusCode, Json<ReportApiView>), ApiError> {
    let report = reports::call_partial(&state.db, &actor, id, body, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(created_or_ok(report, &actor, &lang))
}

/// The clerk sends the written call for the overdue final report (§ 9 of the model agreement).
/// A repeat returns the report with 200.
#[utoipa::path(post, path = "/agreements/{id}/written-call", tag = "reports",
    params(("id" = i64, Path, description = "The agreement")),
    responses(
        (status = 201, description = "The report with the written call", body = ReportApiView),
        (status = 200, description = "A repeat: the report as it is", body = ReportApiView),
        Problems))]
pub async fn written_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
) -> Result<(StatusCode, Json<ReportApiView>), ApiError> {
    let report = reports::written_call(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(created_or_ok(report, &actor, &lang))
}
