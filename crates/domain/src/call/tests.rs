use super::*;
use crate::testing::{call_input as input, day, tenant, terms, warsaw as at, WARSAW};
use crate::{Currency, Rule};
use chrono::{Duration, NaiveDate};

fn publish(confirm_short_deadline: bool) -> CallAction {
    CallAction::Publish {
        confirm_short_deadline,
        publication: Publication::default(),
    }
}

#[test]
fn a_new_call_gets_the_statutory_criteria_and_seven_correction_days() {
    let terms = terms();
    assert_eq!(terms.criteria.len(), 6);
    assert_eq!(terms.correction_days, 7);
    assert_eq!(terms.budget.minor, 15_000_000);
    assert_eq!(terms.admin_cost_cap.map(|p| p.basis_points()), Some(1500));
}

#[test]
fn inconsistent_terms_are_each_named() {
    let mut bad = input();
    bad.min_grant = "40000".into();
    bad.max_grant = "200000".into();
    bad.deadline = bad.opens_at;
    bad.admin_cost_cap = "120".into();
    bad.realisation_end = NaiveDate::from_ymd_opt(2027, 1, 1);
    let errors = CallTerms::parse(&bad, Currency::PLN, WARSAW).expect_err("invalid");
    let codes: Vec<(&str, &str)> = errors
        .iter()
        .map(|v| (v.field.as_str(), v.rule.code()))
        .collect();
    assert!(codes.contains(&("max_grant", "max_grant_above_budget")));
    assert!(codes.contains(&("deadline", "deadline_not_after_opening")));
    assert!(codes.contains(&("admin_cost_cap", "percent_out_of_range")));
    assert!(codes.contains(&("realisation_end", "end_before_start")));
    let mut bad = input();
    bad.min_grant = "40000".into();
    let errors = CallTerms::parse(&bad, Currency::PLN, WARSAW).expect_err("invalid");
    assert_eq!(errors.0[0].rule, Rule::MinGrantAboveMaxGrant);
}

#[test]
fn the_clock_opens_and_closes_a_published_call_to_the_second() {
    let t = terms();
    let phase = |now| CallPhase::at(CallState::Published, t.opens_at, t.deadline, now);
    assert_eq!(
        phase(t.opens_at - Duration::seconds(1)),
        CallPhase::Published
    );
    assert_eq!(phase(t.opens_at), CallPhase::Open);
    assert_eq!(phase(t.deadline - Duration::seconds(1)), CallPhase::Open);
    assert_eq!(phase(t.deadline), CallPhase::Closed);
}

#[test]
fn publishing_under_21_days_needs_confirmation() {
    let t = terms();
    let now = at(2027, 1, 12, 9, 0, 0); // 20 days before 1 Feb
    let refused = publish(false);
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &refused, now, &tenant()),
        Err(CallError::DeadlineTooSoon {
            days: 20,
            minimum: 21
        })
    );
    let confirmed = publish(true);
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &confirmed, now, &tenant()),
        Ok(CallState::Published)
    );
    let early = at(2027, 1, 11, 23, 59, 59); // 21 local days
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &refused, early, &tenant()),
        Ok(CallState::Published)
    );
    let late = t.deadline;
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &confirmed, late, &tenant()),
        Err(CallError::DeadlineInPast)
    );
}

#[test]
#[allow(clippy::type_complexity)]
fn every_transition_is_allowed_only_from_its_phases() {
    let t = terms();
    let before = at(2026, 12, 1, 12, 0, 0);
    let during = at(2027, 1, 10, 12, 0, 0);
    let after = at(2027, 2, 2, 12, 0, 0);
    let cancel = CallAction::Cancel {
        reason: "Brak ofert".into(),
    };
    let cases: Vec<(CallState, DateTime<Utc>, CallAction, Result<CallState, ()>)> = vec![
        (
            CallState::Draft,
            before,
            CallAction::Edit,
            Ok(CallState::Draft),
        ),
        (CallState::Published, before, CallAction::Edit, Err(())),
        (
            CallState::Draft,
            before,
            publish(false),
            Ok(CallState::Published),
        ),
        (CallState::Published, before, publish(true), Err(())),
        (
            CallState::Published,
            during,
            CallAction::StartEvaluation,
            Err(()),
        ),
        (
            CallState::Published,
            after,
            CallAction::StartEvaluation,
            Ok(CallState::InEvaluation),
        ),
        (
            CallState::InEvaluation,
            after,
            CallAction::PublishResults,
            Ok(CallState::ResultsPublished),
        ),
        (
            CallState::Published,
            after,
            CallAction::PublishResults,
            Err(()),
        ),
        (
            CallState::ResultsPublished,
            after,
            CallAction::Archive,
            Ok(CallState::Archived),
        ),
        (CallState::InEvaluation, after, CallAction::Archive, Err(())),
        (
            CallState::Draft,
            before,
            cancel.clone(),
            Ok(CallState::Cancelled),
        ),
        (
            CallState::Published,
            during,
            cancel.clone(),
            Ok(CallState::Cancelled),
        ),
        (
            CallState::InEvaluation,
            after,
            cancel.clone(),
            Ok(CallState::Cancelled),
        ),
        (CallState::ResultsPublished, after, cancel.clone(), Err(())),
        (CallState::Archived, after, cancel.clone(), Err(())),
        (CallState::Cancelled, after, cancel, Err(())),
    ];
    for (state, now, action, expected) in cases {
        let result = apply_call_action(state, &t, &action, now, &tenant()).map_err(|_| ());
        assert_eq!(result, expected, "{state:?} --{}-->", action.code());
    }
}

#[test]
fn cancelling_needs_a_reason() {
    let t = terms();
    let now = at(2026, 12, 1, 12, 0, 0);
    let cancel = CallAction::Cancel {
        reason: "  ".into(),
    };
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &cancel, now, &tenant()),
        Err(CallError::ReasonRequired)
    );
}

