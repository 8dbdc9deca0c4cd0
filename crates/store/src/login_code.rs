//! The second step of a login for an account with two-factor login: the password opened a
//! challenge (a random token, stored hashed, valid for five minutes, for one account and town)
//! and no session; the right code for it opens the session. Wrong codes count as failed logins
//! in the throttle, like wrong passwords.

use crate::accounts::{role_in_tenant, tenant_from_model};
use crate::entities::{login_challenge, tenant, user};
use crate::error::{StoreError, StoreResult};
use crate::login::{count_failure, open_login, refuse_while_locked, Signed};
use crate::sessions::token_hash;
use crate::throttle::Keys;
use crate::two_factor::accept_login_code;
use crate::{AccountPolicy, Attempt, Db, Login};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// How long a person has, after the password, to type the code.
pub const CHALLENGE_MINUTES: i64 = 5;

/// Opens a challenge for the account in the town; returns its raw token (for the client, once).
/// Challenges past their end are forgotten on the way.
pub(crate) async fn open_challenge(
    db: &Db,
    user_id: i64,
    tenant_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<String> {
    login_challenge::Entity::delete_many()
        .filter(login_challenge::Column::ExpiresAt.lte(now))
        .exec(&db.writer)
        .await?;
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let token = hex::encode(raw);
    login_challenge::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        tenant_id: Set(tenant_id),
        expires_at: Set(now + Duration::minutes(CHALLENGE_MINUTES)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db.writer)
    .await?;
    Ok(token)
}

/// The second step as it arrived.
pub struct CodeAttempt<'a> {
    pub challenge: &'a str,
    pub code: &'a str,
    pub address: Option<&'a str>,
    pub previous_token: Option<&'a str>,
}

/// Checks the code for a challenge and opens the session. An unknown or expired challenge is
/// `NotFound` (log in again); a wrong code is `BadCredentials` and counts in the throttle; a
/// locked account or address is `Throttled` before the code is looked at.
pub async fn complete_login(
    db: &Db,
    step: &CodeAttempt<'_>,
    policy: &AccountPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Login> {
    let challenge = login_challenge::Entity::find()
        .filter(login_challenge::Column::TokenHash.eq(token_hash(step.challenge)))
        .filter(login_challenge::Column::ExpiresAt.gt(now))
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    let person = user::Entity::find_by_id(challenge.user_id)
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    let town = tenant::Entity::find_by_id(challenge.tenant_id)
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    let (email, slug) = (person.email.clone(), town.slug.clone());
    let keys = Keys {
        email: &email,
        address: step.address,
    };
    refuse_while_locked(db, &keys, &policy.throttle, now).await?;
    let attempt = Attempt {
        email: &email,
        password: "",
        tenant_slug: &slug,
        address: step.address,
        previous_token: step.previous_token,
        totp_code: Some(step.code),
    };
    if !accept_login_code(db, person.id, town.id, step.code, now).await? {
        count_failure(db, &attempt, &keys, &policy.throttle, now).await?;
        return Err(StoreError::BadCredentials);
    }
    // The challenge is spent: a second right code for it finds nothing.
    let spent = login_challenge::Entity::delete_by_id(challenge.id)
        .exec(&db.writer)
        .await?;
    if spent.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    let role = role_in_tenant(&db.reader, person.id, town.id)
        .await?
        .ok_or(StoreError::NotFound)?;
    let tenant = tenant_from_model(town)?;
    let signed = Signed {
        person,
        role,
        tenant,
    };
    open_login(db, signed, &attempt, policy, now).await
}
