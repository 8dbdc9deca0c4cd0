//! Calls for offers: created and published by clerks, read by everyone per their role.

mod transition;

pub(crate) use transition::transition_in;
pub use transition::{record_publication, transition};

use crate::accounts::{tenant_by_slug, Actor};
use crate::audit;
use crate::entities::call;
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::call::{
    apply_call_action, CallAction, CallInput, CallPhase, CallState, CallTerms, Commissioning,
    DateWindow, OwnContributionRule, Publication,
};
use granty_domain::tenant::Tenant;
use granty_domain::{Money, Percent};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

/// A stored call with its terms parsed back into domain types.
#[derive(Debug, Clone)]
pub struct CallRecord {
    pub id: i64,
    pub tenant_id: i64,
    pub state: CallState,
    pub terms: CallTerms,
    pub published_at: Option<DateTime<Utc>>,
    /// The day the announcement appeared in each channel of art. 13 ust. 3.
    pub publication: Publication,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub cancel_reason: Option<String>,
    pub cloned_from_id: Option<i64>,
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl CallRecord {
    pub fn phase(&self, now: DateTime<Utc>) -> CallPhase {
        CallPhase::at(self.state, self.terms.opens_at, self.terms.deadline, now)
    }
}

pub(crate) fn record_from_model(m: call::Model) -> StoreResult<CallRecord> {
    let terms = terms_from_model(&m)?;
    Ok(CallRecord {
        id: m.id,
        tenant_id: m.tenant_id,
        state: CallState::parse(&m.state)
            .ok_or_else(|| StoreError::Corrupt(format!("call state {}", m.state)))?,
        terms,
        published_at: m.published_at,
        publication: Publication {
            bip_on: m.published_bip_on,
            notice_board_on: m.published_notice_board_on,
            website_on: m.published_website_on,
        },
        cancelled_at: m.cancelled_at,
        cancel_reason: m.cancel_reason,
        cloned_from_id: m.cloned_from_id,
        version: m.lock_version,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

fn terms_from_model(m: &call::Model) -> StoreResult<CallTerms> {
    let currency = m
        .currency
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("currency {}", m.currency)))?;
    let money = |minor| Money::new(minor, currency);
    let commissioning = Commissioning::parse(&m.commissioning)
        .ok_or_else(|| StoreError::Corrupt(format!("commissioning {}", m.commissioning)))?;
    Ok(CallTerms {
        title: m.title.clone(),
        task_area: m.task_area.clone(),
        description: m.description.clone(),
        commissioning,
        budget: money(m.budget_minor),
        min_grant: money(m.min_grant_minor),
        max_grant: money(m.max_grant_minor),
        own_contribution: OwnContributionRule {
            min_total: Percent::from_basis_points(m.min_own_total_bp),
            min_financial: Percent::from_basis_points(m.min_own_financial_bp),
            min_non_financial: Percent::from_basis_points(m.min_own_non_financial_bp),
        },
        admin_cost_cap: m.admin_cost_cap_bp.map(Percent::from_basis_points),
        opens_at: m.opens_at,
        deadline: m.deadline,
        realisation: DateWindow {
            start: m.realisation_start,
            end: m.realisation_end,
        },
        criteria: serde_json::from_str(&m.criteria)?,
        required_attachments: serde_json::from_str(&m.required_attachments)?,
        correction_days: u32::try_from(m.correction_days)
            .unwrap_or(granty_domain::call::DEFAULT_CORRECTION_DAYS),
        formal_check_days: u32::try_from(m.formal_check_days)
            .unwrap_or(granty_domain::call::DEFAULT_FORMAL_CHECK_DAYS),
        grant_part_per_line: m.grant_part_per_line,
    })
}

fn apply_terms(model: &mut call::ActiveModel, t: &CallTerms) -> StoreResult<()> {
    model.title = Set(t.title.clone());
    model.task_area = Set(t.task_area.clone());
    model.description = Set(t.description.clone());
    model.commissioning = Set(t.commissioning.code().to_string());
    model.currency = Set(t.budget.currency.code().to_string());
    model.budget_minor = Set(t.budget.minor);
    model.min_grant_minor = Set(t.min_grant.minor);
    model.max_grant_minor = Set(t.max_grant.minor);
    model.min_own_total_bp = Set(t.own_contribution.min_total.basis_points());
    model.min_own_financial_bp = Set(t.own_contribution.min_financial.basis_points());
    model.min_own_non_financial_bp = Set(t.own_contribution.min_non_financial.basis_points());
    model.admin_cost_cap_bp = Set(t.admin_cost_cap.map(|p| p.basis_points()));
    model.opens_at = Set(t.opens_at);
    model.deadline = Set(t.deadline);
    model.realisation_start = Set(t.realisation.start);
    model.realisation_end = Set(t.realisation.end);
    model.criteria = Set(serde_json::to_string(&t.criteria)?);
    model.required_attachments = Set(serde_json::to_string(&t.required_attachments)?);
    model.correction_days = Set(i32::try_from(t.correction_days).unwrap_or(i32::MAX));
    model.formal_check_days = Set(i32::try_from(t.formal_check_days).unwrap_or(i32::MAX));
    model.grant_part_per_line = Set(t.grant_part_per_line);
    Ok(())
}

/// A clerk creates a call in draft, optionally as a clone of an earlier one.
pub async fn create(
    db: &Db,
    actor: &Actor,
    input: &CallInput,
    cloned_from_id: Option<i64>,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    actor.require_staff()?;
    let terms = CallTerms::parse(input, actor.tenant.currency, actor.tenant.time_zone)
        .map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    let mut model = call::ActiveModel {
        tenant_id: Set(actor.tenant_id()),
        state: Set(CallState::Draft.code().to_string()),
        published_at: Set(None),
        published_bip_on: Set(None),
        published_notice_board_on: Set(None),
        published_website_on: Set(None),
        cancelled_at: Set(None),
        cancel_reason: Set(None),
        cloned_from_id: Set(cloned_from_id),
        receipt_sequence: Set(0),
        lock_version: Set(1),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply_terms(&mut model, &terms)?;
    let saved = model.insert(&txn).await?;
    audit::record(
        &txn,
        actor,
        "call",
        saved.id,
        "create",
        serde_json::json!({ "cloned_from": cloned_from_id }),
        now,
    )
    .await?;
    txn.commit().await?;
    record_from_model(saved)
}

/// The terms of an existing call as an input, to prefill a clone.
pub async fn clone_input(db: &Db, actor: &Actor, source_id: i64) -> StoreResult<CallInput> {
    actor.require_staff()?;
    let source = get(db, actor, source_id).await?;
    Ok(CallInput::from_terms(&source.terms))
}

/// Loads a call the caller may see: staff see every call of the tenant, others published ones.
pub(crate) async fn visible(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<CallRecord> {
    let record = call::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|c| c.tenant_id == actor.tenant_id())
        .map(record_from_model)
        .transpose()?
        .ok_or(StoreError::NotFound)?;
    if record.state == CallState::Draft && !actor.role.is_staff() {
        return Err(StoreError::NotFound);
    }
    Ok(record)
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> StoreResult<CallRecord> {
    visible(&db.reader, actor, id).await
}

/// Edits a draft call. `input` is the complete new input (the web layer merges a PATCH into it).
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    expected_version: Option<i32>,
    input: &CallInput,
    now: DateTime<Utc>,
) -> StoreResult<CallRecord> {
    actor.require_staff()?;
    let terms = CallTerms::parse(input, actor.tenant.currency, actor.tenant.time_zone)
        .map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    let existing = visible(&txn, actor, id).await?;
    if expected_version.is_some_and(|v| v != existing.version) {
        return Err(StoreError::Stale {
            current: existing.version,
        });
    }
    apply_call_action(
        existing.state,
        &existing.terms,
        &CallAction::Edit,
        now,
        &actor.tenant,
    )
    .map_err(StoreError::Call)?;
    let before = call::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut model = call::ActiveModel {
        id: Set(id),
        ..Default::default()
    };
    apply_terms(&mut model, &terms)?;
    model.lock_version = Set(existing.version + 1);
    model.updated_at = Set(now);
    let saved = model.update(&txn).await?;
    let (was, is) = audit::row_changes(&before, &saved)?;
    audit::record_change(&txn, actor, "call", id, "update", was, is, now).await?;
    txn.commit().await?;
    record_from_model(saved)
}

/// Calls the caller may see, newest deadline first.
pub async fn list(db: &Db, actor: &Actor) -> StoreResult<Vec<CallRecord>> {
    let mut query = call::Entity::find().filter(call::Column::TenantId.eq(actor.tenant_id()));
    if !actor.role.is_staff() {
        query = query.filter(call::Column::State.ne(CallState::Draft.code()));
    }
    let found = query
        .order_by_desc(call::Column::Deadline)
        .all(&db.reader)
        .await?;
    found.into_iter().map(record_from_model).collect()
}

/// What anyone may see without logging in: the tenant and its published calls.
pub async fn public_list(db: &Db, tenant_slug: &str) -> StoreResult<(Tenant, Vec<CallRecord>)> {
    let tenant = tenant_by_slug(&db.reader, tenant_slug).await?;
    let found = call::Entity::find()
        .filter(call::Column::TenantId.eq(tenant.id))
        .filter(call::Column::State.ne(CallState::Draft.code()))
        .order_by_desc(call::Column::Deadline)
        .all(&db.reader)
        .await?;
    let records = found
        .into_iter()
        .map(record_from_model)
        .collect::<StoreResult<_>>()?;
    Ok((tenant, records))
}

/// One published call of a tenant, for the public page.
pub async fn public_get(db: &Db, tenant_slug: &str, id: i64) -> StoreResult<(Tenant, CallRecord)> {
    let tenant = tenant_by_slug(&db.reader, tenant_slug).await?;
    let record = call::Entity::find_by_id(id)
        .one(&db.reader)
        .await?
        .filter(|c| c.tenant_id == tenant.id && c.state != CallState::Draft.code())
        .map(record_from_model)
        .transpose()?
        .ok_or(StoreError::NotFound)?;
    Ok((tenant, record))
}
