//! The executive's decision as the clerk records it (who decided, the act, its date), and the
//! publication of the results: the call moves to `results_published`, the three channel days are
//! kept (art. 15 ust. 2j; BIP and the notice board may be filled in later), and every applicant
//! hears its result in its language.

use super::notify::notify_results;
use super::{awards_of, is_state, result_of, staff_call, submitted_offers};
use crate::audit;
use crate::calls::CallRecord;
use crate::entities::{call, call_result};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::call::{apply_call_action, CallAction, CallError, CallState, Publication};
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set, TransactionTrait};
use std::collections::BTreeSet;

/// Who decided, by which act, on which day.
#[derive(Debug, Clone, serde::Deserialize, utoipa::ToSchema)]
pub struct DecisionInput {
    pub decided_by_name: String,
    #[serde(default)]
    pub decision_reference: String,
    pub decided_on: NaiveDate,
}

impl DecisionInput {
    fn checked(&self, today: NaiveDate) -> Result<DecisionInput, Violations> {
        let mut v = Violations::new();
        let decided_by_name = v.text("decided_by_name", &self.decided_by_name, 300);
        let decision_reference =
            v.optional_text("decision_reference", &self.decision_reference, 300);
        if self.decided_on > today {
            v.push("decided_on", Rule::PublicationDateInFuture);
        }
        v.into_result(DecisionInput {
            decided_by_name,
            decision_reference,
            decided_on: self.decided_on,
        })
    }
}

