//! A call's committee: the clerk appoints and removes members, sets the evaluation rules and
//! assigns the offers (the member's declaration is in `declaration`).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_domain::evaluation::committee::Nominator;
use granty_domain::evaluation::MemberKind;
use granty_domain::{Rule, Violation, Violations};
use granty_store::evaluation::{self, Appointment, Reassignment, SettingsInput};

mod answers;
mod requests;
use answers::{Appointed, Assignments, Committee, CommitteeSettings, SavedSettings};
use requests::{
    AppointRequest, AssignRequest, ReassignRequest, RemoveRequest, ScoresRequest, SettingsRequest,
};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    get_committee,
    appoint_member,
    set_member_scores,
    remove_member,
    put_settings,
    assign_offers,
    reassign_offer
))]
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

/// The call's committee: members, offers, assignments and the evaluation rules.
#[utoipa::path(get, path = "/calls/{id}/committee", tag = "committee",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The committee", body = Committee), Problems))]
pub async fn get_committee(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<Committee>, ApiError> {
    let zone = actor.tenant.time_zone;
    let o = evaluation::overview(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let tie_breakers: Vec<String> = o.settings.tie_breakers.iter().map(|b| b.code()).collect();
    let row = o.settings_row.as_ref();
    let settings = CommitteeSettings {
        half_points: o.settings.half_points,
        min_justification_chars: o.settings.min_justification_chars,
        min_total_centi: o.settings.min_total_centi,
        divergence_bp: o.settings.divergence_bp,
        per_offer: o.settings.per_offer,
        tie_breakers,
        scoring_deadline: row.and_then(|r| r.scoring_deadline),
        no_ngo_reason: row.and_then(|r| r.no_ngo_reason.clone()),
        lock_version: row.map(|r| r.lock_version),
    };
    Ok(Json(Committee {
        call_id: id,
        members: o.members,
        offers: o.offers,
        assignments: o.history,
        needs_reassignment: o.needs_reassignment,
        settings,
    }))
}

/// Appoints a member: a clerk (`official`) or an NGO's nominee (`ngo`).
#[utoipa::path(post, path = "/calls/{id}/committee", tag = "committee",
    params(("id" = i64, Path, description = "The call")),
    request_body = AppointRequest,
    responses((status = 201, description = "The member", body = Appointed), Problems))]
pub async fn appoint_member(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AppointRequest>,
) -> Result<(StatusCode, Json<Appointed>), ApiError> {
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
        Json(Appointed {
            id: member.id,
            user_id: member.user_id,
            kind: member.kind,
            nominated_by: member.nominated_by_name,
            scores: member.scores,
        }),
    ))
}

/// Removes a member with a reason; their assignments end.
#[utoipa::path(post, path = "/calls/{id}/committee/{member}/remove", tag = "committee",
    params(("id" = i64, Path, description = "The call"),
        ("member" = i64, Path, description = "The member")),
    request_body = RemoveRequest,
    responses((status = 204, description = "Removed"), Problems))]
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

/// Whether the member scores offers (`null`: as their kind does by default).
#[utoipa::path(patch, path = "/calls/{id}/committee/{member}", tag = "committee",
    params(("id" = i64, Path, description = "The call"),
        ("member" = i64, Path, description = "The member")),
    request_body = ScoresRequest,
    responses((status = 204, description = "Changed"), Problems))]
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

/// Sets the call's evaluation rules; a stale `lock_version` answers 409.
#[utoipa::path(put, path = "/calls/{id}/evaluation-settings", tag = "committee",
    params(("id" = i64, Path, description = "The call")),
    request_body = SettingsRequest,
    responses((status = 200, description = "The rules, saved", body = SavedSettings), Problems))]
pub async fn put_settings(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<SettingsRequest>,
) -> Result<Json<SavedSettings>, ApiError> {
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
    Ok(Json(SavedSettings {
        call_id: id,
        lock_version: saved.lock_version,
        per_offer: saved.per_offer,
        scoring_deadline: saved.scoring_deadline,
        no_ngo_reason: saved.no_ngo_reason,
    }))
}

/// Assigns the offers under evaluation to the scoring members (`all`, or `spread` n per offer).
#[utoipa::path(post, path = "/calls/{id}/assignments", tag = "committee",
    params(("id" = i64, Path, description = "The call")),
    request_body = AssignRequest,
    responses((status = 200, description = "What was assigned, and the offers short of members", body = Assignments), Problems))]
pub async fn assign_offers(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<AssignRequest>,
) -> Result<Json<Assignments>, ApiError> {
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
    Ok(Json(Assignments::from(done)))
}

/// Moves an offer's assignment from one member to another, with a reason.
#[utoipa::path(post, path = "/calls/{id}/assignments/reassign", tag = "committee",
    params(("id" = i64, Path, description = "The call")),
    request_body = ReassignRequest,
    responses((status = 204, description = "Reassigned"), Problems))]
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
