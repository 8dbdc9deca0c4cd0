//! Scoring cards: a committee member's queue, their card on an offer (read, save the draft,
//! submit), and the clerk's side (a call's scoring progress, a member's card, reopening it).

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::Json;
use granty_domain::evaluation::ScoreEntry;
use granty_store::evaluation::track_record::EarlierOffer;
use granty_store::evaluation::{
    self, track_record, CallScoring, Card, CardChange, MemberCard, QueueCall,
};
use granty_store::{Actor, StoreError, StoreResult};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_evaluations,
    get_scorecard,
    save_scorecard,
    submit_scorecard,
    reopen_scorecard,
    list_scorecards,
    get_call_scoring
))]
pub struct Doc;

/// The signed-in member's queue.
#[derive(Serialize, ToSchema)]
pub struct EvaluationQueue {
    calls: Vec<QueueCall>,
}

/// The member's card on an offer, with the applicant's earlier offers and how they went.
#[derive(Serialize, ToSchema)]
pub struct ScorecardWithRecord {
    card: Card,
    track_record: Vec<EarlierOffer>,
}

/// Every card written on an offer, for the clerk.
#[derive(Serialize, ToSchema)]
pub struct OfferCards {
    cards: Vec<MemberCard>,
}

/// The signed-in member's queue: calls to declare, offers to score, deadlines.
#[utoipa::path(get, path = "/evaluations", tag = "scorecards",
    responses((status = 200, description = "The queue", body = EvaluationQueue), Problems))]
pub async fn list_evaluations(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<EvaluationQueue>, ApiError> {
    let calls: Vec<QueueCall> = evaluation::queue(&state.db, &actor, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(EvaluationQueue { calls }))
}

/// The member's card on the offer, with the applicant's track record.
#[utoipa::path(get, path = "/applications/{id}/scorecard", tag = "scorecards", params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The card", body = ScorecardWithRecord), Problems))]
pub async fn get_scorecard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<ScorecardWithRecord>, ApiError> {
    let zone = actor.tenant.time_zone;
    let card = evaluation::card(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(zone)?;
    let record = track_record::for_member(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(zone)?;
    Ok(Json(ScorecardWithRecord {
        card,
        track_record: record,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct CardBody {
    /// The card's version the member edited (0 for a card never saved).
    version: i32,
    /// The answers; a submission without them submits what was saved.
    scores: Option<Vec<ScoreEntry>>,
}

impl CardBody {
    fn change(self) -> CardChange {
        CardChange {
            expected_version: self.version,
            scores: self.scores,
        }
    }
}

/// Saves the draft (autosave); a stale version gets 409 with the card as stored.
#[utoipa::path(put, path = "/applications/{id}/scorecard", tag = "scorecards", params(("id" = i64, Path, description = "The offer")),
    request_body = CardBody,
    responses((status = 200, description = "The card, saved", body = Card), Problems))]
pub async fn save_scorecard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<CardBody>,
) -> Result<Json<Card>, ApiError> {
    let now = state.clock.now();
    let saved = evaluation::save_draft(&state.db, &actor, id, body.change(), now).await;
    card_or_stale(&state, &actor, id, saved).await
}

/// Submits the card: checked in full, then read-only.
#[utoipa::path(post, path = "/applications/{id}/scorecard/submit", tag = "scorecards", params(("id" = i64, Path, description = "The offer")),
    request_body = CardBody,
    responses((status = 200, description = "The card, submitted", body = Card), Problems))]
pub async fn submit_scorecard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<CardBody>,
) -> Result<Json<Card>, ApiError> {
    let now = state.clock.now();
    let submitted = evaluation::submit(&state.db, &actor, id, body.change(), now).await;
    card_or_stale(&state, &actor, id, submitted).await
}

/// A stale write answers 409 with the current card, so the client can merge.
async fn card_or_stale(
    state: &AppState,
    actor: &Actor,
    id: i64,
    result: StoreResult<Card>,
) -> Result<Json<Card>, ApiError> {
    let zone = actor.tenant.time_zone;
    match result {
        Ok(card) => Ok(Json(card)),
        Err(StoreError::Stale { .. }) => {
            let current = evaluation::card(&state.db, actor, id, state.clock.now())
                .await
                .or_api(zone)?;
            Err(ApiError::Stale {
                current: json!(current),
            })
        }
        Err(other) => Err(ApiError::from_store(other, zone)),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct ReopenBody {
    /// The member whose card is reopened.
    member_user_id: i64,
    reason: String,
}

/// The clerk reopens a member's submitted card with a reason.
#[utoipa::path(post, path = "/applications/{id}/scorecard/reopen", tag = "scorecards", params(("id" = i64, Path, description = "The offer")),
    request_body = ReopenBody,
    responses((status = 200, description = "The card, reopened", body = Card), Problems))]
pub async fn reopen_scorecard(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<ReopenBody>,
) -> Result<Json<Card>, ApiError> {
    let now = state.clock.now();
    let card = evaluation::reopen(
        &state.db,
        &actor,
        id,
        body.member_user_id,
        &body.reason,
        now,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok(Json(card))
}

/// The clerk reads every card written on an offer.
#[utoipa::path(get, path = "/applications/{id}/scorecards", tag = "scorecards", params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The cards", body = OfferCards), Problems))]
pub async fn list_scorecards(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Json<OfferCards>, ApiError> {
    let cards = evaluation::clerk_cards(&state.db, &actor, id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(OfferCards { cards }))
}

/// The clerk's view of a call's scoring: per member, assigned, submitted, draft, late.
#[utoipa::path(get, path = "/calls/{id}/scoring", tag = "scorecards",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The scoring progress", body = CallScoring), Problems))]
pub async fn get_call_scoring(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(call_id): Path<i64>,
) -> Result<Json<CallScoring>, ApiError> {
    let scoring = evaluation::call_scoring(&state.db, &actor, call_id, state.clock.now())
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(scoring))
}
