//! Flags on applicants the clerk sees on the ranking board: an overdue report or an unpaid return
//! from an earlier grant. A town may make a flag refuse the award (`block_flagged_applicants`,
//! migration `m20261204_000301_award_settings`).
//!
//! The flags come from the applicants' binding agreements in the town, judged on the day by the
//! domain's track-record rules: a report (or its corrections) not filed after its day, a
//! return's principal unpaid after its deadline.

use crate::agreements::view::currency_of;
use crate::entities::tenant_award_setting;
use crate::error::StoreResult;
use crate::settlement::facts::{agreement_facts, binding_agreements};
use chrono::NaiveDate;
use chrono_tz::Tz;
use granty_domain::track_record::agreement_record;
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;
use std::collections::BTreeMap;

/// Something in an applicant's earlier grants the clerk should know before awarding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ApplicantFlag {
    /// A report of an earlier grant not delivered by its due day.
    OverdueReport {
        agreement_id: i64,
        due_on: NaiveDate,
    },
    /// A return of an earlier grant (unused, undue or excessive) not paid by its due day.
    UnpaidReturn {
        agreement_id: i64,
        amount: Money,
        due_on: NaiveDate,
    },
}

impl ApplicantFlag {
    pub fn code(&self) -> &'static str {
        match self {
            ApplicantFlag::OverdueReport { .. } => "overdue_report",
            ApplicantFlag::UnpaidReturn { .. } => "unpaid_return",
        }
    }
}

/// The flags of each of `organisation_ids` in the town `tenant_id` on `today` (the town's day
/// in `zone`); an organisation without a flag is absent from the map.
pub async fn applicant_flags(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    organisation_ids: &[i64],
    (zone, today): (Tz, NaiveDate),
) -> StoreResult<BTreeMap<i64, Vec<ApplicantFlag>>> {
    let mut flags: BTreeMap<i64, Vec<ApplicantFlag>> = BTreeMap::new();
    for row in binding_agreements(conn, tenant_id, organisation_ids).await? {
        let facts = agreement_facts(conn, &row, zone, today).await?;
        let record = agreement_record(&facts, today);
        let mut found = Vec::new();
        if let Some(due_on) = record.overdue_report() {
            found.push(ApplicantFlag::OverdueReport {
                agreement_id: row.id,
                due_on,
            });
        }
        if let Some((amount, due_on)) = record.unpaid_overdue_return() {
            found.push(ApplicantFlag::UnpaidReturn {
                agreement_id: row.id,
                amount: Money::new(amount, currency_of(&row)),
                due_on,
            });
        }
        if !found.is_empty() {
            flags.entry(row.organisation_id).or_default().extend(found);
        }
    }
    Ok(flags)
}

/// Whether the town refuses an award to a flagged applicant (default: it only flags them).
pub async fn blocks_flagged_applicants(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<bool> {
    Ok(tenant_award_setting::Entity::find()
        .filter(tenant_award_setting::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?
        .is_some_and(|row| row.block_flagged_applicants))
}

/// The town's administrator decides whether a flag refuses the award; the change goes to the
/// trail. (No route yet: the admin's rules page and `PUT /api/v1/admin/rules` can call this.)
pub async fn set_block_flagged_applicants(
    db: &crate::Db,
    actor: &crate::Actor,
    block: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> StoreResult<()> {
    use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
    actor.require(granty_domain::roles::Role::Admin)?;
    let txn = db.writer.begin().await?;
    let tenant_id = actor.tenant_id();
    let before = blocks_flagged_applicants(&txn, tenant_id).await?;
    let row = tenant_award_setting::Entity::find()
        .filter(tenant_award_setting::Column::TenantId.eq(tenant_id))
        .one(&txn)
        .await?;
    let mut model = tenant_award_setting::ActiveModel {
        tenant_id: Set(tenant_id),
        block_flagged_applicants: Set(block),
        updated_at: Set(now),
        ..Default::default()
    };
    match row {
        Some(row) => {
            model.id = Set(row.id);
            model.update(&txn).await?;
        }
        None => {
            model.created_at = Set(now);
            model.insert(&txn).await?;
        }
    }
    let (was, is) = (
        serde_json::json!({ "block_flagged_applicants": before }),
        serde_json::json!({ "block_flagged_applicants": block }),
    );
    let action = "award_settings";
    crate::audit::record_change(&txn, actor, "tenant", tenant_id, action, was, is, now).await?;
    txn.commit().await?;
    Ok(())
}
