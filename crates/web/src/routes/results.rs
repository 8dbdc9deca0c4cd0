//! Results: the executive's decision and its publication, the public results, justification
//! requests, updated estimates and the art. 18a cancellation (through the call's cancel route).

use crate::edge::Arrived;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::Json;
use granty_domain::call::Publication;
use granty_domain::results::CancelGround;
use granty_domain::{Rule, Violations};
use granty_store::results::{
    self, AwardView, DecisionInput, DecisionView, JustificationInput, JustificationView,
    PublicResults,
};
use granty_store::Actor;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    record_decision,
    publish_results,
    record_channels,
    staff_results,
    public_results,
    file_request,
    list_requests,
    answer_request,
    submit_update,
    withdraw_update,
    accept_update,
    return_update
))]
pub struct Doc;

mod bodies;
use bodies::{AnswerRequest, JustificationList, ReturnRequest, StaffResults, UpdateRequest};

/// The results' routes, mounted under `/api/v1`.
pub fn api() -> Routes {
    Routes::default()
        .route("/calls/{id}/decision", post(record_decision))
        .route("/calls/{id}/results/publish", post(publish_results))
        .route("/calls/{id}/results/channels", post(record_channels))
        .route("/calls/{id}/results", get(staff_results))
        .route("/calls/{id}/justification-requests", get(list_requests))
        .route("/public/{tenant}/calls/{id}/results", get(public_results))
        .route(
            "/public/{tenant}/calls/{id}/justification-requests",
            post(file_request),
        )
        .route("/justification-requests/{id}/answer", post(answer_request))
        .route("/applications/{id}/update/submit", post(submit_update))
        .route("/applications/{id}/update/withdraw", post(withdraw_update))
        .route("/applications/{id}/update/accept", post(accept_update))
        .route("/applications/{id}/update/return", post(return_update))
}

fn zone(actor: &Actor) -> chrono_tz::Tz {
    actor.tenant.time_zone
}

/// Records the executive's decision on the awards.
#[utoipa::path(post, path = "/calls/{id}/decision", tag = "results", params(("id" = i64, Path, description = "The call")),
    request_body = DecisionInput,
    responses((status = 200, description = "The decision", body = DecisionView), Problems))]
pub async fn record_decision(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<DecisionInput>,
) -> Result<Json<DecisionView>, ApiError> {
    let now = state.clock.now();
    let saved = results::record_decision(&state.db, &actor, id, input, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(DecisionView::from(saved)))
}

/// The channel days; the body is optional (an empty POST publishes with today's website day).
fn channel_days(body: &[u8]) -> Result<Publication, ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Publication::default());
    }
    serde_json::from_slice(body).map_err(|e| ApiError::BadRequest(e.to_string()))
}

/// Publishes the results. The body is optional: without it, today is the website's day.
#[utoipa::path(post, path = "/calls/{id}/results/publish", tag = "results", params(("id" = i64, Path, description = "The call")),
    request_body(content = Option<Publication>, description = "Optional: the days of publication"),
    responses((status = 200, description = "The decision, published", body = DecisionView), Problems))]
pub async fn publish_results(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Json<DecisionView>, ApiError> {
    let days = channel_days(&body)?;
    let now = state.clock.now();
    let saved = results::publish_results(&state.db, &actor, id, days, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(DecisionView::from(saved)))
}

/// Records the days the results appeared in each channel.
#[utoipa::path(post, path = "/calls/{id}/results/channels", tag = "results", params(("id" = i64, Path, description = "The call")),
    request_body = Publication,
    responses((status = 200, description = "The decision with its days", body = DecisionView), Problems))]
pub async fn record_channels(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(days): ApiJson<Publication>,
) -> Result<Json<DecisionView>, ApiError> {
    let now = state.clock.now();
    let saved = results::record_channels(&state.db, &actor, id, days, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(DecisionView::from(saved)))
}

/// The call's decision and awards, for the staff.
#[utoipa::path(get, path = "/calls/{id}/results", tag = "results", params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The results", body = StaffResults), Problems))]
pub async fn staff_results(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<StaffResults>, ApiError> {
    let found = results::staff_results(&state.db, &actor, id)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(StaffResults {
        call_id: found.call.id,
        call_state: found.call.state,
        decision: found.decision,
        awards: found.awards,
    }))
}

/// A call's published results (no login).
#[utoipa::path(get, path = "/public/{tenant}/calls/{id}/results", tag = "results", security(()),
    params(("tenant" = String, Path, description = "The town's slug"),
        ("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The published results", body = PublicResults), Problems))]
