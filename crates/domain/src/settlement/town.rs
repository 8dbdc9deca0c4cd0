//! A town's settlement settings as its admin keeps them: the numbers the settlement rules use
//! ([`SettlementSettings`]) and the ones the reports and controls use, each with its legal
//! basis, and the interest rates the town adds to the shipped table.

use super::{InterestRates, RateRow, RatesError, SettlementSettings};
use crate::{Rule, Violations};
use serde::{Deserialize, Serialize};

/// Every settlement number a town may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TownSettlementSettings {
    pub settlement: SettlementSettings,
    /// Whether a report lists its financial documents (a town's choice: the 2018 report form,
    /// Annex 5, has no list; art. 19a ust. 7c asks it only of small grants).
    pub documents_list: bool,
    /// The least days between delivering a call for a partial report and its deadline (art. 18
    /// ust. 3 of the public-benefit act: at least 30).
    pub partial_call_days: u32,
    /// Days the organisation has to correct a report the clerk returned (a town's choice: 7).
    pub correction_days: u32,
    /// Days to carry out a control's recommendations (the model agreement, § 10: 14).
    pub control_days: u32,
    /// Days between reminders of an overdue report or return, from the day after its deadline
    /// on (a town's choice: 7, weekly).
    pub overdue_every_days: u32,
}

impl Default for TownSettlementSettings {
    fn default() -> TownSettlementSettings {
        TownSettlementSettings {
            settlement: SettlementSettings::default(),
            documents_list: false,
            partial_call_days: 30,
            correction_days: 7,
            control_days: 14,
            overdue_every_days: 7,
        }
    }
}

/// The act's least notice for a partial report (art. 18 ust. 3).
const PARTIAL_CALL_MIN_DAYS: u32 = 30;
/// More than a quarter is a typing error, not a town's choice (as for the other day counts).
const MAX_DAYS: u32 = 90;

impl TownSettlementSettings {
    /// Every problem at once: the settlement's own checks and the day counts here.
    pub fn check(&self) -> Violations {
        let mut v = self.settlement.check();
        let days = [
            (
                "partial_call_days",
                self.partial_call_days,
                PARTIAL_CALL_MIN_DAYS,
            ),
            ("correction_days", self.correction_days, 1),
            ("control_days", self.control_days, 1),
            ("overdue_every_days", self.overdue_every_days, 1),
        ];
        for (field, value, min) in days {
            if !(min..=MAX_DAYS).contains(&value) {
                v.push(field, Rule::WholeNumberBetween { min, max: MAX_DAYS });
            }
        }
        v
    }
}

/// A town's added rate as typed or stored: the first day and the annual rate in basis points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RateInput {
    pub from: chrono::NaiveDate,
    pub rate_bp: i64,
}

impl From<RateInput> for RateRow {
    fn from(input: RateInput) -> RateRow {
        RateRow {
            from: input.from,
            rate: crate::Percent::from_basis_points(input.rate_bp),
        }
    }
}

/// The shipped table extended by the town's rows, or the problem named on the field `rates`.
pub fn town_rates(
    shipped: &InterestRates,
    added: &[RateInput],
) -> Result<InterestRates, Violations> {
    let rows: Vec<RateRow> = added.iter().copied().map(RateRow::from).collect();
    shipped.extended(&rows).map_err(|error| {
        let mut v = Violations::new();
        v.push("rates", rate_rule(&error, shipped, added));
        v
    })
}

fn rate_rule(error: &RatesError, shipped: &InterestRates, added: &[RateInput]) -> Rule {
    match error {
        RatesError::InsideShippedTable { last, .. } => {
            Rule::InterestRateDayNotAfter { last: *last }
        }
        RatesError::NotAscending { from } => {
            // The row it must follow: the latest day typed before it, or the shipped table's end.
            let before = added.iter().take_while(|r| r.from != *from).map(|r| r.from);
            let shipped_last = shipped.rows().last().map(|r| r.from);
            let last = before.chain(shipped_last).max().unwrap_or(*from);
            Rule::InterestRateDayNotAfter { last }
        }
        RatesError::Duplicate { .. } => Rule::Duplicate,
        RatesError::BelowMinimum { .. } => Rule::InterestRateBelowMinimum,
        RatesError::AboveMaximum { .. } => Rule::PercentOutOfRange,
        RatesError::Malformed { .. } | RatesError::Empty => Rule::InvalidValue,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn codes(v: &Violations) -> Vec<(String, &'static str)> {
        v.iter().map(|x| (x.field.clone(), x.rule.code())).collect()
    }

    #[test]
    fn the_defaults_pass_and_a_partial_call_under_thirty_days_does_not() {
        assert!(TownSettlementSettings::default().check().is_empty());
        let short = TownSettlementSettings {
            partial_call_days: 29,
            control_days: 0,
            ..TownSettlementSettings::default()
        };
        assert_eq!(
            codes(&short.check()),
            [
                ("partial_call_days".to_string(), "whole_number_between"),
                ("control_days".to_string(), "whole_number_between"),
            ]
        );
    }

    #[test]
    fn a_town_adds_later_rates_and_is_told_what_is_wrong() {
        let shipped = InterestRates::shipped().unwrap();
        let later = RateInput {
            from: day(2026, 1, 8),
            rate_bp: 1_050,
        };
        let table = town_rates(&shipped, &[later]).unwrap();
        assert_eq!(table.rows().len(), shipped.rows().len() + 1);
        let inside = RateInput {
            from: day(2025, 6, 1),
            rate_bp: 1_050,
        };
        let v = town_rates(&shipped, &[inside]).unwrap_err();
        assert_eq!(
            codes(&v),
            [("rates".to_string(), "interest_rate_day_not_after")]
        );
        let low = RateInput {
            from: day(2026, 1, 8),
            rate_bp: 700,
        };
        let v = town_rates(&shipped, &[low]).unwrap_err();
        assert_eq!(
            codes(&v),
            [("rates".to_string(), "interest_rate_below_minimum")]
        );
        let back = RateInput {
            from: day(2026, 1, 1),
            rate_bp: 1_000,
        };
        let v = town_rates(&shipped, &[later, back]).unwrap_err();
        assert_eq!(
            codes(&v),
            [("rates".to_string(), "interest_rate_day_not_after")]
        );
    }
}
