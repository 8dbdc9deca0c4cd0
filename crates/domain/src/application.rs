//! An application (offer) moving through submission and the formal check.

use crate::roles::Role;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn clock(now_offset_days: i64) -> Clock {
        let opens = Utc
            .with_ymd_and_hms(2027, 1, 1, 8, 0, 0)
            .single()
            .unwrap_or_default();
        Clock {
            now: opens + Duration::days(now_offset_days),
            call_opens_at: opens,
            call_deadline: opens + Duration::days(30),
            correction_due: Some(opens + Duration::days(50)),
        }
    }

    /// Every (state, action) pair: the table says which succeed, everything else is refused.
    #[test]
    fn every_allowed_and_every_refused_transition() {
        use ApplicationAction::*;
        use ApplicationState::*;
        let allowed: &[(ApplicationState, ApplicationAction, ApplicationState)] = &[
            (Draft, SaveDraft, Draft),
            (NeedsCorrection, SaveDraft, NeedsCorrection),
            (Draft, Submit, Submitted),
            (Submitted, Withdraw, Withdrawn),
            (Submitted, AcceptFormally, FormallyAccepted),
            (Resubmitted, AcceptFormally, FormallyAccepted),
            (Submitted, RequestCorrection, NeedsCorrection),
            (Resubmitted, RequestCorrection, NeedsCorrection),
            (Submitted, RejectFormally, FormallyRejected),
            (Resubmitted, RejectFormally, FormallyRejected),
            (NeedsCorrection, RejectFormally, FormallyRejected),
            (NeedsCorrection, SubmitCorrection, Resubmitted),
        ];
        let actions = [
            SaveDraft,
            Submit,
            Withdraw,
            AcceptFormally,
            RequestCorrection,
            RejectFormally,
            SubmitCorrection,
        ];
        for state in ApplicationState::ALL {
            for action in actions {
                let actor = match action {
                    AcceptFormally | RequestCorrection | RejectFormally => Actor::Staff,
                    _ => Actor::Applicant,
                };
                // Within the call window for submit/withdraw; the correction period still runs.
                let result = apply(state, action, actor, &clock(10));
                let expected = allowed
                    .iter()
                    .find(|(s, a, _)| *s == state && *a == action)
                    .map(|(_, _, to)| *to);
                match expected {
                    Some(to) => assert_eq!(result, Ok(to), "{state:?} --{action:?}-->"),
                    None => assert_eq!(
                        result,
                        Err(TransitionError::NotAllowed { action, state }),
                        "{state:?} --{action:?}-->"
                    ),
                }
            }
        }
    }

    #[test]
    fn allowed_actions_follow_the_transition_table() {
        use ApplicationAction::*;
        use ApplicationState::*;
        let c = clock(10);
        let cases: &[(ApplicationState, Actor, &[ApplicationAction])] = &[
            (Draft, Actor::Applicant, &[SaveDraft, Submit]),
            (Draft, Actor::Staff, &[]),
            (Submitted, Actor::Applicant, &[Withdraw]),
            (
                Submitted,
                Actor::Staff,
                &[AcceptFormally, RequestCorrection, RejectFormally],
            ),
            (
                Resubmitted,
                Actor::Staff,
                &[AcceptFormally, RequestCorrection, RejectFormally],
            ),
            (
                NeedsCorrection,
                Actor::Applicant,
                &[SaveDraft, SubmitCorrection],
            ),
            // The table lets the clerk only reject an offer whose correction is awaited.
            (NeedsCorrection, Actor::Staff, &[RejectFormally]),
            (FormallyAccepted, Actor::Staff, &[]),
            (Withdrawn, Actor::Applicant, &[]),
        ];
        for (state, actor, expected) in cases {
            assert_eq!(
                allowed_actions(*state, *actor, &c),
                expected.to_vec(),
                "{state:?} by {actor:?}"
            );
        }
        // Every allowed action is one `apply` accepts, for every state and actor.
        for state in ApplicationState::ALL {
            for actor in [Actor::Applicant, Actor::Staff] {
                for action in allowed_actions(state, actor, &c) {
                    assert!(
                        apply(state, action, actor, &c).is_ok(),
                        "{state:?} {action:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn allowed_actions_follow_the_clock() {
        use ApplicationAction::*;
        let after_deadline = clock(31);
        assert_eq!(
            allowed_actions(S::Draft, Actor::Applicant, &after_deadline),
            vec![SaveDraft]
        );
        assert_eq!(
            allowed_actions(S::Submitted, Actor::Applicant, &after_deadline),
            vec![]
        );
        let after_correction = clock(50);
        assert_eq!(
            allowed_actions(S::NeedsCorrection, Actor::Applicant, &after_correction),
            vec![]
        );
        assert_eq!(
            allowed_actions(S::NeedsCorrection, Actor::Staff, &after_correction),
            vec![RejectFormally]
        );
    }

    #[test]
    fn formal_outcomes_offered_are_those_the_table_allows() {
        let c = clock(10);
        assert_eq!(
            FormalOutcome::offered(&allowed_actions(S::Submitted, Actor::Staff, &c)),
            FormalOutcome::ALL.to_vec()
        );
        assert_eq!(
            FormalOutcome::offered(&allowed_actions(S::NeedsCorrection, Actor::Staff, &c)),
            vec![FormalOutcome::Rejected]
        );
        assert_eq!(
            FormalOutcome::offered(&allowed_actions(S::FormallyRejected, Actor::Staff, &c)),
            vec![]
        );
    }

    #[test]
    fn the_wrong_actor_is_refused() {
        let c = clock(10);
        assert_eq!(
            apply(S::Draft, A::Submit, Actor::Staff, &c),
            Err(TransitionError::WrongActor)
        );
        assert_eq!(
            apply(S::Submitted, A::AcceptFormally, Actor::Applicant, &c),
            Err(TransitionError::WrongActor)
        );
    }

    #[test]
    fn submission_is_bound_to_the_second() {
        let mut c = clock(0);
        c.now = c.call_deadline - Duration::seconds(1);
        assert_eq!(
            apply(S::Draft, A::Submit, Actor::Applicant, &c),
            Ok(S::Submitted)
        );
        c.now = c.call_deadline;
        assert_eq!(
            apply(S::Draft, A::Submit, Actor::Applicant, &c),
            Err(TransitionError::DeadlinePassed {
                deadline: c.call_deadline
            })
        );
        c.now = c.call_opens_at - Duration::seconds(1);
        assert_eq!(
            apply(S::Draft, A::Submit, Actor::Applicant, &c),
            Err(TransitionError::NotYetOpen {
                opens_at: c.call_opens_at
            })
        );
        c.now = c.call_deadline + Duration::days(1);
        assert!(matches!(
            apply(S::Submitted, A::Withdraw, Actor::Applicant, &c),
            Err(TransitionError::DeadlinePassed { .. })
        ));
    }

    #[test]
    fn corrections_close_with_their_period() {
        let mut c = clock(49);
        assert_eq!(
            apply(
                S::NeedsCorrection,
                A::SubmitCorrection,
                Actor::Applicant,
                &c
            ),
            Ok(S::Resubmitted)
        );
        c.now = c.correction_due.unwrap_or_default();
        assert!(matches!(
            apply(
                S::NeedsCorrection,
                A::SubmitCorrection,
                Actor::Applicant,
                &c
            ),
            Err(TransitionError::CorrectionPeriodOver { .. })
        ));
        assert!(matches!(
            apply(S::NeedsCorrection, A::SaveDraft, Actor::Applicant, &c),
            Err(TransitionError::CorrectionPeriodOver { .. })
        ));
    }

    #[test]
    fn correction_due_ends_with_the_local_day_across_dst() {
        let zone = chrono_tz::Europe::Warsaw;
        // Checked on 25 March 2027 at 10:00 local (CET); seven days later DST has begun (CEST).
        let checked = Utc
            .with_ymd_and_hms(2027, 3, 25, 9, 0, 0)
            .single()
            .unwrap_or_default();
        let due = correction_due(checked, 7, zone);
        // End of 1 April local = 2 April 00:00 CEST = 1 April 22:00 UTC.
        assert_eq!(
            due,
            Utc.with_ymd_and_hms(2027, 4, 1, 22, 0, 0)
                .single()
                .unwrap_or_default()
        );
    }

    #[test]
    fn terminal_states() {
        assert!(S::FormallyAccepted.is_terminal());
        assert!(S::FormallyRejected.is_terminal());
        assert!(S::Withdrawn.is_terminal());
        assert!(!S::Draft.is_terminal());
        assert!(!S::NeedsCorrection.is_terminal());
    }
}