#[test]
fn input_round_trips_through_terms_for_cloning() {
    let t = terms();
    let again = CallTerms::parse(&CallInput::from_terms(&t), Currency::PLN, WARSAW).expect("valid");
    assert_eq!(again, t);
}

#[test]
fn minimum_days_art_13_1_count_from_the_last_channel_when_recorded_later() {
    let t = terms(); // deadline 1 February 2027, 15:30
    let published = CallState::Published;
    let record = |bip: NaiveDate, confirm_short_deadline| CallAction::RecordPublication {
        confirm_short_deadline,
        publication: Publication {
            bip_on: Some(bip),
            notice_board_on: Some(day(2027, 1, 4)),
            website_on: Some(day(2027, 1, 4)),
        },
    };
    let now = at(2027, 1, 20, 9, 0, 0);
    assert_eq!(
        apply_call_action(
            published,
            &t,
            &record(day(2027, 1, 11), false),
            now,
            &tenant()
        ),
        Ok(published),
        "21 days from the BIP on 11 January"
    );
    assert_eq!(
        apply_call_action(
            published,
            &t,
            &record(day(2027, 1, 12), false),
            now,
            &tenant()
        ),
        Err(CallError::DeadlineTooSoon {
            days: 20,
            minimum: 21
        })
    );
    assert_eq!(
        apply_call_action(
            published,
            &t,
            &record(day(2027, 1, 12), true),
            now,
            &tenant()
        ),
        Ok(published),
        "a clerk may knowingly record a late channel"
    );
}

#[test]
fn minimum_days_art_13_1_treat_a_deadline_at_midnight_as_the_day_before() {
    // Deadline "1 February 00:00" leaves 31 January as the last day: 20 days from 11 January.
    let t = terms_at_midnight();
    let now = at(2027, 1, 11, 9, 0, 0);
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &publish(false), now, &tenant()),
        Err(CallError::DeadlineTooSoon {
            days: 20,
            minimum: 21
        })
    );
    let earlier = at(2027, 1, 10, 9, 0, 0);
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &publish(false), earlier, &tenant()),
        Ok(CallState::Published)
    );
}

fn terms_at_midnight() -> CallTerms {
    crate::testing::terms_with(|c| c.deadline = Some(at(2027, 2, 1, 0, 0, 0)))
}

#[test]
fn minimum_days_art_13_1_follow_the_tenant_setting() {
    let t = terms();
    let mut strict = tenant();
    strict.rules.min_days_to_deadline = 30;
    let now = at(2027, 1, 4, 9, 0, 0); // 28 days before 1 February
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &publish(false), now, &tenant()),
        Ok(CallState::Published)
    );
    assert_eq!(
        apply_call_action(CallState::Draft, &t, &publish(false), now, &strict),
        Err(CallError::DeadlineTooSoon {
            days: 28,
            minimum: 30
        })
    );
}

#[test]
fn publication_days_are_recorded_only_once_published() {
    let t = terms();
    let now = at(2027, 1, 20, 9, 0, 0);
    let record = CallAction::RecordPublication {
        confirm_short_deadline: true,
        publication: Publication::default(),
    };
    assert!(matches!(
        apply_call_action(CallState::Draft, &t, &record, now, &tenant()),
        Err(CallError::NotAllowed { .. })
    ));
    let after = at(2027, 3, 1, 9, 0, 0);
    assert_eq!(
        apply_call_action(CallState::Cancelled, &t, &record, after, &tenant()),
        Ok(CallState::Cancelled)
    );
}

#[test]
fn realisation_starts_before_deadline_is_refused() {
    let mut bad = input();
    bad.realisation_start = Some(day(2027, 2, 1)); // the deadline's own day
    let errors = CallTerms::parse(&bad, Currency::PLN, WARSAW).expect_err("invalid");
    assert_eq!(
        errors.0,
        vec![crate::Violation::new(
            "realisation_start",
            Rule::RealisationStartsBeforeDeadline
        )]
    );
    bad.realisation_start = Some(day(2027, 2, 2));
    assert!(CallTerms::parse(&bad, Currency::PLN, WARSAW).is_ok());
    // A deadline at 00:00 on 2 February closes on 1 February: the 2nd may start the task.
    bad.deadline = Some(at(2027, 2, 2, 0, 0, 0));
    assert!(CallTerms::parse(&bad, Currency::PLN, WARSAW).is_ok());
}

#[test]
fn commissioning_call_asks_no_own_contribution_whatever_the_form_holds() {
    let supporting = terms();
    assert_eq!(
        supporting
            .required_own_contribution()
            .min_total
            .basis_points(),
        1000
    );
    let entrusting = crate::testing::terms_with(|c| {
        c.commissioning = Some(Commissioning::Entrusting);
        c.min_own_financial = "5".into();
    });
    assert_eq!(entrusting.own_contribution.min_total.basis_points(), 1000);
    assert_eq!(
        entrusting.required_own_contribution(),
        OwnContributionRule::default()
    );
    assert_eq!(entrusting.criteria.len(), 5, "no criterion 4");
}

#[test]
fn new_drafts_start_from_the_announcement_until_the_deadline() {
    use CallPhase::*;
    for phase in [Published, Open] {
        assert_eq!(phase.check_new_draft(), Ok(()));
    }
    for phase in [Closed, InEvaluation, ResultsPublished, Archived] {
        assert_eq!(
            phase.check_new_draft(),
            Err(NewDraftRefusal::DeadlinePassed)
        );
    }
    for phase in [Draft, Cancelled] {
        assert_eq!(phase.check_new_draft(), Err(NewDraftRefusal::NotAnnounced));
    }
}