/// Records (or, before publication, corrects) the executive's decision on a call under
/// evaluation.
pub async fn record_decision(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    input: DecisionInput,
    now: DateTime<Utc>,
) -> StoreResult<call_result::Model> {
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let txn = db.writer.begin().await?;
    // Who asks comes first: a caller who may not know the call learns nothing from its input.
    let call = staff_call(&txn, actor, call_id).await?;
    let input = input.checked(today).map_err(StoreError::Invalid)?;
    if call.state != CallState::InEvaluation {
        return Err(not_allowed("record_decision", &call, now));
    }
    let before = result_of(&txn, call_id).await?;
    let saved = save_decision(&txn, actor, call_id, before.clone(), input, now).await?;
    let was = serde_json::to_value(&before)?;
    let is = serde_json::to_value(&saved)?;
    audit::record_change(
        &txn,
        actor,
        "call",
        call_id,
        "record_decision",
        was,
        is,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

/// Inserts the decision, or overwrites the one recorded before publication.
async fn save_decision(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call_id: i64,
    before: Option<call_result::Model>,
    input: DecisionInput,
    now: DateTime<Utc>,
) -> StoreResult<call_result::Model> {
    let mut row = match &before {
        Some(existing) => call_result::ActiveModel::from(existing.clone()),
        None => call_result::ActiveModel {
            call_id: Set(call_id),
            created_at: Set(now),
            ..Default::default()
        },
    };
    row.decided_by_name = Set(input.decided_by_name);
    row.decision_reference = Set(input.decision_reference);
    row.decided_on = Set(input.decided_on);
    row.recorded_by = Set(actor.user_id);
    row.updated_at = Set(now);
    Ok(match before {
        Some(_) => row.update(txn).await?,
        None => row.insert(txn).await?,
    })
}

fn not_allowed(action: &'static str, call: &CallRecord, now: DateTime<Utc>) -> StoreError {
    StoreError::Call(CallError::NotAllowed {
        action,
        phase: call.phase(now),
    })
}

/// Publishes the results: needs the decision and an award row for every formally accepted
/// offer. The website's day defaults to today (Granty's public page shows them at once).
pub async fn publish_results(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    days: Publication,
    now: DateTime<Utc>,
) -> StoreResult<call_result::Model> {
    let txn = db.writer.begin().await?;
    let call = staff_call(&txn, actor, call_id).await?;
    let days = checked_days(days, actor, now)?;
    let next = apply_call_action(
        call.state,
        &call.terms,
        &CallAction::PublishResults,
        now,
        &actor.tenant,
    )
    .map_err(StoreError::Call)?;
    let result = result_of(&txn, call_id).await?;
    let result = result.ok_or_else(|| invalid("decision", Rule::DecisionMissing))?;
    check_every_offer_decided(&txn, call_id).await?;
    move_call(&txn, actor, &call, next, now).await?;
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let saved = stamp_publication(&txn, &result, days.at_publishing(today), now).await?;
    let (was, is) = audit::row_changes(&result, &saved)?;
    audit::record_change(
        &txn,
        actor,
        "call",
        call_id,
        "publish_results",
        was,
        is,
        now,
    )
    .await?;
    notify_results(&txn, &call, now).await?;
    txn.commit().await?;
    Ok(saved)
}

fn invalid(field: &str, rule: Rule) -> StoreError {
    let mut v = Violations::new();
    v.push(field, rule);
    StoreError::Invalid(v)
}

/// Every formally accepted offer has its award decision (chosen or not).
async fn check_every_offer_decided(txn: &DatabaseTransaction, call_id: i64) -> StoreResult<()> {
    let decided: BTreeSet<i64> = awards_of(txn, call_id)
        .await?
        .iter()
        .map(|a| a.application_id)
        .collect();
    let missing = submitted_offers(txn, call_id)
        .await?
        .iter()
        .filter(|o| is_state(o, ApplicationState::FormallyAccepted))
        .filter(|o| !decided.contains(&o.id))
        .count();
    if missing > 0 {
        return Err(invalid("awards", Rule::AwardsMissing { count: missing }));
    }
    if decided.is_empty() {
        return Err(invalid("awards", Rule::NothingToPublish));
    }
    Ok(())
}

async fn move_call(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call: &CallRecord,
    next: CallState,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    call::ActiveModel {
        id: Set(call.id),
        state: Set(next.code().to_string()),
        lock_version: Set(call.version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    let was = serde_json::json!({ "state": call.state.code() });
    let is = serde_json::json!({ "state": next.code() });
    audit::record_change(txn, actor, "call", call.id, "publish_results", was, is, now).await
}

async fn stamp_publication(
    txn: &DatabaseTransaction,
    result: &call_result::Model,
    days: Publication,
    now: DateTime<Utc>,
) -> StoreResult<call_result::Model> {
    let mut row = call_result::ActiveModel::from(result.clone());
    row.published_at = Set(Some(now));
    set_channels(&mut row, &days);
    row.updated_at = Set(now);
    Ok(row.update(txn).await?)
}

/// The channel days as checked against the town's today; judged after the caller, so a caller
/// who may not know the call learns nothing from its input.
fn checked_days(days: Publication, actor: &Actor, now: DateTime<Utc>) -> StoreResult<Publication> {
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    days.check(today)
        .into_result(days)
        .map_err(StoreError::Invalid)
}

fn set_channels(row: &mut call_result::ActiveModel, days: &Publication) {
    row.published_bip_on = Set(days.bip_on);
    row.published_notice_board_on = Set(days.notice_board_on);
    row.published_website_on = Set(days.website_on);
}

/// Records the days the results appeared in BIP, on the notice board or on the website, after
/// publishing; days given replace recorded ones, days left out stay.
pub async fn record_channels(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    days: Publication,
    now: DateTime<Utc>,
) -> StoreResult<call_result::Model> {
    let txn = db.writer.begin().await?;
    let call = staff_call(&txn, actor, call_id).await?;
    let days = checked_days(days, actor, now)?;
    let result = result_of(&txn, call_id)
        .await?
        .filter(|r| r.published_at.is_some())
        .ok_or_else(|| not_allowed("record_result_channels", &call, now))?;
    let recorded = Publication {
        bip_on: result.published_bip_on,
        notice_board_on: result.published_notice_board_on,
        website_on: result.published_website_on,
    };
    let mut row = call_result::ActiveModel::from(result.clone());
    set_channels(&mut row, &recorded.merged(days));
    row.updated_at = Set(now);
    let saved = row.update(&txn).await?;
    let (was, is) = audit::row_changes(&result, &saved)?;
    audit::record_change(
        &txn,
        actor,
        "call",
        call_id,
        "record_result_channels",
        was,
        is,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}
