//! How the outbox is doing, for the metrics: how many messages wait, since when the oldest,
//! and how many were given up. Read across every tenant: it describes the instance, not a town.

use super::status;
use crate::entities::notification;
use crate::error::StoreResult;
use crate::Db;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

/// The outbox at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxHealth {
    /// Messages not yet delivered (queued, being sent, or waiting for a retry).
    pub undelivered: u64,
    /// When the oldest undelivered message was written, if any waits.
    pub oldest_undelivered_at: Option<DateTime<Utc>>,
    /// Messages given up for good (kept with their reason on the admin's list).
    pub failed: u64,
}

const UNDELIVERED: [&str; 3] = [status::QUEUED, status::SENDING, status::RETRYING];

/// Counts the outbox's messages by how far they got.
pub async fn outbox_health(db: &Db) -> StoreResult<OutboxHealth> {
    let waiting =
        || notification::Entity::find().filter(notification::Column::Status.is_in(UNDELIVERED));
    let undelivered = waiting().count(&db.reader).await?;
    let oldest_undelivered_at = waiting()
        .select_only()
        .column(notification::Column::CreatedAt)
        .order_by_asc(notification::Column::CreatedAt)
        .limit(1)
        .into_tuple::<DateTime<Utc>>()
        .one(&db.reader)
        .await?;
    let failed = notification::Entity::find()
        .filter(notification::Column::Status.eq(status::FAILED))
        .count(&db.reader)
        .await?;
    Ok(OutboxHealth {
        undelivered,
        oldest_undelivered_at,
        failed,
    })
}
