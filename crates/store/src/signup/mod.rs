//! Accounts people make themselves: NGO sign-up with email confirmation, and password reset.
//! Tokens are random, single-use and short-lived; only their hashes are stored.

mod reset;
mod tokens;

pub use reset::{request_password_reset, reset_password, reset_token_valid};
pub(crate) use tokens::{hash, new_token};

use crate::accounts::tenant_by_slug;
use crate::entities::{membership, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use granty_domain::organisation::is_plausible_email;
use granty_domain::roles::Role;
use granty_domain::{Language, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set,
    TransactionTrait,
};
use tokens::{issue_token, spend, CONFIRM};

pub struct SignUp<'a> {
    pub display_name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub password_again: &'a str,
    pub language: Language,
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
    let person = Unconfirmed {
        email,
        display_name,
        password_hash: crate::passwords::hash(form.password).await?,
        language: form.language,
    };
    let txn = db.writer.begin().await?;
    let user_id = person.insert(&txn, tenant.id, now).await?;
    let detail = serde_json::json!({ "role": Role::Ngo.code() });
    crate::audit::record_for(
        &txn, tenant.id, user_id, "user", user_id, "sign_up", detail, now,
    )
    .await?;
    person
        .send_confirmation(&txn, tenant.id, user_id, now)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// A new NGO person whose address is not confirmed yet.
struct Unconfirmed {
    email: String,
    display_name: String,
    password_hash: String,
    language: Language,
}

impl Unconfirmed {
    /// The user and their NGO role in the town; returns the user's id.
    async fn insert(
        &self,
        txn: &DatabaseTransaction,
        tenant_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let created = user::ActiveModel {
            email: Set(self.email.clone()),
            password_hash: Set(self.password_hash.clone()),
            display_name: Set(self.display_name.clone()),
            language: Set(self.language.code().to_string()),
            email_confirmed_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        membership::ActiveModel {
            user_id: Set(created.id),
            tenant_id: Set(tenant_id),
            role: Set(Role::Ngo.code().to_string()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        Ok(created.id)
    }

    /// The confirmation link, through the outbox in the same transaction.
    async fn send_confirmation(
        &self,
        txn: &DatabaseTransaction,
        tenant_id: i64,
        user_id: i64,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let expires_at = granty_domain::tokens::email_confirmation_expires(now);
        let token = issue_token(txn, user_id, CONFIRM, expires_at, now).await?;
        let recipient = Recipient {
            email: self.email.clone(),
            user_id: Some(user_id),
            language: self.language,
        };
        let subject = Subject {
            tenant_id,
            entity: "user",
            entity_id: user_id,
            link_path: format!("/confirm-email?token={token}"),
        };
        let event = Event::AccountConfirmation {
            display_name: self.display_name.clone(),
        };
        notifications::enqueue(txn, &subject, &[recipient], &event, None, now).await?;
        Ok(())
    }
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
    record_in_every_tenant(&txn, user_id, "confirm_email", now).await?;
    txn.commit().await?;
    Ok(())
}

/// An account change by the person themselves, in the trail of every town they belong to.
pub(crate) async fn record_in_every_tenant(
    txn: &DatabaseTransaction,
    user_id: i64,
    action: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let tenants = membership::Entity::find()
        .filter(membership::Column::UserId.eq(user_id))
        .all(txn)
        .await?;
    for found in tenants {
        let detail = serde_json::json!({});
        let tenant = found.tenant_id;
        crate::audit::record_for(txn, tenant, user_id, "user", user_id, action, detail, now)
            .await?;
    }
    Ok(())
}
