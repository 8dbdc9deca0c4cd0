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
