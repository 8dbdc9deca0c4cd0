//! Calendar feeds (issue 15): an organisation's and a clerk's private subscription address. The
//! address's token is the only credential a calendar application holds, so only its SHA-256 is
//! stored (as for sessions and invitations) and the token is shown once, when it is made.
//! Making it again (rotating) replaces the hash in place: the old address stops working with
//! the same commit. Both are audited, like the other secrets a person hands out.

mod facts;

use crate::accounts::{role_in_tenant, tenant_from_model, Actor};
use crate::entities::{calendar_feed, organisation, tenant, user};
use crate::error::{StoreError, StoreResult};
use crate::signup::{hash, new_token};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::calendar_feed::{clerk_events, organisation_events, FeedEvent};
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::Language;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter, Set,
    TransactionTrait,
};

/// Whose feed: an organisation's (for its NGO members) or the calling clerk's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedOwner {
    Organisation(i64),
    Clerk,
}

/// Whether a feed exists, since when and when its address was last made (never the address:
/// only its hash is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedStatus {
    /// The organisation's name, or the clerk's.
    pub owner_name: String,
    pub created_at: Option<DateTime<Utc>>,
    pub renewed_at: Option<DateTime<Utc>>,
}

/// A feed just made or rotated: its token, for the caller to see once.
#[derive(Debug, Clone)]
pub struct IssuedFeed {
    pub token: String,
    pub owner_name: String,
    /// An address existed before and stopped working now.
    pub rotated: bool,
    pub at: DateTime<Utc>,
}

/// A feed as a calendar application reads it.
#[derive(Debug, Clone)]
pub struct FeedContent {
    pub tenant: Tenant,
    pub language: Language,
    /// The organisation's name or the clerk's, for the calendar's name.
    pub owner_name: String,
    /// Whether it is a clerk's (the pages its events link to differ).
    pub clerk: bool,
    pub events: Vec<FeedEvent>,
}

/// The row of `owner`'s feed, after the access check: an organisation's only for its NGO
/// members (anyone else 404, as for its members page); a clerk's for the town's staff (others
/// 403). Returns the owner's name.
async fn owned(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    owner: FeedOwner,
) -> StoreResult<(Option<calendar_feed::Model>, String)> {
    let mut query = calendar_feed::Entity::find();
    let name = match owner {
        FeedOwner::Organisation(id) => {
            let found = member_organisation(conn, actor, id).await?;
            query = query.filter(calendar_feed::Column::OrganisationId.eq(id));
            found.name
        }
        FeedOwner::Clerk => {
            actor.require_staff()?;
            query = query
                .filter(calendar_feed::Column::TenantId.eq(actor.tenant_id()))
                .filter(calendar_feed::Column::UserId.eq(actor.user_id));
            actor.display_name.clone()
        }
    };
    Ok((query.one(conn).await?, name))
}

async fn member_organisation(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<organisation::Model> {
    let found = organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|o| o.tenant_id == actor.tenant_id() && actor.role == Role::Ngo)
        .ok_or(StoreError::NotFound)?;
    if crate::organisations::is_member(conn, actor, id).await? {
        Ok(found)
    } else {
        Err(StoreError::NotFound)
    }
}

/// The feed's state for the page and the API.
pub async fn status(db: &Db, actor: &Actor, owner: FeedOwner) -> StoreResult<FeedStatus> {
    let (row, owner_name) = owned(&db.reader, actor, owner).await?;
    Ok(FeedStatus {
        owner_name,
        created_at: row.as_ref().map(|r| r.created_at),
        renewed_at: row
            .as_ref()
            .filter(|r| r.updated_at != r.created_at)
            .map(|r| r.updated_at),
    })
}

