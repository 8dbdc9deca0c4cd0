//! The audit trail: who did what to which object, written in the same transaction as the change.

use crate::accounts::Actor;
use crate::entities::audit_event;
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

pub async fn record(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    entity: &str,
    entity_id: i64,
    action: &str,
    detail: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    record_for(
        conn,
        actor.tenant_id(),
        actor.user_id,
        entity,
        entity_id,
        action,
        detail,
        now,
    )
    .await
}

/// The same, for someone acting without a session yet (accepting an invitation by link).
#[allow(clippy::too_many_arguments)]
pub async fn record_for(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    user_id: i64,
    entity: &str,
    entity_id: i64,
    action: &str,
    detail: serde_json::Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    audit_event::ActiveModel {
        tenant_id: Set(Some(tenant_id)),
        actor_user_id: Set(Some(user_id)),
        entity: Set(entity.to_string()),
        entity_id: Set(entity_id),
        action: Set(action.to_string()),
        detail: Set(detail.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}
