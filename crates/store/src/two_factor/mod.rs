//! Two-factor login with time-based one-time codes (RFC 6238, through `totp-rs`) for clerks and
//! administrators: enrol (a secret shown once, pending until a first code confirms it), disable
//! with a code, and the check at login, where a code is taken at most once (the step it
//! matched is stored and no code of that step or an earlier one is accepted again). Confirming
//! hands out recovery codes ([`recovery`]); the secret is sealed at rest ([`sealing`]).

pub mod recovery;
pub mod sealing;

use crate::accounts::Actor;
use crate::entities::two_factor_secret as secret_row;
use crate::error::{StoreError, StoreResult};
use crate::secret_key::SecretKeys;
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TransactionTrait,
};
use serde_json::json;
use totp_rs::{Builder, Secret, Totp};

/// The name authenticator apps show above the account's codes.
pub const ISSUER: &str = "Granty";

/// Where an account stands with two-factor login.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TwoFactor {
    Off,
    /// Enrolment begun: the secret (base32) and its `otpauth://` address, shown until confirmed.
    Pending {
        secret: String,
        uri: String,
    },
    /// On, with this many unused recovery codes.
    On {
        recovery_codes_left: u64,
    },
}

/// The codes of a base32 secret: six digits, 30-second steps, one step either side for clocks
/// that drift (SHA-1, the one every app supports).
fn codes(secret: &str, account: &str) -> StoreResult<Totp> {
    let bytes = Secret::try_from_base32(secret)
        .map_err(|_| StoreError::Corrupt("two-factor secret".into()))?;
    Builder::new()
        .with_secret(bytes)
        .with_account_name(account)
        .with_issuer(Some(ISSUER))
        .build()
        .map_err(|e| StoreError::Corrupt(format!("two-factor secret: {e:?}")))
}

fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::rng().fill_bytes(&mut bytes);
    Secret::from(bytes.to_vec()).to_base32()
}

async fn row(conn: &impl ConnectionTrait, user_id: i64) -> StoreResult<Option<secret_row::Model>> {
    Ok(secret_row::Entity::find()
        .filter(secret_row::Column::UserId.eq(user_id))
        .one(conn)
        .await?)
}

/// Whether the account logs in with a code (enrolment confirmed).
pub async fn is_enabled(conn: &impl ConnectionTrait, user_id: i64) -> StoreResult<bool> {
    Ok(row(conn, user_id)
        .await?
        .is_some_and(|r| r.confirmed_at.is_some()))
}

/// The caller's state; the secret is readable only while enrolment is pending.
pub async fn status(db: &Db, actor: &Actor) -> StoreResult<TwoFactor> {
    match row(&db.reader, actor.user_id).await? {
        None => Ok(TwoFactor::Off),
        Some(r) if r.confirmed_at.is_some() => Ok(TwoFactor::On {
            recovery_codes_left: recovery::remaining(&db.reader, actor.user_id).await?,
        }),
        Some(r) => {
            let secret = sealing::secret_of(db.secret_key()?, &r)?;
            let uri = codes(&secret, &actor.email)?
                .to_url()
                .map_err(|e| StoreError::Corrupt(format!("otpauth: {e:?}")))?;
            Ok(TwoFactor::Pending { secret, uri })
        }
    }
}

/// Starts (or restarts) enrolment with a fresh secret. Staff only; an account already enrolled
/// must disable first, so its secret is never replaced behind its back.
pub async fn begin(db: &Db, actor: &Actor, now: DateTime<Utc>) -> StoreResult<TwoFactor> {
    actor.require_staff()?;
    let key = db.secret_key()?;
    let txn = db.writer.begin().await?;
    match row(&txn, actor.user_id).await? {
        Some(r) if r.confirmed_at.is_some() => return Err(StoreError::Forbidden),
        Some(r) => {
            secret_row::Entity::delete_by_id(r.id).exec(&txn).await?;
        }
        None => {}
    }
    insert(&txn, key, actor.user_id, &new_secret(), None, now).await?;
    txn.commit().await?;
    status(db, actor).await
}

