//! A member of an NGO invites another person to work on the organisation's offers: the members
//! list, invitations with a single-use emailed link (only its hash is stored), their revocation
//! and their acceptance, which creates the account when the address has none.

mod accept;
mod invite;

pub use accept::{accept, open, Acceptance, Account, OpenedInvitation};
pub use invite::{invite, NewInvitation};

use crate::accounts::Actor;
use crate::entities::user;
use crate::entities::{invitation, organisation, organisation_member};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::roles::Role;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct MemberView {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub since: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PendingInvitationView {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub invited_by: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MembersView {
    pub organisation_id: i64,
    pub organisation_name: String,
    pub members: Vec<MemberView>,
    pub pending: Vec<PendingInvitationView>,
}

/// The organisation, if the caller is an NGO member of it in their tenant; anyone else gets
/// `NotFound`, staff included: membership is the organisation's own business.
pub(super) async fn own_organisation(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    organisation_id: i64,
) -> StoreResult<organisation::Model> {
    if actor.role != Role::Ngo {
        return Err(StoreError::NotFound);
    }
    let found = organisation::Entity::find_by_id(organisation_id)
        .one(conn)
        .await?
        .filter(|o| o.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    if crate::organisations::is_member(conn, actor, organisation_id).await? {
        Ok(found)
    } else {
        Err(StoreError::NotFound)
    }
}

async fn users_by_id(
    conn: &impl ConnectionTrait,
    ids: Vec<i64>,
) -> StoreResult<std::collections::HashMap<i64, user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

pub(super) async fn pending_for(
    conn: &impl ConnectionTrait,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<invitation::Model>> {
    Ok(invitation::Entity::find()
        .filter(invitation::Column::OrganisationId.eq(organisation_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(now))
        .order_by_asc(invitation::Column::Id)
        .all(conn)
        .await?)
}

/// The organisation's members and its pending invitations.
pub async fn members(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<MembersView> {
    let conn = &db.reader;
    let found = own_organisation(conn, actor, organisation_id).await?;
    let links = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .order_by_asc(organisation_member::Column::Id)
        .all(conn)
        .await?;
    let pending = pending_for(conn, organisation_id, now).await?;
    let ids = links
        .iter()
        .map(|m| m.user_id)
        .chain(pending.iter().map(|i| i.invited_by_user_id))
        .collect();
    let people = users_by_id(conn, ids).await?;
    let members = links
        .into_iter()
        .filter_map(|m| {
            people.get(&m.user_id).map(|u| MemberView {
                user_id: u.id,
                display_name: u.display_name.clone(),
                email: u.email.clone(),
                since: m.created_at,
            })
        })
        .collect();
    let pending = pending
        .into_iter()
        .map(|i| PendingInvitationView {
            invited_by: people
                .get(&i.invited_by_user_id)
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            id: i.id,
            email: i.email,
            display_name: i.display_name,
            expires_at: i.expires_at,
        })
        .collect();
    Ok(MembersView {
        organisation_id,
        organisation_name: found.name,
        members,
        pending,
    })
}

/// Withdraws a pending invitation of the caller's organisation; its link stops working.
pub async fn revoke(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    invitation_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    own_organisation(&txn, actor, organisation_id).await?;
    let revoked = invitation::Entity::update_many()
        .set(invitation::ActiveModel {
            revoked_at: Set(Some(now)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(invitation::Column::Id.eq(invitation_id))
        .filter(invitation::Column::OrganisationId.eq(organisation_id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if revoked.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    let detail = serde_json::json!({ "organisation_id": organisation_id });
    audit::record(
        &txn,
        actor,
        "invitation",
        invitation_id,
        "revoke",
        detail,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Takes a person out of the organisation (someone left the board, say). The last member cannot
/// be removed: the organisation and its offers would be left with nobody to act for them.
pub async fn remove_member(
    db: &Db,
    actor: &Actor,
    organisation_id: i64,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    own_organisation(&txn, actor, organisation_id).await?;
    let links = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(organisation_id))
        .all(&txn)
        .await?;
    let Some(link) = links.iter().find(|m| m.user_id == user_id) else {
        return Err(StoreError::NotFound);
    };
    if links.len() == 1 {
        let mut v = granty_domain::Violations::new();
        v.push("members", granty_domain::Rule::LastMember);
        return Err(StoreError::Invalid(v));
    }
    organisation_member::Entity::delete_by_id(link.id)
        .exec(&txn)
        .await?;
    let detail = serde_json::json!({ "organisation_id": organisation_id, "user_id": user_id });
    audit::record(
        &txn,
        actor,
        "organisation",
        organisation_id,
        "remove_member",
        detail,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
