//! Lists of applications: a call's submissions for the clerks, and an NGO member's dashboard.

use super::record_from_model;
use crate::calls::CallRecord;
use crate::entities::{application, application_partner, call, organisation};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::roles::Role;
use granty_domain::Money;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Row of a list of applications.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ApplicationListItem {
    pub id: i64,
    pub call_id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub title: String,
    pub state: ApplicationState,
    pub receipt_number: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub requested_grant: Money,
    pub total_costs: Money,
}

/// Applications in a call: staff see every submitted one, NGO users their organisations' own.
pub async fn list_for_call(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<Vec<ApplicationListItem>> {
    // A role that may never list offers learns nothing about which calls exist.
    if actor.role == Role::Evaluator {
        return Err(StoreError::Forbidden);
    }
    let call = crate::calls::visible(&db.reader, actor, call_id).await?;
    list_in_call(db, actor, &call).await
}

/// Like [`list_for_call`], for a call the caller has already read (through `calls::get`),
/// so a page that shows the call too reads it once.
pub async fn list_in_call(
    db: &Db,
    actor: &Actor,
    call: &CallRecord,
) -> StoreResult<Vec<ApplicationListItem>> {
    let mut query = application::Entity::find().filter(application::Column::CallId.eq(call.id));
    query = match actor.role {
        // Drafts are the applicants' own business until submitted.
        Role::Clerk | Role::Admin => query.filter(application::Column::SubmittedAt.is_not_null()),
        Role::Ngo => {
            let mine = crate::organisations::member_organisation_ids(&db.reader, actor).await?;
            query.filter(application::Column::OrganisationId.is_in(mine))
        }
        Role::Evaluator => return Err(StoreError::Forbidden),
    };
    let rows = query
        .order_by_asc(application::Column::Id)
        .all(&db.reader)
        .await?;
    let names = organisation_names(&db.reader, &rows).await?;
    let currency = call.terms.budget.currency;
    rows.into_iter()
        .map(|m| {
            let money = |minor| Money::new(minor, currency);
            let (requested_grant, total_costs) =
                (money(m.requested_grant_minor), money(m.total_costs_minor));
            let record = record_from_model(m)?;
            Ok(ApplicationListItem {
                id: record.id,
                call_id: record.call_id,
                organisation_id: record.organisation_id,
                organisation_name: name_of(&names, record.organisation_id),
                title: record.content.title,
                state: record.state,
                receipt_number: record.receipt_number,
                submitted_at: record.submitted_at,
                requested_grant,
                total_costs,
            })
        })
        .collect()
}

/// A row of an NGO member's dashboard: the offer with its call's dates.
#[derive(Debug, Clone)]
pub struct DashboardItem {
    pub id: i64,
    pub title: String,
    pub organisation_name: String,
    /// True when one of the caller's organisations is a partner of this joint offer, not its
    /// applicant: it may read the offer but not act on it.
    pub as_partner: bool,
    pub state: ApplicationState,
    pub receipt_number: Option<String>,
    pub call_id: i64,
    pub call_title: String,
    pub call_deadline: DateTime<Utc>,
    pub correction_due_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// Every offer of the caller's organisations in this tenant, as applicant or as a partner of a
/// joint offer, most recently changed first.
pub async fn mine(db: &Db, actor: &Actor) -> StoreResult<Vec<DashboardItem>> {
    let organisations = crate::organisations::member_organisation_ids(&db.reader, actor).await?;
    let as_partner = partnered(&db.reader, &organisations).await?;
    let rows = application::Entity::find()
        .filter(application::Column::TenantId.eq(actor.tenant_id()))
        .filter(
            Condition::any()
                .add(application::Column::OrganisationId.is_in(organisations.clone()))
                .add(application::Column::Id.is_in(as_partner)),
        )
        .order_by_desc(application::Column::UpdatedAt)
        .all(&db.reader)
        .await?;
    let calls = calls_of(&db.reader, &rows).await?;
    let names = organisation_names(&db.reader, &rows).await?;
    rows.into_iter()
        .map(|m| {
            let record = record_from_model(m)?;
            let call = calls.get(&record.call_id).ok_or(StoreError::NotFound)?;
            Ok(DashboardItem {
                id: record.id,
                as_partner: !organisations.contains(&record.organisation_id),
                organisation_name: name_of(&names, record.organisation_id),
                title: record.content.title,
                state: record.state,
                receipt_number: record.receipt_number,
                call_id: call.id,
                call_title: call.title.clone(),
                call_deadline: call.deadline,
                correction_due_at: record.correction_due_at,
                updated_at: record.updated_at,
            })
        })
        .collect()
}

/// Applications in which one of `organisations` is a partner.
async fn partnered(
    conn: &impl ConnectionTrait,
    organisations: &[i64],
) -> StoreResult<HashSet<i64>> {
    Ok(application_partner::Entity::find()
        .filter(application_partner::Column::OrganisationId.is_in(organisations.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.application_id)
        .collect())
}

/// The applicants' names, by organisation id.
async fn organisation_names(
    conn: &impl ConnectionTrait,
    rows: &[application::Model],
) -> StoreResult<HashMap<i64, String>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

fn name_of(names: &HashMap<i64, String>, organisation_id: i64) -> String {
    names.get(&organisation_id).cloned().unwrap_or_default()
}

/// The applications' calls, by id.
async fn calls_of(
    conn: &impl ConnectionTrait,
    rows: &[application::Model],
) -> StoreResult<HashMap<i64, call::Model>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.call_id).collect();
    Ok(call::Entity::find()
        .filter(call::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}
