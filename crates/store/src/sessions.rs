//! Login sessions: only a token's hash is stored; a session ends at its absolute end, after
//! being idle too long, at logout, or when its owner ends them all.

use crate::accounts::{actor_from, tenant_from_model, Actor};
use crate::entities::{membership, session, tenant, user};
use crate::error::{StoreError, StoreResult};
use crate::joined::columns_as;
use crate::Db;
use chrono::{DateTime, Duration, Utc};
use granty_domain::roles::Role;
use granty_domain::tokens::SessionPolicy;
use rand::RngCore;
use sea_orm::sea_query::{Alias, Condition, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, Set,
};
use sha2::{Digest, Sha256};

/// A session's raw token (for the client, once) and its end.
pub struct NewSession {
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

/// Signs a user in to a tenant with a new random token; only the token's hash is stored.
pub(crate) async fn open_session(
    conn: &impl ConnectionTrait,
    user_id: i64,
    tenant_id: i64,
    policy: &SessionPolicy,
    now: DateTime<Utc>,
) -> StoreResult<NewSession> {
    let mut raw = [0u8; 32];
    rand::rng().fill_bytes(&mut raw);
    let token = hex::encode(raw);
    let expires_at = now + policy.absolute;
    session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        user_id: Set(user_id),
        tenant_id: Set(tenant_id),
        expires_at: Set(expires_at),
        last_seen_at: Set(Some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(conn)
    .await?;
    Ok(NewSession { token, expires_at })
}

/// How stale `last_seen_at` may get before a request writes it again: the idle expiry does
/// not need the second, and a write per request would load the one SQLite writer.
const TOUCH_AFTER_SECONDS: i64 = 60;

/// Resolves a bearer token to the acting user; expired, idle and unknown tokens are refused
/// alike. A session in use has its last use noted (at most once a minute).
pub async fn actor_for_token(
    db: &Db,
    token: &str,
    policy: &SessionPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Actor> {
    let (found, person, tenant, role) = session_with_actor(&db.reader, token)
        .await?
        .filter(|(s, ..)| policy.is_live(s.expires_at, s.last_seen_at.unwrap_or(s.created_at), now))
        .ok_or(StoreError::BadCredentials)?;
    if now - found.last_seen_at.unwrap_or(found.created_at) > Duration::seconds(TOUCH_AFTER_SECONDS)
    {
        touch(db, found.id, now).await?;
    }
    let role = role.parse::<Role>().map_err(StoreError::Corrupt)?;
    Ok(actor_from(person, role, tenant_from_model(tenant)?))
}

type SessionWithActor = (session::Model, user::Model, tenant::Model, String);

/// The session with this token, its person, its town and the person's role there, in one
/// statement: every authenticated request starts here, so it is one round trip, not four.
/// A session whose person has no role in its town finds nothing, as an unknown token does.
async fn session_with_actor(
    conn: &impl ConnectionTrait,
    token: &str,
) -> StoreResult<Option<SessionWithActor>> {
    let mut query = Query::select();
    columns_as::<session::Entity>(&mut query, "s_");
    columns_as::<user::Entity>(&mut query, "u_");
    columns_as::<tenant::Entity>(&mut query, "t_");
    query
        .expr_as(membership::Column::Role.into_expr(), Alias::new("role"))
        .from(session::Entity)
        .inner_join(
            user::Entity,
            user::Column::Id
                .into_expr()
                .equals((session::Entity, session::Column::UserId)),
        )
        .inner_join(
            tenant::Entity,
            tenant::Column::Id
                .into_expr()
                .equals((session::Entity, session::Column::TenantId)),
        )
        .inner_join(
            membership::Entity,
            Condition::all()
                .add(
                    membership::Column::UserId
                        .into_expr()
                        .equals((session::Entity, session::Column::UserId)),
                )
                .add(
                    membership::Column::TenantId
                        .into_expr()
                        .equals((session::Entity, session::Column::TenantId)),
                ),
        )
        .and_where(session::Column::TokenHash.eq(token_hash(token)))
        .limit(1);
    let Some(row) = conn.query_one(&query).await? else {
        return Ok(None);
    };
    Ok(Some((
        session::Model::from_query_result(&row, "s_")?,
        user::Model::from_query_result(&row, "u_")?,
        tenant::Model::from_query_result(&row, "t_")?,
        row.try_get("", "role")?,
    )))
}

async fn touch(db: &Db, session_id: i64, now: DateTime<Utc>) -> StoreResult<()> {
    session::Entity::update_many()
        .set(session::ActiveModel {
            last_seen_at: Set(Some(now)),
            ..Default::default()
        })
        .filter(session::Column::Id.eq(session_id))
        .exec(&db.writer)
        .await?;
    Ok(())
}

/// Ends a session (logout), recorded in the trail of the session's tenant.
pub async fn log_out(db: &Db, token: &str) -> StoreResult<()> {
    use sea_orm::TransactionTrait;
    let txn = db.writer.begin().await?;
    let found = session::Entity::find()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .one(&txn)
        .await?;
    if let Some(found) = found {
        end_session(&txn, token).await?;
        let (tenant, user) = (found.tenant_id, found.user_id);
        let (detail, now) = (serde_json::json!({}), Utc::now());
        crate::audit::record_for(&txn, tenant, user, "user", user, "log_out", detail, now).await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Ends the session with this token, if there is one.
pub(crate) async fn end_session(conn: &impl ConnectionTrait, token: &str) -> StoreResult<()> {
    session::Entity::delete_many()
        .filter(session::Column::TokenHash.eq(token_hash(token)))
        .exec(conn)
        .await?;
    Ok(())
}

/// Ends every session of the caller, in every town and on every device ("log out everywhere"),
/// and notes it in the audit trail. Returns how many ended.
pub async fn log_out_everywhere(db: &Db, actor: &Actor, now: DateTime<Utc>) -> StoreResult<u64> {
    use sea_orm::TransactionTrait;
    let txn = db.writer.begin().await?;
    let ended = end_all_sessions(&txn, actor.user_id).await?;
    let detail = serde_json::json!({ "sessions_ended": ended });
    crate::audit::record(
        &txn,
        actor,
        "user",
        actor.user_id,
        "logout_everywhere",
        detail,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(ended)
}

/// Ends every session of a user (a new password, log out everywhere).
pub(crate) async fn end_all_sessions(
    conn: &impl ConnectionTrait,
    user_id: i64,
) -> StoreResult<u64> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(conn)
        .await?
        .rows_affected)
}

pub(crate) fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}
