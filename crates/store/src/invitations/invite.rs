//! Inviting a person to an organisation: checks, the stored invitation and the emailed link.

use super::{own_organisation, pending_for};
use crate::accounts::{role_in_tenant, Actor};
use crate::entities::{invitation, organisation_member, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::signup::{check_email, hash, new_token};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::invitation as rules;
use granty_domain::notification::Event;
use granty_domain::roles::Role;
use granty_domain::{Language, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

pub struct NewInvitation<'a> {
    pub email: &'a str,
    /// Optional: prefills the invited person's name.
    pub display_name: &'a str,
    /// The language of the email (the inviter's).
    pub language: Language,
}

/// Refuses an address that is a member already, has a pending invitation, or is staff here.
async fn check_invitable(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    organisation_id: i64,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<Option<i64>> {
    let existing = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(conn)
        .await?;
    let mut v = Violations::new();
    if let Some(person) = &existing {
        let is_member = organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
            .filter(organisation_member::Column::UserId.eq(person.id))
            .one(conn)
            .await?
            .is_some();
        let role = role_in_tenant(conn, person.id, actor.tenant_id()).await?;
        if is_member {
            v.push("email", Rule::AlreadyMember);
        } else if role.is_some_and(|r| r != Role::Ngo) {
            v.push("email", Rule::StaffAccount);
        }
    }
    if v.is_empty()
        && pending_for(conn, organisation_id, now)
            .await?
            .iter()
            .any(|i| i.email == email)
    {
        v.push("email", Rule::AlreadyInvited);
    }
    if v.is_empty() {
        Ok(existing.map(|u| u.id))
    } else {
        Err(StoreError::Invalid(v))
    }
}

/// Invites `new.email` to the organisation: stores the invitation, queues the email with the
/// link in the same transaction, and records it in the audit trail. Returns the invitation's id.
pub async fn invite(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    new: NewInvitation<'_>,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let mut v = Violations::new();
    let email = check_email(&mut v, "email", new.email);
    let display_name = new.display_name.trim().to_string();
    if display_name.chars().count() > 200 {
        v.push("display_name", Rule::TooLong { max: 200 });
    }
    let txn = db.writer.begin().await?;
    let found = own_organisation(&txn, actor, organisation_id).await?;
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let existing_user = check_invitable(&txn, actor, organisation_id, &email, now).await?;
    let invited = Invited {
        organisation_id,
        email,
        display_name,
        language: new.language,
        token: new_token(),
        expires_at: rules::expires_at(now),
    };
    let id = invited.insert(&txn, actor, now).await?;
    invited
        .send(&txn, actor, id, existing_user, found.name, now)
        .await?;
    let detail = serde_json::json!({ "organisation_id": organisation_id });
    audit::record(&txn, actor, "invitation", id, "invite", detail, now).await?;
    txn.commit().await?;
    Ok(id)
}

/// An invitation about to be stored, with its raw token (only the hash is kept).
struct Invited {
    organisation_id: i64,
    email: String,
    display_name: String,
    language: Language,
    token: String,
    expires_at: DateTime<Utc>,
}

impl Invited {
    async fn insert(
        &self,
        txn: &DatabaseTransaction,
        actor: &Actor,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let saved = invitation::ActiveModel {
            tenant_id: Set(actor.tenant_id()),
            organisation_id: Set(self.organisation_id),
            email: Set(self.email.clone()),
            display_name: Set(self.display_name.clone()),
            language: Set(self.language.code().to_string()),
            invited_by_user_id: Set(actor.user_id),
            token_hash: Set(hash(&self.token)),
            expires_at: Set(self.expires_at),
            accepted_at: Set(None),
            accepted_by_user_id: Set(None),
            revoked_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        Ok(saved.id)
    }

    /// The email with the link, through the outbox in the same transaction.
    async fn send(
        &self,
        txn: &DatabaseTransaction,
        actor: &Actor,
        id: i64,
        existing_user: Option<i64>,
        organisation_name: String,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let subject = Subject {
            tenant_id: actor.tenant_id(),
            entity: "invitation",
            entity_id: id,
            link_path: format!("/invitations/{}", self.token),
        };
        let recipient = Recipient {
            email: self.email.clone(),
            user_id: existing_user,
            language: self.language,
        };
        let event = Event::OrganisationInvitation {
            inviter_name: actor.display_name.clone(),
            organisation_name,
            tenant_name: actor.tenant.name.clone(),
            expires_at: self.expires_at,
        };
        notifications::enqueue(txn, &subject, &[recipient], &event, None, now).await?;
        Ok(())
    }
}
