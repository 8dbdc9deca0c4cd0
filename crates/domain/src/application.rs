//! An application (offer) moving through submission and the formal check.

use crate::roles::Role;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationState {
    Draft,
    Submitted,
    NeedsCorrection,
    /// A corrected version was submitted within the correction period.
    Resubmitted,
    FormallyAccepted,
    FormallyRejected,
    Withdrawn,
}

impl ApplicationState {
    pub const ALL: [ApplicationState; 7] = [
        ApplicationState::Draft,
        ApplicationState::Submitted,
        ApplicationState::NeedsCorrection,
        ApplicationState::Resubmitted,
        ApplicationState::FormallyAccepted,
        ApplicationState::FormallyRejected,
        ApplicationState::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ApplicationState::Draft => "draft",
            ApplicationState::Submitted => "submitted",
            ApplicationState::NeedsCorrection => "needs_correction",
            ApplicationState::Resubmitted => "resubmitted",
            ApplicationState::FormallyAccepted => "formally_accepted",
            ApplicationState::FormallyRejected => "formally_rejected",
            ApplicationState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<ApplicationState> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the applicant may edit the working copy.
    pub fn is_editable(self) -> bool {
        matches!(
            self,
            ApplicationState::Draft | ApplicationState::NeedsCorrection
        )
    }

    /// No transition leaves a terminal state (later issues add evaluation after acceptance).
    pub fn is_terminal(self) -> bool {
        !TRANSITIONS.iter().any(|t| t.from.contains(&self))
    }
}

/// What someone does to an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationAction {
    SaveDraft,
    Submit,
    Withdraw,
    AcceptFormally,
    RequestCorrection,
    RejectFormally,
    SubmitCorrection,
}

impl ApplicationAction {
    pub fn code(self) -> &'static str {
        match self {
            ApplicationAction::SaveDraft => "save_draft",
            ApplicationAction::Submit => "submit",
            ApplicationAction::Withdraw => "withdraw",
            ApplicationAction::AcceptFormally => "accept_formally",
            ApplicationAction::RequestCorrection => "request_correction",
            ApplicationAction::RejectFormally => "reject_formally",
            ApplicationAction::SubmitCorrection => "submit_correction",
        }
    }
}

/// Who may trigger a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// A member of the applicant organisation.
    Applicant,
    /// A clerk or admin of the tenant.
    Staff,
}

impl Actor {
    pub fn for_role(role: Role) -> Option<Actor> {
        match role {
            Role::Ngo => Some(Actor::Applicant),
            Role::Clerk | Role::Admin => Some(Actor::Staff),
            Role::Evaluator => None,
        }
    }
}

/// What must hold on the clock for a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRule {
    None,
    /// Before the call's deadline (and after its opening).
    CallOpen,
    /// Before the correction deadline.
    CorrectionPeriod,
}

pub struct Transition {
    pub action: ApplicationAction,
    pub from: &'static [ApplicationState],
    pub to: ApplicationState,
    pub actor: Actor,
    pub time: TimeRule,
}

use ApplicationAction as A;
use ApplicationState as S;

/// The application's life cycle, as data.
pub const TRANSITIONS: &[Transition] = &[
    Transition {
        action: A::SaveDraft,
        from: &[S::Draft],
        to: S::Draft,
        actor: Actor::Applicant,
        time: TimeRule::None,
    },
    Transition {
        action: A::SaveDraft,
        from: &[S::NeedsCorrection],
        to: S::NeedsCorrection,
        actor: Actor::Applicant,
        time: TimeRule::CorrectionPeriod,
    },
    Transition {
        action: A::Submit,
        from: &[S::Draft],
        to: S::Submitted,
        actor: Actor::Applicant,
        time: TimeRule::CallOpen,
    },
    Transition {
        action: A::Withdraw,
        from: &[S::Submitted],
        to: S::Withdrawn,
        actor: Actor::Applicant,
        time: TimeRule::CallOpen,
    },
    Transition {
        action: A::AcceptFormally,
        from: &[S::Submitted, S::Resubmitted],
        to: S::FormallyAccepted,
        actor: Actor::Staff,
        time: TimeRule::None,
    },
    Transition {
        action: A::RequestCorrection,
        from: &[S::Submitted, S::Resubmitted],
        to: S::NeedsCorrection,
        actor: Actor::Staff,
        time: TimeRule::None,
    },
    Transition {
        action: A::RejectFormally,
        from: &[S::Submitted, S::Resubmitted, S::NeedsCorrection],
        to: S::FormallyRejected,
        actor: Actor::Staff,
        time: TimeRule::None,
    },
    Transition {
        action: A::SubmitCorrection,
        from: &[S::NeedsCorrection],
        to: S::Resubmitted,
        actor: Actor::Applicant,
        time: TimeRule::CorrectionPeriod,
    },
];

