//! Who may see and change an application: tenant, role and membership, checked on every access.

use super::{clock, record_from_model, ApplicationRecord};
use crate::calls::{self, CallRecord};
use crate::entities::{application, application_partner};
use crate::error::{StoreError, StoreResult};
use crate::organisations::{self, OrganisationView};
use crate::Actor as Caller;
use chrono::{DateTime, Utc};
use granty_domain::application::{apply, Actor, ApplicationAction, ApplicationState};
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

pub struct Seen {
    pub record: ApplicationRecord,
    pub call: CallRecord,
    pub applicant: OrganisationView,
    /// The caller belongs to the applicant organisation (and may act for it).
    pub is_applicant_member: bool,
}

/// Loads an application the caller may see. Anything else, including another organisation's or
/// another tenant's application, is "not found", so its existence is not revealed.
pub async fn visible(conn: &impl ConnectionTrait, actor: &Caller, id: i64) -> StoreResult<Seen> {
    let model = application::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|a| a.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let is_applicant_member = actor.role == Role::Ngo
        && organisations::is_member(conn, actor, model.organisation_id).await?;
    let allowed = match actor.role {
        // Staff see an offer once it was submitted; drafts stay private to the applicant.
        Role::Clerk | Role::Admin => model.submitted_at.is_some(),
        Role::Ngo => is_applicant_member || is_partner_member(conn, actor, id).await?,
        Role::Evaluator => false,
    };
    if !allowed {
        return Err(StoreError::NotFound);
    }
    let record = record_from_model(model)?;
    let call = calls::record_from_model(
        crate::entities::call::Entity::find_by_id(record.call_id)
            .one(conn)
            .await?
            .ok_or(StoreError::NotFound)?,
    )?;
    let applicant: OrganisationView =
        organisations::in_tenant(conn, actor.tenant_id(), record.organisation_id)
            .await?
            .ok_or(StoreError::NotFound)?
            .try_into()?;
    Ok(Seen {
        record,
        call,
        applicant,
        is_applicant_member,
    })
}

impl Seen {
    /// Applies a transition by `actor` at `now`, against this call's and correction's clock.
    pub fn transition(
        &self,
        action: ApplicationAction,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> StoreResult<ApplicationState> {
        let clock = clock(&self.call, &self.record, now);
        apply(self.record.state, action, actor, &clock).map_err(StoreError::Transition)
    }
}

async fn is_partner_member(
    conn: &impl ConnectionTrait,
    actor: &Caller,
    application_id: i64,
) -> StoreResult<bool> {
    let mine = organisations::member_organisation_ids(conn, actor).await?;
    Ok(application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.eq(application_id))
        .filter(application_partner::Column::OrganisationId.is_in(mine))
        .one(conn)
        .await?
        .is_some())
}

/// Like [`visible`], but the caller must act for the applicant organisation.
pub async fn as_applicant(
    conn: &impl ConnectionTrait,
    actor: &Caller,
    id: i64,
) -> StoreResult<Seen> {
    let seen = visible(conn, actor, id).await?;
    if !seen.is_applicant_member {
        // Partners may read a joint offer but only the applicant acts on it.
        return Err(StoreError::Forbidden);
    }
    Ok(seen)
}