/// Stores a secret sealed under `key` (never in the clear).
async fn insert(
    conn: &impl ConnectionTrait,
    key: &SecretKeys,
    user_id: i64,
    secret: &str,
    confirmed_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    secret_row::ActiveModel {
        user_id: Set(user_id),
        secret: Set(String::new()),
        sealed_secret: Set(Some(sealing::seal(key, user_id, secret)?)),
        confirmed_at: Set(confirmed_at),
        last_used_step: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(())
}

/// Turns a pending enrolment on when `code` is right (`BadCredentials` otherwise) and returns
/// the account's first recovery codes, to be shown once; audited (without the codes).
pub async fn confirm(
    db: &Db,
    actor: &Actor,
    code: &str,
    now: DateTime<Utc>,
) -> StoreResult<Vec<String>> {
    actor.require_staff()?;
    let key = db.secret_key()?;
    let txn = db.writer.begin().await?;
    let pending = row(&txn, actor.user_id)
        .await?
        .filter(|r| r.confirmed_at.is_none())
        .ok_or(StoreError::NotFound)?;
    if !take_code(&txn, key, &pending, code, now).await? {
        return Err(StoreError::BadCredentials);
    }
    secret_row::Entity::update_many()
        .col_expr(secret_row::Column::ConfirmedAt, Expr::value(now))
        .filter(secret_row::Column::Id.eq(pending.id))
        .exec(&txn)
        .await?;
    let (entity, id) = ("user", actor.user_id);
    audit::record(
        &txn,
        actor,
        entity,
        id,
        "two_factor_enabled",
        json!({}),
        now,
    )
    .await?;
    let fresh = recovery::replace(&txn, key, actor.user_id, now).await?;
    let detail = json!({ "count": fresh.len() });
    let action = "two_factor_recovery_codes_generated";
    audit::record(&txn, actor, entity, id, action, detail, now).await?;
    txn.commit().await?;
    Ok(fresh)
}

/// Turns two-factor login off when `code` (from the app, or an unused recovery code) is right
/// (`BadCredentials` otherwise); the recovery codes go with it. Audited.
pub async fn disable(db: &Db, actor: &Actor, code: &str, now: DateTime<Utc>) -> StoreResult<()> {
    let key = db.secret_key()?;
    let txn = db.writer.begin().await?;
    let enrolled = row(&txn, actor.user_id)
        .await?
        .filter(|r| r.confirmed_at.is_some())
        .ok_or(StoreError::NotFound)?;
    let right = take_code(&txn, key, &enrolled, code, now).await?
        || recovery::spend(&txn, key, actor.user_id, code, now).await?;
    if !right {
        return Err(StoreError::BadCredentials);
    }
    secret_row::Entity::delete_by_id(enrolled.id)
        .exec(&txn)
        .await?;
    recovery::delete_all(&txn, actor.user_id).await?;
    let (entity, id) = ("user", actor.user_id);
    audit::record(
        &txn,
        actor,
        entity,
        id,
        "two_factor_disabled",
        json!({}),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// At login: whether `code` is a current code of the account's confirmed secret not taken
/// before, or one of its unused recovery codes. Taking a code moves the account's last used
/// step, so the same code fails next time; a recovery code is spent, and that is audited in
/// `tenant_id`'s trail (how many are left, never the code).
pub(crate) async fn accept_login_code(
    db: &Db,
    user_id: i64,
    tenant_id: i64,
    code: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let Some(enrolled) = row(&db.writer, user_id)
        .await?
        .filter(|r| r.confirmed_at.is_some())
    else {
        return Ok(false);
    };
    let key = db.secret_key()?;
    if !recovery::looks_like_one(code) {
        return take_code(&db.writer, key, &enrolled, code, now).await;
    }
    let txn = db.writer.begin().await?;
    if !recovery::spend(&txn, key, user_id, code, now).await? {
        return Ok(false);
    }
    let left = recovery::remaining(&txn, user_id).await?;
    let action = "two_factor_recovery_code_used";
    let detail = json!({ "remaining": left });
    audit::record_for(
        &txn, tenant_id, user_id, "user", user_id, action, detail, now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Checks `code` against the row's secret at `now` and claims its step with a conditional
/// update, so two requests racing with one code cannot both succeed.
async fn take_code(
    conn: &impl ConnectionTrait,
    key: &SecretKeys,
    row: &secret_row::Model,
    code: &str,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let time = u64::try_from(now.timestamp()).unwrap_or(0);
    let secret = sealing::secret_of(key, row)?;
    let Some(step) = codes(&secret, "-")?.check(&typed, time) else {
        return Ok(false);
    };
    let step = i64::try_from(step).unwrap_or(i64::MAX);
    let unused = Condition::any()
        .add(secret_row::Column::LastUsedStep.is_null())
        .add(secret_row::Column::LastUsedStep.lt(step));
    let claimed = secret_row::Entity::update_many()
        .col_expr(secret_row::Column::LastUsedStep, Expr::value(step))
        .col_expr(secret_row::Column::UpdatedAt, Expr::value(now))
        .filter(secret_row::Column::Id.eq(row.id))
        .filter(unused)
        .exec(conn)
        .await?;
    Ok(claimed.rows_affected == 1)
}

/// Enrols an account with a known secret, already confirmed: for the demo town only, so a
/// person trying Granty can type the secret into an app (seed-demo prints it). No recovery
/// codes: the demo's secret is public anyway.
pub async fn enrol_fixed_secret(
    db: &Db,
    user_id: i64,
    secret: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    codes(secret, "-")?;
    let key = db.secret_key()?;
    secret_row::Entity::delete_many()
        .filter(secret_row::Column::UserId.eq(user_id))
        .exec(&db.writer)
        .await?;
    insert(&db.writer, key, user_id, secret, Some(now), now).await
}

/// The code of `secret` at `now`, for tests and the demo's instructions.
pub fn code_at(secret: &str, now: DateTime<Utc>) -> StoreResult<String> {
    let time = u64::try_from(now.timestamp()).unwrap_or(0);
    Ok(codes(secret, "-")?.generate(time).to_string())
}
