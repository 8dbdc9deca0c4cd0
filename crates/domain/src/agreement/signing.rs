//! Who must sign a version before it binds: the town, the organisation (as many of its
//! representatives as its representation rule needs) and each partner of a joint offer, who is a
//! party too and liable jointly (public-benefit act art. 14 ust. 5, art. 16 ust. 6), with as many
//! signatures as its own rule needs. Until every party has signed, the version does not bind.

use super::terms::{AgreementTerms, PartyRole};

/// One signature as recorded: for whom it was given and, for an organisation, which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Signed {
    pub role: PartyRole,
    pub organisation_id: Option<i64>,
}

/// A party whose signatures are still awaited, with how many are missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Awaited {
    pub role: PartyRole,
    /// The partner's organisation (`None` for the town, the applicant, or a partner without an
    /// account, who can only sign on paper).
    pub organisation_id: Option<i64>,
    pub name: String,
    pub missing: u32,
}

/// The parties of `terms` that have not signed enough yet, in the parties' order: the town (one
/// signature), the organisation (`signatures_required`), then each partner (its own count). The
/// town and the organisation are awaited even where older terms list no parties.
pub fn awaited(terms: &AgreementTerms, signed: &[Signed]) -> Vec<Awaited> {
    let count = |role: PartyRole, organisation_id: Option<i64>| {
        let matches = |s: &&Signed| match role {
            // One town and one applicant per agreement: their role names them.
            PartyRole::Town | PartyRole::Organisation => s.role == role,
            PartyRole::Partner => {
                s.role == role && organisation_id.is_some() && s.organisation_id == organisation_id
            }
        };
        u32::try_from(signed.iter().filter(matches).count()).unwrap_or(u32::MAX)
    };
    let name_of = |role: PartyRole| {
        let party = terms.parties.iter().find(|p| p.role == role);
        party.map(|p| p.name.clone()).unwrap_or_default()
    };
    let mut needed = vec![
        (PartyRole::Town, None, name_of(PartyRole::Town), 1),
        (
            PartyRole::Organisation,
            None,
            name_of(PartyRole::Organisation),
            terms.signatures_required.max(1),
        ),
    ];
    let partners = terms
        .parties
        .iter()
        .filter(|p| p.role == PartyRole::Partner);
    needed.extend(partners.map(|p| {
        (
            p.role,
            p.organisation_id,
            p.name.clone(),
            p.signatures_required.max(1),
        )
    }));
    needed
        .into_iter()
        .filter_map(|(role, organisation_id, name, required)| {
            let missing = required.saturating_sub(count(role, organisation_id));
            (missing > 0).then_some(Awaited {
                role,
                organisation_id,
                name,
                missing,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::Party;

    fn party(role: PartyRole, name: &str, organisation_id: Option<i64>, required: u32) -> Party {
        Party {
            role,
            name: name.into(),
            address: String::new(),
            registration_number: String::new(),
            scope: String::new(),
            cost_share: None,
            organisation_id,
            signatures_required: required,
        }
    }

    fn joint() -> AgreementTerms {
        let mut terms = crate::agreement::tests::terms();
        terms.signatures_required = 2;
        terms.parties = vec![
            party(PartyRole::Town, "Gmina", None, 0),
            party(PartyRole::Organisation, "Fundacja", Some(1), 0),
            party(PartyRole::Partner, "Towarzystwo", Some(2), 1),
            party(PartyRole::Partner, "Stowarzyszenie", None, 0),
        ];
        terms
    }

    fn by(role: PartyRole, organisation_id: Option<i64>) -> Signed {
        Signed {
            role,
            organisation_id,
        }
    }

    fn missing(terms: &AgreementTerms, signed: &[Signed]) -> Vec<(String, u32)> {
        awaited(terms, signed)
            .into_iter()
            .map(|a| (a.name, a.missing))
            .collect()
    }

    #[test]
    fn every_party_signs_each_as_often_as_its_rule_needs() {
        let terms = joint();
        let all = [
            ("Gmina", 1),
            ("Fundacja", 2),
            ("Towarzystwo", 1),
            ("Stowarzyszenie", 1),
        ];
        let all: Vec<(String, u32)> = all.iter().map(|(n, m)| (n.to_string(), *m)).collect();
        assert_eq!(missing(&terms, &[]), all);
        let mut signed = vec![
            by(PartyRole::Town, None),
            by(PartyRole::Organisation, Some(1)),
            by(PartyRole::Organisation, Some(1)),
        ];
        assert_eq!(
            missing(&terms, &signed),
            [
                ("Towarzystwo".to_string(), 1),
                ("Stowarzyszenie".to_string(), 1)
            ]
        );
        // Another organisation's signature is not the partner's.
        signed.push(by(PartyRole::Partner, Some(9)));
        assert_eq!(awaited(&terms, &signed).len(), 2);
        signed.push(by(PartyRole::Partner, Some(2)));
        let left = awaited(&terms, &signed);
        assert_eq!(left.len(), 1);
        assert_eq!(
            (left[0].role, left[0].organisation_id),
            (PartyRole::Partner, None)
        );
    }

    #[test]
    fn without_partners_the_town_and_the_organisation_suffice() {
        let terms = crate::agreement::tests::terms();
        assert!(terms.parties.is_empty(), "older terms list no parties");
        assert_eq!(awaited(&terms, &[by(PartyRole::Town, None)]).len(), 1);
        let both = [
            by(PartyRole::Town, None),
            by(PartyRole::Organisation, Some(1)),
        ];
        assert!(awaited(&terms, &both).is_empty());
    }
}
