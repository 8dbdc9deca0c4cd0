//! The per-tenant hash chain. Entry n stores SHA-256(hash of entry n-1 ‖ canonical content of n)
//! and its number n; the tenant row keeps the head (last number and hash). Changing, removing or
//! inserting an entry later breaks a link that `verify` recomputes.
//!
//! Writers of one tenant queue on the tenant row inside their transaction: on PostgreSQL with
//! `FOR NO KEY UPDATE` (which does not block inserts whose foreign keys point at the tenant), on
//! SQLite by its single writer. A unique index on (tenant_id, seq) refuses a fork if either ever
//! failed.

use crate::entities::audit_event;
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, Set, Statement,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// One entry before it takes its place in the chain.
pub(crate) struct Entry {
    pub tenant_id: i64,
    pub actor_user_id: Option<i64>,
    pub entity: String,
    pub entity_id: i64,
    pub action: String,
    pub detail: String,
    pub client_address: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl Entry {
    pub fn new(
        tenant_id: i64,
        entity: &str,
        entity_id: i64,
        action: &str,
        detail: Value,
        now: DateTime<Utc>,
    ) -> Entry {
        Entry {
            tenant_id,
            actor_user_id: None,
            entity: entity.to_string(),
            entity_id,
            action: action.to_string(),
            detail: detail.to_string(),
            client_address: super::client_address(),
            before: None,
            after: None,
            // Both databases keep microseconds: hash what will be read back.
            created_at: now.trunc_subsecs(6),
        }
    }
}

/// The chain's head for one tenant: the last entry's number and hash.
pub(crate) struct Head {
    pub seq: i64,
    pub hash: Option<String>,
}

/// Appends `entry` to its tenant's chain; call inside the transaction that makes the change.
pub(crate) async fn append(conn: &impl ConnectionTrait, entry: Entry) -> StoreResult<()> {
    let tenant_id = entry.tenant_id;
    let mut head = lock_head(conn, tenant_id).await?;
    if head.seq == 0 {
        head = seal_unchained(conn, tenant_id).await?;
    }
    let seq = head.seq + 1;
    let hash = link(head.hash.as_deref(), &canonical(&entry, seq));
    model(entry, seq, hash.clone()).insert(conn).await?;
    store_head(
        conn,
        tenant_id,
        &Head {
            seq,
            hash: Some(hash),
        },
    )
    .await
}

/// Reads the tenant's head, holding the row until the transaction ends (PostgreSQL).
pub(crate) async fn lock_head(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<Head> {
    let backend = conn.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => {
            "SELECT audit_seq, audit_head FROM tenants WHERE id = $1 FOR NO KEY UPDATE"
        }
        _ => "SELECT audit_seq, audit_head FROM tenants WHERE id = ?",
    };
    let row = conn
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [tenant_id.into()],
        ))
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Head {
        seq: row.try_get("", "audit_seq")?,
        hash: row.try_get("", "audit_head")?,
    })
}

async fn store_head(conn: &impl ConnectionTrait, tenant_id: i64, head: &Head) -> StoreResult<()> {
    let backend = conn.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "UPDATE tenants SET audit_seq = $1, audit_head = $2 WHERE id = $3",
        _ => "UPDATE tenants SET audit_seq = ?, audit_head = ? WHERE id = ?",
    };
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        sql,
        [head.seq.into(), head.hash.clone().into(), tenant_id.into()],
    ))
    .await?;
    Ok(())
}

/// Entries written before the chain existed join it, in the order they were written, the first
/// time the tenant's chain grows. Only then: later unchained rows are insertions to report.
async fn seal_unchained(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<Head> {
    let rows = audit_event::Entity::find()
        .filter(audit_event::Column::TenantId.eq(tenant_id))
        .filter(audit_event::Column::Seq.is_null())
        .order_by_asc(audit_event::Column::Id)
        .all(conn)
        .await?;
    let mut head = Head { seq: 0, hash: None };
    for row in rows {
        let seq = head.seq + 1;
        let hash = link(head.hash.as_deref(), &canonical_of(&row, seq));
        let mut sealed: audit_event::ActiveModel = row.into();
        sealed.seq = Set(Some(seq));
        sealed.hash = Set(Some(hash.clone()));
        sealed.update(conn).await?;
        head = Head {
            seq,
            hash: Some(hash),
        };
    }
    Ok(head)
}

fn model(entry: Entry, seq: i64, hash: String) -> audit_event::ActiveModel {
    audit_event::ActiveModel {
        tenant_id: Set(Some(entry.tenant_id)),
        actor_user_id: Set(entry.actor_user_id),
        entity: Set(entry.entity),
        entity_id: Set(entry.entity_id),
        action: Set(entry.action),
        detail: Set(entry.detail),
        client_address: Set(entry.client_address),
        before_value: Set(entry.before),
        after_value: Set(entry.after),
        seq: Set(Some(seq)),
        hash: Set(Some(hash)),
        created_at: Set(entry.created_at),
        updated_at: Set(entry.created_at),
        ..Default::default()
    }
}

/// The hash of an entry given the hash of the one before (none for the first).
pub(crate) fn link(previous: Option<&str>, canonical: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(previous.unwrap_or("").as_bytes());
    hasher.update(b"\n");
    hasher.update(canonical.as_bytes());
    hex::encode(hasher.finalize())
}

/// Every field that carries meaning, in a fixed order, as one JSON array.
fn canonical(entry: &Entry, seq: i64) -> String {
    json!([
        seq,
        entry.tenant_id,
        entry.actor_user_id,
        entry.entity,
        entry.entity_id,
        entry.action,
        entry.detail,
        entry.before,
        entry.after,
        entry.client_address,
        entry
            .created_at
            .to_rfc3339_opts(SecondsFormat::Micros, true),
    ])
    .to_string()
}

/// The canonical content of an entry as stored, numbered `seq`.
pub(crate) fn canonical_of(row: &audit_event::Model, seq: i64) -> String {
    let entry = Entry {
        tenant_id: row.tenant_id.unwrap_or_default(),
        actor_user_id: row.actor_user_id,
        entity: row.entity.clone(),
        entity_id: row.entity_id,
        action: row.action.clone(),
        detail: row.detail.clone(),
        client_address: row.client_address.clone(),
        before: row.before_value.clone(),
        after: row.after_value.clone(),
        created_at: row.created_at,
    };
    canonical(&entry, seq)
}
