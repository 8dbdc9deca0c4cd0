//! The formal check's checklist (ocena formalna): the conditions an office verifies before the
//! merit evaluation, each answered met / not met / not applicable, and kept with the outcome so
//! that a decision can be explained later.

use crate::application::FormalOutcome;
use crate::violation::{Rule, Violation, Violations};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The conditions most announcements list for the formal check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Criterion {
    /// Filed within the call's deadline.
    OnTime,
    /// The applicant is an eligible entity (art. 3 ust. 2–3).
    EligibleApplicant,
    /// The task lies within the applicant's statutory activity (art. 11 ust. 1).
    StatutoryActivity,
    /// Every part of the form is filled in.
    CompleteForm,
    /// The attachments the call requires are there.
    RequiredAttachments,
    /// Signed or confirmed by the persons authorised to represent the applicant.
    AuthorisedSignatures,
    /// Grant limits, own contribution and administrative cost cap are kept.
    FinancialConditions,
}

impl Criterion {
    pub const ALL: [Criterion; 7] = [
        Criterion::OnTime,
        Criterion::EligibleApplicant,
        Criterion::StatutoryActivity,
        Criterion::CompleteForm,
        Criterion::RequiredAttachments,
        Criterion::AuthorisedSignatures,
        Criterion::FinancialConditions,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Criterion::OnTime => "on_time",
            Criterion::EligibleApplicant => "eligible_applicant",
            Criterion::StatutoryActivity => "statutory_activity",
            Criterion::CompleteForm => "complete_form",
            Criterion::RequiredAttachments => "required_attachments",
            Criterion::AuthorisedSignatures => "authorised_signatures",
            Criterion::FinancialConditions => "financial_conditions",
        }
    }

    pub fn from_code(code: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// The clerk's answer for one condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Met,
    NotMet,
    NotApplicable,
}

impl Answer {
    pub fn code(self) -> &'static str {
        match self {
            Answer::Met => "met",
            Answer::NotMet => "not_met",
            Answer::NotApplicable => "not_applicable",
        }
    }
}

/// Answers by criterion code, as stored and sent.
pub type Checklist = BTreeMap<String, Answer>;

/// Every condition must be answered, and an offer that fails one cannot be accepted.
pub fn check_checklist(outcome: FormalOutcome, checklist: &Checklist) -> Violations {
    let mut v = Violations::new();
    for code in checklist.keys() {
        if Criterion::from_code(code).is_none() {
            v.push(format!("checklist.{code}"), Rule::UnknownReference);
        }
    }
    for criterion in Criterion::ALL {
        let field = format!("checklist.{}", criterion.code());
        match checklist.get(criterion.code()) {
            None => v.push(field, Rule::Required),
            Some(Answer::NotMet) if outcome == FormalOutcome::Accepted => {
                v.push(field, Rule::AcceptedWithUnmetCondition)
            }
            Some(_) => {}
        }
    }
    v
}

/// Which condition of the checklist an automatic finding speaks to.
fn condition_of(rule: &Rule) -> Criterion {
    match rule {
        Rule::AttachmentMissing { .. } => Criterion::RequiredAttachments,
        // Grant limits, own contribution, the administrative cap and sums, and the realisation
        // dates of the call's window: the "financial conditions" of most announcements.
        Rule::GrantBelowMinimum { .. }
        | Rule::GrantAboveMaximum { .. }
        | Rule::OwnContributionTooLow { .. }
        | Rule::FinancialContributionTooLow { .. }
        | Rule::NonFinancialContributionTooLow { .. }
        | Rule::AdminCostsAboveCap { .. }
        | Rule::TotalsDiffer { .. }
        | Rule::FeesWithoutPaidActivity
        | Rule::OtherPublicFundsNotAllowed
        | Rule::DateOutsideWindow { .. }
        | Rule::TaskTooLong { .. } => Criterion::FinancialConditions,
        // A simple association may not run paid activity at all (art. 40 of the associations
        // act): offering the task for payment makes it an ineligible applicant for this offer.
        Rule::PaidNotAllowedForSimpleAssociation | Rule::FeesNotAllowedForSimpleAssociation => {
            Criterion::EligibleApplicant
        }
        _ => Criterion::CompleteForm,
    }
}

