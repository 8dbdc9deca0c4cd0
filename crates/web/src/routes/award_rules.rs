//! The town's award rule: whether an applicant flagged for an overdue report or an unpaid return
//! from an earlier grant may still be awarded (off by default: the clerk sees the flag and
//! decides; a town that turns it on makes the flag refuse the award).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use granty_domain::roles::Role;
use granty_store::evaluation::flags;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_award_rules, update_award_rules))]
pub struct Doc;

/// Whether a flag for an overdue report or an unpaid return refuses the award.
#[derive(Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AwardRules {
    block_flagged_applicants: bool,
}

/// The town's award rule (administrators).
#[utoipa::path(get, path = "/admin/award-rules", tag = "award_rules",
    responses((status = 200, description = "The rule", body = AwardRules), Problems))]
pub async fn get_award_rules(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<AwardRules>, ApiError> {
    if actor.role != Role::Admin {
        return Err(ApiError::Forbidden);
    }
    let block = flags::blocks_flagged_applicants(&state.db.reader, actor.tenant_id())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(AwardRules {
        block_flagged_applicants: block,
    }))
}

/// Sets the town's award rule (administrators).
#[utoipa::path(put, path = "/admin/award-rules", tag = "award_rules",
    request_body = AwardRules,
    responses((status = 200, description = "The rule as saved", body = AwardRules), Problems))]
pub async fn update_award_rules(
    State(state): State<AppState>,
    Auth(actor): Auth,
    ApiJson(rules): ApiJson<AwardRules>,
) -> Result<Json<AwardRules>, ApiError> {
    let block = rules.block_flagged_applicants;
    flags::set_block_flagged_applicants(&state.db, &actor, block, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(rules))
}
