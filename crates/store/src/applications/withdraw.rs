//! Withdrawing a submitted offer before the deadline.

use super::access;
use crate::audit;
use crate::entities::application;
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationAction;
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};

/// Withdraws a submitted offer before the deadline.
pub async fn withdraw(db: &Db, actor: &Actor, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    let next = seen.transition(
        ApplicationAction::Withdraw,
        granty_domain::application::Actor::Applicant,
        now,
    )?;
    application::ActiveModel {
        id: Set(id),
        state: Set(next.code().to_string()),
        withdrawn_at: Set(Some(now)),
        lock_version: Set(seen.record.version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let was = serde_json::json!({ "state": seen.record.state.code() });
    let is = serde_json::json!({ "state": next.code(), "withdrawn_at": now });
    audit::record_change(&txn, actor, "application", id, "withdraw", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}