/// Makes the feed's address: the first one, or a new one in place of the old, which stops
/// working at once. The words of an organisation's feed follow the language of whoever made
/// it last. One transaction, with its audit entry.
pub async fn issue(
    db: &Db,
    actor: &Actor,
    owner: FeedOwner,
    now: DateTime<Utc>,
) -> StoreResult<IssuedFeed> {
    let txn = db.writer.begin().await?;
    // Two first clicks at once: the second waits and then rotates the first's address.
    audit::hold_town(&txn, actor.tenant_id()).await?;
    let (existing, owner_name) = owned(&txn, actor, owner).await?;
    let token = new_token();
    let rotated = existing.is_some();
    let id = match existing {
        Some(row) => {
            let mut row = row.into_active_model();
            row.token_hash = Set(hash(&token));
            row.language = Set(actor.language.code().to_string());
            row.updated_at = Set(now);
            row.update(&txn).await?.id
        }
        None => insert(&txn, actor, owner, &token, now).await?,
    };
    let action = if rotated { "rotate" } else { "create" };
    let detail = match owner {
        FeedOwner::Organisation(org) => serde_json::json!({ "organisation_id": org }),
        FeedOwner::Clerk => serde_json::json!({ "user_id": actor.user_id }),
    };
    audit::record(&txn, actor, "calendar_feed", id, action, detail, now).await?;
    txn.commit().await?;
    Ok(IssuedFeed {
        token,
        owner_name,
        rotated,
        at: now,
    })
}

async fn insert(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    owner: FeedOwner,
    token: &str,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let (organisation_id, user_id) = match owner {
        FeedOwner::Organisation(id) => (Some(id), None),
        FeedOwner::Clerk => (None, Some(actor.user_id)),
    };
    let row = calendar_feed::ActiveModel {
        tenant_id: Set(actor.tenant_id()),
        organisation_id: Set(organisation_id),
        user_id: Set(user_id),
        token_hash: Set(hash(token)),
        language: Set(actor.language.code().to_string()),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(row.id)
}

/// The feed with this token, as of `now`: unknown, rotated away, or a clerk who is no longer
/// staff of the town are all 404, alike.
pub async fn read(db: &Db, token: &str, now: DateTime<Utc>) -> StoreResult<FeedContent> {
    let conn = &db.reader;
    let row = calendar_feed::Entity::find()
        .filter(calendar_feed::Column::TokenHash.eq(hash(token)))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let town = tenant::Entity::find_by_id(row.tenant_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let town = tenant_from_model(town)?;
    match (row.organisation_id, row.user_id) {
        (Some(id), _) => organisation_feed(conn, &row, town, id, now).await,
        (None, Some(user_id)) => clerk_feed(conn, town, user_id, now).await,
        (None, None) => Err(StoreError::Corrupt(format!("calendar feed {}", row.id))),
    }
}

async fn organisation_feed(
    conn: &impl ConnectionTrait,
    row: &calendar_feed::Model,
    town: Tenant,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<FeedContent> {
    let found = organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|o| o.tenant_id == town.id)
        .ok_or(StoreError::NotFound)?;
    let facts = facts::organisation(conn, &town, id, now).await?;
    Ok(FeedContent {
        events: organisation_events(&facts, town.time_zone),
        language: row.language.parse().unwrap_or(town.default_language),
        tenant: town,
        owner_name: found.name,
        clerk: false,
    })
}

async fn clerk_feed(
    conn: &impl ConnectionTrait,
    town: Tenant,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<FeedContent> {
    let staff = role_in_tenant(conn, user_id, town.id)
        .await?
        .is_some_and(Role::is_staff);
    let person = user::Entity::find_by_id(user_id).one(conn).await?;
    let Some(person) = person.filter(|_| staff) else {
        return Err(StoreError::NotFound);
    };
    let facts = facts::clerk(conn, &town, user_id).await?;
    Ok(FeedContent {
        events: clerk_events(&facts, town.time_zone, now),
        language: person.language.parse().unwrap_or(town.default_language),
        tenant: town,
        owner_name: person.display_name,
        clerk: true,
    })
}
