//! Erasure (RODO art. 17) within what the law lets us erase: the person's details go, the public
//! record stays. Submitted offers and their versions are documents the town must keep (the
//! archives act; art. 17 ust. 3 lit. b), and so is the audit trail that proves who did what;
//! awards are public information. The account becomes a placeholder that cannot sign in.

use crate::accounts::normalise_email;
use crate::entities::{
    account_token, application, calendar_feed, invitation, login_challenge, membership,
    notification, organisation_member, session, two_factor_secret, user,
};
use crate::error::{StoreError, StoreResult};
use crate::passwords;
use crate::Db;
use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, IntoActiveModel, QueryFilter,
    Set, TransactionTrait,
};

/// The placeholder an erased person's address becomes.
pub fn placeholder_email(user_id: i64) -> String {
    format!("erased-{user_id}@erased.invalid")
}

/// Erases the person with `email`; returns their (kept) user id.
pub async fn erase(db: &Db, email: &str, now: DateTime<Utc>) -> StoreResult<i64> {
    let email = normalise_email(email);
    // A password no one knows: the placeholder account can never sign in.
    let mut secret = [0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let unusable = passwords::hash(&hex::encode(secret)).await?;
    let txn = db.writer.begin().await?;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(email.clone()))
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let id = person.id;
    let towns = membership::Entity::find()
        .filter(membership::Column::UserId.eq(id))
        .all(&txn)
        .await?;
    for town in &towns {
        let detail = serde_json::json!({ "reason": "erasure_request" });
        crate::audit::record_by_system(&txn, town.tenant_id, "user", id, "erase", detail, now)
            .await?;
    }
    let mut account = person.into_active_model();
    account.email = Set(placeholder_email(id));
    account.display_name = Set(format!("({id})"));
    account.password_hash = Set(unusable);
    account.updated_at = Set(now);
    account.update(&txn).await?;
    forget_links(&txn, id, &email).await?;
    blank_draft_contacts(&txn, &email, now).await?;
    notification::Entity::update_many()
        .col_expr(
            notification::Column::RecipientEmail,
            sea_orm::sea_query::Expr::value(placeholder_email(id)),
        )
        .filter(notification::Column::RecipientEmail.eq(email))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(id)
}

/// Sessions, links, roles, organisation memberships and invitations addressed to the person.
async fn forget_links(txn: &DatabaseTransaction, id: i64, email: &str) -> StoreResult<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    account_token::Entity::delete_many()
        .filter(account_token::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    // The two-factor key and any login waiting for its code go with the account's links.
    two_factor_secret::Entity::delete_many()
        .filter(two_factor_secret::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    crate::two_factor::recovery::delete_all(txn, id).await?;
    login_challenge::Entity::delete_many()
        .filter(login_challenge::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    // A clerk's calendar address is a link of the account's too.
    calendar_feed::Entity::delete_many()
        .filter(calendar_feed::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    membership::Entity::delete_many()
        .filter(membership::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    organisation_member::Entity::delete_many()
        .filter(organisation_member::Column::UserId.eq(id))
        .exec(txn)
        .await?;
    invitation::Entity::delete_many()
        .filter(invitation::Column::Email.eq(email))
        .filter(invitation::Column::AcceptedAt.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// Drafts (never submitted, so not retained documents) naming the person as contact lose the
/// contact's name, email and phone.
async fn blank_draft_contacts(
    txn: &DatabaseTransaction,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let drafts = application::Entity::find()
        .filter(application::Column::SubmittedAt.is_null())
        .filter(application::Column::Content.contains(email))
        .all(txn)
        .await?;
    for draft in drafts {
        let mut content: serde_json::Value = serde_json::from_str(&draft.content)?;
        let contact = &mut content["contact"];
        let named = contact["email"].as_str().map(normalise_email).as_deref() == Some(email);
        if !named {
            continue;
        }
        *contact = serde_json::json!({ "name": "", "email": "", "phone": "" });
        let version = draft.lock_version;
        let mut model = draft.into_active_model();
        model.content = Set(content.to_string());
        // Editors holding the old version must reload rather than write the details back.
        model.lock_version = Set(version + 1);
        model.updated_at = Set(now);
        model.update(txn).await?;
    }
    Ok(())
}