/// The instants that time-bound transitions are measured against.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    pub now: DateTime<Utc>,
    pub call_opens_at: DateTime<Utc>,
    pub call_deadline: DateTime<Utc>,
    pub correction_due: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("cannot {} an application that is {}", .action.code(), .state.code())]
    NotAllowed {
        action: ApplicationAction,
        state: ApplicationState,
    },
    #[error("this action is not for this role")]
    WrongActor,
    #[error("the call opens at {opens_at}")]
    NotYetOpen { opens_at: DateTime<Utc> },
    #[error("the deadline passed at {deadline}")]
    DeadlinePassed { deadline: DateTime<Utc> },
    #[error("the correction period ended at {due}")]
    CorrectionPeriodOver { due: DateTime<Utc> },
}

/// Applies `action` by `actor` at `clock.now`; returns the new state or the rule it breaks.
pub fn apply(
    state: ApplicationState,
    action: ApplicationAction,
    actor: Actor,
    clock: &Clock,
) -> Result<ApplicationState, TransitionError> {
    let transition = TRANSITIONS
        .iter()
        .find(|t| t.action == action && t.from.contains(&state))
        .ok_or(TransitionError::NotAllowed { action, state })?;
    if transition.actor != actor {
        return Err(TransitionError::WrongActor);
    }
    transition.time.check(clock)?;
    Ok(transition.to)
}

impl TimeRule {
    /// Whether the clock allows the transition now, or the instant that stands in the way.
    fn check(self, clock: &Clock) -> Result<(), TransitionError> {
        match self {
            TimeRule::None => Ok(()),
            TimeRule::CallOpen if clock.now < clock.call_opens_at => {
                Err(TransitionError::NotYetOpen {
                    opens_at: clock.call_opens_at,
                })
            }
            TimeRule::CallOpen if clock.now >= clock.call_deadline => {
                Err(TransitionError::DeadlinePassed {
                    deadline: clock.call_deadline,
                })
            }
            TimeRule::CallOpen => Ok(()),
            TimeRule::CorrectionPeriod => match clock.correction_due {
                Some(due) if clock.now >= due => Err(TransitionError::CorrectionPeriodOver { due }),
                _ => Ok(()),
            },
        }
    }
}

/// What `actor` may do next with an application in `state` at `clock.now`: every row of the
/// transition table that starts from this state, belongs to this actor and whose clock rule
/// holds, in the table's order. Screens and the API offer exactly these.
pub fn allowed_actions(
    state: ApplicationState,
    actor: Actor,
    clock: &Clock,
) -> Vec<ApplicationAction> {
    let mut actions: Vec<ApplicationAction> = TRANSITIONS
        .iter()
        .filter(|t| t.from.contains(&state) && t.actor == actor && t.time.check(clock).is_ok())
        .map(|t| t.action)
        .collect();
    actions.dedup();
    actions
}

/// The outcome of a formal check (ocena formalna).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FormalOutcome {
    Accepted,
    NeedsCorrection,
    Rejected,
}

impl FormalOutcome {
    pub const ALL: [FormalOutcome; 3] = [
        FormalOutcome::Accepted,
        FormalOutcome::NeedsCorrection,
        FormalOutcome::Rejected,
    ];

    /// The outcomes a clerk may record when these actions are allowed (see [`allowed_actions`]).
    pub fn offered(allowed: &[ApplicationAction]) -> Vec<FormalOutcome> {
        FormalOutcome::ALL
            .into_iter()
            .filter(|o| allowed.contains(&o.action()))
            .collect()
    }

    pub fn action(self) -> ApplicationAction {
        match self {
            FormalOutcome::Accepted => ApplicationAction::AcceptFormally,
            FormalOutcome::NeedsCorrection => ApplicationAction::RequestCorrection,
            FormalOutcome::Rejected => ApplicationAction::RejectFormally,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            FormalOutcome::Accepted => "accepted",
            FormalOutcome::NeedsCorrection => "needs_correction",
            FormalOutcome::Rejected => "rejected",
        }
    }
}

/// The end of the correction period: `days` after the formal check, at the end of that local day
/// in the tenant's zone (DST included), so "7 days" means the whole seventh day.
pub fn correction_due(checked_at: DateTime<Utc>, days: u32, zone: chrono_tz::Tz) -> DateTime<Utc> {
    use chrono::{Days, TimeZone};
    let local_day = checked_at.with_timezone(&zone).date_naive() + Days::new(u64::from(days) + 1);
    let midnight = local_day.and_hms_opt(0, 0, 0).unwrap_or_default();
    zone.from_local_datetime(&midnight)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(checked_at + chrono::Duration::days(i64::from(days) + 1))
}

/// Receipt numbers are human-readable and unique per call: `<call number>/<sequence>`.
pub fn receipt_number(call_id: i64, sequence: i64, year: i32) -> String {
    format!("K{call_id}/{year}/{sequence:04}")
}

#[cfg(test)]
mod tests;
