//! The updated estimate ("aktualizacja") of an offer awarded less than it asked. The applicant
//! files it (a new immutable version of kind `update`, checked by the offer's rules and the
//! update's own) or withdraws from the award; the clerk accepts it, and only then is the award
//! final, or returns it with a comment. Each step is audited and emailed.

use super::notify::{notify_applicant, notify_clerks};
use super::result_of;
use super::views::{award_view, AwardView};
use crate::applications::access::{self, Seen};
use crate::applications::{attachment_codes, offer_context};
use crate::audit;
use crate::entities::{application, application_version, award, award_update_review};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use granty_domain::offer::{check_offer, compute_costs, OfferInput};
use granty_domain::results::{check_update, AwardDecision, UpdateState};
use granty_domain::{Money, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

/// The award of a published result and the offer it belongs to.
struct Awarded {
    seen: Seen,
    award: award::Model,
}

/// Loads the offer's award, which must stand at one of `expected` update states. Before the
/// results are published, or without an award, there is nothing to update (422, like any other
/// step out of turn: the applicant knows its own offer exists).
async fn awarded(
    txn: &DatabaseTransaction,
    seen: Seen,
    expected: &[UpdateState],
) -> StoreResult<Awarded> {
    let out_of_turn = || {
        let mut v = Violations::new();
        v.push("update_state", Rule::UpdateNotExpected);
        StoreError::Invalid(v)
    };
    let published = result_of(txn, seen.call.id)
        .await?
        .and_then(|r| r.published_at);
    let award = match published {
        Some(_) => award::Entity::find()
            .filter(award::Column::ApplicationId.eq(seen.record.id))
            .one(txn)
            .await?
            .ok_or_else(out_of_turn)?,
        None => return Err(out_of_turn()),
    };
    let chosen = AwardDecision::parse(&award.decision) == Some(AwardDecision::Awarded);
    let state = UpdateState::parse(&award.update_state);
    if !chosen || !state.is_some_and(|s| expected.contains(&s)) {
        return Err(out_of_turn());
    }
    Ok(Awarded { seen, award })
}

/// Files the updated estimate: `content` when given (the API's body), else the working copy the
/// editor saved.
pub async fn submit_update(
    db: &Db,
    actor: &Actor,
    id: i64,
    content: Option<OfferInput>,
    now: DateTime<Utc>,
) -> StoreResult<AwardView> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    let found = awarded(&txn, seen, &[UpdateState::Awaiting]).await?;
    let content = content.unwrap_or_else(|| found.seen.record.content.clone());
    let summary = check(&txn, actor, &found, &content).await?;
    let version_no = freeze(&txn, actor, &found, &content, &summary, now).await?;
    let saved = move_award(
        &txn,
        &found.award,
        UpdateState::Submitted,
        Some(version_no),
        now,
    )
    .await?;
    audit_award(&txn, actor, &found.award, &saved, "update_submit", now).await?;
    let event = filed_event(&found, false);
    notify_clerks(&txn, &application_model(&txn, id).await?, &event, now).await?;
    let view = award_view(&txn, saved).await?;
    txn.commit().await?;
    Ok(view)
}

/// The offer's rules (as at submission) and the update's own against the filed version.
async fn check(
    txn: &DatabaseTransaction,
    actor: &Actor,
    found: &Awarded,
    content: &OfferInput,
) -> StoreResult<granty_domain::offer::CostSummary> {
    let seen = &found.seen;
    let codes = attachment_codes(txn, seen.record.id).await?;
    let ctx = offer_context(&seen.call, &seen.applicant, &actor.tenant.rules, codes);
    let (summary, mut violations) = check_offer(content, &ctx);
    let filed = filed_content(txn, seen.record.id).await?;
    let currency = seen.call.terms.budget.currency;
    let filed_summary = compute_costs(&filed, currency).0;
    let award = Money::new(found.award.amount_minor, currency);
    violations.extend(check_update(
        (&filed, &filed_summary),
        (content, &summary),
        award,
    ));
    violations.into_result(summary).map_err(StoreError::Invalid)
}

/// The version the committee judged: the latest submission or correction.
async fn filed_content(txn: &DatabaseTransaction, application_id: i64) -> StoreResult<OfferInput> {
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(application_id))
        .filter(application_version::Column::Kind.ne("update"))
        .order_by_desc(application_version::Column::VersionNo)
        .one(txn)
        .await?
        .ok_or_else(|| {
            StoreError::Corrupt(format!("offer {application_id} has no filed version"))
        })?;
    Ok(serde_json::from_str(&version.content)?)
}

