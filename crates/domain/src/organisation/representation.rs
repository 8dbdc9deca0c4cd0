//! How an organisation is represented: the rule as its register or statute words it ("two board
//! members jointly") and how many of its representatives must sign for it. An agreement names
//! that many signatories, and a signed copy with fewer signatures is refused.

use super::Representative;
use crate::{Rule, Violations};
use serde::Serialize;

/// The most signatures one organisation's rule may ask for: a setting of Granty's, not of the
/// act (no board we know of needs more; the form lists at most this many representatives).
pub const MAX_SIGNATURES: u32 = 10;

/// The longest representation rule kept, as the column allows.
const MAX_RULE_CHARS: usize = 300;

/// The representation rule and the signatures it needs, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Representation {
    pub rule: String,
    pub signatures_required: u32,
}

impl Representation {
    /// Checks the typed rule and count against the representatives listed: one cannot ask for
    /// more signatures than there are people named to give them. No count typed means one.
    pub fn parse(
        v: &mut Violations,
        rule: &str,
        signatures_required: Option<i64>,
        representatives: &[Representative],
    ) -> Representation {
        let rule = v.optional_text("representation_rule", rule, MAX_RULE_CHARS);
        let max = match u32::try_from(representatives.len()) {
            Ok(0) | Err(_) => MAX_SIGNATURES,
            Ok(listed) => listed.min(MAX_SIGNATURES),
        };
        let count = signatures_required.unwrap_or(1);
        let signatures_required = match u32::try_from(count) {
            Ok(n) if (1..=max).contains(&n) => n,
            _ => {
                v.push(
                    "signatures_required",
                    Rule::WholeNumberBetween { min: 1, max },
                );
                1
            }
        };
        Representation {
            rule,
            signatures_required,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(n: usize) -> Vec<Representative> {
        (0..n)
            .map(|i| Representative {
                name: format!("Osoba {i}"),
                function: "członek zarządu".into(),
            })
            .collect()
    }

    fn codes(v: &Violations) -> Vec<(String, String)> {
        v.iter()
            .map(|x| (x.field.clone(), x.rule.code().to_string()))
            .collect()
    }

    #[test]
    fn no_count_means_one_signature() {
        let mut v = Violations::new();
        let r = Representation::parse(&mut v, " prezes samodzielnie ", None, &people(1));
        assert!(v.is_empty());
        assert_eq!(r.signatures_required, 1);
        assert_eq!(r.rule, "prezes samodzielnie");
    }

    #[test]
    fn two_jointly_needs_two_people_listed() {
        let mut v = Violations::new();
        Representation::parse(
            &mut v,
            "dwóch członków zarządu łącznie",
            Some(2),
            &people(1),
        );
        assert_eq!(
            codes(&v),
            vec![("signatures_required".into(), "whole_number_between".into())]
        );
        assert_eq!(v.0[0].rule, Rule::WholeNumberBetween { min: 1, max: 1 });
        let mut v = Violations::new();
        let r = Representation::parse(&mut v, "", Some(2), &people(2));
        assert!(v.is_empty());
        assert_eq!(r.signatures_required, 2);
    }

    #[test]
    fn counts_outside_one_to_ten_are_refused() {
        for bad in [0, -1, 11, i64::MAX] {
            let mut v = Violations::new();
            Representation::parse(&mut v, "", Some(bad), &people(12));
            assert_eq!(
                v.0[0].rule,
                Rule::WholeNumberBetween { min: 1, max: 10 },
                "{bad}"
            );
        }
    }

    #[test]
    fn an_overlong_rule_is_refused() {
        let mut v = Violations::new();
        Representation::parse(&mut v, &"a".repeat(301), None, &people(1));
        assert_eq!(codes(&v)[0].0, "representation_rule");
    }
}
