//! TOTP secrets at rest: sealed with the server's key (AES-256-GCM, bound to the account), so a
//! copy of the database does not hold a working second factor. Rows written before sealing
//! existed keep the base32 secret in `secret`; they are read as they are until
//! [`seal_plaintext_secrets`] (run at every start-up) seals them and empties `secret`.

use crate::entities::two_factor_secret as secret_row;
use crate::error::{StoreError, StoreResult};
use crate::secret_key::SecretKeys;
use crate::Db;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// What a sealed secret is bound to: the account it belongs to (a sealed value copied onto
/// another account's row does not open).
fn context(user_id: i64) -> String {
    format!("two_factor_secrets.user_id={user_id}")
}

/// The sealed form of `secret` for the account.
pub(super) fn seal(keys: &SecretKeys, user_id: i64, secret: &str) -> StoreResult<String> {
    keys.current().seal(secret.as_bytes(), &context(user_id))
}

/// The base32 secret of a row: opened from `sealed_secret`, or read from `secret` for a row not
/// sealed yet. A row sealed under a key not configured is an error that names both keys.
pub(super) fn secret_of(key: &SecretKeys, row: &secret_row::Model) -> StoreResult<String> {
    match &row.sealed_secret {
        Some(sealed) => {
            let plain = key.open(sealed, &context(row.user_id))?;
            String::from_utf8(plain).map_err(|_| StoreError::Corrupt("two-factor secret".into()))
        }
        None if !row.secret.is_empty() => Ok(row.secret.clone()),
        None => Err(StoreError::Corrupt("two-factor secret missing".into())),
    }
}

/// What the start-up pass found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SealReport {
    /// Rows that held the secret in the clear and now hold it sealed.
    pub sealed: u64,
    /// Rows sealed with the previous key (a rotation) and now sealed with the current one.
    pub resealed: u64,
    /// Rows already sealed with the current key (and checked to open).
    pub already_sealed: u64,
}

/// Seals every secret still stored in the clear, reseals those sealed with the previous key
/// (a rotation), and checks that every other one opens with the current key. Run at start-up:
/// a server started with the wrong `secret_key` stops there with an error naming the key the
/// rows were sealed with, instead of refusing every enrolled login later. Idempotent; each row
/// is rewritten by an update conditional on the value read, so two instances starting at once
/// cannot clash.
pub async fn seal_plaintext_secrets(db: &Db) -> StoreResult<SealReport> {
    let keys = db.secret_key()?;
    let rows = secret_row::Entity::find().all(&db.writer).await?;
    let mut report = SealReport::default();
    for row in rows {
        let secret = secret_of(keys, &row)?;
        let was = row.sealed_secret.clone();
        if was.as_deref().is_some_and(|s| keys.is_current(s)) {
            report.already_sealed += 1;
            continue;
        }
        let sealed = seal(keys, row.user_id, &secret)?;
        let unchanged = match &was {
            Some(old) => secret_row::Column::SealedSecret.eq(old.clone()),
            None => secret_row::Column::SealedSecret.is_null(),
        };
        let done = secret_row::Entity::update_many()
            .col_expr(secret_row::Column::SealedSecret, Expr::value(sealed))
            .col_expr(secret_row::Column::Secret, Expr::value(""))
            .filter(secret_row::Column::Id.eq(row.id))
            .filter(unchanged)
            .exec(&db.writer)
            .await?;
        match was {
            Some(_) => report.resealed += done.rows_affected,
            None => report.sealed += done.rows_affected,
        }
    }
    Ok(report)
}
