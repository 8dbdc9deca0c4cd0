//! The administrator's way to the export and the erasure (the `/admin/people` page): the same
//! functions as `granty person export/erase`, for a person who belongs to the admin's own town
//! (anyone else is `NotFound`, as if they did not exist), with the admin's request in the trail.

use super::{erase, export};
use crate::accounts::{normalise_email, Actor};
use crate::entities::{membership, user};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Db};
use chrono::{DateTime, Utc};
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, TransactionTrait};
use serde::Serialize;
use serde_json::{json, Value};

/// A person of the town as the admin's page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub user_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
}

/// The person with `email` if they have a role in the admin's town.
pub async fn find_in_town(db: &Db, actor: &Actor, email: &str) -> StoreResult<Person> {
    actor.require(Role::Admin)?;
    let person = user::Entity::find()
        .filter(user::Column::Email.eq(normalise_email(email)))
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    let role = membership::Entity::find()
        .filter(membership::Column::UserId.eq(person.id))
        .filter(membership::Column::TenantId.eq(actor.tenant_id()))
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Person {
        user_id: person.id,
        email: person.email,
        display_name: person.display_name,
        role: role.role,
    })
}

/// Everything held about a person of the town (as `granty person export`); audited.
pub async fn export_in_town(
    db: &Db,
    actor: &Actor,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<Value> {
    let person = find_in_town(db, actor, email).await?;
    let document = export(db, &person.email).await?;
    note(db, actor, person.user_id, "personal_export", now).await?;
    Ok(document)
}

/// Erases a person of the town (as `granty person erase`); the admin's request is audited.
pub async fn erase_in_town(
    db: &Db,
    actor: &Actor,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<i64> {
    let person = find_in_town(db, actor, email).await?;
    let id = erase(db, &person.email, now).await?;
    note(db, actor, id, "personal_erase", now).await?;
    Ok(id)
}

async fn note(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    action: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = db.writer.begin().await?;
    let detail = json!({ "by": "admin_page" });
    audit::record(&txn, actor, "user", user_id, action, detail, now).await?;
    txn.commit().await?;
    Ok(())
}
