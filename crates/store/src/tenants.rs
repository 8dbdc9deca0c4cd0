//! Tenants (towns): their identity, zone and currency, and the rules each sets for itself.

use crate::accounts::Actor;
use crate::entities::tenant;
use crate::error::{StoreError, StoreResult};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::roles::Role;
use granty_domain::tenant::{Tenant, TenantRules};
use granty_domain::{Currency, Language, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

pub(crate) fn tenant_from_model(model: tenant::Model) -> StoreResult<Tenant> {
    Ok(Tenant {
        id: model.id,
        time_zone: model
            .time_zone
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("time zone {}", model.time_zone)))?,
        currency: model
            .currency
            .parse()
            .map_err(|_| StoreError::Corrupt(format!("currency {}", model.currency)))?,
        default_language: model.default_language.parse().unwrap_or_default(),
        rules: TenantRules {
            min_days_to_deadline: u32::try_from(model.min_days_to_deadline).map_err(|_| {
                StoreError::Corrupt(format!("min days {}", model.min_days_to_deadline))
            })?,
            other_public_funds: model.other_public_funds,
            require_two_factor_for_staff: model.require_two_factor_for_staff,
        },
        slug: model.slug,
        name: model.name,
    })
}

pub async fn tenant_by_slug(conn: &impl ConnectionTrait, slug: &str) -> StoreResult<Tenant> {
    let model = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    tenant_from_model(model)
}

/// Every town of the instance, by name: the start page lists them (or opens the only one).
pub async fn all_tenants(conn: &impl ConnectionTrait) -> StoreResult<Vec<Tenant>> {
    let models = tenant::Entity::find()
        .order_by_asc(tenant::Column::Name)
        .all(conn)
        .await?;
    models.into_iter().map(tenant_from_model).collect()
}

pub struct NewTenant<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub time_zone: chrono_tz::Tz,
    pub currency: Currency,
    pub default_language: Language,
}

/// A new town, with the statute's defaults for its rules.
pub async fn create_tenant(db: &Db, new: NewTenant<'_>, now: DateTime<Utc>) -> StoreResult<Tenant> {
    let mut v = Violations::new();
    granty_domain::tenant::check_slug(new.slug, &mut v);
    v.text("name", new.name, 300);
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let rules = TenantRules::default();
    let model = tenant::ActiveModel {
        slug: Set(new.slug.to_string()),
        name: Set(new.name.trim().to_string()),
        time_zone: Set(new.time_zone.name().to_string()),
        currency: Set(new.currency.code().to_string()),
        default_language: Set(new.default_language.code().to_string()),
        reminder_settings: Set(None),
        min_days_to_deadline: Set(days_column(rules.min_days_to_deadline)),
        other_public_funds: Set(rules.other_public_funds),
        require_two_factor_for_staff: Set(rules.require_two_factor_for_staff),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db.writer)
    .await?;
    tenant_from_model(model)
}

fn days_column(days: u32) -> i32 {
    i32::try_from(days).unwrap_or(i32::MAX)
}

/// A tenant's time zone, for formatting messages.
pub async fn tenant_zone(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
) -> StoreResult<chrono_tz::Tz> {
    let model = tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(tenant_from_model(model)?.time_zone)
}

/// The caller's town's rules (admin).
pub async fn rules(db: &Db, actor: &Actor) -> StoreResult<TenantRules> {
    actor.require(Role::Admin)?;
    let model = tenant::Entity::find_by_id(actor.tenant_id())
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(tenant_from_model(model)?.rules)
}

/// Changes the caller's town's rules (admin); kept in the audit trail.
pub async fn set_rules(
    db: &Db,
    actor: &Actor,
    rules: &TenantRules,
    now: DateTime<Utc>,
) -> StoreResult<TenantRules> {
    actor.require(Role::Admin)?;
    rules.check().into_result(()).map_err(StoreError::Invalid)?;
    let txn = sea_orm::TransactionTrait::begin(&db.writer).await?;
    let before = tenant::Entity::find_by_id(actor.tenant_id())
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let before = serde_json::json!({
        "min_days_to_deadline": before.min_days_to_deadline,
        "other_public_funds": before.other_public_funds,
        "require_two_factor_for_staff": before.require_two_factor_for_staff,
    });
    tenant::Entity::update_many()
        .set(tenant::ActiveModel {
            min_days_to_deadline: Set(days_column(rules.min_days_to_deadline)),
            other_public_funds: Set(rules.other_public_funds),
            require_two_factor_for_staff: Set(rules.require_two_factor_for_staff),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(tenant::Column::Id.eq(actor.tenant_id()))
        .exec(&txn)
        .await?;
    let (was, is) = audit::differences(&before, &serde_json::to_value(rules)?);
    let tenant_id = actor.tenant_id();
    audit::record_change(&txn, actor, "tenant", tenant_id, "set_rules", was, is, now).await?;
    txn.commit().await?;
    Ok(*rules)
}
