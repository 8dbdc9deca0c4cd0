//! The settlement of a grant (issue 13), pure: the interest rate table, interest as for tax
//! arrears, the returns and their deadlines, the settlement of a report with every figure
//! explained, and the interest on returns paid late. Amounts are `i64` minor units of the
//! agreement's one currency; intermediates are `i128`; no floats.
//!
//! - [`rates`]: [`InterestRates`], the shipped dated table plus a tenant's later rows;
//! - [`mod@interest`]: [`interest()`] from a day to a day over the table, rounded and floored;
//! - [`returns`]: [`ReturnDue`] and the deadlines of unused, misused, undue and excessive grant;
//! - [`report`]: [`settle`] a report into [`Settlement`] (figures, line outcomes, flags, returns);
//! - [`late`]: [`late_interest`] on returns given the payments recorded;
//! - [`explain`]: the rule codes, legal bases and named inputs every figure carries.

mod checks;
pub mod explain;
pub mod flags;
pub mod interest;
pub mod late;
pub mod lines;
pub mod rates;
pub mod report;
pub mod returns;
#[cfg(test)]
mod tests;
pub mod town;

use crate::money::MAX_MINOR;
use crate::{Rule, Violations};

pub use explain::{Explanation, Figure, Input, LegalBasis, SettlementRule, Value};
pub use flags::{Flag, FlagCode};
pub use interest::{
    interest, Interest, InterestError, InterestPeriod, DEFAULT_INTEREST_FLOOR_MINOR,
};
pub use late::{late_interest, LateInterest, PaidPart, ReturnInterest, ReturnPayment};
pub use lines::{allowed_growth, LineInput, LineOutcome};
pub use rates::{InterestRates, RateRow, RatesError};
pub use report::{settle, Figures, ReportSettlementInput, Settlement, Sources};
pub use returns::{
    excessive_return, finding_deadline, missing_report_returns, misused_returns, unused_deadline,
    unused_return, written_call_deadline, ReturnDates, ReturnDue, ReturnKind, Transfer,
};
pub use town::{town_rates, RateInput, TownSettlementSettings};

/// A sum of amounts that saturates instead of overflowing: amounts Granty stores are far below
/// the bound, and a hostile input must not panic a pure rule (the result is then flagged or
/// refused where it is stored, not wrapped into a wrong small number).
pub(crate) fn total(amounts: impl IntoIterator<Item = i64>) -> i64 {
    amounts.into_iter().fold(0, i64::saturating_add)
}

/// A tenant's settlement settings, each a number of the law or the model agreement that a town
/// may need to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettlementSettings {
    /// Days after the finding to return misused, undue or excessive grant (ufp art. 252 ust. 1
    /// and 2: 15).
    pub days_after_finding: u32,
    /// Days to deliver a missing report after the written call (the model agreement's reports
    /// clause: 7).
    pub written_call_days: u32,
    /// Interest not exceeding this is not charged (ordynacja podatkowa art. 54 § 1 pkt 5:
    /// 3 × the registered-letter fee of 8.70 zł = 26.10 zł).
    pub interest_floor_minor: i64,
    /// Whether the grant above its planned share of the actual costs is excessive (the model
    /// agreement's share clause; towns differ).
    pub keep_grant_share: bool,
}

/// The widest day counts a tenant may set: the act's 15 and the model agreement's 7 are far
/// inside; more than a quarter would be a typing error, not a town's choice.
const MAX_DAYS: u32 = 90;

impl SettlementSettings {
    /// A tenant's settings as an admin typed them: day counts of 1 to 90, a floor that is not
    /// negative nor above the largest amount Granty holds.
    pub fn check(&self) -> Violations {
        let mut v = Violations::new();
        let days = [
            ("days_after_finding", self.days_after_finding),
            ("written_call_days", self.written_call_days),
        ];
        for (field, value) in days {
            if !(1..=MAX_DAYS).contains(&value) {
                v.push(
                    field,
                    Rule::WholeNumberBetween {
                        min: 1,
                        max: MAX_DAYS,
                    },
                );
            }
        }
        if self.interest_floor_minor < 0 {
            v.push("interest_floor", Rule::MustNotBeNegative);
        } else if self.interest_floor_minor > MAX_MINOR {
            v.push("interest_floor", Rule::AmountTooLarge);
        }
        v
    }
}

impl Default for SettlementSettings {
    fn default() -> SettlementSettings {
        SettlementSettings {
            days_after_finding: 15,
            written_call_days: 7,
            interest_floor_minor: DEFAULT_INTEREST_FLOOR_MINOR,
            keep_grant_share: true,
        }
    }
}
