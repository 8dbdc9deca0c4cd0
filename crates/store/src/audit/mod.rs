//! The audit trail: who did what to which object, from where, with the values before and after,
//! written in the same transaction as the change. Each tenant's entries form a hash chain
//! (see `chain`), so `granty audit verify` notices an entry changed, removed or inserted later.

mod chain;
mod context;
pub mod trail;
pub mod verify;

pub use context::{client_address, with_client_address};

use crate::accounts::Actor;
use crate::error::StoreResult;
use chain::Entry;
use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde_json::Value;

pub async fn record(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    entity: &str,
    entity_id: i64,
    action: &str,
    detail: Value,
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
    detail: Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut entry = Entry::new(tenant_id, entity, entity_id, action, detail, now);
    entry.actor_user_id = Some(user_id);
    chain::append(conn, entry).await
}

/// Holds the town's audit head until the transaction ends (PostgreSQL; SQLite has one writer),
/// so two requests of one town that must not both act (two clicks on "start") run one after
/// the other.
pub(crate) async fn hold_town(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<()> {
    chain::lock_head(conn, tenant_id).await.map(|_| ())
}

/// A change with the values it replaced: `before` and `after` hold only the fields that changed
/// (or the whole object when it is created or removed), so the trail shows what a person saw.
#[allow(clippy::too_many_arguments)]
pub async fn record_change(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    entity: &str,
    entity_id: i64,
    action: &str,
    before: Value,
    after: Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut entry = Entry::new(
        actor.tenant_id(),
        entity,
        entity_id,
        action,
        Value::Object(Default::default()),
        now,
    );
    entry.actor_user_id = Some(actor.user_id);
    entry.before = Some(before.to_string());
    entry.after = Some(after.to_string());
    chain::append(conn, entry).await
}

/// A change made by no signed-in person: the command line or a scheduled job.
pub async fn record_by_system(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    entity: &str,
    entity_id: i64,
    action: &str,
    detail: Value,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    chain::append(
        conn,
        Entry::new(tenant_id, entity, entity_id, action, detail, now),
    )
    .await
}

/// The changed columns of a row, before and after; `updated_at` says nothing the entry's time
/// does not.
pub fn row_changes<T: serde::Serialize>(before: &T, after: &T) -> StoreResult<(Value, Value)> {
    let mut before = serde_json::to_value(before)?;
    let mut after = serde_json::to_value(after)?;
    for row in [&mut before, &mut after] {
        if let Value::Object(fields) = row {
            fields.remove("updated_at");
        }
    }
    Ok(differences(&before, &after))
}

/// Only the fields whose values differ, as `(before, after)` objects: the trail stays readable
/// when one field of a long form changes.
pub fn differences(before: &Value, after: &Value) -> (Value, Value) {
    let (Value::Object(old), Value::Object(new)) = (before, after) else {
        return (before.clone(), after.clone());
    };
    let mut was = serde_json::Map::new();
    let mut is = serde_json::Map::new();
    for (key, value) in new {
        let previous = old.get(key).cloned().unwrap_or(Value::Null);
        if &previous != value {
            was.insert(key.clone(), previous);
            is.insert(key.clone(), value.clone());
        }
    }
    for (key, value) in old {
        if !new.contains_key(key) {
            was.insert(key.clone(), value.clone());
            is.insert(key.clone(), Value::Null);
        }
    }
    (Value::Object(was), Value::Object(is))
}

#[cfg(test)]
mod tests {
    use super::differences;
    use serde_json::json;

    #[test]
    fn differences_keep_only_the_changed_fields() {
        let (was, is) = differences(
            &json!({"title": "A", "amount": 100, "gone": 1}),
            &json!({"title": "A", "amount": 250, "new": true}),
        );
        assert_eq!(was, json!({"amount": 100, "gone": 1, "new": null}));
        assert_eq!(is, json!({"amount": 250, "gone": null, "new": true}));
    }
}
