//! One application with everything a screen about it needs: versions, formal checks,
//! attachments, the computed summary and what the caller may do next.

use super::access::{self, Seen};
use super::{clock, offer_context, partner_ids, ApplicationRecord};
use crate::calls::CallRecord;
use crate::entities::{application_version, attachment, formal_check};
use crate::error::StoreResult;
use crate::organisations::OrganisationView;
use crate::{Actor as Caller, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{allowed_actions, Actor, ApplicationAction};
use granty_domain::offer::{check_offer, CostSummary, OfferContext};
use granty_domain::roles::Role;
use granty_domain::tenant::TenantRules;
use granty_domain::Violations;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;

/// One submitted, immutable version of an offer.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[schema(as = OfferVersionView)]
pub struct VersionView {
    pub version_no: i32,
    pub kind: String,
    pub receipt_number: String,
    pub content_sha256: String,
    pub submitted_at: DateTime<Utc>,
    pub content: serde_json::Value,
    pub summary: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FormalCheckView {
    pub version_no: i32,
    pub outcome: String,
    pub deficiencies: Vec<String>,
    pub reason: String,
    pub correction_due_at: Option<DateTime<Utc>>,
    pub checked_at: DateTime<Utc>,
    /// The clerk's answers per condition; empty for a check recorded without the checklist.
    pub checklist: granty_domain::formal::Checklist,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AttachmentView {
    pub id: i64,
    pub kind: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub locked_in_version: Option<i32>,
    pub uploaded_at: DateTime<Utc>,
    /// The id of the attachment's first version, shared by all its versions.
    pub original_id: i64,
    pub version_no: i32,
    pub replaced_at: Option<DateTime<Utc>>,
    pub removed_at: Option<DateTime<Utc>>,
    /// The first submitted version of the offer this file is no longer part of.
    pub left_in_version: Option<i32>,
    #[serde(skip)]
    pub storage_key: String,
}

impl AttachmentView {
    /// On the offer as the applicant works on it: neither replaced nor removed.
    pub fn is_current(&self) -> bool {
        self.replaced_at.is_none() && self.removed_at.is_none()
    }

    /// Part of the offer's submitted version `version_no`: filed with it or before, and not
    /// replaced or removed before it was filed.
    pub fn filed_in(&self, version_no: i32) -> bool {
        self.locked_in_version.is_some_and(|v| v <= version_no)
            && self.left_in_version.is_none_or(|v| v > version_no)
    }
}

impl From<attachment::Model> for AttachmentView {
    fn from(m: attachment::Model) -> Self {
        AttachmentView {
            id: m.id,
            kind: m.kind,
            file_name: m.file_name,
            content_type: m.content_type,
            size_bytes: m.size_bytes,
            sha256: m.sha256,
            locked_in_version: m.locked_in_version,
            uploaded_at: m.created_at,
            original_id: m.original_id,
            version_no: m.version_no,
            replaced_at: m.replaced_at,
            removed_at: m.removed_at,
            left_in_version: m.left_in_version,
            storage_key: m.storage_key,
        }
    }
}

/// Everything a screen about one application needs.
#[derive(Debug, Clone)]
pub struct ApplicationDetail {
    pub record: ApplicationRecord,
    pub call: CallRecord,
    pub applicant: OrganisationView,
    pub partners: Vec<i64>,
    /// Computed from the working copy; never taken from the client.
    pub summary: CostSummary,
    /// What would stop submission now; empty when the offer may be submitted.
    pub problems: Violations,
    pub versions: Vec<VersionView>,
    pub formal_checks: Vec<FormalCheckView>,
    /// The attachments on the offer: as the applicant works on it for the applicant's and the
    /// partners' people, as last submitted for the staff.
    pub attachments: Vec<AttachmentView>,
    /// Every version of every attachment the caller may see (the staff: those filed), by
    /// attachment, then version.
    pub attachment_history: Vec<AttachmentView>,
    /// Whether the caller may edit the working copy.
    pub editable: bool,
    /// The results are published and the caller's organisation was awarded this offer with an
    /// updated estimate still to file (the results store's update mode).
    pub update_open: bool,
    /// The caller's part in the application's transitions: the applicant's member, staff, or
    /// neither (a partner or an evaluator only reads).
    pub viewer: Option<Actor>,
    /// The town's rules, which the offer is checked against.
    pub rules: TenantRules,
}

impl ApplicationDetail {
    /// What the caller may do next at `now`, per the domain's transition table.
    pub fn next_actions(&self, now: DateTime<Utc>) -> Vec<ApplicationAction> {
        let clock = clock(&self.call, &self.record, now);
        self.viewer
            .map(|viewer| allowed_actions(self.record.state, viewer, &clock))
            .unwrap_or_default()
    }

    /// The offer's context from what was loaded (the attachments uploaded so far).
    pub fn offer_context(&self) -> OfferContext<'_> {
        let codes = self.attachments.iter().map(|a| a.kind.clone()).collect();
        offer_context(&self.call, &self.applicant, &self.rules, codes)
    }
}

/// Loads one application with everything about it, if the caller may see it.
pub async fn get(db: &Db, actor: &Caller, id: i64) -> StoreResult<ApplicationDetail> {
    let conn = &db.reader;
    let seen = access::visible(conn, actor, id).await?;
    detail_of(conn, actor, seen, id).await
}

/// The detail of an application already seen by the caller (by [`access::visible`], or by a
/// committee member's standing on it).
pub(crate) async fn detail_of(
    conn: &impl ConnectionTrait,
    actor: &Caller,
    seen: Seen,
    id: i64,
) -> StoreResult<ApplicationDetail> {
    let (attachments, attachment_history) = attachments(conn, actor, &seen, id).await?;
    let rules = actor.tenant.rules;
    let codes = attachments.iter().map(|a| a.kind.clone()).collect();
    let ctx = offer_context(&seen.call, &seen.applicant, &rules, codes);
    let (summary, problems) = check_offer(&seen.record.content, &ctx);
    let updating =
        seen.is_applicant_member && crate::results::update_open(conn, seen.call.id, id).await?;
    Ok(ApplicationDetail {
        partners: partner_ids(conn, id).await?,
        versions: versions(conn, id).await?,
        formal_checks: formal_checks(conn, id).await?,
        attachments,
        attachment_history,
        summary,
        problems,
        viewer: viewer(actor, &seen),
        editable: (seen.is_applicant_member && seen.record.state.is_editable()) || updating,
        update_open: updating,
        record: seen.record,
        call: seen.call,
        applicant: seen.applicant,
        rules,
    })
}

/// The caller's part in the transitions: staff act as the office, the applicant's members as
/// the applicant; partners and evaluators only read.
fn viewer(actor: &Caller, seen: &Seen) -> Option<Actor> {
    match actor.role {
        Role::Clerk | Role::Admin => Some(Actor::Staff),
        Role::Ngo if seen.is_applicant_member => Some(Actor::Applicant),
        Role::Ngo | Role::Evaluator => None,
    }
}

async fn versions(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Vec<VersionView>> {
    application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(id))
        .order_by_asc(application_version::Column::VersionNo)
        .all(conn)
        .await?
        .into_iter()
        .map(|v| {
            Ok(VersionView {
                version_no: v.version_no,
                kind: v.kind,
                receipt_number: v.receipt_number,
                content_sha256: v.content_sha256,
                submitted_at: v.submitted_at,
                content: serde_json::from_str(&v.content)?,
                summary: serde_json::from_str(&v.summary)?,
            })
        })
        .collect()
}

async fn formal_checks(conn: &impl ConnectionTrait, id: i64) -> StoreResult<Vec<FormalCheckView>> {
    formal_check::Entity::find()
        .filter(formal_check::Column::ApplicationId.eq(id))
        .order_by_asc(formal_check::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|f| {
            Ok(FormalCheckView {
                version_no: f.version_no,
                outcome: f.outcome,
                deficiencies: serde_json::from_str(&f.deficiencies)?,
                reason: f.reason,
                correction_due_at: f.correction_due_at,
                checked_at: f.checked_at,
                checklist: match f.checklist {
                    Some(json) => serde_json::from_str(&json)?,
                    None => Default::default(),
                },
            })
        })
        .collect()
}

/// The attachments on the offer and the history the caller may see: the staff read what was
/// filed (the last submitted version's files), never the applicant's work in progress.
async fn attachments(
    conn: &impl ConnectionTrait,
    actor: &Caller,
    seen: &Seen,
    id: i64,
) -> StoreResult<(Vec<AttachmentView>, Vec<AttachmentView>)> {
    let mut history: Vec<AttachmentView> = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(id))
        .order_by_asc(attachment::Column::OriginalId)
        .order_by_asc(attachment::Column::VersionNo)
        .all(conn)
        .await?
        .into_iter()
        .map(AttachmentView::from)
        .collect();
    // The office and the committee read what was filed.
    if actor.role.is_staff() || actor.role == Role::Evaluator {
        history.retain(|a| a.locked_in_version.is_some());
        let filed = seen.record.current_version_no;
        let on_offer = history.iter().filter(|a| a.filed_in(filed)).cloned();
        return Ok((on_offer.collect(), history));
    }
    let on_offer = history.iter().filter(|a| a.is_current()).cloned();
    Ok((on_offer.collect(), history))
}
