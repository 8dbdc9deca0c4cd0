//! A call's committee: the clerk appoints and removes members, sets the evaluation rules and
//! assigns the offers (the member's declaration is in `declaration`).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::evaluation::committee::Nominator;
use granty_domain::evaluation::settings_form::SettingsForm;
use granty_domain::evaluation::MemberKind;
use granty_domain::{Rule, Violation, Violations};
use granty_store::evaluation::{self, Appointment, Reassignment, SettingsInput};
use serde::Deserialize;
use serde_json::{json, Value};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

fn invalid(field: &str, rule: Rule) -> ApiError {
    ApiError::Invalid(Violations(vec![Violation::new(field, rule)]))
}

/// The staff of the call's town, before the body is judged: a refusal for the caller comes
/// before one for their input.
async fn staff_call(
    state: &AppState,
    actor: &granty_store::Actor,
    id: i64,
) -> Result<(), ApiError> {
    let zone = actor.tenant.time_zone;
    actor.require_staff().or_api(zone)?;
    granty_store::calls::get(&state.db, actor, id)
        .await
        .or_api(zone)?;
    Ok(())
}

pub async fn get_committee(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    let zone = actor.tenant.time_zone;
    let o = evaluation::overview(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let tie_breakers: Vec<String> = o.settings.tie_breakers.iter().map(|b| b.code()).collect();
    let row = o.settings_row.as_ref();
    Ok(Json(json!({
        "call_id": id,
        "members": o.members,
        "offers": o.offers,
        "assignments": o.history,
        "needs_reassignment": o.needs_reassignment,
        "settings": {
            "half_points": o.settings.half_points,
            "min_justification_chars": o.settings.min_justification_chars,
            "min_total_centi": o.settings.min_total_centi,
            "divergence_bp": o.settings.divergence_bp,
            "per_offer": o.settings.per_offer,
            "tie_breakers": tie_breakers,
            "scoring_deadline": row.and_then(|r| r.scoring_deadline),
            "no_ngo_reason": row.and_then(|r| r.no_ngo_reason.clone()),
            "lock_version": row.map(|r| r.lock_version),
        },
    })))
}

#[derive(Deserialize)]
pub struct AppointRequest {
    #[serde(default)]
    user_id: i64,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    nominated_by_organisation_id: Option<i64>,
    #[serde(default)]
    nominated_by_name: Option<String>,
    #[serde(default)]
    scores: Option<bool>,
}

pub async fn appoint_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AppointRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    staff_call(&state, &actor, id).await?;
    let kind = MemberKind::parse(&body.kind).ok_or_else(|| invalid("kind", Rule::InvalidValue))?;
    let nominator = match (body.nominated_by_organisation_id, body.nominated_by_name) {
        (Some(org), _) => Some(Nominator::Organisation(org)),
        (None, Some(name)) => Some(Nominator::Named(name)),
        (None, None) => None,
    };
    let input = Appointment {
        user_id: body.user_id,
        kind,
        nominator,
        scores: body.scores,
    };
    let zone = actor.tenant.time_zone;
    let member = evaluation::appoint(&state.db, &actor, id, input, state.clock.now())
        .await
        .or_api(zone)?;
    Ok((
        StatusCode::CREATED,
        Json(
            json!({ "id": member.id, "user_id": member.user_id, "kind": member.kind,
            "nominated_by": member.nominated_by_name, "scores": member.scores }),
        ),
    ))
}

#[derive(Deserialize)]
pub struct RemoveRequest {
    #[serde(default)]
    reason: String,
}

pub async fn remove_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, member)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<RemoveRequest>,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    evaluation::remove_member(&state.db, &actor, id, member, &body.reason, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct ScoresRequest {
    #[serde(default)]
    scores: Option<bool>,
}

pub async fn set_member_scores(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((id, member)): Path<(i64, i64)>,
    ApiJson(body): ApiJson<ScoresRequest>,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    evaluation::set_scores(&state.db, &actor, id, member, body.scores, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize)]
pub struct SettingsRequest {
    #[serde(flatten)]
    form: SettingsForm,
    #[serde(default)]
    lock_version: Option<i32>,
}

pub async fn put_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SettingsRequest>,
) -> Result<Json<Value>, ApiError> {
    let zone = actor.tenant.time_zone;
    staff_call(&state, &actor, id).await?;
    let read = body.form.read(zone).map_err(ApiError::Invalid)?;
    let input = SettingsInput {
        settings: read.settings,
        scoring_deadline: read.scoring_deadline,
        no_ngo_reason: read.no_ngo_reason,
        lock_version: body.lock_version,
    };
    let saved = evaluation::save_settings(&state.db, &actor, id, input, state.clock.now())
        .await
        .or_api(zone)?;
    Ok(Json(
        json!({ "call_id": id, "lock_version": saved.lock_version,
        "per_offer": saved.per_offer, "scoring_deadline": saved.scoring_deadline,
        "no_ngo_reason": saved.no_ngo_reason }),
    ))
}

#[derive(Deserialize)]
pub struct AssignRequest {
    /// `all` or `spread` (`per_offer`, default 2).
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    per_offer: Option<u32>,
}

pub async fn assign_offers(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AssignRequest>,
) -> Result<Json<Value>, ApiError> {
    let zone = actor.tenant.time_zone;
    let per_offer = match body.mode.as_deref() {
        Some("all") => None,
        Some("spread") => Some(body.per_offer.unwrap_or(evaluation::DEFAULT_PER_OFFER)),
        Some(_) => return Err(invalid("mode", Rule::InvalidValue)),
        None => {
            evaluation::settings(&state.db.reader, id)
                .await
                .or_api(zone)?
                .per_offer
        }
    };
    if per_offer.is_some_and(|n| n == 0 || n > 50) {
        return Err(invalid(
            "per_offer",
            Rule::WholeNumberBetween { min: 1, max: 50 },
        ));
    }
    let done = evaluation::assign(&state.db, &actor, id, per_offer, state.clock.now())
        .await
        .or_api(zone)?;
    let added: Vec<Value> = done
        .added
        .iter()
        .map(|(a, u)| {
            json!({ "application_id": a,
        "user_id": u })
        })
        .collect();
    let short: Vec<Value> = done
        .short
        .iter()
        .map(|s| {
            json!({ "application_id": s.offer,
        "wanted": s.wanted, "found": s.found })
        })
        .collect();
    Ok(Json(json!({ "added": added, "short": short,
        "started_evaluation": done.started_evaluation })))
}

#[derive(Deserialize)]
pub struct ReassignRequest {
    #[serde(default)]
    application_id: i64,
    #[serde(default)]
    from_user_id: Option<i64>,
    #[serde(default)]
    to_user_id: i64,
    #[serde(default)]
    reason: String,
}

pub async fn reassign_offer(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReassignRequest>,
) -> Result<StatusCode, ApiError> {
    let input = Reassignment {
        application_id: body.application_id,
        from_user: body.from_user_id,
        to_user: body.to_user_id,
        reason: body.reason,
    };
    evaluation::reassign(&state.db, &actor, id, input, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(StatusCode::NO_CONTENT)
}
