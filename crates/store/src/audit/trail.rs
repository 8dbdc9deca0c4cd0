//! Reading the trail of one object, for the staff's history pages and the JSON API.

use crate::accounts::Actor;
use crate::entities::{audit_event, user};
use crate::error::StoreResult;
use crate::Db;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

/// One entry as the staff read it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TrailEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub action: String,
    /// The person who acted; none for the command line or a scheduled job.
    pub actor_name: Option<String>,
    pub actor_email: Option<String>,
    pub client_address: Option<String>,
    #[schema(value_type = Object)]
    pub detail: Value,
    #[schema(value_type = Option<Object>)]
    pub before: Option<Value>,
    #[schema(value_type = Option<Object>)]
    pub after: Option<Value>,
}

/// An offer's trail, oldest first: the staff of its town once it was submitted (as they see it).
pub async fn of_application(db: &Db, actor: &Actor, id: i64) -> StoreResult<Vec<TrailEntry>> {
    actor.require_staff()?;
    crate::applications::visible(&db.reader, actor, id).await?;
    let mut entries = of_object(db, actor.tenant_id(), "application", id, None).await?;
    // Its attachments' uploads and removals belong to the offer's story.
    let of_this_offer = serde_json::json!({ "application": id }).to_string();
    let files = of_object(db, actor.tenant_id(), "attachment", 0, Some(of_this_offer)).await?;
    entries.extend(files);
    entries.sort_by_key(|e| e.id);
    Ok(entries)
}

/// A call's trail, oldest first: the staff of its town.
pub async fn of_call(db: &Db, actor: &Actor, id: i64) -> StoreResult<Vec<TrailEntry>> {
    actor.require_staff()?;
    crate::calls::get(db, actor, id).await?;
    of_object(db, actor.tenant_id(), "call", id, None).await
}

/// An organisation's trail (its profile and its members), oldest first: the staff of its town.
pub async fn of_organisation(db: &Db, actor: &Actor, id: i64) -> StoreResult<Vec<TrailEntry>> {
    actor.require_staff()?;
    crate::organisations::in_tenant(&db.reader, actor.tenant_id(), id)
        .await?
        .ok_or(crate::StoreError::NotFound)?;
    of_object(db, actor.tenant_id(), "organisation", id, None).await
}

/// Entries about `entity` number `id`, or (with `detail`) every `entity` entry with that detail.
async fn of_object(
    db: &Db,
    tenant_id: i64,
    entity: &str,
    id: i64,
    detail: Option<String>,
) -> StoreResult<Vec<TrailEntry>> {
    let query = audit_event::Entity::find()
        .filter(audit_event::Column::TenantId.eq(tenant_id))
        .filter(audit_event::Column::Entity.eq(entity));
    let query = match detail {
        Some(detail) => query.filter(audit_event::Column::Detail.eq(detail)),
        None => query.filter(audit_event::Column::EntityId.eq(id)),
    };
    let rows = query
        .order_by_asc(audit_event::Column::Id)
        .all(&db.reader)
        .await?;
    let ids: Vec<i64> = rows.iter().filter_map(|r| r.actor_user_id).collect();
    let people: HashMap<i64, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(&db.reader)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let person = row.actor_user_id.and_then(|id| people.get(&id));
            TrailEntry {
                id: row.id,
                at: row.created_at,
                action: row.action,
                actor_name: person.map(|p| p.display_name.clone()),
                actor_email: person.map(|p| p.email.clone()),
                client_address: row.client_address,
                detail: parse(Some(row.detail)).unwrap_or(Value::Null),
                before: parse(row.before_value),
                after: parse(row.after_value),
            }
        })
        .collect())
}

fn parse(text: Option<String>) -> Option<Value> {
    text.map(|t| serde_json::from_str(&t).unwrap_or(Value::String(t)))
}