/// Stores the update as a new immutable version and makes it the working copy.
async fn freeze(
    txn: &DatabaseTransaction,
    actor: &Actor,
    found: &Awarded,
    content: &OfferInput,
    summary: &granty_domain::offer::CostSummary,
    now: DateTime<Utc>,
) -> StoreResult<i32> {
    let record = &found.seen.record;
    let version_no = record.current_version_no + 1;
    let text = serde_json::to_string(content)?;
    let receipt = record.receipt_number.clone().unwrap_or_default();
    application_version::ActiveModel {
        application_id: Set(record.id),
        version_no: Set(version_no),
        kind: Set("update".to_string()),
        content_sha256: Set(hex::encode(Sha256::digest(text.as_bytes()))),
        content: Set(text.clone()),
        summary: Set(serde_json::to_string(summary)?),
        partners: Set(serde_json::to_string(&Vec::<i64>::new())?),
        receipt_number: Set(format!("{receipt}-A{version_no}")),
        submitted_at: Set(now),
        submitted_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    application::ActiveModel {
        id: Set(record.id),
        content: Set(text),
        current_version_no: Set(version_no),
        lock_version: Set(record.version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(version_no)
}

async fn move_award(
    txn: &DatabaseTransaction,
    award: &award::Model,
    next: UpdateState,
    version_no: Option<i32>,
    now: DateTime<Utc>,
) -> StoreResult<award::Model> {
    let mut row = award::ActiveModel::from(award.clone());
    row.update_state = Set(next.code().to_string());
    if version_no.is_some() {
        row.update_version_no = Set(version_no);
    }
    row.lock_version = Set(award.lock_version + 1);
    row.updated_at = Set(now);
    Ok(row.update(txn).await?)
}

async fn audit_award(
    txn: &DatabaseTransaction,
    actor: &Actor,
    before: &award::Model,
    after: &award::Model,
    action: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let (was, is) = audit::row_changes(before, after)?;
    audit::record_change(
        txn,
        actor,
        "application",
        before.application_id,
        action,
        was,
        is,
        now,
    )
    .await
}

async fn application_model(txn: &DatabaseTransaction, id: i64) -> StoreResult<application::Model> {
    application::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)
}

fn filed_event(found: &Awarded, withdrawn: bool) -> Event {
    Event::AwardUpdateFiled {
        call_title: found.seen.call.terms.title.clone(),
        application_title: found.seen.record.content.title.clone(),
        organisation_name: found.seen.applicant.name.clone(),
        withdrawn,
    }
}

/// The applicant gives up the award instead of updating (before the clerk accepted an update).
pub async fn withdraw_update(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AwardView> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    let expected = [UpdateState::Awaiting, UpdateState::Submitted];
    let found = awarded(&txn, seen, &expected).await?;
    let saved = move_award(&txn, &found.award, UpdateState::Withdrawn, None, now).await?;
    audit_award(&txn, actor, &found.award, &saved, "update_withdraw", now).await?;
    let event = filed_event(&found, true);
    notify_clerks(&txn, &application_model(&txn, id).await?, &event, now).await?;
    let view = award_view(&txn, saved).await?;
    txn.commit().await?;
    Ok(view)
}

/// The clerk accepts the filed update: the award is final.
pub async fn accept_update(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AwardView> {
    review(db, actor, id, None, now).await
}

/// The clerk returns the filed update with a comment; the applicant files again.
pub async fn return_update(
    db: &Db,
    actor: &Actor,
    id: i64,
    comment: &str,
    now: DateTime<Utc>,
) -> StoreResult<AwardView> {
    review(db, actor, id, Some(comment), now).await
}

/// The clerk's comment on a returned update, checked once the caller was let in.
fn checked_comment(comment: Option<&str>) -> StoreResult<Option<String>> {
    let Some(comment) = comment else {
        return Ok(None);
    };
    let mut v = Violations::new();
    let comment = v.text("comment", comment, 5000);
    v.into_result(Some(comment)).map_err(StoreError::Invalid)
}

/// Accepts (`comment` none) or returns the filed update.
async fn review(
    db: &Db,
    actor: &Actor,
    id: i64,
    comment: Option<&str>,
    now: DateTime<Utc>,
) -> StoreResult<AwardView> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let seen = access::visible(&txn, actor, id).await?;
    let comment = checked_comment(comment)?;
    let found = awarded(&txn, seen, &[UpdateState::Submitted]).await?;
    let accepted = comment.is_none();
    let (next, outcome, action) = match accepted {
        true => (UpdateState::Accepted, "accepted", "update_accept"),
        false => (UpdateState::Awaiting, "returned", "update_return"),
    };
    let comment = comment.unwrap_or_default();
    award_update_review::ActiveModel {
        award_id: Set(found.award.id),
        version_no: Set(found.award.update_version_no.unwrap_or_default()),
        outcome: Set(outcome.to_string()),
        comment: Set(comment.clone()),
        reviewed_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let saved = move_award(&txn, &found.award, next, None, now).await?;
    audit_award(&txn, actor, &found.award, &saved, action, now).await?;
    let event = Event::AwardUpdateReviewed {
        call_title: found.seen.call.terms.title.clone(),
        application_title: found.seen.record.content.title.clone(),
        accepted,
        comment,
    };
    notify_applicant(&txn, &application_model(&txn, id).await?, &event, now).await?;
    let view = award_view(&txn, saved).await?;
    txn.commit().await?;
    Ok(view)
}

/// Whether the applicant may edit the working copy of a formally accepted offer to prepare its
/// updated estimate: the results are published and the award awaits the update. The editor's
/// saves (and the API's) use this beside the offer's own transitions.
pub(crate) async fn update_open(
    conn: &impl sea_orm::ConnectionTrait,
    call_id: i64,
    application_id: i64,
) -> StoreResult<bool> {
    if result_of(conn, call_id)
        .await?
        .and_then(|r| r.published_at)
        .is_none()
    {
        return Ok(false);
    }
    Ok(award::Entity::find()
        .filter(award::Column::ApplicationId.eq(application_id))
        .filter(award::Column::Decision.eq(AwardDecision::Awarded.code()))
        .filter(award::Column::UpdateState.eq(UpdateState::Awaiting.code()))
        .one(conn)
        .await?
        .is_some())
}
