//! A tenant: one municipality running its grant cycle in its language, zone and currency.

use crate::language::Language;
use crate::money::Currency;
use crate::violation::{Rule, Violations};
use chrono_tz::Tz;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    #[serde(serialize_with = "serialize_zone")]
    pub time_zone: Tz,
    pub currency: Currency,
    pub default_language: Language,
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
}
