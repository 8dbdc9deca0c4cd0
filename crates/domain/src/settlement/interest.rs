//! Interest "as for tax arrears" on a grant returned late or misused (ufp art. 251 ust. 5 and
//! 252 ust. 1 and 5; ordynacja podatkowa art. 53, 54, 56 and 63), in integers only:
//!
//! - from the first day it runs to the day of payment inclusive, over a 365-day year (leap years
//!   too), the rate of each day taken from the dated table: a period crossing a rate change is
//!   split, each piece at its rate (art. 56);
//! - the principal is not rounded; the exact sum of the pieces is rounded once to whole units,
//!   under 50 minor units down and 50 or more up (art. 63 § 1);
//! - not charged when that amount does not exceed the floor, three times the registered-letter
//!   fee (art. 54 § 1 pkt 5; 3 × 8.70 zł = 26.10 zł, a setting since the fee changes).

use super::rates::InterestRates;
use crate::Percent;
use chrono::NaiveDate;
use serde::Serialize;

/// A year of interest has 365 days (the tax ordinance's formula), whatever the calendar says.
const DAYS_IN_YEAR: i128 = 365;
/// Basis points in 100 %.
const BP: i128 = 10_000;
/// The exact interest is `numerator / DENOMINATOR` minor units.
const DENOMINATOR: i128 = DAYS_IN_YEAR * BP;
/// Minor units in a whole unit (grosze in a złoty): the interest is rounded to whole units.
const UNIT: i128 = 100;

/// The floor under which no interest is charged: 3 × the registered-letter fee of 8.70 zł
/// (ordynacja podatkowa art. 54 § 1 pkt 5). A tenant setting: the fee changes.
pub const DEFAULT_INTEREST_FLOOR_MINOR: i64 = 2_610;

/// One piece of a period at one rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct InterestPeriod {
    pub principal: i64,
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    pub days: i64,
    pub rate: Percent,
    /// This piece's interest rounded half up to the minor unit, for the screen only: the total
    /// is rounded from the exact sum, not from these.
    pub interest_minor: i64,
    #[serde(skip)]
    numerator: i128,
}

/// The interest on one or more principals with the pieces it was computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Interest {
    pub periods: Vec<InterestPeriod>,
    /// The exact sum rounded half up to the minor unit (shown beside the rounded amount).
    pub exact_minor: i64,
    /// Rounded to whole units (art. 63 § 1), in minor units.
    pub rounded_minor: i64,
    pub floor_minor: i64,
    /// What is owed: `rounded_minor`, or 0 when it does not exceed the floor.
    pub charged_minor: i64,
}

/// Why interest cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterestError {
    #[error("interest from {from} starts before the rate table ({first:?})")]
    BeforeTable {
        from: NaiveDate,
        first: Option<NaiveDate>,
    },
    #[error("a negative principal")]
    NegativePrincipal,
}

/// The pieces of `principal` running from `from` to `to` inclusive; none when `to < from` (paid
/// before interest started).
pub fn periods(
    principal: i64,
    from: NaiveDate,
    to: NaiveDate,
    rates: &InterestRates,
) -> Result<Vec<InterestPeriod>, InterestError> {
    if principal < 0 {
        return Err(InterestError::NegativePrincipal);
    }
    if to < from || principal == 0 {
        return Ok(Vec::new());
    }
    let pieces = rates.pieces(from, to).ok_or(InterestError::BeforeTable {
        from,
        first: rates.first_day(),
    })?;
    Ok(pieces
        .into_iter()
        .map(|(from, to, rate)| {
            let days = (to - from).num_days() + 1;
            let numerator =
                i128::from(principal) * i128::from(rate.basis_points()) * i128::from(days);
            InterestPeriod {
                principal,
                from,
                to,
                days,
                rate,
                interest_minor: to_i64(half_up(numerator, DENOMINATOR)),
                numerator,
            }
        })
        .collect())
}

/// The interest of the given pieces, rounded once and held against the floor.
pub fn total(periods: Vec<InterestPeriod>, floor_minor: i64) -> Interest {
    let numerator: i128 = periods.iter().map(|p| p.numerator).sum();
    let exact_minor = to_i64(half_up(numerator, DENOMINATOR));
    // Whole units: (numerator / DENOMINATOR) minor units, divided by UNIT, half up.
    let rounded_minor = to_i64(half_up(numerator, DENOMINATOR * UNIT) * UNIT);
    // "Does not exceed" the floor: an amount equal to it is not charged either.
    let charged_minor = if rounded_minor > floor_minor {
        rounded_minor
    } else {
        0
    };
    Interest {
        periods,
        exact_minor,
        rounded_minor,
        floor_minor,
        charged_minor,
    }
}

/// Interest on `principal` from `from` to `to` inclusive.
pub fn interest(
    principal: i64,
    from: NaiveDate,
    to: NaiveDate,
    rates: &InterestRates,
    floor_minor: i64,
) -> Result<Interest, InterestError> {
    Ok(total(periods(principal, from, to, rates)?, floor_minor))
}

/// `numerator / denominator` rounded half up, for non-negative numerators.
fn half_up(numerator: i128, denominator: i128) -> i128 {
    (2 * numerator + denominator) / (2 * denominator)
}

/// Interest on amounts Granty holds (at most 10^14 minor units) over any span of dates fits
/// an i64 many times over; saturate rather than wrap if a caller ever passes more.
fn to_i64(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}
