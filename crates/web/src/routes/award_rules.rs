//! The town's award rule: whether an applicant flagged for an overdue report or an unpaid return
//! from an earlier grant may still be awarded (off by default: the clerk sees the flag and
//! decides; a town that turns it on makes the flag refuse the award).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use granty_domain::roles::Role;
use granty_store::evaluation::flags;
use serde::{Deserialize, Serialize};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardRules {
    block_flagged_applicants: bool,
}

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
