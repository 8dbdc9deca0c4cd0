//! A committee member's scoring card for one offer: read, saved as a draft (autosave, with
//! optimistic concurrency like the offer editor), submitted (checked in full, then read-only).
//! The clerk's side (reading any card, reopening one with a reason) is in [`super::reopen`].
//!
//! Only a member assigned to the offer whose membership scores may write; a declared member
//! who is not excluded may read the (empty) card of an offer of their call. Saves and
//! submissions after the call's scoring deadline are accepted and marked late for the clerk.

use super::gate::{self, Standing};
use super::settings;
use crate::audit;
use crate::entities::{call, call_evaluation, scorecard};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::call::Criterion;
use granty_domain::evaluation::card::{check_card, CardCheck};
use granty_domain::evaluation::{CardState, EvaluationSettings, ScoreEntry};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};
use serde::Serialize;

/// Where a card stands: nothing saved yet, a draft, or submitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, Serialize)]
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
fn may_score(standing: &Standing) -> bool {
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

/// What a save or a submission writes.
pub struct CardChange {
    /// The card's version the member edited (0 for a card never saved).
    pub expected_version: i32,
    /// The new entries; `None` keeps the stored ones (a submission of what was autosaved).
    pub scores: Option<Vec<ScoreEntry>>,
}

/// Saves the member's draft: what is filled in must be in range, the rest may wait.
pub async fn save_draft(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    change: CardChange,
    now: DateTime<Utc>,
) -> StoreResult<Card> {
    write(db, actor, application_id, change, CardCheck::Draft, now).await?;
    card(db, actor, application_id, now).await
}

/// Submits the member's card: checked in full, then read-only until the clerk reopens it.
pub async fn submit(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    change: CardChange,
    now: DateTime<Utc>,
) -> StoreResult<Card> {
    write(
        db,
        actor,
        application_id,
        change,
        CardCheck::Submission,
        now,
    )
    .await?;
    card(db, actor, application_id, now).await
}

async fn write(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    change: CardChange,
    check: CardCheck,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let standing = gate::standing(&txn, actor, application_id).await?;
    if !may_score(&standing) {
        return Err(StoreError::Forbidden);
    }
    let row = stored(&txn, application_id, actor.user_id).await?;
    let current = row.as_ref().map_or(0, |r| r.lock_version);
    if let Some(row) = &row {
        if progress_of(row)? == CardProgress::Submitted {
            return Err(StoreError::CardState("submitted"));
        }
    }
    if current != change.expected_version {
        return Err(StoreError::Stale { current });
    }
    let before: Vec<ScoreEntry> = match &row {
        Some(row) => serde_json::from_str(&row.entries)?,
        None => Vec::new(),
    };
    let wanted = change.scores.unwrap_or_else(|| before.clone());
    let settings: EvaluationSettings = settings(&txn, standing.call.id).await?;
    let criteria = criteria_of(&standing.call)?;
    let card = check_card(&wanted, &criteria, &settings, check).map_err(StoreError::Invalid)?;
    let state = match check {
        CardCheck::Draft => CardState::Draft,
        CardCheck::Submission => CardState::Submitted,
    };
    let written = Written {
        standing: &standing,
        state,
        entries: &card,
        now,
    };
    let id = match row {
        None => written.insert(&txn).await?,
        Some(row) => written.update(&txn, &row).await?,
    };
    let action = match check {
        CardCheck::Draft => "save_draft",
        CardCheck::Submission => "submit",
    };
    let was = serde_json::json!({ "scores": before, "state": current_state(current) });
    let is = serde_json::json!({
        "scores": card,
        "state": state.code(),
        "application_id": application_id,
    });
    let (was, is) = audit::differences(&was, &is);
    audit::record_change(&txn, actor, "scorecard", id, action, was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

fn current_state(version: i32) -> &'static str {
    if version == 0 {
        "not_started"
    } else {
        CardState::Draft.code()
    }
}

/// A card as it is about to be stored.
struct Written<'a> {
    standing: &'a Standing,
    state: CardState,
    entries: &'a [ScoreEntry],
    now: DateTime<Utc>,
}

impl Written<'_> {
    fn submitted_at(&self) -> Option<DateTime<Utc>> {
        (self.state == CardState::Submitted).then_some(self.now)
    }

    async fn insert(&self, txn: &DatabaseTransaction) -> StoreResult<i64> {
        let inserted = scorecard::ActiveModel {
            call_id: Set(self.standing.call.id),
            application_id: Set(self.standing.application.id),
            user_id: Set(self.standing.member.user_id),
            state: Set(self.state.code().to_string()),
            entries: Set(serde_json::to_string(self.entries)?),
            submitted_at: Set(self.submitted_at()),
            lock_version: Set(1),
            created_at: Set(self.now),
            updated_at: Set(self.now),
            ..Default::default()
        }
        .insert(txn)
        .await;
        match inserted.map_err(StoreError::from) {
            Ok(row) => Ok(row.id),
            // Two first saves at once: the other one won; this one is stale.
            Err(StoreError::Duplicate { .. }) => Err(StoreError::Stale { current: 1 }),
            Err(e) => Err(e),
        }
    }

    /// Writes over `row` if its version is still the one read.
    async fn update(&self, txn: &DatabaseTransaction, row: &scorecard::Model) -> StoreResult<i64> {
        use scorecard::Column as C;
        let updated = scorecard::Entity::update_many()
            .col_expr(C::State, Expr::value(self.state.code()))
            .col_expr(
                C::Entries,
                Expr::value(serde_json::to_string(self.entries)?),
            )
            .col_expr(C::SubmittedAt, Expr::value(self.submitted_at()))
            .col_expr(C::LockVersion, Expr::value(row.lock_version + 1))
            .col_expr(C::UpdatedAt, Expr::value(self.now))
            .filter(C::Id.eq(row.id))
            .filter(C::LockVersion.eq(row.lock_version))
            .exec(txn)
            .await?;
        if updated.rows_affected == 0 {
            return Err(StoreError::Stale {
                current: row.lock_version + 1,
            });
        }
        Ok(row.id)
    }
}