/// What the automatic checks already say, as a starting point the clerk confirms or changes.
/// Eligibility is judged by a person, so it is only suggested when a finding rules it out;
/// statute and signatures are always left to the clerk.
pub fn suggested_answers(problems: &[Violation], submitted_in_time: bool) -> Checklist {
    let fails = |criterion: Criterion| problems.iter().any(|p| condition_of(&p.rule) == criterion);
    let answer = |fails: bool| if fails { Answer::NotMet } else { Answer::Met };
    let mut answers = Checklist::new();
    answers.insert(Criterion::OnTime.code().into(), answer(!submitted_in_time));
    for criterion in [
        Criterion::RequiredAttachments,
        Criterion::FinancialConditions,
        Criterion::CompleteForm,
    ] {
        answers.insert(criterion.code().into(), answer(fails(criterion)));
    }
    if fails(Criterion::EligibleApplicant) {
        answers.insert(Criterion::EligibleApplicant.code().into(), Answer::NotMet);
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::{Currency, Money};

    fn all(answer: Answer) -> Checklist {
        Criterion::ALL
            .into_iter()
            .map(|c| (c.code().to_string(), answer))
            .collect()
    }

    #[test]
    fn every_condition_is_answered() {
        let mut checklist = all(Answer::Met);
        checklist.remove("statutory_activity");
        checklist.insert("colour_of_paper".into(), Answer::Met);
        let v = check_checklist(FormalOutcome::Accepted, &checklist);
        assert_eq!(
            v.0,
            vec![
                Violation::new("checklist.colour_of_paper", Rule::UnknownReference),
                Violation::new("checklist.statutory_activity", Rule::Required),
            ]
        );
    }

    #[test]
    fn an_unmet_condition_rules_out_acceptance_but_not_a_correction() {
        let mut checklist = all(Answer::Met);
        checklist.insert("required_attachments".into(), Answer::NotMet);
        checklist.insert("authorised_signatures".into(), Answer::NotApplicable);
        assert_eq!(
            check_checklist(FormalOutcome::Accepted, &checklist).0,
            vec![Violation::new(
                "checklist.required_attachments",
                Rule::AcceptedWithUnmetCondition
            )]
        );
        assert!(check_checklist(FormalOutcome::NeedsCorrection, &checklist).is_empty());
        assert!(check_checklist(FormalOutcome::Rejected, &checklist).is_empty());
    }

    #[test]
    fn the_automatic_checks_suggest_what_they_can_judge() {
        let problems = vec![
            Violation::new(
                "attachments.statut",
                Rule::AttachmentMissing {
                    name: "Statut".into(),
                },
            ),
            Violation::new(
                "sources.requested_grant",
                Rule::GrantAboveMaximum {
                    maximum: Money::new(100, Currency::PLN),
                },
            ),
        ];
        let answers = suggested_answers(&problems, true);
        assert_eq!(answers["on_time"], Answer::Met);
        assert_eq!(answers["required_attachments"], Answer::NotMet);
        assert_eq!(answers["financial_conditions"], Answer::NotMet);
        assert_eq!(answers["complete_form"], Answer::Met);
        assert!(!answers.contains_key("eligible_applicant"), "for the clerk");
        assert_eq!(suggested_answers(&[], true)["complete_form"], Answer::Met);
    }

    #[test]
    fn formal_checklist_dates_outside_the_realisation_window_fail_the_financial_conditions() {
        let outside = Violation::new(
            "start_date",
            Rule::DateOutsideWindow {
                from: chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default(),
                to: chrono::NaiveDate::from_ymd_opt(2027, 12, 31).unwrap_or_default(),
            },
        );
        let answers = suggested_answers(&[outside], true);
        assert_eq!(answers["financial_conditions"], Answer::NotMet);
        assert_eq!(answers["complete_form"], Answer::Met);
        let too_long = Violation::new("end_date", Rule::TaskTooLong { max_years: 5 });
        assert_eq!(
            suggested_answers(&[too_long], true)["financial_conditions"],
            Answer::NotMet
        );
    }

    #[test]
    fn formal_checklist_paid_activity_of_a_simple_association_fails_eligibility() {
        for rule in [
            Rule::PaidNotAllowedForSimpleAssociation,
            Rule::FeesNotAllowedForSimpleAssociation,
        ] {
            let answers =
                suggested_answers(&[Violation::new("declarations.remuneration", rule)], true);
            assert_eq!(answers["eligible_applicant"], Answer::NotMet);
            assert_eq!(answers["complete_form"], Answer::Met);
            assert_eq!(answers["financial_conditions"], Answer::Met);
        }
        // Fees with unpaid activity declared are a financial matter, not eligibility.
        let fees = Violation::new("sources.participant_fees", Rule::FeesWithoutPaidActivity);
        let answers = suggested_answers(&[fees], true);
        assert_eq!(answers["financial_conditions"], Answer::NotMet);
        assert!(!answers.contains_key("eligible_applicant"));
    }
}
