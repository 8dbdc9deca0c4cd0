//! Logging in: refuse early while the account or the address is locked (before any password is
//! checked), check the password off the async threads, count a failure (and tell the owner when
//! it locks the account), or open a new session and end the one the browser had before.

use crate::accounts::{actor_from, normalise_email, role_in_tenant, tenant_by_slug, Actor};
use crate::entities::{membership, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::sessions::{end_session, open_session};
use crate::throttle::{self, Keys};
use crate::{audit, login_code, passwords, two_factor, Db};
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::throttle::{retry_after_seconds, ThrottlePolicy};
use granty_domain::tokens::SessionPolicy;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde_json::json;

/// How sessions last and how failed logins are throttled (from the configuration).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AccountPolicy {
    pub sessions: SessionPolicy,
    pub throttle: ThrottlePolicy,
}

/// One login attempt as it arrived.
pub struct Attempt<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub tenant_slug: &'a str,
    /// The client's address (the peer, or what a trusted proxy said), when known.
    pub address: Option<&'a str>,
    /// The session the client held before this login, ended by it (a fresh token each login).
    pub previous_token: Option<&'a str>,
    /// The two-factor code sent along with the password (the API); without it an enrolled
    /// account gets `TwoFactorRequired` and its challenge for the second step (the pages).
    pub totp_code: Option<&'a str>,
}

/// A verified login: the raw token goes to the client once; only its hash is stored.
pub struct Login {
    pub token: String,
    pub expires_at: DateTime<Utc>,
    pub actor: Actor,
}

