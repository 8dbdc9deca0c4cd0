//! Accounts people make themselves: NGO sign-up with email confirmation, and password reset.
//! Tokens are random, single-use and short-lived; only their hashes are stored.

use crate::accounts::tenant_by_slug;
use crate::entities::{account_token, membership, session, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use granty_domain::organisation::is_plausible_email;
use granty_domain::roles::Role;
use granty_domain::tokens;
use granty_domain::{Language, Rule, Violations};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use sha2::{Digest, Sha256};

const CONFIRM: &str = "confirm_email";
const RESET: &str = "reset_password";

pub struct SignUp<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_again: &'a str,
    pub language: Language,
}

pub(crate) fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub(crate) fn check_password(v: &mut Violations, field: &str, password: &str, again: &str) {
    if password.chars().count() < crate::accounts::MIN_PASSWORD_CHARS {
        v.push(
            field,
            Rule::TooShort {
                min: crate::accounts::MIN_PASSWORD_CHARS,
            },
        );
    } else if password.len() > 1000 {
        v.push(field, Rule::TooLong { max: 1000 });
    } else if password != again {
        v.push(format!("{field}_again"), Rule::PasswordsDiffer);
    }
}

/// The address trimmed and lower-cased, or a violation on `field`.
pub(crate) fn check_email(v: &mut Violations, field: &str, typed: &str) -> String {
    let email = typed.trim().to_lowercase();
    if email.is_empty() {
        v.push(field, Rule::Required);
    } else if !is_plausible_email(&email) || email.len() > 254 {
        v.push(field, Rule::InvalidEmail);
    }
    email
}

/// Stores a new single-use token that works until `expires_at`; returns the raw token.
async fn issue_token(
    conn: &impl ConnectionTrait,
    user_id: i64,
    purpose: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> StoreResult<String> {
    let token = new_token();
    account_token::ActiveModel {
        user_id: Set(user_id),
        purpose: Set(purpose.to_string()),
        token_hash: Set(hash(&token)),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(token)
}

/// An NGO person signs up in a town: the account waits for its email to be confirmed.
pub async fn sign_up(
    db: &Db,
    tenant_slug: &str,
    form: SignUp<'_>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let tenant = tenant_by_slug(&db.reader, tenant_slug).await?;
    let mut v = Violations::new();
    let display_name = v.text("display_name", form.display_name, 200);
    let email = check_email(&mut v, "email", form.email);
    check_password(&mut v, "password", form.password, form.password_again);
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let password_hash = crate::accounts::hash_password(form.password)?;
    let txn = db.writer.begin().await?;
    let created = user::ActiveModel {
        email: Set(email.clone()),
        password_hash: Set(password_hash),
        display_name: Set(display_name.clone()),
        language: Set(form.language.code().to_string()),
        email_confirmed_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    membership::ActiveModel {
        user_id: Set(created.id),
        tenant_id: Set(tenant.id),
        role: Set(Role::Ngo.code().to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let token = issue_token(
        &txn,
        created.id,
        CONFIRM,
        tokens::email_confirmation_expires(now),
        now,
    )
    .await?;
    let recipient = Recipient {
        email,
        user_id: Some(created.id),
        language: form.language,
    };
    let subject = Subject {
        tenant_id: tenant.id,
        entity: "user",
        entity_id: created.id,
        link_path: format!("/confirm-email?token={token}"),
    };
    notifications::enqueue(
        &txn,
        &subject,
        &[recipient],
        &Event::AccountConfirmation { display_name },
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Spends a valid, unused token of `purpose`; returns its user.
async fn spend(
    conn: &impl ConnectionTrait,
    raw: &str,
    purpose: &str,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let found = account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(hash(raw.trim())))
        .filter(account_token::Column::Purpose.eq(purpose))
        .one(conn)
        .await?
        .filter(|t| t.used_at.is_none() && t.expires_at > now)
        .ok_or(StoreError::NotFound)?;
    let user_id = found.user_id;
    let mut model: account_token::ActiveModel = found.into();
    model.used_at = Set(Some(now));
    model.updated_at = Set(now);
    model.update(conn).await?;
    Ok(user_id)
}

/// Confirms an email address from the link; an expired, used or unknown token is `NotFound`.
pub async fn confirm_email(db: &Db, raw: &str, now: DateTime<Utc>) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let user_id = spend(&txn, raw, CONFIRM, now).await?;
    user::Entity::update_many()
        .set(user::ActiveModel {
            email_confirmed_at: Set(Some(now)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Sends a reset link when the address belongs to someone in the town; says nothing either way.
pub async fn request_password_reset(
    db: &Db,
    tenant_slug: &str,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let Ok(tenant) = tenant_by_slug(&db.reader, tenant_slug).await else {
        return Ok(());
    };
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(&db.reader)
        .await?;
    let Some(person) = found else {
        return Ok(());
    };
    let member = membership::Entity::find()
        .filter(membership::Column::UserId.eq(person.id))
        .filter(membership::Column::TenantId.eq(tenant.id))
        .one(&db.reader)
        .await?;
    if member.is_none() {
        return Ok(());
    }
    let txn = db.writer.begin().await?;
    let token = issue_token(
        &txn,
        person.id,
        RESET,
        tokens::password_reset_expires(now),
        now,
    )
    .await?;
    let recipient = Recipient {
        email: person.email.clone(),
        user_id: Some(person.id),
        language: person.language.parse().unwrap_or_default(),
    };
    let subject = Subject {
        tenant_id: tenant.id,
        entity: "user",
        entity_id: person.id,
        link_path: format!("/password-reset/{token}"),
    };
    notifications::enqueue(
        &txn,
        &subject,
        &[recipient],
        &Event::PasswordReset {
            display_name: person.display_name,
        },
        None,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Whether a reset link can still be used (to show the form or say it expired).
pub async fn reset_token_valid(db: &Db, raw: &str, now: DateTime<Utc>) -> StoreResult<bool> {
    Ok(account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(hash(raw.trim())))
        .filter(account_token::Column::Purpose.eq(RESET))
        .one(&db.reader)
        .await?
        .is_some_and(|t| t.used_at.is_none() && t.expires_at > now))
}

/// Sets a new password with a reset link, and ends every session of that person.
pub async fn reset_password(
    db: &Db,
    raw: &str,
    password: &str,
    again: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let mut v = Violations::new();
    check_password(&mut v, "password", password, again);
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let password_hash = crate::accounts::hash_password(password)?;
    let txn = db.writer.begin().await?;
    let user_id = spend(&txn, raw, RESET, now).await?;
    user::Entity::update_many()
        // Following the emailed link proves the address too.
        .set(user::ActiveModel {
            password_hash: Set(password_hash),
            email_confirmed_at: Set(Some(now)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(user::Column::Id.eq(user_id))
        .exec(&txn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}
