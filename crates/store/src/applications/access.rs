//! Who may see and change an application: tenant, role and membership, checked on every access.

use super::{clock, record_from_model, ApplicationRecord};
use crate::calls::{self, CallRecord};
use crate::entities::{application, application_partner, call, organisation};
use crate::error::{StoreError, StoreResult};
use crate::joined::columns_as;
use crate::organisations::{self, OrganisationView};
use crate::Actor as Caller;
use chrono::{DateTime, Utc};
use granty_domain::application::{apply, Actor, ApplicationAction, ApplicationState};
use granty_domain::roles::Role;
use sea_orm::sea_query::{Condition, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter};

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
    let (model, call, applicant) = with_call_and_applicant(conn, actor.tenant_id(), id)
        .await?
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
    let call = calls::record_from_model(call)?;
    let applicant: OrganisationView = applicant.try_into()?;
    Ok(Seen {
        record,
        call,
        applicant,
        is_applicant_member,
    })
}

/// The application in the tenant with its call and its applicant organisation, in one
/// statement (every read of an offer starts here).
async fn with_call_and_applicant(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    id: i64,
) -> StoreResult<Option<(application::Model, call::Model, organisation::Model)>> {
    let mut query = Query::select();
    columns_as::<application::Entity>(&mut query, "a_");
    columns_as::<call::Entity>(&mut query, "c_");
    columns_as::<organisation::Entity>(&mut query, "o_");
    query
        .from(application::Entity)
        .inner_join(
            call::Entity,
            call::Column::Id
                .into_expr()
                .equals((application::Entity, application::Column::CallId)),
        )
        .inner_join(
            organisation::Entity,
            Condition::all()
                .add(
                    organisation::Column::Id
                        .into_expr()
                        .equals((application::Entity, application::Column::OrganisationId)),
                )
                .add(organisation::Column::TenantId.eq(tenant_id)),
        )
        .and_where(application::Column::Id.eq(id))
        .and_where(application::Column::TenantId.eq(tenant_id));
    let Some(row) = conn.query_one(&query).await? else {
        return Ok(None);
    };
    Ok(Some((
        application::Model::from_query_result(&row, "a_")?,
        call::Model::from_query_result(&row, "c_")?,
        organisation::Model::from_query_result(&row, "o_")?,
    )))
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
