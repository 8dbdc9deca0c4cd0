//! A committee member's scoring card for one offer, as read; writing it (the autosaved draft,
//! the submission) is in [`super::card_writes`].
//! The clerk's side (reading any card, reopening one with a reason) is in [`super::reopen`].
//!
//! Only a member assigned to the offer whose membership scores may write; a declared member
//! who is not excluded may read the (empty) card of an offer of their call. Saves and
//! submissions after the call's scoring deadline are accepted and marked late for the clerk.

use super::gate::{self, Standing};
use super::settings;
use crate::entities::{call, call_evaluation, scorecard};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::call::Criterion;
use granty_domain::evaluation::{CardState, ScoreEntry};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

/// Where a card stands: nothing saved yet, a draft, or submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CardProgress {
    NotStarted,
    Draft,
    Submitted,
}

impl CardProgress {
    pub fn code(self) -> &'static str {
        match self {
            CardProgress::NotStarted => "not_started",
            CardProgress::Draft => "draft",
            CardProgress::Submitted => "submitted",
        }
    }
}

/// One member's card on one offer, with what the screen needs to draw and check it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Card {
    pub application_id: i64,
    pub call_id: i64,
    pub member_user_id: i64,
    pub progress: CardProgress,
    /// The version a save must name (0 before the first save).
    pub version: i32,
    /// One entry per criterion, in the call's order.
    pub scores: Vec<ScoreEntry>,
    pub criteria: Vec<Criterion>,
    pub half_points: bool,
    pub min_justification_chars: u32,
    pub scoring_deadline: Option<DateTime<Utc>>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// Submitted after the scoring deadline, or still open past it.
    pub late: bool,
    pub reopened_at: Option<DateTime<Utc>>,
    pub reopen_reason: Option<String>,
    /// The caller may change it now (assigned, a scoring member, a draft).
    pub may_write: bool,
}

/// The call's criteria as stored.
pub(crate) fn criteria_of(call: &call::Model) -> StoreResult<Vec<Criterion>> {
    Ok(serde_json::from_str(&call.criteria)?)
}

/// The call's scoring deadline, if the clerk has set one.
pub(crate) async fn scoring_deadline(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Option<DateTime<Utc>>> {
    Ok(call_evaluation::Entity::find()
        .filter(call_evaluation::Column::CallId.eq(call_id))
        .one(conn)
        .await?
        .and_then(|row| row.scoring_deadline))
}

/// The stored card of `user_id` on `application_id`, if any.
pub(crate) async fn stored(
    conn: &impl ConnectionTrait,
    application_id: i64,
    user_id: i64,
) -> StoreResult<Option<scorecard::Model>> {
    Ok(scorecard::Entity::find()
        .filter(scorecard::Column::ApplicationId.eq(application_id))
        .filter(scorecard::Column::UserId.eq(user_id))
        .one(conn)
        .await?)
}

/// Builds the card a screen shows from the stored row (or an empty one).
pub(crate) async fn assemble(
    conn: &impl ConnectionTrait,
    call: &call::Model,
    application_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Card> {
    let criteria = criteria_of(call)?;
    let settings = settings(conn, call.id).await?;
    let deadline = scoring_deadline(conn, call.id).await?;
    let row = stored(conn, application_id, user_id).await?;
    let blank = || -> Vec<ScoreEntry> {
        (0..criteria.len())
            .map(|criterion| ScoreEntry {
                criterion,
                ..ScoreEntry::default()
            })
            .collect()
    };
    let (progress, scores) = match &row {
        None => (CardProgress::NotStarted, blank()),
        Some(row) => (progress_of(row)?, serde_json::from_str(&row.entries)?),
    };
    let submitted_at = row.as_ref().and_then(|r| r.submitted_at);
    Ok(Card {
        application_id,
        call_id: call.id,
        member_user_id: user_id,
        progress,
        version: row.as_ref().map_or(0, |r| r.lock_version),
        scores,
        half_points: settings.half_points,
        min_justification_chars: settings.min_justification_chars,
        criteria,
        scoring_deadline: deadline,
        late: deadline.is_some_and(|d| submitted_at.unwrap_or(now) > d),
        submitted_at,
        reopened_at: row.as_ref().and_then(|r| r.reopened_at),
        reopen_reason: row.and_then(|r| r.reopen_reason),
        may_write: false,
    })
}

pub(crate) fn progress_of(row: &scorecard::Model) -> StoreResult<CardProgress> {
    match CardState::parse(&row.state) {
        Some(CardState::Draft) => Ok(CardProgress::Draft),
        Some(CardState::Submitted) => Ok(CardProgress::Submitted),
        None => Err(StoreError::Corrupt(format!("card state `{}`", row.state))),
    }
}

/// Whether the member may write a card on the offer at all: assigned now and scoring.
pub(crate) fn may_score(standing: &Standing) -> bool {
    standing.assigned && standing.member.scores
}

/// The signed-in member's card on offer `application_id`.
pub async fn card(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Card> {
    let standing = gate::standing(&db.reader, actor, application_id).await?;
    let mut card = assemble(
        &db.reader,
        &standing.call,
        application_id,
        actor.user_id,
        now,
    )
    .await?;
    card.may_write = may_score(&standing) && card.progress != CardProgress::Submitted;
    Ok(card)
}
