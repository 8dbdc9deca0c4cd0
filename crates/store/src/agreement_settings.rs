//! A town's agreement settings (`tenant_agreement_settings`): the defaults until its admin saves
//! some, read by the agreement use cases and shown and changed on the admin's page and API.

use crate::accounts::Actor;
use crate::entities::tenant_agreement_setting;
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::agreement_settings::{
    certificate_blocks, AgreementSettings, AgreementSettingsInput, ShiftBasis,
};
use granty_domain::roles::Role;
use granty_domain::{Language, Percent};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde::Serialize;

/// The settings with what the admin needs to see of the trust anchors.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AgreementSettingsView {
    #[serde(flatten)]
    pub settings: AgreementSettings,
    /// The subject (common name) of each trusted certificate, in the order pasted.
    pub trust_anchor_subjects: Vec<String>,
}

impl From<AgreementSettings> for AgreementSettingsView {
    fn from(settings: AgreementSettings) -> Self {
        let trust_anchor_subjects = certificate_blocks(&settings.trust_anchors_pem)
            .map(|blocks| blocks.into_iter().map(|b| b.subject).collect())
            .unwrap_or_default();
        AgreementSettingsView {
            settings,
            trust_anchor_subjects,
        }
    }
}

/// The settings of town `tenant_id`, or the defaults while its admin has saved none.
pub async fn of_tenant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<AgreementSettings> {
    match stored_row(conn, tenant_id).await? {
        Some(row) => from_row(&row),
        None => Ok(AgreementSettings::default()),
    }
}

async fn stored_row(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<Option<tenant_agreement_setting::Model>> {
    Ok(tenant_agreement_setting::Entity::find()
        .filter(tenant_agreement_setting::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?)
}

fn from_row(row: &tenant_agreement_setting::Model) -> StoreResult<AgreementSettings> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("agreement settings: {what}"));
    let count = |value: i32| u32::try_from(value).map_err(|_| corrupt("a negative day count"));
    let document_languages = row
        .document_languages
        .split(',')
        .filter(|code| !code.trim().is_empty())
        .map(|code| code.trim().parse::<Language>().map_err(|_| corrupt(code)))
        .collect::<StoreResult<_>>()?;
    Ok(AgreementSettings {
        shift: Percent::from_basis_points(i64::from(row.shift_bp)),
        shift_basis: ShiftBasis::parse(&row.shift_basis).ok_or_else(|| corrupt("shift basis"))?,
        payment_days: count(row.payment_days)?,
        return_days: count(row.return_days)?,
        final_report_days: count(row.final_report_days)?,
        document_languages,
        trust_anchors_pem: row.trust_anchors_pem.clone(),
        allow_scans: row.allow_scans,
    })
}

/// The town's settings for its admin.
pub async fn for_admin(db: &Db, actor: &Actor) -> StoreResult<AgreementSettingsView> {
    actor.require(Role::Admin)?;
    Ok(of_tenant(&db.reader, actor.tenant_id()).await?.into())
}

/// The admin saves the town's settings; every problem is reported at once, and the change goes
/// to the audit trail. Agreements already generated keep the terms they were made with.
pub async fn save(
    db: &Db,
    actor: &Actor,
    input: &AgreementSettingsInput,
    now: DateTime<Utc>,
) -> StoreResult<AgreementSettingsView> {
    actor.require(Role::Admin)?;
    let settings = AgreementSettings::parse(input).map_err(StoreError::Invalid)?;
    let tenant_id = actor.tenant_id();
    let txn = db.writer.begin().await?;
    let before = of_tenant(&txn, tenant_id).await?;
    let mut model = active_model(tenant_id, &settings, now);
    match stored_row(&txn, tenant_id).await? {
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
        serde_json::to_value(&before)?,
        serde_json::to_value(&settings)?,
    );
    let action = "agreement_settings";
    crate::audit::record_change(&txn, actor, "tenant", tenant_id, action, was, is, now).await?;
    txn.commit().await?;
    Ok(settings.into())
}

fn active_model(
    tenant_id: i64,
    s: &AgreementSettings,
    now: DateTime<Utc>,
) -> tenant_agreement_setting::ActiveModel {
    let languages: Vec<&str> = s.document_languages.iter().map(|l| l.code()).collect();
    // Each value was bounded by the domain (percent ≤ 100, days ≤ 90), so the columns hold it.
    let small = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    tenant_agreement_setting::ActiveModel {
        tenant_id: Set(tenant_id),
        shift_bp: Set(i32::try_from(s.shift.basis_points()).unwrap_or(i32::MAX)),
        shift_basis: Set(s.shift_basis.code().to_string()),
        payment_days: Set(small(s.payment_days)),
        return_days: Set(small(s.return_days)),
        final_report_days: Set(small(s.final_report_days)),
        document_languages: Set(languages.join(",")),
        trust_anchors_pem: Set(s.trust_anchors_pem.clone()),
        allow_scans: Set(s.allow_scans),
        updated_at: Set(now),
        ..Default::default()
    }
}
