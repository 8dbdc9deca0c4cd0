//! A tenant: one municipality running its grant cycle in its language, zone and currency.

use crate::call::STATUTORY_MIN_DAYS_TO_DEADLINE;
use crate::language::Language;
use crate::money::Currency;
use crate::violation::{Rule, Violations};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// The town's IANA time zone (`Europe/Warsaw`): deadlines are shown in it.
    #[serde(serialize_with = "serialize_zone")]
    #[schema(value_type = String, example = "Europe/Warsaw")]
    pub time_zone: Tz,
    pub currency: Currency,
    pub default_language: Language,
    pub rules: TenantRules,
}

/// The rules a town sets for its calls and offers, each defaulting to the statute or to the 2018
/// model form. The Act is amended often and towns adapt the forms: these are settings, not
/// constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TenantRules {
    /// The fewest whole days from the last announcement to the deadline for offers. Art. 13
    /// ust. 1 asks for 21; a town may ask for more. Publishing below it needs a confirmation.
    pub min_days_to_deadline: u32,
    /// Whether the sources table (V.B) has a row "other public funds". The 2018 model form has
    /// none (such money is the financial own contribution, row 3.1), so it is off by default.
    pub other_public_funds: bool,
    /// Whether clerks and administrators must enrol in two-factor login (TOTP) before they may
    /// use the staff pages. Off by default: a town turns it on when its staff have the app.
    pub require_two_factor_for_staff: bool,
}

/// The longest minimum a town may set: a year.
pub const MAX_MIN_DAYS_TO_DEADLINE: u32 = 365;

impl Default for TenantRules {
    fn default() -> Self {
        TenantRules {
            min_days_to_deadline: STATUTORY_MIN_DAYS_TO_DEADLINE,
            other_public_funds: false,
            require_two_factor_for_staff: false,
        }
    }
}

impl TenantRules {
    /// Checks an administrator's settings.
    pub fn check(&self) -> Violations {
        let mut v = Violations::new();
        if !(1..=MAX_MIN_DAYS_TO_DEADLINE).contains(&self.min_days_to_deadline) {
            v.push(
                "min_days_to_deadline",
                Rule::WholeNumberBetween {
                    min: 1,
                    max: MAX_MIN_DAYS_TO_DEADLINE,
                },
            );
        }
        v
    }
}

fn serialize_zone<S: serde::Serializer>(zone: &Tz, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(zone.name())
}

/// Paths of Granty's own pages, which a tenant's public address (`/{slug}`) must not shadow.
/// A test in the web crate checks this list against every fixed route of the router.
pub const RESERVED_SLUGS: &[&str] = &[
    "api",
    "admin",
    "health",
    // Prometheus scrapes `/metrics` (the operator token's route).
    "metrics",
    "login",
    "logout",
    "static",
    "applications",
    "calls",
    "clerk",
    "confirm-email",
    "dashboard",
    "invitations",
    "organisations",
    "password-reset",
    "account",
    "evaluations",
    "agreements",
    "reports",
    // Calendar feeds: `/calendar/{token}.ics`.
    "calendar",
];

/// Checks a tenant slug: lowercase letters, digits and hyphens, as it appears in public URLs.
pub fn check_slug(slug: &str, violations: &mut Violations) {
    let valid = !slug.is_empty()
        && slug.len() <= 63
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !RESERVED_SLUGS.contains(&slug);
    if !valid {
        violations.push("slug", Rule::InvalidValue);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe_and_never_shadow_granty_pages() {
        for (slug, ok) in [
            ("gmina-demo", true),
            ("demo2", true),
            ("Demo", false),
            ("-x", false),
            ("login", false),
            ("api", false),
            ("", false),
        ] {
            let mut v = Violations::new();
            check_slug(slug, &mut v);
            assert_eq!(v.is_empty(), ok, "{slug}");
        }
    }

    #[test]
    fn minimum_days_art_13_1_default_to_the_statute_and_stay_within_a_year() {
        let rules = TenantRules::default();
        assert_eq!(rules.min_days_to_deadline, 21);
        assert!(!rules.other_public_funds, "the 2018 form has no such row");
        assert!(rules.check().is_empty());
        for (days, ok) in [(30, true), (365, true), (0, false), (366, false)] {
            let rules = TenantRules {
                min_days_to_deadline: days,
                ..rules
            };
            assert_eq!(rules.check().is_empty(), ok, "{days}");
        }
    }
}
