//! Users, memberships and login sessions.

use crate::entities::{membership, organisation_member, session, tenant, user};
use crate::error::{StoreError, StoreResult};
pub(crate) use crate::tenants::tenant_from_model;
pub use crate::tenants::{create_tenant, tenant_by_slug, tenant_zone, NewTenant};
use crate::Db;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Utc};
use granty_domain::organisation::is_plausible_email;
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::{Language, Rule, Violations};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use sha2::{Digest, Sha256};

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
    let hash = hash_password(new.password)?;
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

pub(crate) fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub(crate) fn hash_password(password: &str) -> StoreResult<String> {
    let mut salt_bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut salt_bytes);
    let salt =
        SaltString::encode_b64(&salt_bytes).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// A verified login: the raw token goes to the client once; only its hash is stored.
pub struct Login {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub actor: Actor,
}

/// Checks email and password for a tenant and opens a session. Every failure looks the same.
pub async fn log_in(
    db: &Db,
    email: &str,
    password: &str,
    tenant_slug: &str,
    now: DateTime<Utc>,
) -> StoreResult<Login> {
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(&db.reader)
        .await?;
    let Some(found) = found else {
        // Spend the same time as a real check so timing does not reveal which emails exist.
        let _ = hash_password(password);
        return Err(StoreError::BadCredentials);
    };
    if !password_matches(&found.password_hash, password)? {
        return Err(StoreError::BadCredentials);
    }
    if found.email_confirmed_at.is_none() {
        return Err(StoreError::EmailNotConfirmed);
    }
    let tenant = tenant_by_slug(&db.reader, tenant_slug)
        .await
        .map_err(|_| StoreError::BadCredentials)?;
    let role = role_in_tenant(&db.reader, found.id, tenant.id)
        .await?
        .ok_or(StoreError::BadCredentials)?;
    let txn = db.writer.begin().await?;
    let session = open_session(&txn, found.id, tenant.id, now).await?;
    let detail = serde_json::json!({ "role": role.code() });
    crate::audit::record_for(
        &txn, tenant.id, found.id, "user", found.id, "log_in", detail, now,
    )
    .await?;
    txn.commit().await?;
    Ok(Login {
        token: session.token,
        expires_at: session.expires_at,
        actor: actor_from(found, role, tenant),
    })
}

/// Whether `password` is the one `stored_hash` was made from.
pub(crate) fn password_matches(stored_hash: &str, password: &str) -> StoreResult<bool> {
    let parsed = PasswordHash::new(stored_hash).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok())
}

/// A session's raw token (for the client, once) and its end.
pub struct NewSession {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// Signs a user in to a tenant; only the token's hash is stored.
pub(crate) async fn open_session(
    conn: &impl ConnectionTrait,
    user_id: i64,
    tenant_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<NewSession> {
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let token = hex::encode(raw);
    let expires_at = granty_domain::tokens::session_expires(now);
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        tenant_id: Set(tenant_id),
        expires_at: Set(expires_at),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(NewSession { token, expires_at })
}

fn actor_from(found: user::Model, role: Role, tenant: Tenant) -> Actor {
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

/// Resolves a bearer token to the acting user; expired and unknown tokens are refused alike.
pub async fn actor_for_token(db: &Db, token: &str, now: DateTime<Utc>) -> StoreResult<Actor> {
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .one(&db.reader)
        .await?
        .filter(|s| s.expires_at > now)
        .ok_or(StoreError::BadCredentials)?;
    let person = user::Entity::find_by_id(found.user_id)
        .one(&db.reader)
        .await?
        .ok_or(StoreError::BadCredentials)?;
    let tenant = tenant::Entity::find_by_id(found.tenant_id)
        .one(&db.reader)
        .await?
        .ok_or(StoreError::BadCredentials)?;
    let role = role_in_tenant(&db.reader, person.id, tenant.id)
        .await?
        .ok_or(StoreError::BadCredentials)?;
    Ok(actor_from(person, role, tenant_from_model(tenant)?))
}

/// Ends a session (logout), recorded in the trail of the session's tenant.
pub async fn log_out(db: &Db, token: &str) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .one(&txn)
        .await?;
    if let Some(found) = found {
        session::Entity::delete_by_id(found.id).exec(&txn).await?;
        let now = Utc::now();
        let detail = serde_json::json!({});
        let (tenant, user) = (found.tenant_id, found.user_id);
        crate::audit::record_for(&txn, tenant, user, "user", user, "log_out", detail, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
