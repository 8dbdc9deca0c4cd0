//! Worked examples of the settlement rules. Every expected number is computed by hand in the
//! comment beside it, from the law's formula, not from this code's output.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod interest;
mod invariants;
mod late;
mod rates;
mod report;
mod returns;

use super::*;
use chrono::NaiveDate;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn rates() -> InterestRates {
    InterestRates::shipped().unwrap()
}

/// A task within 2026: 1 March to 30 September, grant to be used by 30 September, unused grant
/// back within 15 days.
pub fn dates_2026() -> ReturnDates {
    ReturnDates {
        ends_on: day(2026, 9, 30),
        budget_year: 2026,
        use_by: day(2026, 9, 30),
        return_days: 15,
    }
}

/// The transfers of a 10 000,00 zł grant: 6 000,00 zł on 10 March and 4 000,00 zł on 10 June.
pub fn transfers_2026() -> Vec<Transfer> {
    vec![
        Transfer {
            paid_on: day(2026, 3, 10),
            amount: 600_000,
        },
        Transfer {
            paid_on: day(2026, 6, 10),
            amount: 400_000,
        },
    ]
}

#[test]
fn codes_are_unique_and_serialize_as_themselves() {
    fn check<T: serde::Serialize>(all: &[T], code: impl Fn(&T) -> &'static str) {
        let mut seen = std::collections::HashSet::new();
        for item in all {
            assert!(seen.insert(code(item)), "{} twice", code(item));
            assert_eq!(serde_json::to_value(item).unwrap(), code(item));
        }
    }
    check(&SettlementRule::ALL, |r| r.code());
    check(&LegalBasis::ALL, |b| b.code());
    check(&FlagCode::ALL, |f| f.code());
    check(&ReturnKind::ALL, |k| k.code());
}

#[test]
fn settings_are_checked_as_a_tenant_admin_types_them() {
    assert!(SettlementSettings::default().check().is_empty());
    let bad = SettlementSettings {
        days_after_finding: 0,
        written_call_days: 91,
        interest_floor_minor: -1,
        keep_grant_share: true,
    };
    let fields: Vec<_> = bad.check().iter().map(|v| v.field.clone()).collect();
    assert_eq!(
        fields,
        ["days_after_finding", "written_call_days", "interest_floor"]
    );
}
