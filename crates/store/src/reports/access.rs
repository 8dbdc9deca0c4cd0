//! Who may see and change a report: the organisation's members and a joint offer's partners
//! read it, the town's staff once it is submitted; only the organisation's members write it.
//! Anyone else, and any other town, gets "not found".

use crate::agreements::access::role_of;
use crate::agreements::AgreementRole;
use crate::entities::{agreement, report};
use crate::error::{StoreError, StoreResult};
use crate::Actor;
use granty_domain::report::ReportState;
use sea_orm::{ConnectionTrait, EntityTrait};

/// A report with its agreement, as the caller stands to it.
pub(super) struct Seen {
    pub row: report::Model,
    pub agreement: agreement::Model,
    pub role: AgreementRole,
}

/// The report if the caller may see it.
pub(super) async fn visible(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<Seen> {
    let row = report::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|r| r.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let agreement = agreement::Entity::find_by_id(row.agreement_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let role = role_of(conn, actor, &agreement)
        .await?
        .ok_or(StoreError::NotFound)?;
    // A draft is the organisation's working copy: the town sees a report once submitted.
    if role == AgreementRole::Staff && row.state == ReportState::Draft.code() {
        return Err(StoreError::NotFound);
    }
    Ok(Seen {
        row,
        agreement,
        role,
    })
}

/// The report, for a member of the organisation that reports (partners and staff only read).
pub(super) async fn for_organisation(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
) -> StoreResult<Seen> {
    let seen = visible(conn, actor, id).await?;
    match seen.role {
        AgreementRole::Organisation => Ok(seen),
        _ => Err(StoreError::Forbidden),
    }
}
