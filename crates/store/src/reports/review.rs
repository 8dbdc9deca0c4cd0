//! The clerk's review of a submitted report (art. 18): accept it, ask for corrections with a
//! comment per field path (the organisation edits and resubmits), or reject it with a reason.
//! One transaction: the decision is claimed with a conditional update so a double click acts
//! once, the version records the decision, comments, reviewer and time, the organisation is told
//! in its members' languages, and accepting the final report ends the task and decides the
//! returns (`settlement::decide_returns`).

use super::access::{self, Seen};
use super::notify::{notify_review, Reviewed};
use super::view::{view_of, ReportView};
use super::{kind_of, refused, state_of};
use crate::agreements::AgreementRole;
use crate::entities::{report, report_version};
use crate::error::{StoreError, StoreResult};
use crate::{audit, settlement, Actor, Db};
use chrono::{DateTime, Days, NaiveDate, Utc};
use granty_domain::report::{ReportKind, ReportState, ReviewDecision};
use granty_domain::{Rule, Violations};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, TransactionTrait};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The longest field path and comment kept, and the most comments on one version.
const MAX_PATH: usize = 200;
const MAX_COMMENT: usize = 4000;
const MAX_COMMENTS: usize = 500;

/// The clerk's decision as sent.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReviewForm {
    pub decision: Option<ReviewDecision>,
    /// Comments by field path (`costs[2].year_values`, `sources.grant`, `results_description`);
    /// at least one when asking for corrections. Blank comments are dropped.
    pub comments: BTreeMap<String, String>,
    /// Why the report is rejected (required for a rejection).
    pub reason: String,
}

/// The decision once checked: the comments kept on the version (a rejection's reason under
/// the key `reason`).
struct Checked {
    decision: ReviewDecision,
    comments: BTreeMap<String, String>,
}

fn checked(form: ReviewForm) -> StoreResult<Checked> {
    let mut v = Violations::new();
    let Some(decision) = form.decision else {
        v.push("decision", Rule::Required);
        return Err(StoreError::Invalid(v));
    };
    let mut comments = BTreeMap::new();
    for (path, text) in form.comments {
        let (path, text) = (path.trim().to_string(), text.trim().to_string());
        if text.is_empty() {
            continue;
        }
        if path.is_empty() || path.chars().count() > MAX_PATH {
            v.push("comments", Rule::TooLong { max: MAX_PATH });
        }
        let text = v.optional_text(&format!("comments.{path}"), &text, MAX_COMMENT);
        comments.insert(path, text);
    }
    if comments.len() > MAX_COMMENTS {
        v.push("comments", Rule::TooManyItems { max: MAX_COMMENTS });
    }
    match decision {
        ReviewDecision::Corrections if comments.is_empty() => v.push("comments", Rule::Required),
        ReviewDecision::Reject => {
            let reason = v.text("reason", &form.reason, MAX_COMMENT);
            comments.insert("reason".to_string(), reason);
        }
        _ => {}
    }
    v.into_result(Checked { decision, comments })
        .map_err(StoreError::Invalid)
}

/// Records the clerk's decision on the report's last submitted version. A repeat of the same
/// decision finds it taken and returns the report (`acted` false); any other decision on a
/// decided report is refused.
pub async fn review(
    db: &Db,
    actor: &Actor,
    id: i64,
    form: ReviewForm,
    now: DateTime<Utc>,
) -> StoreResult<ReportView> {
    let txn = db.writer.begin().await?;
    let seen = access::visible(&txn, actor, id).await?;
    if seen.role != AgreementRole::Staff {
        return Err(StoreError::Forbidden);
    }
    let form = checked(form)?;
    let state = state_of(&seen.row)?;
    if state != ReportState::Submitted && state == form.decision.state() {
        return view_of(&txn, seen).await;
    }
    let next = state
        .review(form.decision)
        .map_err(|rule| refused("state", rule))?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let correct_by = correction_due(&txn, &seen, form.decision, today).await?;
    if !claim(&txn, &seen, next, correct_by, now).await? {
        drop(txn);
        return super::get(db, actor, id).await;
    }
    record_decision(&txn, actor, &seen, &form, now).await?;
    let mut seen = seen;
    if form.decision == ReviewDecision::Accept && kind_of(&seen.row)? == ReportKind::Final {
        seen.agreement = accept_final(&txn, actor, &seen, today, now).await?;
    }
    let what = Reviewed {
        decision: form.decision,
        comments: &form.comments,
        correct_by,
    };
    notify_review(&txn, &seen, &what, now).await?;
    seen.row.state = next.code().to_string();
    seen.row.lock_version += 1;
    seen.row.correction_due_on = correct_by;
    let mut view = view_of(&txn, seen).await?;
    txn.commit().await?;
    view.acted = true;
    Ok(view)
}

