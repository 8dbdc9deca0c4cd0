//! Saving the working copy of a report, with optimistic concurrency: a save based on an older
//! version is refused as stale, so no one's text is silently overwritten.

use super::access;
use super::view::{view_of, ReportView};
use super::{refused, state_of};
use crate::entities::report;
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::report::{ReportInput, ReportState};
use granty_domain::Rule;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};

/// Saves `content` if `expected_version` is still current and the report is still the
/// organisation's to edit; returns the report as saved. The version is required (named after
/// the caller's access is settled); absent content leaves the content as it is.
pub async fn save_draft(
    db: &Db,
    actor: &Actor,
    id: i64,
    expected_version: Option<i32>,
    content: Option<ReportInput>,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let seen = access::for_organisation(&txn, actor, id).await?;
    let state = state_of(&seen.row)?;
    if !state.is_editable() {
        return Err(refused("state", Rule::ReportNotEditable));
    }
    let expected_version =
        expected_version.ok_or_else(|| refused("lock_version", Rule::Required))?;
    let content = match content {
        Some(content) => content,
        None => serde_json::from_str(&seen.row.content)?,
    };
    if seen.row.lock_version != expected_version {
        return Err(StoreError::Stale {
            current: seen.row.lock_version,
        });
    }
    let text = serde_json::to_string(&content)?;
    let editable = [ReportState::Draft.code(), ReportState::Corrections.code()];
    let updated = report::Entity::update_many()
        .col_expr(report::Column::Content, Expr::value(text.clone()))
        .col_expr(
            report::Column::LockVersion,
            Expr::value(expected_version + 1),
        )
        .col_expr(report::Column::UpdatedAt, Expr::value(now))
        .filter(report::Column::Id.eq(id))
        .filter(report::Column::LockVersion.eq(expected_version))
        .filter(report::Column::State.is_in(editable))
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(StoreError::Stale {
            current: expected_version + 1,
        });
    }
    let before: serde_json::Value = serde_json::from_str(&seen.row.content)?;
    let (was, is) = audit::differences(&before, &serde_json::to_value(&content)?);
    audit::record_change(&txn, actor, "report", id, "save_draft", was, is, now).await?;
    let mut seen = seen;
    seen.row.content = text;
    seen.row.lock_version = expected_version + 1;
    seen.row.updated_at = now;
    let view = view_of(&txn, seen).await?;
    txn.commit().await?;
    Ok(view)
}
