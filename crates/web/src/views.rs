//! What the API sends: views built from domain and store types.

use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::application::ApplicationAction;
use granty_domain::call::{days_to_deadline, Criterion, Publication, RequiredAttachment};
use granty_domain::money::decimal_string;
use granty_domain::violation::FieldError;
use granty_domain::{Language, Money, Percent, Violations};
use granty_i18n::format::{last_moment, scheduled};
use granty_i18n::rule_message;
use granty_store::applications::{ApplicationDetail, AttachmentView, FormalCheckView, VersionView};
use granty_store::calls::CallRecord;
use granty_store::organisations::OrganisationView;
use serde::Serialize;

/// An amount as both an exact decimal string and minor units, with its currency.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MoneyView {
    pub amount: String,
    pub minor: i64,
    pub currency: &'static str,
}

impl From<Money> for MoneyView {
    fn from(m: Money) -> Self {
        MoneyView {
            amount: decimal_string(m.minor),
            minor: m.minor,
            currency: m.currency.code(),
        }
    }
}

fn percent(p: Percent) -> String {
    p.to_string().trim_end_matches('%').to_string()
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CallView {
    pub id: i64,
    /// The phase at this instant: draft, published, open, closed, in_evaluation, …
    pub state: &'static str,
    pub title: String,
    pub task_area: String,
    pub description: String,
    pub commissioning: granty_domain::call::Commissioning,
    pub budget: MoneyView,
    pub min_grant: MoneyView,
    pub max_grant: MoneyView,
    pub min_own_contribution: String,
    pub min_own_financial: String,
    pub min_own_non_financial: String,
    pub admin_cost_cap: Option<String>,
    pub opens_at: DateTime<Utc>,
    pub deadline: DateTime<Utc>,
    /// The deadline as shown to people, in the tenant's zone.
    pub deadline_local: String,
    pub opens_at_local: String,
    pub time_zone: &'static str,
    pub seconds_to_deadline: i64,
    pub realisation_start: NaiveDate,
    pub realisation_end: NaiveDate,
    pub criteria: Vec<Criterion>,
    pub max_points: u32,
    pub required_attachments: Vec<RequiredAttachment>,
    pub correction_days: u32,
    pub formal_check_days: u32,
    /// When the clerks should have finished the formal check.
    pub formal_check_due: DateTime<Utc>,
    pub grant_part_per_line: bool,
    pub published_at: Option<DateTime<Utc>>,
    /// Where and when the announcement appeared (art. 13 ust. 3).
    pub publication: PublicationView,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub cancel_reason: Option<String>,
    pub cloned_from_id: Option<i64>,
    pub version: i32,
}

/// The day the announcement appeared in each channel, and the count the minimum is measured by.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PublicationView {
    pub bip_on: Option<NaiveDate>,
    pub notice_board_on: Option<NaiveDate>,
    pub website_on: Option<NaiveDate>,
    /// The last of the three days, once all are recorded.
    pub last_on: Option<NaiveDate>,
    /// Whole days from that last day to the deadline's day (art. 13 ust. 1).
    pub days_to_deadline: Option<i64>,
}

impl PublicationView {
    fn new(days: &Publication, deadline: DateTime<Utc>, zone: chrono_tz::Tz) -> PublicationView {
        let last_on = days.last_day();
        PublicationView {
            bip_on: days.bip_on,
            notice_board_on: days.notice_board_on,
            website_on: days.website_on,
            last_on,
            days_to_deadline: last_on.map(|last| days_to_deadline(last, deadline, zone)),
        }
    }
}

