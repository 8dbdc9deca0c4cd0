//! Accepting an invitation from its link: reading it, and joining with a new account, a
//! password or a session.

use crate::accounts::{
    add_organisation_member, normalise_email, role_in_tenant, Actor, NewSession,
};
use crate::entities::user;
use crate::entities::{invitation, membership, organisation, organisation_member, session, tenant};
use crate::error::{StoreError, StoreResult};
use crate::sessions::open_session;
use crate::signup::{check_password, hash};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::invitation::{self as rules, InvitationStatus};
use granty_domain::roles::Role;
use granty_domain::tokens::SessionPolicy;
use granty_domain::{Language, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

/// What the invited address already has in Granty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Account {
    /// No account, or one whose address was never confirmed: the link sets name and password.
    None,
    /// A confirmed account: its owner signs in to accept.
    Existing,
}

/// A link as the invited person sees it.
#[derive(Debug, Clone)]
pub struct OpenedInvitation {
    pub status: InvitationStatus,
    pub email: String,
    pub display_name: String,
    pub language: Language,
    pub organisation_name: String,
    pub inviter_name: String,
    pub tenant_slug: String,
    pub tenant_name: String,
    pub account: Account,
}

async fn by_token(conn: &impl ConnectionTrait, raw: &str) -> StoreResult<invitation::Model> {
    invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(hash(raw.trim())))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

async fn user_by_email(
    conn: &impl ConnectionTrait,
    email: &str,
) -> StoreResult<Option<user::Model>> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(conn)
        .await?)
}

