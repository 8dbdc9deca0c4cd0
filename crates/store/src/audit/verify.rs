//! Walks each tenant's chain and names the first entry whose link does not hold.

use super::chain::{canonical_of, link};
use crate::entities::{audit_event, tenant};
use crate::error::StoreResult;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::fmt;

/// What a walk found wrong, by the entry's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The entry's content no longer gives its stored hash.
    Changed { id: i64 },
    /// Entries numbered `from..=to` are missing; `before_id` is the entry after the gap, if any.
    Removed {
        from: i64,
        to: i64,
        before_id: Option<i64>,
    },
    /// The entry does not belong in the chain (no number, a repeated number, or no tenant).
    Inserted { id: i64 },
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Break::Changed { id } => write!(f, "entry {id} was changed"),
            Break::Removed {
                from,
                to,
                before_id: Some(id),
            } => write!(f, "entries {from}..={to} were removed before entry {id}"),
            Break::Removed { from, to, .. } => {
                write!(f, "entries {from}..={to} were removed from the end")
            }
            Break::Inserted { id } => write!(f, "entry {id} was inserted"),
        }
    }
}

/// One tenant's result: how many entries were checked and the first break, if any.
#[derive(Debug, Clone)]
pub struct TenantReport {
    pub tenant_id: i64,
    pub slug: String,
    pub entries: i64,
    pub first_break: Option<Break>,
}

/// Checks every tenant's chain and entries that belong to no tenant.
pub async fn verify_all(conn: &impl ConnectionTrait) -> StoreResult<Vec<TenantReport>> {
    let tenants = tenant::Entity::find()
        .order_by_asc(tenant::Column::Id)
        .all(conn)
        .await?;
    let mut reports = Vec::with_capacity(tenants.len());
    for found in &tenants {
        let rows = audit_event::Entity::find()
            .filter(audit_event::Column::TenantId.eq(found.id))
            .order_by_asc(audit_event::Column::Id)
            .all(conn)
            .await?;
        reports.push(TenantReport {
            tenant_id: found.id,
            slug: found.slug.clone(),
            entries: rows.len() as i64,
            first_break: walk(rows, found.audit_seq, found.audit_head.as_deref()),
        });
    }
    let known: Vec<i64> = tenants.iter().map(|t| t.id).collect();
    let stray = audit_event::Entity::find()
        .filter(
            Condition::any()
                .add(audit_event::Column::TenantId.is_null())
                .add(audit_event::Column::TenantId.is_not_in(known)),
        )
        .order_by_asc(audit_event::Column::Id)
        .one(conn)
        .await?;
    if let Some(row) = stray {
        reports.push(TenantReport {
            tenant_id: row.tenant_id.unwrap_or_default(),
            slug: "(no tenant)".into(),
            entries: 1,
            first_break: Some(Break::Inserted { id: row.id }),
        });
    }
    Ok(reports)
}

/// The first break in one tenant's entries, given the head its tenant row holds.
pub fn walk(
    mut rows: Vec<audit_event::Model>,
    head_seq: i64,
    head_hash: Option<&str>,
) -> Option<Break> {
    if head_seq == 0 {
        // The chain has not started: entries written before it are sealed when it does.
        return rows
            .iter()
            .find(|r| r.seq.is_some())
            .map(|r| Break::Inserted { id: r.id });
    }
    rows.sort_by_key(|r| (r.seq.unwrap_or(i64::MAX), r.id));
    let mut expected = 1;
    let mut previous: Option<String> = None;
    for row in &rows {
        let Some(seq) = row.seq else {
            return Some(Break::Inserted { id: row.id });
        };
        if seq < expected || seq > head_seq {
            return Some(Break::Inserted { id: row.id });
        }
        if seq > expected {
            return Some(Break::Removed {
                from: expected,
                to: seq - 1,
                before_id: Some(row.id),
            });
        }
        let hash = link(previous.as_deref(), &canonical_of(row, seq));
        if row.hash.as_deref() != Some(hash.as_str()) {
            return Some(Break::Changed { id: row.id });
        }
        previous = Some(hash);
        expected += 1;
    }
    if expected <= head_seq {
        return Some(Break::Removed {
            from: expected,
            to: head_seq,
            before_id: None,
        });
    }
    match (rows.last(), head_hash) {
        (Some(last), Some(head)) if previous.as_deref() != Some(head) => {
            Some(Break::Changed { id: last.id })
        }
        _ => None,
    }
}
