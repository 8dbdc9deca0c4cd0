//! Who may sit on a call's committee (art. 15 ust. 2a, 2d, 2da): the checks of one appointment
//! and of the committee as a whole before evaluation starts.

use super::{MemberKind, NoNgoReason};
use crate::{Rule, Violations};

/// The most characters of a nominating organisation's typed name (the column's width).
pub const MAX_NOMINATOR_NAME: usize = 300;

/// An organisation that applied in the call (a submitted offer, as applicant or partner).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicant {
    pub organisation_id: i64,
    pub name: String,
}

/// Who nominated an NGO member: an organisation of the town, or a name typed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Nominator {
    Organisation(i64),
    Named(String),
}

/// Checks one appointment: an NGO nominee names the organisation that nominated them, and no
/// nominee of an organisation that applied in the call sits on its committee (art. 15 ust. 2d).
/// A typed-in name is compared with the applicants' names, ignoring case and spacing.
pub fn check_appointment(
    kind: MemberKind,
    nominator: Option<&Nominator>,
    applicants: &[Applicant],
) -> Violations {
    let mut v = Violations::new();
    if kind != MemberKind::NgoNominee {
        return v;
    }
    let applying = match nominator {
        None => {
            v.push("nominated_by", Rule::NominatorRequired);
            return v;
        }
        Some(Nominator::Organisation(id)) => applicants.iter().find(|a| a.organisation_id == *id),
        Some(Nominator::Named(name)) if crate::text::is_blank(name) => {
            v.push("nominated_by", Rule::NominatorRequired);
            return v;
        }
        Some(Nominator::Named(name)) => applicants.iter().find(|a| same_name(&a.name, name)),
    };
    if let Some(applicant) = applying {
        let organisation = applicant.name.clone();
        v.push("nominated_by", Rule::NomineeOfApplicant { organisation });
    }
    v
}

/// Names compared as people read them: case, and runs of spaces, do not matter.
fn same_name(a: &str, b: &str) -> bool {
    let normal = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    normal(a) == normal(b)
}

/// Before evaluation starts: a committee with no NGO nominee needs one of the statutory reasons
/// recorded (art. 15 ust. 2da), and at least one member must score.
pub fn check_ready(
    members: &[(MemberKind, bool)],
    no_ngo_reason: Option<NoNgoReason>,
) -> Violations {
    let mut v = Violations::new();
    let has_nominee = members.iter().any(|(k, _)| *k == MemberKind::NgoNominee);
    if !has_nominee && no_ngo_reason.is_none() {
        v.push("no_ngo_reason", Rule::NoNgoReasonRequired);
    }
    if !members.iter().any(|(_, scores)| *scores) {
        v.push("committee", Rule::NoScoringMembers);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicants() -> Vec<Applicant> {
        vec![Applicant {
            organisation_id: 7,
            name: "Fundacja  Zielone Miasto".into(),
        }]
    }

    fn codes(v: &Violations) -> Vec<&'static str> {
        v.iter().map(|x| x.rule.code()).collect()
    }

    #[test]
    fn a_nominee_of_an_applying_organisation_is_refused_by_id_or_by_name() {
        let by_id = check_appointment(
            MemberKind::NgoNominee,
            Some(&Nominator::Organisation(7)),
            &applicants(),
        );
        assert_eq!(codes(&by_id), ["nominee_of_applicant"]);
        let typed = Nominator::Named("fundacja zielone  miasto".into());
        let by_name = check_appointment(MemberKind::NgoNominee, Some(&typed), &applicants());
        assert_eq!(codes(&by_name), ["nominee_of_applicant"]);
        let other = Nominator::Organisation(8);
        assert!(check_appointment(MemberKind::NgoNominee, Some(&other), &applicants()).is_empty());
    }

    #[test]
    fn a_nominee_names_the_nominator_and_officials_need_none() {
        let none = check_appointment(MemberKind::NgoNominee, None, &applicants());
        assert_eq!(codes(&none), ["nominator_required"]);
        let blank = Nominator::Named("  ".into());
        let blank = check_appointment(MemberKind::NgoNominee, Some(&blank), &applicants());
        assert_eq!(codes(&blank), ["nominator_required"]);
        assert!(check_appointment(MemberKind::Official, None, &applicants()).is_empty());
        assert!(check_appointment(MemberKind::Adviser, None, &applicants()).is_empty());
    }

    #[test]
    fn a_committee_without_nominees_needs_a_statutory_reason_and_someone_who_scores() {
        let officials = [(MemberKind::Official, true), (MemberKind::Adviser, false)];
        assert_eq!(
            codes(&check_ready(&officials, None)),
            ["no_ngo_reason_required"]
        );
        let reason = Some(NoNgoReason::NoNominations);
        assert!(check_ready(&officials, reason).is_empty());
        let mixed = [(MemberKind::NgoNominee, true)];
        assert!(check_ready(&mixed, None).is_empty());
        let advisers = [(MemberKind::Adviser, false)];
        assert_eq!(
            codes(&check_ready(&advisers, reason)),
            ["no_scoring_members"]
        );
    }
}
