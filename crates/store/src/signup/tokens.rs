//! Single-use account tokens (email confirmation, password reset): random, short-lived, and
//! stored only as their hashes.

use crate::entities::account_token;
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use sha2::{Digest, Sha256};

/// What a token is for, as stored.
pub(super) const CONFIRM: &str = "confirm_email";
pub(super) const RESET: &str = "reset_password";

pub(crate) fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Stores a new single-use token that works until `expires_at`; returns the raw token.
pub(super) async fn issue_token(
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

/// Spends a valid, unused token of `purpose`; returns its user.
pub(super) async fn spend(
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
