//! Calls: clerks create, edit, publish and cancel; everyone reads what their role allows.

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::views::CallView;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::call::{CallAction, CallInput, Publication};
use granty_store::calls;
use serde::Deserialize;
use serde_json::{json, Value};
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_public_calls,
    list_calls,
    create_call,
    get_call,
    update_call,
    publish_call,
    record_publication,
    cancel_call
))]
pub struct Doc;

mod bodies;
use bodies::{CallChanges, CallList, PublicCalls, PublicTenant};

/// The calls a town has published (no login).
#[utoipa::path(get, path = "/public/{tenant}/calls", tag = "calls", security(()),
    params(("tenant" = String, Path, description = "The town's slug")),
    responses((status = 200, description = "The town and its published calls", body = PublicCalls), Problems))]
pub async fn list_public_calls(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    lang: Lang,
) -> Result<Json<PublicCalls>, ApiError> {
    let (tenant, records) = calls::public_list(&state.db, &tenant)
        .await
        .or_api(chrono_tz::Europe::Warsaw)?;
    let now = state.clock.now();
    let lang = lang.or(tenant.default_language);
    let views: Vec<CallView> = records
        .iter()
        .map(|c| CallView::new(c, now, tenant.time_zone, lang))
        .collect();
    Ok(Json(PublicCalls {
        tenant: PublicTenant {
            slug: tenant.slug,
            name: tenant.name,
            time_zone: tenant.time_zone.name(),
        },
        calls: views,
    }))
}

/// The calls the caller's role may see (staff: all of the town's; others: the published ones).
#[utoipa::path(get, path = "/calls", tag = "calls",
    responses((status = 200, description = "The calls", body = CallList), Problems))]
pub async fn list_calls(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
) -> Result<Json<CallList>, ApiError> {
    let zone = actor.tenant.time_zone;
    let records = calls::list(&state.db, &actor).await.or_api(zone)?;
    let now = state.clock.now();
    let lang = lang.or(actor.language);
    let views: Vec<CallView> = records
        .iter()
        .map(|c| CallView::new(c, now, zone, lang))
        .collect();
    Ok(Json(CallList { calls: views }))
}

/// Creates a draft call, from scratch or as a copy of an earlier one (`clone_from`).
#[utoipa::path(post, path = "/calls", tag = "calls",
    request_body = CallChanges,
    responses((status = 201, description = "The draft call", body = CallView), Problems))]
pub async fn create_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    ApiJson(body): ApiJson<Value>,
) -> Result<(StatusCode, Json<CallView>), ApiError> {
    let zone = actor.tenant.time_zone;
    // `clone_from` starts from an earlier call's terms; fields given in the body override them.
    let clone_from = body.get("clone_from").and_then(Value::as_i64);
    let input = match clone_from {
        Some(source) => {
            let base = calls::clone_input(&state.db, &actor, source)
                .await
                .or_api(zone)?;
            merge_input(base, body)?
        }
        None => serde_json::from_value::<CallInput>(body)
            .map_err(|e| ApiError::BadRequest(e.to_string()))?,
    };
    let now = state.clock.now();
    let record = calls::create(&state.db, &actor, &input, clone_from, now)
        .await
        .or_api(zone)?;
    Ok((
        StatusCode::CREATED,
        Json(CallView::new(&record, now, zone, lang.or(actor.language))),
    ))
}

/// One call, as the caller's role may see it.
#[utoipa::path(get, path = "/calls/{id}", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The call", body = CallView), Problems))]
pub async fn get_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
) -> Result<Json<CallView>, ApiError> {
    let zone = actor.tenant.time_zone;
    let record = calls::get(&state.db, &actor, id).await.or_api(zone)?;
    Ok(Json(CallView::new(
        &record,
        state.clock.now(),
        zone,
        lang.or(actor.language),
    )))
}

/// Applies a partial JSON object over the current input, field by field.
fn merge_input(base: CallInput, patch: Value) -> Result<CallInput, ApiError> {
    let Value::Object(changes) = patch else {
        return Err(ApiError::BadRequest("expected a JSON object".into()));
    };
    let mut merged = serde_json::to_value(base).map_err(|e| ApiError::Internal(e.to_string()))?;
    if let Value::Object(target) = &mut merged {
        for (key, value) in changes {
            if key != "version" && key != "clone_from" {
                target.insert(key, value);
            }
        }
    }
    serde_json::from_value(merged).map_err(|e| ApiError::BadRequest(e.to_string()))
}

/// Edits the call's terms: only the fields sent change; a stale `version` answers 409.
#[utoipa::path(patch, path = "/calls/{id}", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    request_body = CallChanges,
    responses((status = 200, description = "The call, edited", body = CallView), Problems))]
