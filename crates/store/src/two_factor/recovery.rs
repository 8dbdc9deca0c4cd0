//! Recovery codes: ten one-time codes handed out when two-factor login is switched on (and on
//! request), for the day the phone is lost. Each is ten characters from an alphabet without
//! look-alikes (no 0/O, 1/I), 50 random bits, shown once as `ABCDE-FGHJK`.
//!
//! Stored as HMAC-SHA-256 under a key derived from the server's `secret_key`, never as the
//! code. Why not argon2: 50 random bits are not a password that needs slowing down against a
//! dictionary, and a login would hash each typed code against ten slow hashes on the two shared
//! cores. Why not plain SHA-256: 2^50 SHA-256 guesses are within reach of a GPU farm for
//! someone holding a copy of the database; under a key that lives outside the database, the
//! copy alone gives nothing to search against.

use crate::accounts::Actor;
use crate::entities::two_factor_recovery_code as code_row;
use crate::error::{StoreError, StoreResult};
use crate::secret_key::SecretKeys;
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use rand::Rng;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Set,
    TransactionTrait,
};
use serde_json::json;

/// How many codes an account gets at a time.
pub const COUNT: usize = 10;
/// Characters per code (before the dash that splits it for reading).
const LENGTH: usize = 10;
/// 32 symbols (5 bits each) that cannot be mistaken for one another when read from paper.
const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/// The purpose the keyed hash is derived for (a key used for nothing else).
const PURPOSE: &str = "two-factor recovery code";

/// A new code, grouped for reading: `ABCDE-FGHJK`.
fn new_code() -> String {
    let mut rng = rand::rng();
    let chars: String = (0..LENGTH)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect();
    format!("{}-{}", &chars[..LENGTH / 2], &chars[LENGTH / 2..])
}

/// The code as typed, without spaces or dashes and in capitals; `None` when it cannot be one.
fn normalise(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let valid = code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

/// Whether `typed` has a recovery code's shape (and so is not a six-digit code from the app).
pub fn looks_like_one(typed: &str) -> bool {
    normalise(typed).is_some()
}

/// The hash stored for a new code: under the current key.
fn hash(keys: &SecretKeys, code: &str) -> String {
    keys.current().keyed_hash(PURPOSE, code)
}

/// Replaces the account's codes with [`COUNT`] new ones and returns them (the only time they
/// exist in the clear).
pub(super) async fn replace(
    conn: &impl ConnectionTrait,
    key: &SecretKeys,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<String>> {
    delete_all(conn, user_id).await?;
    let codes: Vec<String> = (0..COUNT).map(|_| new_code()).collect();
    for code in &codes {
        let plain = normalise(code).ok_or_else(|| StoreError::Corrupt("recovery code".into()))?;
        code_row::ActiveModel {
            user_id: Set(user_id),
            code_hash: Set(hash(key, &plain)),
            used_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(codes)
}

/// Spends `typed` if it is one of the account's unused codes (hashed under the current key, or
/// under the previous one for codes made before a rotation). A conditional update claims it,
/// so two requests racing with one code cannot both succeed.
pub(super) async fn spend(
    conn: &impl ConnectionTrait,
    key: &SecretKeys,
    user_id: i64,
    typed: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let Some(code) = normalise(typed) else {
        return Ok(false);
    };
    let spent = code_row::Entity::update_many()
        .col_expr(code_row::Column::UsedAt, Expr::value(now))
        .col_expr(code_row::Column::UpdatedAt, Expr::value(now))
        .filter(code_row::Column::UserId.eq(user_id))
        .filter(code_row::Column::CodeHash.is_in(key.keyed_hashes(PURPOSE, &code)))
        .filter(code_row::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(spent.rows_affected == 1)
}

/// How many of the account's codes are still unused.
pub async fn remaining(conn: &impl ConnectionTrait, user_id: i64) -> StoreResult<u64> {
    Ok(code_row::Entity::find()
        .filter(code_row::Column::UserId.eq(user_id))
        .filter(code_row::Column::UsedAt.is_null())
        .count(conn)
        .await?)
}

/// Forgets every code of the account (two-factor switched off, or the person erased).
pub(crate) async fn delete_all(conn: &impl ConnectionTrait, user_id: i64) -> StoreResult<()> {
    code_row::Entity::delete_many()
        .filter(code_row::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// New codes for an enrolled account, when `code` is a current code from the app
/// (`BadCredentials` otherwise; `NotFound` when two-factor login is off). The old codes stop
/// working at once. Audited without the codes.
pub async fn regenerate(
    db: &Db,
    actor: &Actor,
    code: &str,
    now: DateTime<Utc>,
) -> StoreResult<Vec<String>> {
    let key = db.secret_key()?;
    let txn = db.writer.begin().await?;
    let enrolled = super::row(&txn, actor.user_id)
        .await?
        .filter(|r| r.confirmed_at.is_some())
        .ok_or(StoreError::NotFound)?;
    if !super::take_code(&txn, key, &enrolled, code, now).await? {
        return Err(StoreError::BadCredentials);
    }
    let fresh = replace(&txn, key, actor.user_id, now).await?;
    let detail = json!({ "count": fresh.len() });
    let action = "two_factor_recovery_codes_regenerated";
    audit::record(&txn, actor, "user", actor.user_id, action, detail, now).await?;
    txn.commit().await?;
    Ok(fresh)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_grouped_and_read_back_however_typed() {
        let code = new_code();
        assert_eq!(code.len(), LENGTH + 1);
        assert_eq!(&code[5..6], "-");
        let typed = format!(" {} ", code.to_lowercase().replace('-', " "));
        assert_eq!(normalise(&typed), Some(code.replace('-', "")));
        assert!(looks_like_one(&code));
        assert!(!looks_like_one("123456"), "a code from the app");
        assert!(
            !looks_like_one("ABCDE-FGHI0"),
            "I and 0 are not in the alphabet"
        );
    }

    #[test]
    fn the_alphabet_has_no_look_alikes_and_32_symbols() {
        let mut symbols = ALPHABET.to_vec();
        symbols.sort_unstable();
        symbols.dedup();
        assert_eq!(symbols.len(), 32);
        for look_alike in b"01IO" {
            assert!(!ALPHABET.contains(look_alike));
        }
    }
}
