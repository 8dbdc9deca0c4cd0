//! The retention job: deletes personal data whose purpose has ended (RODO art. 5 ust. 1 lit. e,
//! storage limitation). What stays is what the law requires to keep (submitted offers, the audit
//! trail, awards, an agreement's documents and notices until its retention day); what goes is
//! listed here with its period, set in the configuration.

use crate::entities::{
    account_token, agreement, membership, notification, organisation_member, session, user,
};
use crate::error::StoreResult;
use crate::Db;
use chrono::{DateTime, Duration, Utc};
use granty_domain::agreement::retention_over;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect, TransactionTrait};

/// How long each kind of record is kept, in days, with why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionPolicy {
    /// Sent emails' log: kept as proof of notice (e.g. a call for corrections, art. 43 KPA
    /// analogy) for the period in which it may be disputed; then deleted. Default 365.
    pub sent_notifications_days: i64,
    /// Accounts whose email was never confirmed: no contract was formed (art. 6 ust. 1 lit. b),
    /// so nothing justifies keeping them. Default 30.
    pub unconfirmed_accounts_days: i64,
    /// Used or expired confirmation and reset links: kept briefly for abuse investigation
    /// (legitimate interest, art. 6 ust. 1 lit. f). Default 30. Expired sessions go at once.
    pub spent_tokens_days: i64,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            sent_notifications_days: 365,
            unconfirmed_accounts_days: 30,
            spent_tokens_days: 30,
        }
    }
}

/// How many records one run deleted, by kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Purged {
    pub sessions: u64,
    pub tokens: u64,
    pub notifications: u64,
    pub accounts: u64,
}

/// Deletes everything past its retention date, in one transaction; running it twice is harmless.
pub async fn purge(db: &Db, now: DateTime<Utc>, policy: &RetentionPolicy) -> StoreResult<Purged> {
    let txn = db.writer.begin().await?;
    let sessions = session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(now))
        .exec(&txn)
        .await?
        .rows_affected;
    let token_cutoff = now - Duration::days(policy.spent_tokens_days);
    let tokens = account_token::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(account_token::Column::ExpiresAt.lte(token_cutoff))
                .add(account_token::Column::UsedAt.lte(token_cutoff)),
        )
        .exec(&txn)
        .await?
        .rows_affected;
    let mut sent_long_ago = notification::Entity::delete_many().filter(
        notification::Column::SentAt.lte(now - Duration::days(policy.sent_notifications_days)),
    );
    let kept = agreements_kept(&txn, now).await?;
    if !kept.is_empty() {
        sent_long_ago = sent_long_ago.filter(
            sea_orm::Condition::any()
                .add(notification::Column::Entity.ne(AGREEMENT))
                .add(notification::Column::EntityId.is_not_in(kept)),
        );
    }
    let notifications = sent_long_ago.exec(&txn).await?.rows_affected;
    let accounts = purge_unconfirmed(&txn, now, policy).await?;
    txn.commit().await?;
    Ok(Purged {
        sessions,
        tokens,
        notifications,
        accounts,
    })
}

/// The notices about an agreement (a control's recommendations, a call for a report) are part
/// of its documentation, kept until its retention day (model agreement § Dokumentacja).
const AGREEMENT: &str = "agreement";

/// The agreements whose documents must still be kept on `now`'s day.
async fn agreements_kept(
    txn: &sea_orm::DatabaseTransaction,
    now: DateTime<Utc>,
) -> StoreResult<Vec<i64>> {
    // The UTC day: near midnight it is the earlier day, so a document is never dropped early.
    let today = now.date_naive();
    let rows: Vec<(i64, chrono::NaiveDate)> = agreement::Entity::find()
        .select_only()
        .column(agreement::Column::Id)
        .column(agreement::Column::EndsOn)
        .into_tuple()
        .all(txn)
        .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, ends_on)| !retention_over(*ends_on, today))
        .map(|(id, _)| id)
        .collect())
}

/// Accounts never confirmed within their period, with everything that hangs on them.
async fn purge_unconfirmed(
    txn: &sea_orm::DatabaseTransaction,
    now: DateTime<Utc>,
    policy: &RetentionPolicy,
) -> StoreResult<u64> {
    let stale = user::Entity::find()
        .filter(user::Column::EmailConfirmedAt.is_null())
        .filter(user::Column::CreatedAt.lte(now - Duration::days(policy.unconfirmed_accounts_days)))
        .all(txn)
        .await?;
    for person in &stale {
        let towns = membership::Entity::find()
            .filter(membership::Column::UserId.eq(person.id))
            .all(txn)
            .await?;
        for town in towns {
            let detail = serde_json::json!({ "reason": "unconfirmed_account" });
            crate::audit::record_by_system(
                txn,
                town.tenant_id,
                "user",
                person.id,
                "retention_delete",
                detail,
                now,
            )
            .await?;
        }
        membership::Entity::delete_many()
            .filter(membership::Column::UserId.eq(person.id))
            .exec(txn)
            .await?;
        organisation_member::Entity::delete_many()
            .filter(organisation_member::Column::UserId.eq(person.id))
            .exec(txn)
            .await?;
        account_token::Entity::delete_many()
            .filter(account_token::Column::UserId.eq(person.id))
            .exec(txn)
            .await?;
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(person.id))
            .exec(txn)
            .await?;
        notification::Entity::delete_many()
            .filter(notification::Column::RecipientUserId.eq(person.id))
            .exec(txn)
            .await?;
        user::Entity::delete_by_id(person.id).exec(txn).await?;
    }
    Ok(stale.len() as u64)
}
