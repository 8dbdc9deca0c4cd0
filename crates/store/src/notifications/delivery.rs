//! Delivering the outbox: workers claim due rows with a lease, renew it before each message,
//! and mark each row sent, retrying (with a backoff) or failed, only while they hold the lease.

use super::{status, MAX_ATTEMPTS};
use crate::entities::notification;
use crate::error::StoreResult;
use crate::Db;
use chrono::{DateTime, Duration, Utc};
use granty_domain::notification::Event;
use sea_orm::{ColumnTrait, DbBackend, EntityTrait, FromQueryResult, QueryFilter, Set, Statement};

/// A message claimed for delivery.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Outgoing {
    pub id: i64,
    pub tenant_id: i64,
    pub recipient_email: String,
    pub language: String,
    pub event: String,
    pub link_path: String,
    pub message_id: String,
    pub attempts: i32,
}

impl Outgoing {
    pub fn event(&self) -> StoreResult<Event> {
        Ok(serde_json::from_str(&self.event)?)
    }
}

/// Claims up to `limit` due messages for `worker` until `now + lease`. On PostgreSQL rows locked
/// by another worker's claim are skipped (`FOR UPDATE SKIP LOCKED`); SQLite serialises writers,
/// so its claim is atomic as it stands. A `sending` row whose lease ran out belonged to a worker
/// that died: it is claimed again.
pub async fn claim(
    db: &Db,
    worker: &str,
    now: DateTime<Utc>,
    lease: Duration,
    limit: u64,
) -> StoreResult<Vec<Outgoing>> {
    let backend = db.backend();
    let (p, skip_locked) = match backend {
        DbBackend::Postgres => (["$1", "$2", "$3", "$4"], " FOR UPDATE SKIP LOCKED"),
        _ => (["?", "?", "?", "?"], ""),
    };
    let sql = format!(
        "UPDATE notifications SET status = 'sending', lease_until = {lease}, leased_by = {worker}, updated_at = {now} \
         WHERE id IN (SELECT id FROM notifications \
           WHERE status IN ('queued', 'retrying', 'sending') AND next_attempt_at <= {now} \
             AND (lease_until IS NULL OR lease_until < {now}) \
           ORDER BY id LIMIT {limit}{skip_locked}) \
         RETURNING id, tenant_id, recipient_email, language, event, link_path, message_id, attempts",
        lease = p[0],
        worker = p[1],
        now = p[2],
        limit = p[3],
    );
    // SQLite binds positionally, so `now` is bound at each of its places.
    let values: Vec<sea_orm::Value> = match backend {
        DbBackend::Postgres => vec![
            (now + lease).into(),
            worker.into(),
            now.into(),
            (limit as i64).into(),
        ],
        _ => vec![
            (now + lease).into(),
            worker.into(),
            now.into(),
            now.into(),
            now.into(),
            (limit as i64).into(),
        ],
    };
    let statement = Statement::from_sql_and_values(backend, sql, values);
    let mut claimed = Outgoing::find_by_statement(statement)
        .all(&db.writer)
        .await?;
    claimed.sort_by_key(|m| m.id);
    Ok(claimed)
}

async fn settle(
    db: &Db,
    id: i64,
    worker: &str,
    changes: notification::ActiveModel,
) -> StoreResult<bool> {
    let result = notification::Entity::update_many()
        .set(changes)
        .filter(notification::Column::Id.eq(id))
        .filter(notification::Column::LeasedBy.eq(worker))
        .filter(notification::Column::Status.eq(status::SENDING))
        .exec(&db.writer)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Extends this worker's lease on one claimed message just before sending it, so that a slow batch
/// does not outlive its lease while it works through the rows. False when the lease has already
/// run out (another worker may own the row): the message must then be left alone.
pub async fn renew_lease(
    db: &Db,
    id: i64,
    worker: &str,
    now: DateTime<Utc>,
    lease: Duration,
) -> StoreResult<bool> {
    let result = notification::Entity::update_many()
        .set(notification::ActiveModel {
            lease_until: Set(Some(now + lease)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(notification::Column::Id.eq(id))
        .filter(notification::Column::LeasedBy.eq(worker))
        .filter(notification::Column::Status.eq(status::SENDING))
        .filter(notification::Column::LeaseUntil.gte(now))
        .exec(&db.writer)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records a delivery. False when the lease was lost meanwhile (another worker owns the row now).
pub async fn mark_sent(db: &Db, id: i64, worker: &str, now: DateTime<Utc>) -> StoreResult<bool> {
    settle(
        db,
        id,
        worker,
        notification::ActiveModel {
            status: Set(status::SENT.to_string()),
            sent_at: Set(Some(now)),
            lease_until: Set(None),
            last_error: Set(None),
            updated_at: Set(now),
            ..Default::default()
        },
    )
    .await
}

/// Records a temporary failure: retried after an exponential backoff, failed after
/// `MAX_ATTEMPTS`.
pub async fn mark_retry(
    db: &Db,
    message: &Outgoing,
    worker: &str,
    error: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let attempts = message.attempts + 1;
    if attempts >= MAX_ATTEMPTS {
        return mark_failed(db, message, worker, error, now).await;
    }
    settle(
        db,
        message.id,
        worker,
        notification::ActiveModel {
            status: Set(status::RETRYING.to_string()),
            attempts: Set(attempts),
            next_attempt_at: Set(now + backoff(attempts)),
            lease_until: Set(None),
            last_error: Set(Some(error.chars().take(2000).collect())),
            updated_at: Set(now),
            ..Default::default()
        },
    )
    .await
}

/// Records a permanent failure, with its reason, for the admin to see.
pub async fn mark_failed(
    db: &Db,
    message: &Outgoing,
    worker: &str,
    error: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    settle(
        db,
        message.id,
        worker,
        notification::ActiveModel {
            status: Set(status::FAILED.to_string()),
            attempts: Set(message.attempts + 1),
            lease_until: Set(None),
            last_error: Set(Some(error.chars().take(2000).collect())),
            updated_at: Set(now),
            ..Default::default()
        },
    )
    .await
}

/// 30 s, 1 min, 2 min … capped at 1 hour.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    Duration::seconds((30i64 << exponent).min(3600))
}
