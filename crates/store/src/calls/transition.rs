//! Moving a call through its life cycle (publish, cancel, …) and recording where and when its
//! announcement appeared.

use super::{record_from_model, visible, CallRecord};
use crate::accounts::Actor;
use crate::audit;
use crate::entities::call;
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::call::{apply_call_action, CallAction, CallState, Publication};
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};

/// Publishes, cancels or otherwise moves a call through its life cycle. Publishing records the
/// channel days given with it, and today for the website (Granty's own call page) unless given;
/// the minimum days to the deadline are counted from them.
pub async fn transition(
    db: &Db,
    actor: &Actor,
    id: i64,
    action: CallAction,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let saved = transition_in(&txn, actor, id, action, now).await?;
    txn.commit().await?;
    Ok(saved)
}

/// [`transition`] inside the caller's transaction (the first assignment of a closed call starts
/// its evaluation in the same transaction).
pub(crate) async fn transition_in(
    txn: &sea_orm::DatabaseTransaction,
    actor: &Actor,
    id: i64,
    action: CallAction,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    actor.require_staff()?;
    let existing = visible(txn, actor, id).await?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let action = with_publication_days(action, &existing, today)?;
    let next = apply_call_action(existing.state, &existing.terms, &action, now, &actor.tenant)
        .map_err(StoreError::Call)?;
    let before = <crate::entities::call::Entity as sea_orm::EntityTrait>::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let saved = changes(&existing, &action, next, now).update(txn).await?;
    let (was, is) = audit::row_changes(&before, &saved)?;
    audit::record_change(txn, actor, "call", id, action.code(), was, is, now).await?;
    record_from_model(saved)
}

/// Records the days the announcement appeared in BIP, on the notice board or on the website,
/// after publishing. Days given replace recorded ones; days left out stay. The minimum days to
/// the deadline are counted again from the last channel; below it the clerk must confirm.
pub async fn record_publication(
    db: &Db,
    actor: &Actor,
    id: i64,
    days: Publication,
    confirm_short_deadline: bool,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    let action = CallAction::RecordPublication {
        confirm_short_deadline,
        publication: days,
    };
    transition(db, actor, id, action, now).await
}

/// The action with its channel days as they will be stored: the website defaulted when
/// publishing, new days merged over recorded ones; no day may lie in the future.
fn with_publication_days(
    action: CallAction,
    existing: &CallRecord,
    today: NaiveDate,
) -> StoreResult<CallAction> {
    let checked = |days: Publication| {
        days.check(today)
            .into_result(days)
            .map_err(StoreError::Invalid)
    };
    Ok(match action {
        CallAction::Publish {
            confirm_short_deadline,
            publication,
        } => CallAction::Publish {
            confirm_short_deadline,
            publication: checked(publication)?.at_publishing(today),
        },
        CallAction::RecordPublication {
            confirm_short_deadline,
            publication,
        } => CallAction::RecordPublication {
            confirm_short_deadline,
            publication: existing.publication.merged(checked(publication)?),
        },
        other => other,
    })
}

/// The columns an action changes.
fn changes(
    existing: &CallRecord,
    action: &CallAction,
    next: CallState,
    now: DateTime<Utc>,
) -> call::ActiveModel {
    let mut model = call::ActiveModel {
        id: Set(existing.id),
        state: Set(next.code().to_string()),
        lock_version: Set(existing.version + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    match action {
        CallAction::Publish { publication, .. } => {
            model.published_at = Set(Some(now));
            set_publication(&mut model, publication);
        }
        CallAction::RecordPublication { publication, .. } => {
            set_publication(&mut model, publication)
        }
        CallAction::Cancel { reason } => {
            model.cancelled_at = Set(Some(now));
            model.cancel_reason = Set(Some(reason.trim().to_string()));
        }
        _ => {}
    }
    model
}

fn set_publication(model: &mut call::ActiveModel, days: &Publication) {
    model.published_bip_on = Set(days.bip_on);
    model.published_notice_board_on = Set(days.notice_board_on);
    model.published_website_on = Set(days.website_on);
}
