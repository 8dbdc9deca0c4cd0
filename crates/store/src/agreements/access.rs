//! Who may see and act on an agreement. The town's staff see their town's agreements; members
//! of a party organisation (the applicant or a joint offer's partner) see it once it is ready
//! to sign, never as a draft; the members of each party sign for it. Anyone else gets "not
//! found", so an agreement's existence is not revealed.

use crate::entities::{agreement, application_partner};
use crate::error::{StoreError, StoreResult};
use crate::organisations;
use crate::Actor;
use granty_domain::agreement::AgreementState;
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

/// How the caller stands to an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgreementRole {
    /// The town's clerk or administrator.
    Staff,
    /// A member of the applicant organisation: downloads, uploads the signed copy.
    Organisation,
    /// A member of a joint offer's partner: reads, and signs for the partner.
    Partner,
}

pub(crate) struct Found {
    pub row: agreement::Model,
    pub role: AgreementRole,
}

/// The agreement if the caller may see it.
pub(crate) async fn visible(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<Found> {
    let row = agreement::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|a| a.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let role = role_of(conn, actor, &row)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Found { row, role })
}

/// The caller's standing, or `None` when the agreement is not theirs to see.
pub(crate) async fn role_of(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    row: &agreement::Model,
) -> StoreResult<Option<AgreementRole>> {
    if actor.role.is_staff() {
        return Ok(Some(AgreementRole::Staff));
    }
    if actor.role != Role::Ngo || row.state == AgreementState::Draft.code() {
        return Ok(None);
    }
    if organisations::is_member(conn, actor, row.organisation_id).await? {
        return Ok(Some(AgreementRole::Organisation));
    }
    let mine = organisations::member_organisation_ids(conn, actor).await?;
    let partner = application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.eq(row.application_id))
        .filter(application_partner::Column::OrganisationId.is_in(mine))
        .one(conn)
        .await?;
    Ok(partner.map(|_| AgreementRole::Partner))
}

/// The agreement, for the town's staff only.
pub(crate) async fn for_staff(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<agreement::Model> {
    actor.require_staff()?;
    Ok(visible(conn, actor, id).await?.row)
}

/// The agreement and the caller's standing, for a member of a party that signs: the applicant
/// organisation or a joint offer's partner (art. 14 ust. 5: the partners are parties too).
pub(super) async fn for_signing(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<(agreement::Model, AgreementRole)> {
    let found = visible(conn, actor, id).await?;
    match found.role {
        AgreementRole::Organisation | AgreementRole::Partner => Ok((found.row, found.role)),
        AgreementRole::Staff => Err(StoreError::Forbidden),
    }
}