/// Checks email and password for a tenant and opens a session. Every failure looks the same,
/// except a lock (`Throttled`), which is the same for accounts that exist and those that do not.
pub async fn log_in(
    db: &Db,
    attempt: &Attempt<'_>,
    policy: &AccountPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Login> {
    // No address is longer than 320 characters (RFC 5321), and the counter's key column holds
    // no more: a longer one is counted under its first 320.
    let email: String = normalise_email(attempt.email).chars().take(320).collect();
    let keys = Keys {
        email: &email,
        address: attempt.address,
    };
    refuse_while_locked(db, &keys, &policy.throttle, now).await?;
    let found = user::Entity::find()
        .filter(user::Column::Email.eq(&email))
        .one(&db.reader)
        .await?;
    let verified = match &found {
        Some(person) => passwords::matches(&person.password_hash, attempt.password).await?,
        None => {
            passwords::waste_a_check(attempt.password).await;
            false
        }
    };
    let Some(person) = found.filter(|_| verified) else {
        count_failure(db, attempt, &keys, &policy.throttle, now).await?;
        return Err(StoreError::BadCredentials);
    };
    if person.email_confirmed_at.is_none() {
        return Err(StoreError::EmailNotConfirmed);
    }
    let tenant = tenant_by_slug(&db.reader, attempt.tenant_slug)
        .await
        .map_err(|_| StoreError::BadCredentials)?;
    let role = role_in_tenant(&db.reader, person.id, tenant.id)
        .await?
        .ok_or(StoreError::BadCredentials)?;
    if two_factor::is_enabled(&db.reader, person.id).await? {
        let typed = attempt.totp_code.filter(|c| !c.trim().is_empty());
        let Some(code) = typed else {
            let challenge = login_code::open_challenge(db, person.id, tenant.id, now).await?;
            return Err(StoreError::TwoFactorRequired { challenge });
        };
        if !two_factor::accept_login_code(db, person.id, tenant.id, code, now).await? {
            count_failure(db, attempt, &keys, &policy.throttle, now).await?;
            return Err(StoreError::BadCredentials);
        }
    }
    let signed = Signed {
        person,
        role,
        tenant,
    };
    open_login(db, signed, attempt, policy, now).await
}

/// Who has proven who they are (password, and code where enrolled), in which town and role.
pub(crate) struct Signed {
    pub person: user::Model,
    pub role: Role,
    pub tenant: Tenant,
}

/// Ends the session the client had, forgets the account's failures, opens a new session and
/// audits the login, in one transaction.
pub(crate) async fn open_login(
    db: &Db,
    signed: Signed,
    attempt: &Attempt<'_>,
    policy: &AccountPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Login> {
    let Signed {
        person,
        role,
        tenant,
    } = signed;
    let txn = db.writer.begin().await?;
    if let Some(previous) = attempt.previous_token {
        end_session(&txn, previous).await?;
    }
    throttle::clear_account(&txn, &person.email).await?;
    let session = open_session(&txn, person.id, tenant.id, &policy.sessions, now).await?;
    let detail = json!({ "address": attempt.address });
    audit::record_for(
        &txn, tenant.id, person.id, "user", person.id, "log_in", detail, now,
    )
    .await?;
    txn.commit().await?;
    Ok(Login {
        token: session.token,
        expires_at: session.expires_at,
        actor: actor_from(person, role, tenant),
    })
}

pub(crate) async fn refuse_while_locked(
    db: &Db,
    keys: &Keys<'_>,
    policy: &ThrottlePolicy,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    match throttle::lock(&db.reader, keys, policy, now).await? {
        Some(until) => Err(StoreError::Throttled {
            until,
            retry_after_seconds: retry_after_seconds(until, now),
        }),
        None => Ok(()),
    }
}

/// Records a failed login; for an account that exists, notes it in the audit trail of the town
/// it belongs to and, when this failure locks it, emails its owner.
pub(crate) async fn count_failure(
    db: &Db,
    attempt: &Attempt<'_>,
    keys: &Keys<'_>,
    policy: &ThrottlePolicy,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let locked = throttle::record_failure(&txn, keys, policy, now).await?;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(keys.email))
        .one(&txn)
        .await?;
    if let Some(person) = person {
        if let Some(tenant_id) = home_tenant(&txn, person.id, attempt.tenant_slug).await? {
            let detail = json!({ "address": attempt.address });
            let action = if locked {
                "login_locked"
            } else {
                "login_failed"
            };
            audit::record_for(
                &txn, tenant_id, person.id, "user", person.id, action, detail, now,
            )
            .await?;
            if locked {
                notify_lock(&txn, tenant_id, &person, policy, now).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}

/// The town a failure is filed under: the one the login named if the person belongs to it,
/// else the first they belong to; none for a person of no town.
async fn home_tenant(
    conn: &impl ConnectionTrait,
    user_id: i64,
    slug: &str,
) -> StoreResult<Option<i64>> {
    let named = tenant_by_slug(conn, slug).await.ok().map(|t| t.id);
    let memberships = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .all(conn)
        .await?;
    let towns: Vec<i64> = memberships.iter().map(|m| m.tenant_id).collect();
    Ok(named
        .filter(|id| towns.contains(id))
        .or(towns.first().copied()))
}

/// Tells the account's owner that logins are refused for a while (and, in the letter, what to
/// do if it was not them). The link leads to the town's password reset.
async fn notify_lock(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    person: &user::Model,
    policy: &ThrottlePolicy,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let slug = crate::entities::tenant::Entity::find_by_id(tenant_id)
        .one(conn)
        .await?
        .map(|t| t.slug)
        .unwrap_or_default();
    let recipient = Recipient {
        email: person.email.clone(),
        user_id: Some(person.id),
        language: person.language.parse().unwrap_or_default(),
    };
    let subject = Subject {
        tenant_id,
        entity: "user",
        entity_id: person.id,
        link_path: format!("/{slug}/password-reset"),
    };
    let event = Event::AccountLocked {
        display_name: person.display_name.clone(),
        failures: policy.account_failures,
        until: now + policy.window,
    };
    // One letter per lock, even if two failures race to be the one that locked.
    let dedupe = format!("account_locked:{}:{}", person.id, now.timestamp());
    notifications::enqueue(conn, &subject, &[recipient], &event, Some(&dedupe), now).await?;
    Ok(())
}
