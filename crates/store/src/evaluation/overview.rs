//! The clerk's view of a call's committee: each member with their kind, declaration,
//! exclusions and assigned offers; the offers that lost a member through a tie; the assignment
//! history; the town's evaluators and organisations to appoint from; the settings.

use super::committee::active_members;
use super::offers::{names, under_evaluation, OfferRow};
use super::settings::{settings, settings_row};
use crate::calls::CallRecord;
use crate::entities::{
    assignment, call_evaluation, committee_member, evaluation_exclusion, impartiality_declaration,
    membership, organisation, user,
};
use crate::error::StoreResult;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::evaluation::EvaluationSettings;
use granty_domain::roles::Role;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::BTreeMap;

/// A committee member as the clerk sees them.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MemberView {
    pub id: i64,
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub kind: String,
    pub nominated_by: String,
    pub scores: bool,
    pub declared_at: Option<DateTime<Utc>>,
    pub excluded_from: Vec<i64>,
    pub assigned: Vec<i64>,
    pub removed_at: Option<DateTime<Utc>>,
    pub removed_reason: Option<String>,
}

/// One assignment, current or ended.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AssignmentView {
    pub application_id: i64,
    pub user_id: i64,
    pub assigned_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    pub end_reason: Option<String>,
}

/// A person or organisation to choose from.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Overview {
    pub call: CallRecord,
    pub settings: EvaluationSettings,
    pub settings_row: Option<call_evaluation::Model>,
    /// Active members first, then the removed ones.
    pub members: Vec<MemberView>,
    pub offers: Vec<OfferRow>,
    pub history: Vec<AssignmentView>,
    /// Offers with an assignment ended by a declared tie and fewer current assignments since.
    pub needs_reassignment: Vec<i64>,
    pub evaluators: Vec<Choice>,
    pub organisations: Vec<Choice>,
}

/// The committee page's data for the staff of the call's town.
pub async fn overview(db: &Db, actor: &Actor, call_id: i64) -> StoreResult<Overview> {
    actor.require_staff()?;
    let conn = &db.reader;
    let call = crate::calls::visible(conn, actor, call_id).await?;
    let history = history(conn, call_id).await?;
    let members = members(conn, call_id, &history).await?;
    let settings = settings(conn, call_id).await?;
    // Every scoring member when the offers are not spread.
    let scorers = members
        .iter()
        .filter(|m| m.removed_at.is_none() && m.scores)
        .count();
    let wanted = settings.per_offer.map_or(scorers, |n| n as usize);
    let needs_reassignment = needs_reassignment(&history, wanted);
    Ok(Overview {
        settings,
        settings_row: settings_row(conn, call_id).await?,
        offers: under_evaluation(conn, call_id).await?,
        evaluators: evaluators(conn, actor.tenant_id()).await?,
        organisations: organisations(conn, actor.tenant_id()).await?,
        call,
        members,
        history,
        needs_reassignment,
    })
}

async fn members(
    conn: &impl ConnectionTrait,
    call_id: i64,
    history: &[AssignmentView],
) -> StoreResult<Vec<MemberView>> {
    let mut rows = active_members(conn, call_id).await?;
    rows.extend(
        committee_member::Entity::find()
            .filter(committee_member::Column::CallId.eq(call_id))
            .filter(committee_member::Column::RemovedAt.is_not_null())
            .order_by_asc(committee_member::Column::Id)
            .all(conn)
            .await?,
    );
    let users = people(conn, rows.iter().map(|m| m.user_id)).await?;
    let declared: BTreeMap<i64, DateTime<Utc>> = impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|d| (d.user_id, d.declared_at))
        .collect();
    let exclusions = evaluation_exclusion::Entity::find()
        .filter(evaluation_exclusion::Column::CallId.eq(call_id))
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| {
            let (name, email) = users.get(&m.user_id).cloned().unwrap_or_default();
            MemberView {
                id: m.id,
                user_id: m.user_id,
                name,
                email,
                declared_at: declared.get(&m.user_id).copied(),
                excluded_from: exclusions
                    .iter()
                    .filter(|e| e.user_id == m.user_id)
                    .map(|e| e.application_id)
                    .collect(),
                assigned: history
                    .iter()
                    .filter(|a| a.user_id == m.user_id && a.ended_at.is_none())
                    .map(|a| a.application_id)
                    .collect(),
                kind: m.kind,
                nominated_by: m.nominated_by_name,
                scores: m.scores,
                removed_at: m.removed_at,
                removed_reason: m.removed_reason,
            }
        })
        .collect())
}

async fn history(conn: &impl ConnectionTrait, call_id: i64) -> StoreResult<Vec<AssignmentView>> {
    Ok(assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call_id))
        .order_by_asc(assignment::Column::ApplicationId)
        .order_by_asc(assignment::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|a| AssignmentView {
            application_id: a.application_id,
            user_id: a.user_id,
            assigned_at: a.created_at,
            ended_at: a.ended_at,
            end_reason: a.end_reason,
        })
        .collect())
}

/// Offers where a tie ended an assignment and fewer members than wanted score them now.
fn needs_reassignment(history: &[AssignmentView], wanted: usize) -> Vec<i64> {
    let current = |offer: i64| {
        history
            .iter()
            .filter(|a| a.application_id == offer && a.ended_at.is_none())
            .count()
    };
    let mut offers: Vec<i64> = history
        .iter()
        .filter(|a| a.end_reason.as_deref() == Some(super::declaration::DECLARED_TIE))
        .map(|a| a.application_id)
        .filter(|offer| current(*offer) < wanted)
        .collect();
    offers.dedup();
    offers
}

async fn people(
    conn: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i64>,
) -> StoreResult<BTreeMap<i64, (String, String)>> {
    let ids: Vec<i64> = ids.into_iter().collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, (u.display_name, u.email)))
        .collect())
}

/// The town's evaluators, who may be appointed.
async fn evaluators(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<Vec<Choice>> {
    let ids: Vec<i64> = membership::Entity::find()
        .filter(membership::Column::TenantId.eq(tenant_id))
        .filter(membership::Column::Role.eq(Role::Evaluator.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    let people = people(conn, ids).await?;
    Ok(people
        .into_iter()
        .map(|(id, (name, email))| Choice {
            id,
            name: format!("{name} <{email}>"),
        })
        .collect())
}

async fn organisations(conn: &impl ConnectionTrait, tenant_id: i64) -> StoreResult<Vec<Choice>> {
    let ids: Vec<i64> = organisation::Entity::find()
        .filter(organisation::Column::TenantId.eq(tenant_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    Ok(names(conn, ids)
        .await?
        .into_iter()
        .map(|(id, name)| Choice { id, name })
        .collect())
}