pub async fn public_results(
    State(state): State<AppState>,
    Path((tenant, id)): Path<(String, i64)>,
) -> Result<Json<PublicResults>, ApiError> {
    let (_, found) = results::public_results(&state.db, &tenant, id)
        .await
        .or_api(chrono_tz::Europe::Warsaw)?;
    Ok(Json(found))
}

/// Anyone asks for the justification of a call's results (no login).
#[utoipa::path(post, path = "/public/{tenant}/calls/{id}/justification-requests", tag = "results",
    security(()),
    params(("tenant" = String, Path, description = "The town's slug"),
        ("id" = i64, Path, description = "The call")),
    request_body = JustificationInput,
    responses((status = 201, description = "The request, filed", body = JustificationView), Problems))]
pub async fn file_request(
    State(state): State<AppState>,
    Arrived(arrived): Arrived,
    lang: Lang,
    Path((tenant, id)): Path<(String, i64)>,
    ApiJson(input): ApiJson<JustificationInput>,
) -> Result<(StatusCode, Json<JustificationView>), ApiError> {
    let language = lang.or(granty_domain::Language::default());
    let saved = results::file_request(&state.db, &tenant, id, input, language, arrived)
        .await
        .or_api(chrono_tz::Europe::Warsaw)?;
    Ok((StatusCode::CREATED, Json(saved)))
}

/// The justification requests filed on the call's results.
#[utoipa::path(get, path = "/calls/{id}/justification-requests", tag = "results", params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The requests", body = JustificationList), Problems))]
pub async fn list_requests(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<JustificationList>, ApiError> {
    let found = results::list_requests(&state.db, &actor, id)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(JustificationList { requests: found }))
}

/// The clerk answers a justification request.
#[utoipa::path(post, path = "/justification-requests/{id}/answer", tag = "results",
    params(("id" = i64, Path, description = "The request")),
    request_body = AnswerRequest,
    responses((status = 200, description = "The request, answered", body = JustificationView), Problems))]
pub async fn answer_request(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AnswerRequest>,
) -> Result<Json<JustificationView>, ApiError> {
    let now = state.clock.now();
    let saved = results::answer_request(&state.db, &actor, id, &body.answer, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(saved))
}

/// Files the updated offer (estimate) for an award smaller than asked. The body is optional.
#[utoipa::path(post, path = "/applications/{id}/update/submit", tag = "results", params(("id" = i64, Path, description = "The awarded offer")),
    request_body(content = Option<UpdateRequest>, description = "Optional: the updated offer"),
    responses((status = 200, description = "The award", body = AwardView), Problems))]
pub async fn submit_update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Json<AwardView>, ApiError> {
    let request: UpdateRequest = if body.iter().all(u8::is_ascii_whitespace) {
        UpdateRequest::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| ApiError::BadRequest(e.to_string()))?
    };
    let now = state.clock.now();
    let saved = results::submit_update(&state.db, &actor, id, request.content, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(saved))
}

/// Withdraws the filed update.
#[utoipa::path(post, path = "/applications/{id}/update/withdraw", tag = "results", params(("id" = i64, Path, description = "The awarded offer")),
    responses((status = 200, description = "The award", body = AwardView), Problems))]
pub async fn withdraw_update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<AwardView>, ApiError> {
    let now = state.clock.now();
    let saved = results::withdraw_update(&state.db, &actor, id, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(saved))
}

/// The clerk accepts the filed update.
#[utoipa::path(post, path = "/applications/{id}/update/accept", tag = "results", params(("id" = i64, Path, description = "The awarded offer")),
    responses((status = 200, description = "The award", body = AwardView), Problems))]
pub async fn accept_update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<AwardView>, ApiError> {
    let now = state.clock.now();
    let saved = results::accept_update(&state.db, &actor, id, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(saved))
}

/// The clerk returns the filed update for changes, with a comment.
#[utoipa::path(post, path = "/applications/{id}/update/return", tag = "results", params(("id" = i64, Path, description = "The awarded offer")),
    request_body = ReturnRequest,
    responses((status = 200, description = "The award", body = AwardView), Problems))]
pub async fn return_update(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReturnRequest>,
) -> Result<Json<AwardView>, ApiError> {
    let now = state.clock.now();
    let saved = results::return_update(&state.db, &actor, id, &body.comment, now)
        .await
        .or_api(zone(&actor))?;
    Ok(Json(saved))
}

/// The art. 18a ground of a cancellation, when the body names one (`no_offers`, `none_valid`).
pub fn cancel_ground(code: Option<&str>) -> Result<Option<CancelGround>, ApiError> {
    match code {
        None => Ok(None),
        Some(code) => CancelGround::parse(code).map(Some).ok_or_else(|| {
            let mut v = Violations::new();
            v.push("ground", Rule::InvalidValue);
            ApiError::Invalid(v)
        }),
    }
}
