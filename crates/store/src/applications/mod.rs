//! Applications (offers): drafts, submission, withdrawal and the formal check.

pub(crate) mod access;
mod drafts;
mod formal;
mod submit;

pub use access::visible;
pub use drafts::{create_draft, save_draft, DraftChanges, PartnerLinks};
pub use formal::{formal_check, FormalCheckInput};
pub use submit::{submit, withdraw, Receipt};

use crate::calls::CallRecord;
use crate::entities::{
    application, application_partner, application_version, attachment, formal_check,
};
use crate::error::{StoreError, StoreResult};
use crate::organisations::OrganisationView;
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::offer::{check_offer, CostSummary, OfferContext, OfferInput};
use granty_domain::organisation::LegalForm;
use granty_domain::{Money, Violations};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::collections::BTreeSet;

/// A stored application with its working copy parsed.
#[derive(Debug, Clone)]
pub struct ApplicationRecord {
    pub id: i64,
    pub tenant_id: i64,
    pub call_id: i64,
    pub organisation_id: i64,
    pub state: ApplicationState,
    pub content: OfferInput,
    pub version: i32,
    pub current_version_no: i32,
    pub receipt_number: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub correction_due_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub copied_from_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub(crate) fn record_from_model(m: application::Model) -> StoreResult<ApplicationRecord> {
    Ok(ApplicationRecord {
        id: m.id,
        tenant_id: m.tenant_id,
        call_id: m.call_id,
        organisation_id: m.organisation_id,
        state: ApplicationState::parse(&m.state)
            .ok_or_else(|| StoreError::Corrupt(format!("state {}", m.state)))?,
        content: serde_json::from_str(&m.content)?,
        version: m.lock_version,
        current_version_no: m.current_version_no,
        receipt_number: m.receipt_number,
        submitted_at: m.submitted_at,
        correction_due_at: m.correction_due_at,
        withdrawn_at: m.withdrawn_at,
        copied_from_id: m.copied_from_id,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// One submitted, immutable version of an offer.
#[derive(Debug, Clone, Serialize)]
pub struct VersionView {
    pub version_no: i32,
    pub kind: String,
    pub receipt_number: String,
    pub content_sha256: String,
    pub submitted_at: DateTime<Utc>,
    pub content: serde_json::Value,
    pub summary: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct AttachmentView {
    pub id: i64,
    pub kind: String,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub locked_in_version: Option<i32>,
    pub uploaded_at: DateTime<Utc>,
    #[serde(skip)]
    pub storage_key: String,
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
    pub attachments: Vec<AttachmentView>,
    /// Whether the caller may edit the working copy.
    pub editable: bool,
}

/// Row of a list of applications.
#[derive(Debug, Clone, Serialize)]
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

pub(crate) async fn attachment_codes(
    conn: &impl ConnectionTrait,
    application_id: i64,
) -> StoreResult<BTreeSet<String>> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.kind)
        .collect())
}

pub(crate) async fn partner_ids(
    conn: &impl ConnectionTrait,
    application_id: i64,
) -> StoreResult<Vec<i64>> {
    Ok(application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.eq(application_id))
        .order_by_asc(application_partner::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.organisation_id)
        .collect())
}

pub(crate) fn legal_form(applicant: &OrganisationView) -> LegalForm {
    serde_json::from_value(serde_json::Value::String(applicant.legal_form.clone()))
        .unwrap_or(LegalForm::Other)
}

/// Checks the working copy against the call, as submission would.
pub(crate) async fn problems(
    conn: &impl ConnectionTrait,
    record: &ApplicationRecord,
    call: &CallRecord,
    applicant: &OrganisationView,
) -> StoreResult<(CostSummary, Violations)> {
    let ctx = OfferContext {
        call: &call.terms,
        applicant_form: legal_form(applicant),
        attachment_codes: attachment_codes(conn, record.id).await?,
        applicant_nip: applicant.nip.clone(),
    };
    Ok(check_offer(&record.content, &ctx))
}

/// Loads one application with everything about it, if the caller may see it.
pub async fn get(db: &Db, actor: &Actor, id: i64) -> StoreResult<ApplicationDetail> {
    let conn = &db.reader;
    let seen = access::visible(conn, actor, id).await?;
    let (summary, problems) = problems(conn, &seen.record, &seen.call, &seen.applicant).await?;
    let versions = application_version::Entity::find()
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
        .collect::<StoreResult<Vec<_>>>()?;
    let formal_checks = formal_check::Entity::find()
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
        .collect::<StoreResult<Vec<_>>>()?;
    let attachments = attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(id))
        .order_by_asc(attachment::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(AttachmentView::from)
        .collect();
    let partners = partner_ids(conn, id).await?;
    let editable = seen.is_applicant_member && seen.record.state.is_editable();
    Ok(ApplicationDetail {
        record: seen.record,
        call: seen.call,
        applicant: seen.applicant,
        partners,
        summary,
        problems,
        versions,
        formal_checks,
        attachments,
        editable,
    })
}

/// Applications in a call: staff see every submitted one, NGO users their organisations' own.
pub async fn list_for_call(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<Vec<ApplicationListItem>> {
    // A role that may never list offers learns nothing about which calls exist.
    if !actor.role.is_staff() && actor.role != granty_domain::roles::Role::Ngo {
        return Err(StoreError::Forbidden);
    }
    let call = crate::calls::visible(&db.reader, actor, call_id).await?;
    let mut query = application::Entity::find().filter(application::Column::CallId.eq(call.id));
    if actor.role.is_staff() {
        // Drafts are the applicants' own business until submitted.
        query = query.filter(application::Column::SubmittedAt.is_not_null());
    } else {
        let mine = crate::organisations::member_organisation_ids(&db.reader, actor).await?;
        query = query.filter(application::Column::OrganisationId.is_in(mine));
    }
    let rows = query
        .order_by_asc(application::Column::Id)
        .all(&db.reader)
        .await?;
    let organisation_ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    let names: std::collections::HashMap<i64, String> =
        crate::entities::organisation::Entity::find()
            .filter(crate::entities::organisation::Column::Id.is_in(organisation_ids))
            .all(&db.reader)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
    let currency = call.terms.budget.currency;
    rows.into_iter()
        .map(|m| {
            let record = record_from_model(m.clone())?;
            Ok(ApplicationListItem {
                id: record.id,
                call_id: record.call_id,
                organisation_id: record.organisation_id,
                organisation_name: names
                    .get(&record.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                title: record.content.title.clone(),
                state: record.state,
                receipt_number: record.receipt_number,
                submitted_at: record.submitted_at,
                requested_grant: Money::new(m.requested_grant_minor, currency),
                total_costs: Money::new(m.total_costs_minor, currency),
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
    let as_partner: std::collections::HashSet<i64> = application_partner::Entity::find()
        .filter(application_partner::Column::OrganisationId.is_in(organisations.clone()))
        .all(&db.reader)
        .await?
        .into_iter()
        .map(|p| p.application_id)
        .collect();
    let rows = application::Entity::find()
        .filter(application::Column::TenantId.eq(actor.tenant_id()))
        .filter(
            Condition::any()
                .add(application::Column::OrganisationId.is_in(organisations.clone()))
                .add(application::Column::Id.is_in(as_partner.iter().copied())),
        )
        .order_by_desc(application::Column::UpdatedAt)
        .all(&db.reader)
        .await?;
    let call_ids: Vec<i64> = rows.iter().map(|r| r.call_id).collect();
    let calls: std::collections::HashMap<i64, crate::entities::call::Model> =
        crate::entities::call::Entity::find()
            .filter(crate::entities::call::Column::Id.is_in(call_ids))
            .all(&db.reader)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let organisation_ids: Vec<i64> = rows.iter().map(|r| r.organisation_id).collect();
    let names: std::collections::HashMap<i64, String> =
        crate::entities::organisation::Entity::find()
            .filter(crate::entities::organisation::Column::Id.is_in(organisation_ids))
            .all(&db.reader)
            .await?
            .into_iter()
            .map(|o| (o.id, o.name))
            .collect();
    rows.into_iter()
        .map(|m| {
            let record = record_from_model(m)?;
            let call = calls.get(&record.call_id).ok_or(StoreError::NotFound)?;
            Ok(DashboardItem {
                id: record.id,
                as_partner: !organisations.contains(&record.organisation_id),
                title: record.content.title.clone(),
                organisation_name: names
                    .get(&record.organisation_id)
                    .cloned()
                    .unwrap_or_default(),
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
