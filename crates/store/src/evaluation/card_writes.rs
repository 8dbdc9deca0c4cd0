//! Writing a member's card: the draft saved (autosave, with the version the member edited, as
//! the offer editor does) or the card submitted (checked in full, then read-only); each write
//! audited with the answers before and after.

use super::gate::{self, Standing};
use super::scorecards::{card, criteria_of, may_score, progress_of, stored, Card, CardProgress};
use super::settings;
use crate::audit;
use crate::entities::scorecard;
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::evaluation::card::{check_card, CardCheck};
use granty_domain::evaluation::{CardState, ScoreEntry};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};

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
    if gate::scoring_closed(&standing.call.state) {
        return Err(StoreError::CardState("closed"));
    }
    let row = stored(&txn, application_id, actor.user_id).await?;
    let before = writable(row.as_ref(), change.expected_version)?;
    let wanted = change.scores.unwrap_or_else(|| before.clone());
    let settings = settings(&txn, standing.call.id).await?;
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
    let id = match &row {
        None => written.insert(&txn).await?,
        Some(row) => written.update(&txn, row).await?,
    };
    let was =
        serde_json::json!({ "scores": before, "state": row.map_or("not_started", |_| "draft") });
    let is = serde_json::json!({ "scores": card, "state": state.code(), "application_id": application_id });
    let (was, is) = audit::differences(&was, &is);
    let action = match check {
        CardCheck::Draft => "save_draft",
        CardCheck::Submission => "submit",
    };
    audit::record_change(&txn, actor, "scorecard", id, action, was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The stored answers, if the card may still change from `expected_version`: a submitted card
/// is read-only (409), an outdated version is stale (409 with the current one).
fn writable(row: Option<&scorecard::Model>, expected_version: i32) -> StoreResult<Vec<ScoreEntry>> {
    let Some(row) = row else {
        return match expected_version {
            0 => Ok(Vec::new()),
            _ => Err(StoreError::Stale { current: 0 }),
        };
    };
    if progress_of(row)? == CardProgress::Submitted {
        return Err(StoreError::CardState("submitted"));
    }
    if row.lock_version != expected_version {
        return Err(StoreError::Stale {
            current: row.lock_version,
        });
    }
    Ok(serde_json::from_str(&row.entries)?)
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
