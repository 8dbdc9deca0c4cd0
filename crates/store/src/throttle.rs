//! Failed logins recorded per account (the normalised email, whether or not it exists) and per
//! client address, and the lock they add up to (`granty_domain::throttle` decides).

use crate::entities::login_failure;
use crate::error::StoreResult;
use chrono::{DateTime, Utc};
use granty_domain::throttle::{locked_until, ThrottlePolicy};
use sea_orm::sea_query::Condition;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

const ACCOUNT: &str = "account";
const ADDRESS: &str = "address";

/// Whose failures count: the account tried and the address it was tried from (unknown when the
/// server cannot tell, e.g. a test calling the router directly).
pub struct Keys<'a> {
    pub email: &'a str,
    pub address: Option<&'a str>,
}

impl Keys<'_> {
    fn pairs(&self) -> Vec<(&'static str, &str)> {
        let mut pairs = vec![(ACCOUNT, self.email)];
        pairs.extend(self.address.map(|a| (ADDRESS, a)));
        pairs
    }

    fn condition(&self) -> Condition {
        self.pairs()
            .into_iter()
            .fold(Condition::any(), |any, (kind, value)| {
                any.add(
                    Condition::all()
                        .add(login_failure::Column::KeyKind.eq(kind))
                        .add(login_failure::Column::KeyValue.eq(value)),
                )
            })
    }
}

/// Until when attempts for these keys are refused, if they are now: the later of the account's
/// and the address's locks.
pub async fn lock(
    conn: &impl ConnectionTrait,
    keys: &Keys<'_>,
    policy: &ThrottlePolicy,
    now: DateTime<Utc>,
) -> StoreResult<Option<DateTime<Utc>>> {
    let rows = login_failure::Entity::find()
        .filter(keys.condition())
        .filter(login_failure::Column::FailedAt.gt(now - policy.window))
        .all(conn)
        .await?;
    let of = |kind: &str| -> Vec<DateTime<Utc>> {
        rows.iter()
            .filter(|r| r.key_kind == kind)
            .map(|r| r.failed_at)
            .collect()
    };
    let account = locked_until(&of(ACCOUNT), policy.account_failures, policy.window, now);
    let address = locked_until(&of(ADDRESS), policy.address_failures, policy.window, now);
    Ok(account.max(address))
}

/// Records one failure for each key and forgets all failures older than the window.
/// Returns whether this failure locked the account (it reached the limit just now).
pub async fn record_failure(
    conn: &impl ConnectionTrait,
    keys: &Keys<'_>,
    policy: &ThrottlePolicy,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    // Everyone's failures older than the window go, so the table holds one window's worth
    // however many addresses and names a flood makes up.
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::FailedAt.lte(now - policy.window))
        .exec(conn)
        .await?;
    for (kind, value) in keys.pairs() {
        login_failure::ActiveModel {
            key_kind: Set(kind.to_string()),
            key_value: Set(value.to_string()),
            failed_at: Set(now),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    let account_failures = login_failure::Entity::find()
        .filter(login_failure::Column::KeyKind.eq(ACCOUNT))
        .filter(login_failure::Column::KeyValue.eq(keys.email))
        .filter(login_failure::Column::FailedAt.gt(now - policy.window))
        .all(conn)
        .await?
        .len();
    Ok(u32::try_from(account_failures).unwrap_or(u32::MAX) == policy.account_failures)
}

/// A successful login forgets the account's failures (not the address's: one good password
/// must not reset the count for every other account tried from there).
pub async fn clear_account(conn: &impl ConnectionTrait, email: &str) -> StoreResult<()> {
    login_failure::Entity::delete_many()
        .filter(login_failure::Column::KeyKind.eq(ACCOUNT))
        .filter(login_failure::Column::KeyValue.eq(email))
        .exec(conn)
        .await?;
    Ok(())
}