/// Corrections are due the town's `correction_days` after the request.
async fn correction_due(
    txn: &DatabaseTransaction,
    seen: &Seen,
    decision: ReviewDecision,
    today: NaiveDate,
) -> StoreResult<Option<NaiveDate>> {
    if decision != ReviewDecision::Corrections {
        return Ok(None);
    }
    let town = settlement::settings::of_tenant(txn, seen.row.tenant_id).await?;
    Ok(today.checked_add_days(Days::new(u64::from(town.correction_days))))
}

/// Moves the report from submitted to `next` only if nobody changed it since it was read.
async fn claim(
    txn: &DatabaseTransaction,
    seen: &Seen,
    next: ReportState,
    correct_by: Option<NaiveDate>,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    use report::Column as C;
    let claimed = report::Entity::update_many()
        .col_expr(C::State, Expr::value(next.code()))
        .col_expr(C::CorrectionDueOn, Expr::value(correct_by))
        .col_expr(C::LockVersion, Expr::value(seen.row.lock_version + 1))
        .col_expr(C::UpdatedAt, Expr::value(now))
        .filter(C::Id.eq(seen.row.id))
        .filter(C::State.eq(ReportState::Submitted.code()))
        .filter(C::LockVersion.eq(seen.row.lock_version))
        .exec(txn)
        .await?;
    Ok(claimed.rows_affected > 0)
}

/// The decision, comments, reviewer and time on the version under review, and the audit entry.
async fn record_decision(
    txn: &DatabaseTransaction,
    actor: &Actor,
    seen: &Seen,
    form: &Checked,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    use report_version::Column as C;
    let comments = serde_json::to_string(&form.comments)?;
    report_version::Entity::update_many()
        .col_expr(C::Decision, Expr::value(Some(form.decision.code())))
        .col_expr(C::Comments, Expr::value(comments))
        .col_expr(C::ReviewedBy, Expr::value(Some(actor.user_id)))
        .col_expr(C::ReviewedAt, Expr::value(Some(now)))
        .col_expr(C::UpdatedAt, Expr::value(now))
        .filter(C::ReportId.eq(seen.row.id))
        .filter(C::VersionNo.eq(seen.row.version_no))
        .exec(txn)
        .await?;
    let detail = serde_json::json!({
        "version": seen.row.version_no,
        "decision": form.decision.code(),
        "comments": form.comments,
    });
    audit::record(txn, actor, "report", seen.row.id, "review", detail, now).await
}

/// The final report accepted: the task is over (realisation → reporting), the settlement's
/// returns are decided as of today, and an agreement with nothing to return is settled.
async fn accept_final(
    txn: &DatabaseTransaction,
    actor: &Actor,
    seen: &Seen,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> StoreResult<crate::entities::agreement::Model> {
    let row = crate::agreements::reporting_in(txn, actor, &seen.agreement, now).await?;
    let actuals = super::actuals::of_report(txn, seen).await?;
    let settled = settlement::settlement_of(txn, &row, &actuals, today).await?;
    settlement::decide_returns(txn, row.id, seen.row.id, &settled, actor, now).await?;
    settlement::settle_if_paid(txn, actor, &row, now).await?;
    Ok(row)
}
