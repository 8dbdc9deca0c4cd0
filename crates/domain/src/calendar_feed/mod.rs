//! Calendar feeds (issue 15): the deadlines of an organisation (offers, corrections, agreements
//! signed, reports, returns, a control's recommendations) and of a town's clerks (formal checks,
//! scoring, reports awaiting review), computed from what the store hands over, and the RFC 5545
//! text a calendar application subscribes to.
//!
//! Every event sits at one instant, exact to the second: the last moment that is still in time
//! ([`last_moment`]), so a deadline ending a local day is 23:59:59 of that day in the town's time
//! zone, as Granty's pages show it, and a deadline set at 15:30 is 15:30. The writer
//! ([`ics::write`]) names the town's zone on each time (`TZID`) and describes the zone in a
//! `VTIMEZONE` computed from the time-zone database, so calendars in other zones show the right
//! moment across daylight-saving changes.
//!
//! No sentences here either: an event is a kind with its values ([`EventKind`]); the web layer
//! words it in the feed owner's language.

mod events;
pub mod ics;
mod zone;

pub use events::{clerk_events, organisation_events};
pub use zone::vtimezone;

use crate::report::ReportKind;
use crate::settlement::ReturnKind;
use crate::track_record::Duty;
use crate::Currency;
use chrono::{DateTime, Days, NaiveDate, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// One event of a feed: a stable id (without the `@host` the writer adds), the instant, and
/// what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEvent {
    /// The same object and deadline keep the same id across fetches, so calendars update the
    /// event instead of adding a second one.
    pub uid: String,
    pub at: DateTime<Utc>,
    pub kind: EventKind,
}

/// What an event is about, with the values its words need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// A published call's deadline for offers; `draft_title` when the organisation has a draft.
    OffersDeadline {
        call_id: i64,
        call_title: String,
        draft_title: Option<String>,
    },
    /// Corrections the formal check asked for.
    CorrectionDue {
        application_id: i64,
        title: String,
        call_title: String,
    },
    /// The day every party had signed the agreement.
    AgreementSigned { agreement: AgreementLabel },
    /// A report to file (`report_id` none while not opened).
    ReportDue {
        agreement: AgreementLabel,
        report_kind: ReportKind,
        period_from: NaiveDate,
        period_to: NaiveDate,
        report_id: Option<i64>,
    },
    /// Corrections the clerk asked for on a report.
    ReportCorrectionDue {
        agreement: AgreementLabel,
        report_kind: ReportKind,
        report_id: i64,
    },
    /// A return to pay (`outstanding` in the agreement's currency's minor units).
    ReturnDue {
        agreement: AgreementLabel,
        return_kind: ReturnKind,
        outstanding: i64,
        currency: Currency,
    },
    /// A control's recommendations to carry out.
    RecommendationsDue {
        agreement: AgreementLabel,
        held_on: NaiveDate,
    },
    /// Clerks: the formal check of a call's offers should be finished.
    FormalCheckDue {
        call_id: i64,
        call_title: String,
        pending: u32,
    },
    /// Clerks: the committee's scoring deadline.
    ScoringDeadline { call_id: i64, call_title: String },
    /// Clerks: a report filed and awaiting review, at the moment it was filed (the domain sets
    /// no review deadline).
    ReportAwaitingReview {
        agreement: AgreementLabel,
        report_kind: ReportKind,
        report_id: i64,
    },
}

impl EventKind {
    /// The message id part (`calendar-event-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            EventKind::OffersDeadline { .. } => "offers_deadline",
            EventKind::CorrectionDue { .. } => "correction_due",
            EventKind::AgreementSigned { .. } => "agreement_signed",
            EventKind::ReportDue { .. } => "report_due",
            EventKind::ReportCorrectionDue { .. } => "report_correction_due",
            EventKind::ReturnDue { .. } => "return_due",
            EventKind::RecommendationsDue { .. } => "recommendations_due",
            EventKind::FormalCheckDue { .. } => "formal_check_due",
            EventKind::ScoringDeadline { .. } => "scoring_deadline",
            EventKind::ReportAwaitingReview { .. } => "report_awaiting_review",
        }
    }
}

/// An agreement as events name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementLabel {
    pub agreement_id: i64,
    pub number: String,
    pub task_title: String,
}

/// What the store knows of an organisation on the day the feed is read.
#[derive(Debug, Clone, Default)]
pub struct OrganisationFacts {
    pub organisation_id: i64,
    /// Published calls whose deadline is still ahead, with the organisation's draft in each.
    pub calls: Vec<OpenCall>,
    /// The organisation's offers awaiting corrections, with their due instant.
    pub corrections: Vec<Correction>,
    pub signed: Vec<SignedAgreement>,
    /// The open duties of its binding agreements (`track_record::duties`).
    pub duties: Vec<AgreementDuty>,
}

#[derive(Debug, Clone)]
pub struct OpenCall {
    pub call_id: i64,
    pub title: String,
    pub deadline: DateTime<Utc>,
    pub draft_title: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Correction {
    pub application_id: i64,
    pub title: String,
    pub call_title: String,
    pub due_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct SignedAgreement {
    pub agreement: AgreementLabel,
    pub signed_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct AgreementDuty {
    pub duty: Duty,
    pub agreement: AgreementLabel,
    pub currency: Currency,
}

/// What the store knows of a town for one of its clerks.
#[derive(Debug, Clone, Default)]
pub struct ClerkFacts {
    pub user_id: i64,
    /// Published calls and calls under evaluation, with their formal check's due instant and
    /// the offers still awaiting it.
    pub formal_checks: Vec<FormalCheckCall>,
    /// Calls under evaluation with a scoring deadline.
    pub scoring: Vec<ScoringCall>,
    pub reports: Vec<ReportToReview>,
}

#[derive(Debug, Clone)]
pub struct FormalCheckCall {
    pub call_id: i64,
    pub title: String,
    pub deadline: DateTime<Utc>,
    pub due: DateTime<Utc>,
    pub pending: u32,
}

#[derive(Debug, Clone)]
pub struct ScoringCall {
    pub call_id: i64,
    pub title: String,
    pub deadline: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct ReportToReview {
    pub report_id: i64,
    pub agreement: AgreementLabel,
    pub report_kind: ReportKind,
    pub submitted_at: DateTime<Utc>,
}

/// The last moment still in time for a deadline that is an instant (offers count while
/// `now < deadline`): a deadline at local midnight ends the day before, at 23:59:59; any other
/// stays as set. The same rule as the pages' `format::last_moment`.
pub fn last_moment(deadline: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
    if deadline.with_timezone(&zone).num_seconds_from_midnight() == 0 {
        deadline - chrono::Duration::seconds(1)
    } else {
        deadline
    }
}

/// The last moment of a deadline kept as a day: 23:59:59 of that day in the town's zone (one
/// second before the next local midnight, whatever the offset that day).
pub fn end_of_day(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let midnight = day
        .checked_add_days(Days::new(1))
        .and_then(|next| next.and_hms_opt(0, 0, 0))
        .and_then(|local| zone.from_local_datetime(&local).earliest());
    match midnight {
        Some(at) => at.with_timezone(&Utc) - chrono::Duration::seconds(1),
        None => day.and_hms_opt(23, 59, 59).unwrap_or_default().and_utc(),
    }
}

#[cfg(test)]
mod tests;
