//! Password reset: a link by email to whoever holds the address in the town, then a new
//! password that ends every session.

use super::check_password;
use super::tokens::{hash, issue_token, spend, RESET};
use crate::accounts::tenant_by_slug;
use crate::entities::{account_token, membership, session, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use granty_domain::tokens;
use granty_domain::Violations;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};

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
    let password_hash = crate::passwords::hash(password).await?;
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
    super::record_in_every_tenant(&txn, user_id, "reset_password", now).await?;
    txn.commit().await?;
    Ok(())
}