/// Reads an invitation by its link; an unknown link is `NotFound`, a spent one says how.
pub async fn open(db: &Db, raw: &str, now: DateTime<Utc>) -> StoreResult<OpenedInvitation> {
    let conn = &db.reader;
    let found = by_token(conn, raw).await?;
    let organisation_name = organisation::Entity::find_by_id(found.organisation_id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let inviter_name = user::Entity::find_by_id(found.invited_by_user_id)
        .one(conn)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    let town = tenant::Entity::find_by_id(found.tenant_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let account = match user_by_email(conn, &found.email).await? {
        Some(u) if u.email_confirmed_at.is_some() => Account::Existing,
        _ => Account::None,
    };
    Ok(OpenedInvitation {
        status: rules::status(found.accepted_at, found.revoked_at, found.expires_at, now),
        email: found.email,
        display_name: found.display_name,
        language: found.language.parse().unwrap_or_default(),
        organisation_name,
        inviter_name,
        tenant_slug: town.slug,
        tenant_name: town.name,
        account,
    })
}

/// How the invited person proves who they are.
pub enum Acceptance<'a> {
    /// No confirmed account: the link proves the address; name and password make the account.
    NewAccount {
        display_name: &'a str,
        password: &'a str,
        password_again: &'a str,
        language: Language,
    },
    /// A confirmed account's password.
    Password(&'a str),
    /// Already signed in as the invited address in the invitation's tenant.
    SignedIn(&'a Actor),
}

/// Accepts an invitation: the person joins the tenant (as an NGO user, if not yet) and the
/// organisation, and the link is spent. A new session is returned unless they were signed in.
/// A link that cannot be used (any more) is `NotFound`; a wrong password `BadCredentials`.
pub async fn accept(
    db: &Db,
    raw: &str,
    acceptance: Acceptance<'_>,
    sessions: &SessionPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Option<NewSession>> {
    let new_name = checked_new_account(&acceptance).map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    let found = by_token(&txn, raw).await?;
    let pending = rules::status(found.accepted_at, found.revoked_at, found.expires_at, now);
    if pending != InvitationStatus::Pending {
        return Err(StoreError::NotFound);
    }
    let user_id = accepting_user(&txn, &found, &acceptance, &new_name, now).await?;
    join(&txn, &found, user_id, now).await?;
    let session = match acceptance {
        Acceptance::SignedIn(_) => None,
        _ => Some(open_session(&txn, user_id, found.tenant_id, sessions, now).await?),
    };
    txn.commit().await?;
    Ok(session)
}

/// A new account needs a name and a password typed twice; returns the trimmed name (empty for
/// the other kinds of acceptance).
fn checked_new_account(acceptance: &Acceptance<'_>) -> Result<String, Violations> {
    let mut v = Violations::new();
    let mut name = String::new();
    if let Acceptance::NewAccount {
        display_name,
        password,
        password_again,
        ..
    } = acceptance
    {
        name = v.text("display_name", display_name, 200);
        check_password(&mut v, "password", password, password_again);
    }
    v.into_result(name)
}

/// The user who accepts: a new account, an unconfirmed one taken over by the link's holder, an
/// existing one proven by its password, or the signed-in person the link was sent to.
async fn accepting_user(
    txn: &DatabaseTransaction,
    found: &invitation::Model,
    acceptance: &Acceptance<'_>,
    new_name: &str,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let existing = user_by_email(txn, &found.email).await?;
    match (acceptance, existing) {
        (
            Acceptance::NewAccount {
                password, language, ..
            },
            None,
        ) => create_confirmed(txn, &found.email, new_name, password, *language, now).await,
        (
            Acceptance::NewAccount {
                password, language, ..
            },
            Some(u),
        ) if u.email_confirmed_at.is_none() => {
            // Whoever signed up with this address never proved it; the link does, so its
            // holder sets the password, as a password reset would.
            set_up_unconfirmed(txn, u.id, new_name, password, *language, now).await
        }
        (Acceptance::Password(password), Some(u))
            if u.email_confirmed_at.is_some()
                && crate::passwords::matches(&u.password_hash, password).await? =>
        {
            Ok(u.id)
        }
        (Acceptance::Password(_), _) => Err(StoreError::BadCredentials),
        (Acceptance::SignedIn(actor), Some(u))
            if actor.user_id == u.id && actor.tenant_id() == found.tenant_id =>
        {
            Ok(u.id)
        }
        _ => Err(StoreError::Forbidden),
    }
}

async fn create_confirmed(
    conn: &impl ConnectionTrait,
    email: &str,
    display_name: &str,
    password: &str,
    language: Language,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let created = user::ActiveModel {
        email: Set(normalise_email(email)),
        password_hash: Set(crate::passwords::hash(password).await?),
        display_name: Set(display_name.to_string()),
        language: Set(language.code().to_string()),
        // The emailed link proves the address.
        email_confirmed_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(created.id)
}

async fn set_up_unconfirmed(
    conn: &impl ConnectionTrait,
    user_id: i64,
    display_name: &str,
    password: &str,
    language: Language,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    user::Entity::update_many()
        .set(user::ActiveModel {
            password_hash: Set(crate::passwords::hash(password).await?),
            display_name: Set(display_name.to_string()),
            language: Set(language.code().to_string()),
            email_confirmed_at: Set(Some(now)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(user::Column::Id.eq(user_id))
        .exec(conn)
        .await?;
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(user_id)
}

/// Spends the link and adds the person to the tenant and the organisation.
async fn join(
    conn: &impl ConnectionTrait,
    found: &invitation::Model,
    user_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    // Conditional, so two clicks at once spend the link only once.
    let claimed = invitation::Entity::update_many()
        .set(invitation::ActiveModel {
            accepted_at: Set(Some(now)),
            accepted_by_user_id: Set(Some(user_id)),
            updated_at: Set(now),
            ..Default::default()
        })
        .filter(invitation::Column::Id.eq(found.id))
        .filter(invitation::Column::AcceptedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    if claimed.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    match role_in_tenant(conn, user_id, found.tenant_id).await? {
        Some(Role::Ngo) => {}
        Some(_) => return Err(StoreError::Forbidden),
        None => {
            membership::ActiveModel {
                user_id: Set(user_id),
                tenant_id: Set(found.tenant_id),
                role: Set(Role::Ngo.code().to_string()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        }
    }
    let already = organisation_member::Entity::find()
        .filter(organisation_member::Column::OrganisationId.eq(found.organisation_id))
        .filter(organisation_member::Column::UserId.eq(user_id))
        .one(conn)
        .await?
        .is_some();
    if !already {
        add_organisation_member(conn, found.organisation_id, user_id, now).await?;
    }
    let detail = serde_json::json!({ "organisation_id": found.organisation_id });
    audit::record_for(
        conn,
        found.tenant_id,
        user_id,
        "invitation",
        found.id,
        "accept",
        detail,
        now,
    )
    .await
}
