//! Applications (offers): drafts, submission, withdrawal and the formal check.

pub(crate) mod access;
mod activity;
mod detail;
mod drafts;
mod formal;
mod lists;
mod notify;
mod receipt;
mod save;
mod submit;
mod withdraw;

pub use access::visible;
pub(crate) use access::Seen;
pub use activity::{activity_in_call, call_activity, submitted_per_call};
pub(crate) use detail::detail_of;
pub use detail::{get, ApplicationDetail, AttachmentView, FormalCheckView, VersionView};
pub use drafts::{create_draft, delete_draft, start_or_continue};
pub use formal::{formal_check, FormalCheckInput};
pub use lists::{list_for_call, list_in_call, mine, ApplicationListItem, DashboardItem};
pub use receipt::Receipt;
pub use save::{save_draft, DraftChanges, PartnerLinks};
pub use submit::submit;
pub use withdraw::withdraw;

use crate::calls::CallRecord;
use crate::entities::{application, application_partner, attachment};
use crate::error::{StoreError, StoreResult};
use crate::organisations::OrganisationView;
use chrono::{DateTime, Utc};
use granty_domain::application::{ApplicationState, Clock};
use granty_domain::offer::{check_offer, CostSummary, OfferContext, OfferInput};
use granty_domain::tenant::TenantRules;
use granty_domain::Violations;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
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

pub(crate) async fn attachment_codes(
    conn: &impl ConnectionTrait,
    application_id: i64,
) -> StoreResult<BTreeSet<String>> {
    Ok(attachment::Entity::find()
        .filter(attachment::Column::ApplicationId.eq(application_id))
        .filter(attachment::Column::ReplacedAt.is_null())
        .filter(attachment::Column::RemovedAt.is_null())
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

/// What the call, the applicant and the town say about an offer: the one place an
/// [`OfferContext`] is built, for submission, for the API's view and for the editor's page.
pub fn offer_context<'a>(
    call: &'a CallRecord,
    applicant: &OrganisationView,
    rules: &TenantRules,
    attachment_codes: BTreeSet<String>,
) -> OfferContext<'a> {
    OfferContext {
        call: &call.terms,
        applicant_form: applicant.legal_form,
        attachment_codes,
        applicant_nip: applicant.nip.clone(),
        other_public_funds: rules.other_public_funds,
    }
}

/// The instants an application's transitions are measured against at `now`.
pub(crate) fn clock(call: &CallRecord, record: &ApplicationRecord, now: DateTime<Utc>) -> Clock {
    Clock {
        now,
        call_opens_at: call.terms.opens_at,
        call_deadline: call.terms.deadline,
        correction_due: record.correction_due_at,
    }
}

/// Checks the working copy against the call, as submission would.
pub(crate) async fn problems(
    conn: &impl ConnectionTrait,
    seen: &access::Seen,
    rules: &TenantRules,
) -> StoreResult<(CostSummary, Violations)> {
    let codes = attachment_codes(conn, seen.record.id).await?;
    let ctx = offer_context(&seen.call, &seen.applicant, rules, codes);
    Ok(check_offer(&seen.record.content, &ctx))
}