pub async fn update_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Json<CallView>, ApiError> {
    let zone = actor.tenant.time_zone;
    // A role that may never edit a call learns nothing about which ids exist.
    actor.require_staff().or_api(zone)?;
    let expected_version = body
        .get("version")
        .and_then(Value::as_i64)
        .map(|v| v as i32);
    let current = calls::get(&state.db, &actor, id).await.or_api(zone)?;
    let input = merge_input(CallInput::from_terms(&current.terms), body)?;
    let now = state.clock.now();
    let record = calls::update(&state.db, &actor, id, expected_version, &input, now)
        .await
        .map_err(|e| match e {
            granty_store::StoreError::Stale { .. } => ApiError::Stale {
                current: json!(CallView::new(&current, now, zone, lang.or(actor.language))),
            },
            other => ApiError::from_store(other, zone),
        })?;
    Ok(Json(CallView::new(
        &record,
        now,
        zone,
        lang.or(actor.language),
    )))
}

/// Publishing, or recording the days of publication later: the days the announcement appeared
/// in BIP, on the notice board and on the website (`bip_on`, `notice_board_on`, `website_on`),
/// each optional.
#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct PublishRequest {
    /// Go on even though the deadline is closer to the last announcement than the town's
    /// minimum (21 days by default).
    confirm_short_deadline: bool,
    #[serde(flatten)]
    publication: Publication,
}

impl PublishRequest {
    /// The body is optional: an empty POST publishes with today's website day only, without
    /// confirming a short deadline.
    fn read(body: &[u8]) -> Result<PublishRequest, ApiError> {
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(PublishRequest::default());
        }
        serde_json::from_slice(body).map_err(|e| ApiError::BadRequest(e.to_string()))
    }
}

/// Publishes the call. The body is optional: without it, today is the website's day.
#[utoipa::path(post, path = "/calls/{id}/publish", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    request_body(content = Option<PublishRequest>, description = "Optional: the days of publication"),
    responses((status = 200, description = "The call, published", body = CallView), Problems))]
pub async fn publish_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    body: axum::body::Bytes,
) -> Result<Json<CallView>, ApiError> {
    let request = PublishRequest::read(&body)?;
    let action = CallAction::Publish {
        confirm_short_deadline: request.confirm_short_deadline,
        publication: request.publication,
    };
    transition(state, actor, lang, id, action).await
}

/// Records the days the announcement appeared after publishing; days left out stay as recorded.
#[utoipa::path(post, path = "/calls/{id}/publication", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    request_body = PublishRequest,
    responses((status = 200, description = "The call with its days of publication", body = CallView), Problems))]
pub async fn record_publication(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(request): ApiJson<PublishRequest>,
) -> Result<Json<CallView>, ApiError> {
    let action = CallAction::RecordPublication {
        confirm_short_deadline: request.confirm_short_deadline,
        publication: request.publication,
    };
    transition(state, actor, lang, id, action).await
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct CancelRequest {
    reason: String,
    /// Art. 18a: `no_offers` or `none_valid`, checked against the call's offers; without it the
    /// call is cancelled for the reason alone (a draft, an announcement withdrawn).
    ground: Option<String>,
}

/// Cancels the call with a reason, or on an art. 18a ground (`no_offers`, `none_valid`).
#[utoipa::path(post, path = "/calls/{id}/cancel", tag = "calls",
    params(("id" = i64, Path, description = "The call")),
    request_body = CancelRequest,
    responses((status = 200, description = "The call, cancelled", body = CallView), Problems))]
pub async fn cancel_call(
    State(state): State<AppState>,
    Auth(actor): Auth,
    lang: Lang,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<CancelRequest>,
) -> Result<Json<CallView>, ApiError> {
    if let Some(ground) = super::results::cancel_ground(body.ground.as_deref())? {
        let zone = actor.tenant.time_zone;
        let now = state.clock.now();
        let record =
            granty_store::results::cancel_call(&state.db, &actor, id, ground, &body.reason, now)
                .await
                .or_api(zone)?;
        let view = CallView::new(&record, now, zone, lang.or(actor.language));
        return Ok(Json(view));
    }
    transition(
        state,
        actor,
        lang,
        id,
        CallAction::Cancel {
            reason: body.reason,
        },
    )
    .await
}

async fn transition(
    state: AppState,
    actor: granty_store::Actor,
    lang: Lang,
    id: i64,
    action: CallAction,
) -> Result<Json<CallView>, ApiError> {
    let zone = actor.tenant.time_zone;
    let now = state.clock.now();
    let record = calls::transition(&state.db, &actor, id, action, now)
        .await
        .or_api(zone)?;
    Ok(Json(CallView::new(
        &record,
        now,
        zone,
        lang.or(actor.language),
    )))
}
