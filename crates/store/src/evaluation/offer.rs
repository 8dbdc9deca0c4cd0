//! The offer as a committee member reads it beside the card: the version filed, its attachments
//! as filed, and the files themselves, behind the member's standing (declared, not excluded).

use super::gate;
use crate::applications::{detail_of, ApplicationDetail, Seen};
use crate::entities::attachment;
use crate::error::{StoreError, StoreResult};
use crate::organisations::{self, OrganisationView};
use crate::uploads::{FileBody, StoredFile};
use crate::{Actor, Db, Storage};
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// The offer `application_id` for a member of its call's committee.
pub async fn offer_for_member(
    db: &Db,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<ApplicationDetail> {
    let conn = &db.reader;
    let standing = gate::standing(conn, actor, application_id).await?;
    let record = crate::applications::record_from_model(standing.application)?;
    let call = crate::calls::record_from_model(standing.call)?;
    let applicant: OrganisationView =
        organisations::in_tenant(conn, actor.tenant_id(), record.organisation_id)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_into()?;
    let seen = Seen {
        record,
        call,
        applicant,
        is_applicant_member: false,
    };
    detail_of(conn, actor, seen, application_id).await
}

/// A filed attachment of the offer, for a member of its call's committee. An attachment that is
/// not the offer's is 404 even before the declaration (as the access table says: the path names
/// nothing), while any other role is refused first.
pub async fn attachment_for_member(
    db: &Db,
    storage: &Storage,
    actor: &Actor,
    application_id: i64,
    attachment_id: i64,
) -> StoreResult<StoredFile> {
    if actor.role != Role::Evaluator {
        return Err(StoreError::Forbidden);
    }
    let found = attachment::Entity::find_by_id(attachment_id)
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .filter(attachment::Column::LockedInVersion.is_not_null())
        .one(&db.reader)
        .await?
        .ok_or(StoreError::NotFound)?;
    gate::standing(&db.reader, actor, application_id).await?;
    Ok(StoredFile {
        body: FileBody::Streamed(storage.get_streamed(&found.storage_key).await?),
        file_name: found.file_name,
        content_type: found.content_type,
    })
}
