//! Which events a feed holds: an organisation's deadlines and a clerk's, each at its last moment
//! in time, with an id that stays the same while the object and the kind of deadline do.

use super::{
    end_of_day, last_moment, AgreementDuty, ClerkFacts, EventKind, FeedEvent, OrganisationFacts,
};
use crate::track_record::DutyKind;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The organisation's events, earliest first: the deadlines of the published calls still open
/// (its draft named where it has one), corrections of its offers, its agreements' signing, and
/// the open duties of its binding agreements (reports, corrections, returns, recommendations).
/// Only what the store found for this organisation goes in; calls are public anyway.
pub fn organisation_events(facts: &OrganisationFacts, zone: Tz) -> Vec<FeedEvent> {
    let scope = format!("org{}", facts.organisation_id);
    let mut events = Vec::new();
    for call in &facts.calls {
        events.push(FeedEvent {
            uid: format!("{scope}-offers-call{}", call.call_id),
            at: last_moment(call.deadline, zone),
            kind: EventKind::OffersDeadline {
                call_id: call.call_id,
                call_title: call.title.clone(),
                draft_title: call.draft_title.clone(),
            },
        });
    }
    for correction in &facts.corrections {
        events.push(FeedEvent {
            uid: format!("{scope}-correction-offer{}", correction.application_id),
            at: last_moment(correction.due_at, zone),
            kind: EventKind::CorrectionDue {
                application_id: correction.application_id,
                title: correction.title.clone(),
                call_title: correction.call_title.clone(),
            },
        });
    }
    for signed in &facts.signed {
        events.push(FeedEvent {
            uid: format!("{scope}-signed-agreement{}", signed.agreement.agreement_id),
            at: signed.signed_at,
            kind: EventKind::AgreementSigned {
                agreement: signed.agreement.clone(),
            },
        });
    }
    events.extend(facts.duties.iter().map(|d| duty_event(&scope, d, zone)));
    sorted(events)
}

/// A duty at the end of its day, named by what it is about rather than by a row's id where
/// the row may not exist yet (a report not opened).
fn duty_event(scope: &str, d: &AgreementDuty, zone: Tz) -> FeedEvent {
    let agreement = d.agreement.clone();
    let id = agreement.agreement_id;
    let (uid, kind) = match &d.duty.kind {
        DutyKind::FileReport {
            report_kind,
            period_from,
            period_to,
            report_id,
        } => (
            format!(
                "{scope}-report-agreement{id}-{}-{period_from}",
                report_kind.code()
            ),
            EventKind::ReportDue {
                agreement,
                report_kind: *report_kind,
                period_from: *period_from,
                period_to: *period_to,
                report_id: *report_id,
            },
        ),
        DutyKind::CorrectReport {
            report_kind,
            report_id,
        } => (
            format!("{scope}-report-correction-report{report_id}"),
            EventKind::ReportCorrectionDue {
                agreement,
                report_kind: *report_kind,
                report_id: *report_id,
            },
        ),
        DutyKind::PayReturn {
            return_kind,
            outstanding,
            ..
        } => (
            format!("{scope}-return-agreement{id}-{}", return_kind.code()),
            EventKind::ReturnDue {
                agreement,
                return_kind: *return_kind,
                outstanding: *outstanding,
                currency: d.currency,
            },
        ),
        DutyKind::CarryOutRecommendations { held_on } => (
            format!("{scope}-recommendations-agreement{id}-{held_on}"),
            EventKind::RecommendationsDue {
                agreement,
                held_on: *held_on,
            },
        ),
    };
    FeedEvent {
        uid,
        at: end_of_day(d.duty.due_on, zone),
        kind,
    }
}

/// A clerk's events, earliest first: the formal check's due moment of each call still taking
/// offers or with offers awaiting the check (a call whose offers are all checked asks nothing),
/// the scoring deadlines of calls under evaluation, and the reports awaiting review.
pub fn clerk_events(facts: &ClerkFacts, zone: Tz, now: DateTime<Utc>) -> Vec<FeedEvent> {
    let scope = format!("clerk{}", facts.user_id);
    let mut events = Vec::new();
    let checks = facts
        .formal_checks
        .iter()
        .filter(|c| c.deadline > now || c.pending > 0);
    for call in checks {
        events.push(FeedEvent {
            uid: format!("{scope}-formal-check-call{}", call.call_id),
            at: last_moment(call.due, zone),
            kind: EventKind::FormalCheckDue {
                call_id: call.call_id,
                call_title: call.title.clone(),
                pending: call.pending,
            },
        });
    }
    for call in &facts.scoring {
        events.push(FeedEvent {
            uid: format!("{scope}-scoring-call{}", call.call_id),
            at: last_moment(call.deadline, zone),
            kind: EventKind::ScoringDeadline {
                call_id: call.call_id,
                call_title: call.title.clone(),
            },
        });
    }
    for report in &facts.reports {
        events.push(FeedEvent {
            uid: format!("{scope}-review-report{}", report.report_id),
            at: report.submitted_at,
            kind: EventKind::ReportAwaitingReview {
                agreement: report.agreement.clone(),
                report_kind: report.report_kind,
                report_id: report.report_id,
            },
        });
    }
    sorted(events)
}

fn sorted(mut events: Vec<FeedEvent>) -> Vec<FeedEvent> {
    events.sort_by(|a, b| (a.at, &a.uid).cmp(&(b.at, &b.uid)));
    events
}
