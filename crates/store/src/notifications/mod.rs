//! The notification outbox: events are written in the same transaction as the change that caused
//! them; workers claim due rows with a lease, deliver, and mark them. A worker that dies loses its
//! lease, and the rows go to another worker.

use crate::accounts::Actor;
use crate::entities::{notification, organisation_member, tenant, user};
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::{Event, ReminderSettings};
use granty_domain::roles::Role;
use granty_domain::Language;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set, TransactionTrait,
};
use serde::Serialize;

mod delivery;
mod health;

pub use delivery::{backoff, claim, mark_failed, mark_retry, mark_sent, renew_lease, Outgoing};
pub use health::{outbox_health, OutboxHealth};

/// Delivery states of an outbox row.
pub mod status {
    pub const QUEUED: &str = "queued";
    pub const SENDING: &str = "sending";
    pub const SENT: &str = "sent";
    pub const RETRYING: &str = "retrying";
    pub const FAILED: &str = "failed";
}

/// Attempts before a temporarily failing message is given up as failed.
pub const MAX_ATTEMPTS: i32 = 12;

#[derive(Debug, Clone)]
pub struct Recipient {
    pub email: String,
    pub user_id: Option<i64>,
    pub language: Language,
}

/// Everyone who acts for an organisation, in their own language.
pub async fn organisation_recipients(
    conn: &impl ConnectionTrait,
    organisation_id: i64,
) -> StoreResult<Vec<Recipient>> {
    let member_ids = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.user_id);
    users_as_recipients(conn, member_ids).await
}

/// The tenant's clerks, who run calls and formal checks.
pub async fn staff_recipients(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<Vec<Recipient>> {
    use crate::entities::membership;
    let clerk_ids = membership::Entity::find()
        .filter(membership::Column::TenantId.eq(tenant_id))
        .filter(membership::Column::Role.eq(Role::Clerk.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.user_id);
    users_as_recipients(conn, clerk_ids).await
}

/// The users with these ids (a committee member), each in their own language.
pub async fn user_recipients(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> StoreResult<Vec<Recipient>> {
    users_as_recipients(conn, ids).await
}

/// The users with these ids, each in their own language, in the order of their ids.
async fn users_as_recipients(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> StoreResult<Vec<Recipient>> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|u| Recipient {
            email: u.email,
            user_id: Some(u.id),
            language: u.language.parse().unwrap_or_default(),
        })
        .collect())
}

/// What is being notified about.
pub struct Subject<'a> {
    pub tenant_id: i64,
    pub entity: &'a str,
    pub entity_id: i64,
    /// Path of the object in Granty, e.g. `/applications/7`.
    pub link_path: String,
}

/// Queues `event` for each recipient. With a `dedupe_key`, a row that exists already is kept and
/// nothing is added: reminders are sent once per (object, kind, offset) whoever scans.
/// Returns how many rows were added.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    subject: &Subject<'_>,
    recipients: &[Recipient],
    event: &Event,
    dedupe_key: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let event_json = serde_json::to_string(event)?;
    let mut added = 0;
    for recipient in recipients {
        let key = dedupe_key.map(|k| format!("{k}:{}", recipient.email));
        let row = notification::ActiveModel {
            id: NotSet,
            tenant_id: Set(subject.tenant_id),
            kind: Set(event.code().to_string()),
            recipient_email: Set(recipient.email.clone()),
            recipient_user_id: Set(recipient.user_id),
            language: Set(recipient.language.code().to_string()),
            event: Set(event_json.clone()),
            link_path: Set(subject.link_path.clone()),
            entity: Set(subject.entity.to_string()),
            entity_id: Set(subject.entity_id),
            dedupe_key: Set(key),
            message_id: Set(format!("<{}@granty>", uuid::Uuid::new_v4())),
            status: Set(status::QUEUED.to_string()),
            attempts: Set(0),
            next_attempt_at: Set(now),
            lease_until: Set(None),
            leased_by: Set(None),
            last_error: Set(None),
            sent_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        };
        let inserted = notification::Entity::insert(row)
            .on_conflict(
                OnConflict::column(notification::Column::DedupeKey)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_without_returning(conn)
            .await?;
        added += inserted;
    }
    Ok(added)
}

/// A row of the admin's notification log.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NotificationView {
    pub id: i64,
    pub kind: String,
    pub recipient_email: String,
    pub language: String,
    pub entity: String,
    pub entity_id: i64,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// The tenant's notification log, newest first; for admins.
pub async fn list(
    db: &Db,
    actor: &Actor,
    status_filter: Option<&str>,
    limit: u64,
) -> StoreResult<Vec<NotificationView>> {
    actor.require(Role::Admin)?;
    let mut query =
        notification::Entity::find().filter(notification::Column::TenantId.eq(actor.tenant_id()));
    if let Some(wanted) = status_filter {
        query = query.filter(notification::Column::Status.eq(wanted));
    }
    let rows = query
        .order_by_desc(notification::Column::Id)
        .limit(limit)
        .all(&db.reader)
        .await?;
    Ok(rows
        .into_iter()
        .map(|n| NotificationView {
            id: n.id,
            kind: n.kind,
            recipient_email: n.recipient_email,
            language: n.language,
            entity: n.entity,
            entity_id: n.entity_id,
            status: n.status,
            attempts: n.attempts,
            next_attempt_at: n.next_attempt_at,
            last_error: n.last_error,
            sent_at: n.sent_at,
            created_at: n.created_at,
        })
        .collect())
}

/// A tenant's reminder settings (defaults where unset).
pub async fn reminder_settings(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<ReminderSettings> {
    let found = tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    match found.reminder_settings {
        Some(json) => Ok(serde_json::from_str(&json)?),
        None => Ok(ReminderSettings::default()),
    }
}

/// Changes a tenant's reminder settings (admin).
pub async fn set_reminder_settings(
    db: &Db,
    actor: &Actor,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    actor.require(Role::Admin)?;
    let txn = db.writer.begin().await?;
    let before = reminder_settings(&txn, actor.tenant_id()).await?;
    tenant::Entity::update_many()
        .set(tenant::ActiveModel {
            reminder_settings: Set(Some(serde_json::to_string(settings)?)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(tenant::Column::Id.eq(actor.tenant_id()))
        .exec(&txn)
        .await?;
    let (before, after) = crate::audit::differences(
        &serde_json::to_value(before)?,
        &serde_json::to_value(settings)?,
    );
    let (tenant_id, action) = (actor.tenant_id(), "set_reminders");
    crate::audit::record_change(&txn, actor, "tenant", tenant_id, action, before, after, now)
        .await?;
    txn.commit().await?;
    Ok(())
}
