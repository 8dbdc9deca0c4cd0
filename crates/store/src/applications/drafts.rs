//! Starting a draft (empty, or a copy of an earlier offer of the same organisation), continuing
//! the one already started, and deleting a draft never submitted.

use super::access;
use crate::audit;
use crate::calls::{self, CallRecord};
use crate::entities::application;
use crate::error::{StoreError, StoreResult};
use crate::organisations;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{ApplicationAction, ApplicationState, TransitionError};
use granty_domain::call::NewDraftRefusal;
use granty_domain::offer::{compute_costs, OfferInput};
use granty_domain::roles::Role;
use granty_domain::{Rule, Violation, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

/// An NGO member starts a draft for one of their organisations, empty or copied from an earlier
/// offer of the same organisation.
pub async fn create_draft(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    organisation_id: i64,
    copy_from: Option<i64>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let start = Start {
        call_id,
        organisation_id,
        copy_from,
        reuse_draft: false,
    };
    Ok(start_draft(db, actor, start, now).await?.0)
}

/// The pages' "Start an offer": the organisation's draft in this call when it has one (a second
/// click, or a second tab, continues it), otherwise a new empty draft. `true` when it is new.
pub async fn start_or_continue(
    db: &Db,
    actor: &Actor,
    call_id: i64,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<(i64, bool)> {
    let start = Start {
        call_id,
        organisation_id,
        copy_from: None,
        reuse_draft: true,
    };
    start_draft(db, actor, start, now).await
}

struct Start {
    call_id: i64,
    organisation_id: i64,
    copy_from: Option<i64>,
    reuse_draft: bool,
}

async fn start_draft(
    db: &Db,
    actor: &Actor,
    start: Start,
    now: DateTime<Utc>,
) -> StoreResult<(i64, bool)> {
    actor.require(Role::Ngo)?;
    let txn = db.writer.begin().await?;
    let call = calls::visible(&txn, actor, start.call_id).await?;
    accepts_drafts(&call, now)?;
    check_organisation(&txn, actor, start.organisation_id).await?;
    if start.reuse_draft {
        // Two clicks at once: the second waits here for the first, then finds its draft.
        audit::hold_town(&txn, actor.tenant_id()).await?;
        if let Some(id) = existing_draft(&txn, call.id, start.organisation_id).await? {
            return Ok((id, false));
        }
    }
    let content = match start.copy_from {
        Some(source_id) => copied_content(&txn, actor, source_id).await?,
        None => OfferInput::default(),
    };
    let (organisation_id, copy_from) = (start.organisation_id, start.copy_from);
    let id = insert_draft(
        &txn,
        actor,
        &call,
        organisation_id,
        &content,
        copy_from,
        now,
    )
    .await?;
    let detail = serde_json::json!({ "copy_from": copy_from });
    audit::record(&txn, actor, "application", id, "create", detail, now).await?;
    txn.commit().await?;
    Ok((id, true))
}

/// The organisation's oldest unsubmitted draft in the call.
async fn existing_draft(
    conn: &impl ConnectionTrait,
    call_id: i64,
    organisation_id: i64,
) -> StoreResult<Option<i64>> {
    Ok(application::Entity::find()
        .filter(application::Column::CallId.eq(call_id))
        .filter(application::Column::OrganisationId.eq(organisation_id))
        .filter(application::Column::State.eq(ApplicationState::Draft.code()))
        .order_by_asc(application::Column::Id)
        .one(conn)
        .await?
        .map(|a| a.id))
}

/// Deletes a draft that was never submitted, with what it held in the audit trail. Its
/// attachments' rows go with it; their files are left to the sweep of unreferenced objects.
pub async fn delete_draft(db: &Db, actor: &Actor, id: i64, now: DateTime<Utc>) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let seen = access::as_applicant(&txn, actor, id).await?;
    if seen.record.state != ApplicationState::Draft || seen.record.current_version_no > 0 {
        return Err(StoreError::Transition(TransitionError::NotAllowed {
            action: ApplicationAction::SaveDraft,
            state: seen.record.state,
        }));
    }
    let was = serde_json::json!({
        "state": seen.record.state.code(),
        "title": seen.record.content.title,
        "organisation_id": seen.record.organisation_id,
    });
    application::Entity::delete_by_id(id).exec(&txn).await?;
    let is = serde_json::Value::Null;
    audit::record_change(&txn, actor, "application", id, "delete", was, is, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The domain says in which phases a call takes new drafts; to applicants an unannounced call
/// does not exist.
fn accepts_drafts(call: &CallRecord, now: DateTime<Utc>) -> StoreResult<()> {
    call.phase(now)
        .check_new_draft()
        .map_err(|refusal| match refusal {
            NewDraftRefusal::DeadlinePassed => {
                StoreError::Transition(TransitionError::DeadlinePassed {
                    deadline: call.terms.deadline,
                })
            }
            NewDraftRefusal::NotAnnounced => StoreError::NotFound,
        })
}

fn unknown(field: &str) -> StoreError {
    StoreError::Invalid(Violations(vec![Violation::new(
        field,
        Rule::UnknownReference,
    )]))
}

/// The caller acts for the organisation, in this town.
async fn check_organisation(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    organisation_id: i64,
) -> StoreResult<()> {
    let member = organisations::is_member(conn, actor, organisation_id).await?;
    let in_town = organisations::in_tenant(conn, actor.tenant_id(), organisation_id).await?;
    if member && in_town.is_some() {
        Ok(())
    } else {
        Err(unknown("organisation_id"))
    }
}

/// The working copy of an earlier offer the caller's organisation filed itself.
async fn copied_content(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    source_id: i64,
) -> StoreResult<OfferInput> {
    match access::visible(conn, actor, source_id).await {
        Ok(source) if source.is_applicant_member => Ok(source.record.content),
        _ => Err(unknown("copy_from")),
    }
}

async fn insert_draft(
    txn: &DatabaseTransaction,
    actor: &Actor,
    call: &CallRecord,
    organisation_id: i64,
    content: &OfferInput,
    copy_from: Option<i64>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let (summary, _) = compute_costs(content, call.terms.budget.currency);
    let saved = application::ActiveModel {
        tenant_id: Set(actor.tenant_id()),
        call_id: Set(call.id),
        organisation_id: Set(organisation_id),
        state: Set(ApplicationState::Draft.code().to_string()),
        content: Set(serde_json::to_string(content)?),
        requested_grant_minor: Set(summary.requested_grant.minor),
        total_costs_minor: Set(summary.total_costs.minor),
        lock_version: Set(1),
        current_version_no: Set(0),
        receipt_number: Set(None),
        submitted_at: Set(None),
        correction_due_at: Set(None),
        withdrawn_at: Set(None),
        copied_from_id: Set(copy_from),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(saved.id)
}
