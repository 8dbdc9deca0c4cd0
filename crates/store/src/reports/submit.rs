//! Submitting a report: once, whatever the number of clicks. In one transaction: check the
//! report against the agreement, claim the transition with a conditional update, keep the
//! content as a new immutable version, record it in the audit trail. A refused submission
//! writes nothing.

use super::access::{self, Seen};
use super::context::Loaded;
use super::view::{view_of, ReportView};
use super::{kind_of, refused, state_of};
use crate::entities::{report, report_version};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::report::{check_report, ReportInput, ReportState};
use granty_domain::Rule;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

/// Submits the working copy as the next version: the first submission, or the corrected
/// report after the clerk asked for corrections. Repeating it returns the report as submitted.
pub async fn submit(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let seen = access::for_organisation(&txn, actor, id).await?;
    let state = state_of(&seen.row)?;
    if state == ReportState::Submitted {
        return view_of(&txn, seen).await;
    }
    let next = state.submit().map_err(|rule| refused("state", rule))?;
    if seen.row.misuse_recorded_on.is_some() {
        // The grant was found misused after the written call: the report came too late.
        return Err(refused("state", Rule::MisuseRecorded));
    }
    let loaded = Loaded::of(&txn, &seen.agreement).await?;
    let content: ReportInput = serde_json::from_str(&seen.row.content)?;
    let (_, problems) = check_report(&content, &loaded.ctx(kind_of(&seen.row)?, &seen.row));
    if !problems.is_empty() {
        return Err(StoreError::Invalid(problems));
    }
    let version_no = seen.row.version_no + 1;
    if !claim(&txn, &seen, next, version_no, now).await? {
        drop(txn);
        return after_lost_race(db, actor, id).await;
    }
    report_version::ActiveModel {
        report_id: Set(id),
        version_no: Set(version_no),
        content: Set(seen.row.content.clone()),
        submitted_at: Set(now),
        submitted_by: Set(actor.user_id),
        decision: Set(None),
        comments: Set("{}".to_string()),
        reviewed_by: Set(None),
        reviewed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let detail = serde_json::json!({ "version": version_no, "from": state.code() });
    audit::record(&txn, actor, "report", id, "submit", detail, now).await?;
    let mut seen = seen;
    seen.row.state = next.code().to_string();
    seen.row.version_no = version_no;
    seen.row.submitted_at = Some(now);
    seen.row.lock_version += 1;
    let mut view = view_of(&txn, seen).await?;
    txn.commit().await?;
    view.acted = true;
    Ok(view)
}

/// Moves the report to `next` only if nobody changed it since it was read, so a concurrent
/// second click (or a save in between) finds it changed. False when it lost the race.
async fn claim(
    txn: &sea_orm::DatabaseTransaction,
    seen: &Seen,
    next: ReportState,
    version_no: i32,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    use report::Column as C;
    let claimed = report::Entity::update_many()
        .col_expr(C::State, Expr::value(next.code()))
        .col_expr(C::VersionNo, Expr::value(version_no))
        .col_expr(C::SubmittedAt, Expr::value(Some(now)))
        .col_expr(C::LockVersion, Expr::value(seen.row.lock_version + 1))
        .col_expr(C::UpdatedAt, Expr::value(now))
        .filter(C::Id.eq(seen.row.id))
        .filter(C::State.eq(seen.row.state.clone()))
        .filter(C::LockVersion.eq(seen.row.lock_version))
        .exec(txn)
        .await?;
    Ok(claimed.rows_affected > 0)
}

/// The other request got there first: the report as it submitted it, or `Stale` if what
/// changed it was a save.
async fn after_lost_race(db: &Db, actor: &Actor, id: i64) -> StoreResult<ReportView> {
    let again = access::visible(&db.reader, actor, id).await?;
    if state_of(&again.row)? == ReportState::Submitted {
        view_of(&db.reader, again).await
    } else {
        Err(StoreError::Stale {
            current: again.row.lock_version,
        })
    }
}
