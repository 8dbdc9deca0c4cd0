//! Organisations and their members.

use crate::accounts::{add_organisation_member, Actor};
use crate::audit;
use crate::entities::{organisation, organisation_member};
use crate::error::{StoreError, StoreResult};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::organisation::{
    LegalForm, OrganisationInput, OrganisationProfile, Representative,
};
use granty_domain::roles::Role;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OrganisationView {
    pub id: i64,
    pub name: String,
    pub legal_form: LegalForm,
    pub krs: Option<String>,
    pub nip: String,
    pub regon: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub email: String,
    pub phone: String,
    pub bank_account: String,
    pub representatives: Vec<Representative>,
    /// How the organisation is represented ("two board members jointly"); may be empty.
    pub representation_rule: String,
    /// How many of the representatives sign for it: an agreement names as many.
    pub signatures_required: i32,
    pub version: i32,
}

impl TryFrom<organisation::Model> for OrganisationView {
    type Error = StoreError;
    fn try_from(m: organisation::Model) -> StoreResult<Self> {
        Ok(OrganisationView {
            id: m.id,
            representatives: serde_json::from_str(&m.representatives)?,
            name: m.name,
            legal_form: LegalForm::parse(&m.legal_form)
                .ok_or_else(|| StoreError::Corrupt(format!("legal form {}", m.legal_form)))?,
            krs: m.krs,
            nip: m.nip,
            regon: m.regon,
            street: m.street,
            postal_code: m.postal_code,
            city: m.city,
            country: m.country,
            email: m.email,
            phone: m.phone,
            bank_account: m.bank_account,
            representation_rule: m.representation_rule,
            signatures_required: m.signatures_required,
            version: m.lock_version,
        })
    }
}

fn apply_profile(
    model: &mut organisation::ActiveModel,
    p: &OrganisationProfile,
) -> StoreResult<()> {
    model.name = Set(p.name.clone());
    model.legal_form = Set(p.legal_form.code().to_string());
    model.krs = Set(p.krs.as_ref().map(|k| k.to_string()));
    model.nip = Set(p.nip.to_string());
    model.regon = Set(p.regon.to_string());
    model.street = Set(p.address.street.clone());
    model.postal_code = Set(p.address.postal_code.clone());
    model.city = Set(p.address.city.clone());
    model.country = Set(p.address.country.clone());
    model.email = Set(p.email.clone());
    model.phone = Set(p.phone.clone());
    model.bank_account = Set(p.bank_account.to_string());
    model.representatives = Set(serde_json::to_string(&p.representatives)?);
    model.representation_rule = Set(p.representation.rule.clone());
    // At most MAX_SIGNATURES (ten), so it fits.
    model.signatures_required = Set(p.representation.signatures_required as i32);
    Ok(())
}

/// An NGO user registers an organisation and becomes its member.
pub async fn create(
    db: &Db,
    actor: &Actor,
    input: &OrganisationInput,
    now: DateTime<Utc>,
) -> StoreResult<OrganisationView> {
    actor.require(Role::Ngo)?;
    let profile = OrganisationProfile::parse(input).map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    let mut model = organisation::ActiveModel {
        tenant_id: Set(actor.tenant_id()),
        lock_version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    apply_profile(&mut model, &profile)?;
    let saved = model.insert(&txn).await?;
    add_organisation_member(&txn, saved.id, actor.user_id, now).await?;
    audit::record(
        &txn,
        actor,
        "organisation",
        saved.id,
        "create",
        serde_json::json!({}),
        now,
    )
    .await?;
    txn.commit().await?;
    saved.try_into()
}

/// Edits an organisation; only its members may, and only with the current version.
pub async fn update(
    db: &Db,
    actor: &Actor,
    id: i64,
    expected_version: Option<i32>,
    input: &OrganisationInput,
    now: DateTime<Utc>,
) -> StoreResult<OrganisationView> {
    let txn = db.writer.begin().await?;
    let existing = editable(&txn, actor, id).await?;
    let profile = OrganisationProfile::parse(input).map_err(StoreError::Invalid)?;
    if expected_version.is_some_and(|v| v != existing.lock_version) {
        return Err(StoreError::Stale {
            current: existing.lock_version,
        });
    }
    let version = existing.lock_version;
    let before = existing.clone();
    let mut model = existing.into_active_model();
    apply_profile(&mut model, &profile)?;
    model.lock_version = Set(version + 1);
    model.updated_at = Set(now);
    let saved = model.update(&txn).await?;
    let (was, is) = audit::row_changes(&before, &saved)?;
    audit::record_change(&txn, actor, "organisation", id, "update", was, is, now).await?;
    txn.commit().await?;
    saved.try_into()
}

/// The organisations the caller belongs to.
pub async fn mine(db: &Db, actor: &Actor) -> StoreResult<Vec<OrganisationView>> {
    let ids = member_organisation_ids(&db.reader, actor).await?;
    let found = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .filter(organisation::Column::TenantId.eq(actor.tenant_id()))
        .order_by_asc(organisation::Column::Id)
        .all(&db.reader)
        .await?;
    found.into_iter().map(OrganisationView::try_from).collect()
}

pub(crate) async fn member_organisation_ids(
    conn: &impl ConnectionTrait,
    actor: &Actor,
) -> StoreResult<Vec<i64>> {
    Ok(organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(actor.user_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect())
}

pub(crate) async fn is_member(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    organisation_id: i64,
) -> StoreResult<bool> {
    Ok(organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(actor.user_id))
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .one(conn)
        .await?
        .is_some())
}

/// An organisation the caller may see: staff see the tenant's, NGO users their own.
pub(crate) async fn visible(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<organisation::Model> {
    let found = organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|o| o.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    if actor.role.is_staff() || is_member(conn, actor, id).await? {
        Ok(found)
    } else {
        Err(StoreError::NotFound)
    }
}

pub async fn get(db: &Db, actor: &Actor, id: i64) -> StoreResult<OrganisationView> {
    visible(&db.reader, actor, id).await?.try_into()
}

/// An organisation the caller may change: its members only. The profile (its bank account
/// among the rest) is the organisation's own declaration: the staff read it but are refused
/// a change, anyone else does not see it.
async fn editable(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<organisation::Model> {
    let found = visible(conn, actor, id).await?;
    if actor.role == Role::Ngo && is_member(conn, actor, id).await? {
        Ok(found)
    } else {
        Err(StoreError::Forbidden)
    }
}

/// The profile to show in its form, for a member who may change it.
pub async fn for_editing(db: &Db, actor: &Actor, id: i64) -> StoreResult<OrganisationView> {
    editable(&db.reader, actor, id).await?.try_into()
}

/// Finds an organisation of the tenant by id, for linking partners to a joint offer.
pub(crate) async fn in_tenant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    id: i64,
) -> StoreResult<Option<organisation::Model>> {
    Ok(organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|o| o.tenant_id == tenant_id))
}
