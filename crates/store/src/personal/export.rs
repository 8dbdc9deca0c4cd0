//! Everything Granty holds about one person, as one JSON document (RODO art. 15 and 20).

use crate::accounts::normalise_email;
use crate::entities::{
    account_token, application, audit_event, membership, notification, organisation,
    organisation_member, session, tenant, user,
};
use crate::error::{StoreError, StoreResult};
use crate::Db;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// The account, towns and roles, organisations, sessions and links (never their secrets), the
/// audit entries they made, the offers they acted on and the emails sent to them.
pub async fn export(db: &Db, email: &str) -> StoreResult<Value> {
    let conn = &db.reader;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let id = person.id;
    let mut towns = Vec::new();
    for role in membership::Entity::find()
        .filter(membership::Column::UserId.eq(id))
        .all(conn)
        .await?
    {
        let town = tenant::Entity::find_by_id(role.tenant_id).one(conn).await?;
        towns.push(
            json!({ "tenant": town.map(|t| t.slug), "role": role.role, "since": role.created_at }),
        );
    }
    let organisation_ids: Vec<i64> = organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    let organisations = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(organisation_ids))
        .all(conn)
        .await?;
    let sessions: Vec<Value> = session::Entity::find()
        .filter(session::Column::UserId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|s| json!({ "tenant_id": s.tenant_id, "created_at": s.created_at, "expires_at": s.expires_at }))
        .collect();
    let tokens: Vec<Value> = account_token::Entity::find()
        .filter(account_token::Column::UserId.eq(id))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| json!({ "purpose": t.purpose, "created_at": t.created_at, "expires_at": t.expires_at, "used_at": t.used_at }))
        .collect();
    let audit = audit_event::Entity::find()
        .filter(audit_event::Column::ActorUserId.eq(id))
        .order_by_asc(audit_event::Column::Id)
        .all(conn)
        .await?;
    let offers = offers_acted_on(db, &audit, id).await?;
    let notifications = notification::Entity::find()
        .filter(notification::Column::RecipientEmail.eq(person.email.clone()))
        .all(conn)
        .await?;
    Ok(json!({
        "account": {
            "id": id,
            "email": person.email,
            "display_name": person.display_name,
            "language": person.language,
            "email_confirmed_at": person.email_confirmed_at,
            "created_at": person.created_at,
        },
        "memberships": towns,
        "organisations": organisations,
        "sessions": sessions,
        "account_links": tokens,
        "audit_entries": audit,
        "offers": offers,
        "notifications": notifications,
    }))
}

/// Offers the person created or that appear in their audit entries, with their content.
async fn offers_acted_on(
    db: &Db,
    audit: &[audit_event::Model],
    id: i64,
) -> StoreResult<Vec<Value>> {
    let mut ids: BTreeSet<i64> = audit
        .iter()
        .filter(|e| e.entity == "application")
        .map(|e| e.entity_id)
        .collect();
    let created = application::Entity::find()
        .filter(application::Column::CreatedBy.eq(id))
        .all(&db.reader)
        .await?;
    ids.extend(created.iter().map(|a| a.id));
    let found = application::Entity::find()
        .filter(application::Column::Id.is_in(ids))
        .order_by_asc(application::Column::Id)
        .all(&db.reader)
        .await?;
    Ok(found
        .into_iter()
        .map(|a| {
            let content: Value = serde_json::from_str(&a.content).unwrap_or(Value::String(a.content.clone()));
            json!({ "id": a.id, "call_id": a.call_id, "state": a.state, "receipt_number": a.receipt_number, "submitted_at": a.submitted_at, "content": content })
        })
        .collect())
}