impl CallView {
    pub fn new(
        call: &CallRecord,
        now: DateTime<Utc>,
        zone: chrono_tz::Tz,
        lang: Language,
    ) -> CallView {
        let t = &call.terms;
        CallView {
            id: call.id,
            state: call.phase(now).code(),
            title: t.title.clone(),
            task_area: t.task_area.clone(),
            description: t.description.clone(),
            commissioning: t.commissioning,
            budget: t.budget.into(),
            min_grant: t.min_grant.into(),
            max_grant: t.max_grant.into(),
            min_own_contribution: percent(t.own_contribution.min_total),
            min_own_financial: percent(t.own_contribution.min_financial),
            min_own_non_financial: percent(t.own_contribution.min_non_financial),
            admin_cost_cap: t.admin_cost_cap.map(percent),
            opens_at: t.opens_at,
            deadline: t.deadline,
            deadline_local: last_moment(t.deadline, zone, lang),
            opens_at_local: scheduled(t.opens_at, zone, lang),
            time_zone: zone.name(),
            seconds_to_deadline: (t.deadline - now).num_seconds().max(0),
            realisation_start: t.realisation.start,
            realisation_end: t.realisation.end,
            criteria: t.criteria.clone(),
            max_points: t.max_points(),
            required_attachments: t.required_attachments.clone(),
            correction_days: t.correction_days,
            formal_check_days: t.formal_check_days,
            formal_check_due: t.formal_check_due(zone),
            grant_part_per_line: t.grant_part_per_line,
            published_at: call.published_at,
            publication: PublicationView::new(&call.publication, t.deadline, zone),
            cancelled_at: call.cancelled_at,
            cancel_reason: call.cancel_reason.clone(),
            cloned_from_id: call.cloned_from_id,
            version: call.version,
        }
    }
}

pub fn field_errors(violations: &Violations, lang: Language) -> Vec<FieldError> {
    violations
        .iter()
        .map(|v| FieldError {
            field: v.field.clone(),
            code: v.rule.code(),
            message: rule_message(&v.rule, lang),
        })
        .collect()
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ApplicationView {
    pub id: i64,
    pub call_id: i64,
    pub call_title: String,
    pub organisation: OrganisationView,
    pub partners: Vec<i64>,
    pub state: &'static str,
    /// The version to send back with the next save (optimistic concurrency).
    pub version: i32,
    pub editable: bool,
    /// What the caller may do next, per the transition table and the clock.
    pub next_actions: Vec<ApplicationAction>,
    /// The working copy exactly as typed.
    pub content: granty_domain::offer::OfferInput,
    /// Line values, sums and shares computed by the server.
    pub computed: granty_domain::offer::CostSummary,
    /// What stands in the way of submission now.
    pub problems: Vec<FieldError>,
    pub receipt_number: Option<String>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub correction_due_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
    pub copied_from_id: Option<i64>,
    pub versions: Vec<VersionView>,
    pub formal_checks: Vec<FormalCheckView>,
    /// The attachments on the offer (for the staff: as last submitted).
    pub attachments: Vec<AttachmentView>,
    /// Every version of every attachment the caller may see, replaced and removed ones included.
    pub attachment_history: Vec<AttachmentView>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl ApplicationView {
    pub fn new(d: ApplicationDetail, lang: Language, now: DateTime<Utc>) -> ApplicationView {
        ApplicationView {
            next_actions: d.next_actions(now),
            id: d.record.id,
            call_id: d.call.id,
            call_title: d.call.terms.title.clone(),
            organisation: d.applicant,
            partners: d.partners,
            state: d.record.state.code(),
            version: d.record.version,
            editable: d.editable,
            problems: field_errors(&d.problems, lang),
            content: d.record.content,
            computed: d.summary,
            receipt_number: d.record.receipt_number,
            submitted_at: d.record.submitted_at,
            correction_due_at: d.record.correction_due_at,
            withdrawn_at: d.record.withdrawn_at,
            copied_from_id: d.record.copied_from_id,
            versions: d.versions,
            formal_checks: d.formal_checks,
            attachments: d.attachments,
            attachment_history: d.attachment_history,
            created_at: d.record.created_at,
            updated_at: d.record.updated_at,
        }
    }
}
