//! What a clerk may do with a call, as a table of data, and the one function that applies it.

use super::publication::{days_to_deadline, Publication};
use super::{CallPhase, CallState, CallTerms};
use crate::tenant::Tenant;
use chrono::{DateTime, Utc};

/// What a clerk may do with a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallAction {
    Edit,
    /// Announces the call. `publication` holds the channel days known at this moment (see
    /// [`Publication::at_publishing`]); the minimum is counted from them.
    Publish {
        confirm_short_deadline: bool,
        publication: Publication,
    },
    /// Records the channel days after publishing; `publication` is the whole record as it will
    /// stand, and the minimum is counted again from its last day.
    RecordPublication {
        confirm_short_deadline: bool,
        publication: Publication,
    },
    StartEvaluation,
    PublishResults,
    Archive,
    Cancel {
        reason: String,
    },
}

impl CallAction {
    pub fn code(&self) -> &'static str {
        match self {
            CallAction::Edit => "edit",
            CallAction::Publish { .. } => "publish",
            CallAction::RecordPublication { .. } => "record_publication",
            CallAction::StartEvaluation => "start_evaluation",
            CallAction::PublishResults => "publish_results",
            CallAction::Archive => "archive",
            CallAction::Cancel { .. } => "cancel",
        }
    }
}

/// One row of the call's transition table.
pub struct CallTransition {
    pub action: &'static str,
    /// Phases the action may start from.
    pub from: &'static [CallPhase],
    /// The stored state afterwards (`None`: unchanged).
    pub to: Option<CallState>,
}

/// The whole life cycle of a call, as data.
pub const CALL_TRANSITIONS: &[CallTransition] = &[
    CallTransition {
        action: "edit",
        from: &[CallPhase::Draft],
        to: None,
    },
    CallTransition {
        action: "publish",
        from: &[CallPhase::Draft],
        to: Some(CallState::Published),
    },
    CallTransition {
        // Evidence of an announcement may arrive at any time after it went out.
        action: "record_publication",
        from: &[
            CallPhase::Published,
            CallPhase::Open,
            CallPhase::Closed,
            CallPhase::InEvaluation,
            CallPhase::ResultsPublished,
            CallPhase::Archived,
            CallPhase::Cancelled,
        ],
        to: None,
    },
    CallTransition {
        action: "start_evaluation",
        from: &[CallPhase::Closed],
        to: Some(CallState::InEvaluation),
    },
    CallTransition {
        action: "publish_results",
        from: &[CallPhase::InEvaluation],
        to: Some(CallState::ResultsPublished),
    },
    CallTransition {
        action: "archive",
        from: &[CallPhase::ResultsPublished],
        to: Some(CallState::Archived),
    },
    CallTransition {
        action: "cancel",
        from: &[
            CallPhase::Draft,
            CallPhase::Published,
            CallPhase::Open,
            CallPhase::Closed,
            CallPhase::InEvaluation,
        ],
        to: Some(CallState::Cancelled),
    },
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    #[error("a call cannot {action} while it is {phase:?}")]
    NotAllowed {
        action: &'static str,
        phase: CallPhase,
    },
    #[error("the deadline is {days} days after the last announcement, fewer than {minimum}; confirm to go on")]
    DeadlineTooSoon { days: i64, minimum: u32 },
    #[error("the deadline has already passed")]
    DeadlineInPast,
    #[error("a cancellation needs a reason")]
    ReasonRequired,
}

/// Applies `action` to a call at `now` in `tenant` (its zone counts the days, its rules set the
/// minimum); returns the stored state afterwards.
pub fn apply_call_action(
    state: CallState,
    terms: &CallTerms,
    action: &CallAction,
    now: DateTime<Utc>,
    tenant: &Tenant,
) -> Result<CallState, CallError> {
    let phase = CallPhase::at(state, terms.opens_at, terms.deadline, now);
    let transition = CALL_TRANSITIONS
        .iter()
        .find(|t| t.action == action.code())
        .filter(|t| t.from.contains(&phase))
        .ok_or(CallError::NotAllowed {
            action: action.code(),
            phase,
        })?;
    match action {
        CallAction::Publish {
            confirm_short_deadline,
            publication,
        } => {
            if terms.deadline <= now {
                return Err(CallError::DeadlineInPast);
            }
            check_minimum(terms, publication, *confirm_short_deadline, now, tenant)?;
        }
        CallAction::RecordPublication {
            confirm_short_deadline,
            publication,
        } => check_minimum(terms, publication, *confirm_short_deadline, now, tenant)?,
        CallAction::Cancel { reason } if crate::text::is_blank(reason) => {
            return Err(CallError::ReasonRequired)
        }
        _ => {}
    }
    Ok(transition.to.unwrap_or(state))
}

/// The tenant's minimum of days from the last announcement to the deadline (art. 13 ust. 1);
/// a clerk may knowingly go below it by confirming.
fn check_minimum(
    terms: &CallTerms,
    publication: &Publication,
    confirmed: bool,
    now: DateTime<Utc>,
    tenant: &Tenant,
) -> Result<(), CallError> {
    let zone = tenant.time_zone;
    let today = now.with_timezone(&zone).date_naive();
    let days = days_to_deadline(publication.count_from(today), terms.deadline, zone);
    let minimum = tenant.rules.min_days_to_deadline;
    if days < i64::from(minimum) && !confirmed {
        return Err(CallError::DeadlineTooSoon { days, minimum });
    }
    Ok(())
}
