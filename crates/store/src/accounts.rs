//! Users, memberships and login sessions.

use crate::entities::{membership, organisation_member, user};
use crate::error::{StoreError, StoreResult};
pub use crate::login::{log_in, AccountPolicy, Attempt, Login};
pub use crate::sessions::{actor_for_token, log_out, log_out_everywhere, NewSession};
pub(crate) use crate::tenants::tenant_from_model;
pub use crate::tenants::{all_tenants, create_tenant, tenant_by_slug, tenant_zone, NewTenant};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::organisation::is_plausible_email;
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::{Language, Rule, Violations};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};

/// Who is calling: a user acting in one tenant with one role.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub language: Language,
    pub role: Role,
    pub tenant: Tenant,
}

impl Actor {
    pub fn tenant_id(&self) -> i64 {
        self.tenant.id
    }

    pub fn require_staff(&self) -> StoreResult<()> {
        if self.role.is_staff() {
            Ok(())
        } else {
            Err(StoreError::Forbidden)
        }
    }

    pub fn require(&self, role: Role) -> StoreResult<()> {
        if self.role == role {
            Ok(())
        } else {
            Err(StoreError::Forbidden)
        }
    }
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub display_name: &'a str,
    pub language: Language,
}

/// The minimum password length (NIST SP 800-63B asks for at least 8).
pub const MIN_PASSWORD_CHARS: usize = 10;

pub async fn create_user(db: &Db, new: NewUser<'_>, now: DateTime<Utc>) -> StoreResult<i64> {
    let mut v = Violations::new();
    let email = normalise_email(new.email);
    if email.is_empty() {
        v.push("email", Rule::Required);
    } else if !is_plausible_email(&email) || email.len() > 254 {
        v.push("email", Rule::InvalidEmail);
    }
    if new.password.chars().count() < MIN_PASSWORD_CHARS {
        v.push(
            "password",
            Rule::TooShort {
                min: MIN_PASSWORD_CHARS,
            },
        );
    }
    if new.password.len() > 1000 {
        v.push("password", Rule::TooLong { max: 1000 });
    }
    let display_name = v.text("display_name", new.display_name, 200);
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let hash = crate::passwords::hash(new.password).await?;
    let model = user::ActiveModel {
        email: Set(email),
        password_hash: Set(hash),
        display_name: Set(display_name),
        language: Set(new.language.code().to_string()),
        // Accounts made by staff or the CLI are vouched for; sign-up confirms by email.
        email_confirmed_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db.writer)
    .await?;
    Ok(model.id)
}

pub async fn grant_role(
    db: &Db,
    user_id: i64,
    tenant_id: i64,
    role: Role,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    membership::ActiveModel {
        user_id: Set(user_id),
        tenant_id: Set(tenant_id),
        role: Set(role.code().to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Granted from the command line: no signed-in person to name.
    let after = serde_json::json!({ "user_id": user_id, "role": role.code() });
    crate::audit::record_by_system(&txn, tenant_id, "user", user_id, "grant_role", after, now)
        .await?;
    txn.commit().await?;
    Ok(())
}

pub async fn add_organisation_member(
    conn: &impl ConnectionTrait,
    organisation_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    organisation_member::ActiveModel {
        organisation_id: Set(organisation_id),
        user_id: Set(user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

pub async fn user_id_by_email(db: &Db, email: &str) -> StoreResult<i64> {
    user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(&db.reader)
        .await?
        .map(|u| u.id)
        .ok_or(StoreError::NotFound)
}

/// The language the person reads Granty and its emails in (the outbox takes it for every letter
/// enqueued after the change).
pub async fn set_language(
    db: &Db,
    actor: &Actor,
    language: Language,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    user::Entity::update_many()
        .col_expr(user::Column::Language, Expr::value(language.code()))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(actor.user_id))
        .exec(&db.writer)
        .await?;
    Ok(())
}

pub(crate) fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub(crate) fn actor_from(found: user::Model, role: Role, tenant: Tenant) -> Actor {
    Actor {
        user_id: found.id,
        email: found.email,
        display_name: found.display_name,
        language: found.language.parse().unwrap_or_default(),
        role,
        tenant,
    }
}

pub(crate) async fn role_in_tenant(
    conn: &impl ConnectionTrait,
    user_id: i64,
    tenant_id: i64,
) -> StoreResult<Option<Role>> {
    let found = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .filter(membership::Column::TenantId.eq(tenant_id))
        .one(conn)
        .await?;
    found
        .map(|m| m.role.parse::<Role>().map_err(StoreError::Corrupt))
        .transpose()
}
