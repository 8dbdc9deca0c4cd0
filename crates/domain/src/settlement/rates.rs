//! The dated table of interest rates on tax arrears, which late and misused grants bear (ufp
//! art. 251 ust. 5 and 252 ust. 1: "as for tax arrears"; ordynacja podatkowa art. 56). Granty
//! ships the rates listed in the domain reference's verified corrections (`interest_rates.csv`,
//! 2014-10-09 to 2025-12-04); a tenant admin adds the changes announced after it, which
//! [`InterestRates::extended`] checks.

use crate::Percent;
use chrono::NaiveDate;

/// The shipped table: `from,basis_points` rows, ascending.
const SHIPPED_CSV: &str = include_str!("interest_rates.csv");

/// The rate may never be under 8 % (ordynacja podatkowa art. 56 § 1a); a row under it is a
/// typing error, not a rate.
const STATUTORY_MINIMUM_BP: i64 = 800;
/// No rate has come near 100 % a year; a row above it is a typing error (e.g. 1100 % for 11 %).
const SANE_MAXIMUM_BP: i64 = 10_000;

/// One row: the rate in force from a day until the next row's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateRow {
    pub from: NaiveDate,
    pub rate: Percent,
}

/// Why a table or an extension of it is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RatesError {
    #[error("line {line}: expected `YYYY-MM-DD,basis_points`")]
    Malformed { line: usize },
    #[error("the table has no rows")]
    Empty,
    #[error("{from}: not after the row before it")]
    NotAscending { from: NaiveDate },
    #[error("{from}: a second rate for the same day")]
    Duplicate { from: NaiveDate },
    #[error("{from}: {rate} is below the statutory minimum of 8%")]
    BelowMinimum { from: NaiveDate, rate: Percent },
    #[error("{from}: {rate} is not a plausible annual rate")]
    AboveMaximum { from: NaiveDate, rate: Percent },
    #[error("{from}: inside the shipped table, which runs to {last}")]
    InsideShippedTable { from: NaiveDate, last: NaiveDate },
}

/// A checked rate table: at least one row, strictly ascending days, plausible rates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRates {
    rows: Vec<RateRow>,
    /// The last day of the shipped part: extensions must come after it.
    shipped_last: NaiveDate,
}

impl InterestRates {
    /// The table Granty ships. An error here means the CSV in the crate is broken (a test
    /// parses it), so callers may treat it as a start-up failure.
    pub fn shipped() -> Result<InterestRates, RatesError> {
        InterestRates::parse_csv(SHIPPED_CSV)
    }

    /// Parses `from,basis_points` rows; `#` comments, blank lines and the header are skipped.
    pub fn parse_csv(text: &str) -> Result<InterestRates, RatesError> {
        let mut rows = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with("from,") {
                continue;
            }
            rows.push(parse_row(line).ok_or(RatesError::Malformed { line: index + 1 })?);
        }
        InterestRates::from_rows(rows)
    }

    /// A table of the given rows, checked.
    pub fn from_rows(rows: Vec<RateRow>) -> Result<InterestRates, RatesError> {
        check_rows(&rows)?;
        let shipped_last = rows.last().map(|r| r.from).ok_or(RatesError::Empty)?;
        Ok(InterestRates { rows, shipped_last })
    }

    /// This table with a tenant's later rows. Each must come after the shipped table (a row
    /// inside it would rewrite a rate checked against the law) and after the row before it;
    /// a row identical to a shipped one is skipped, so a tenant's rows keep working when a later
    /// Granty ships them too.
    pub fn extended(&self, extra: &[RateRow]) -> Result<InterestRates, RatesError> {
        let mut rows = self.rows.clone();
        for row in extra {
            if self.rows.contains(row) {
                continue;
            }
            if self.rows.iter().any(|r| r.from == row.from) {
                return Err(RatesError::Duplicate { from: row.from });
            }
            if row.from <= self.shipped_last {
                return Err(RatesError::InsideShippedTable {
                    from: row.from,
                    last: self.shipped_last,
                });
            }
            rows.push(*row);
        }
        check_rows(&rows)?;
        Ok(InterestRates {
            rows,
            shipped_last: self.shipped_last,
        })
    }

    pub fn rows(&self) -> &[RateRow] {
        &self.rows
    }

    /// The first day the table covers.
    pub fn first_day(&self) -> Option<NaiveDate> {
        self.rows.first().map(|r| r.from)
    }

    /// The rate in force on `day`; `None` before the table starts.
    pub fn rate_on(&self, day: NaiveDate) -> Option<Percent> {
        self.rows
            .iter()
            .take_while(|r| r.from <= day)
            .last()
            .map(|r| r.rate)
    }

    /// `from..=to` cut where the rate changes: (first day, last day, rate) of each piece.
    /// Empty when `to < from`; `None` when `from` is before the table.
    pub fn pieces(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Option<Vec<(NaiveDate, NaiveDate, Percent)>> {
        let mut rate = self.rate_on(from)?;
        let mut pieces = Vec::new();
        let mut start = from;
        for row in self.rows.iter().filter(|r| r.from > from && r.from <= to) {
            pieces.push((start, row.from.pred_opt()?, rate));
            start = row.from;
            rate = row.rate;
        }
        if start <= to {
            pieces.push((start, to, rate));
        }
        Some(pieces)
    }
}

fn parse_row(line: &str) -> Option<RateRow> {
    let (date, bp) = line.split_once(',')?;
    let from = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").ok()?;
    let bp: i64 = bp.trim().parse().ok()?;
    Some(RateRow {
        from,
        rate: Percent::from_basis_points(bp),
    })
}

fn check_rows(rows: &[RateRow]) -> Result<(), RatesError> {
    if rows.is_empty() {
        return Err(RatesError::Empty);
    }
    for (index, row) in rows.iter().enumerate() {
        let bp = row.rate.basis_points();
        if bp < STATUTORY_MINIMUM_BP {
            return Err(RatesError::BelowMinimum {
                from: row.from,
                rate: row.rate,
            });
        }
        if bp > SANE_MAXIMUM_BP {
            return Err(RatesError::AboveMaximum {
                from: row.from,
                rate: row.rate,
            });
        }
        match index.checked_sub(1).map(|i| rows[i].from) {
            Some(before) if before == row.from => {
                return Err(RatesError::Duplicate { from: row.from })
            }
            Some(before) if before > row.from => {
                return Err(RatesError::NotAscending { from: row.from })
            }
            _ => {}
        }
    }
    Ok(())
}
