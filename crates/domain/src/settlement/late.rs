//! Interest on returns paid late (or, for misused grant, from the transfer): the recorded
//! payments are applied to the returns oldest first, partial payments included, and each part
//! of a return bears interest from the return's first day of interest to the day it was paid.
//!
//! Two readings, stated because the law leaves them open for grants:
//! - a payment goes to the return due first (then the one whose interest started first); the
//!   tax ordinance's proportional split between arrears and interest (art. 55 § 2) is not
//!   applied: the interest is claimed on its own once the principal is in;
//! - each return's interest is one amount, rounded and held against the floor once, however
//!   many payments it took.

use super::interest::{periods, total, Interest, InterestError};
use super::rates::InterestRates;
use super::returns::{ReturnDue, ReturnKind};
use super::total as sum;
use chrono::NaiveDate;
use serde::Serialize;

/// A payment of a return as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReturnPayment {
    pub paid_on: NaiveDate,
    /// Minor units.
    pub amount: i64,
}

/// One payment's share of one return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PaidPart {
    pub paid_on: NaiveDate,
    pub amount: i64,
}

/// A return with the payments applied to it and its interest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnInterest {
    /// The return's position in the slice given to [`late_interest`].
    pub index: usize,
    pub kind: ReturnKind,
    pub amount: i64,
    pub due_on: NaiveDate,
    pub interest_from: NaiveDate,
    pub parts: Vec<PaidPart>,
    /// What is still to pay of the principal.
    pub outstanding: i64,
    /// On the paid parts to their days and on the outstanding part to `as_of`: final once
    /// `outstanding` is 0, running until then.
    pub interest: Interest,
}

/// Every return's interest, and what was paid beyond all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LateInterest {
    pub returns: Vec<ReturnInterest>,
    pub overpaid: i64,
    /// The interest charged on all returns together (minor units).
    pub total_charged: i64,
}

/// Applies `payments` to `returns` and computes each return's interest; an outstanding part
/// runs to `as_of` inclusive. Returns are listed due first.
pub fn late_interest(
    returns: &[ReturnDue],
    payments: &[ReturnPayment],
    as_of: NaiveDate,
    rates: &InterestRates,
    floor_minor: i64,
) -> Result<LateInterest, InterestError> {
    let mut ordered: Vec<(usize, &ReturnDue)> = returns.iter().enumerate().collect();
    ordered.sort_by_key(|(_, r)| (r.due_on, r.interest_from));
    let mut payments = payments.to_vec();
    payments.sort_by_key(|p| p.paid_on);
    let (parts, overpaid) = allocate(&ordered, &payments);
    let mut out = Vec::with_capacity(ordered.len());
    for ((index, r), parts) in ordered.into_iter().zip(parts) {
        let mut interest = return_interest(r, parts, as_of, rates, floor_minor)?;
        interest.index = index;
        out.push(interest);
    }
    let total_charged = sum(out.iter().map(|r| r.interest.charged_minor));
    Ok(LateInterest {
        returns: out,
        overpaid,
        total_charged,
    })
}

/// Payments, oldest first, fill the returns in order; what is left over is overpaid.
fn allocate(
    returns: &[(usize, &ReturnDue)],
    payments: &[ReturnPayment],
) -> (Vec<Vec<PaidPart>>, i64) {
    let mut parts = vec![Vec::new(); returns.len()];
    let mut open: Vec<i64> = returns.iter().map(|(_, r)| r.amount.max(0)).collect();
    let mut overpaid = 0;
    for payment in payments {
        let mut left = payment.amount.max(0);
        for (index, owed) in open.iter_mut().enumerate() {
            let part = left.min(*owed);
            if part > 0 {
                *owed -= part;
                left -= part;
                parts[index].push(PaidPart {
                    paid_on: payment.paid_on,
                    amount: part,
                });
            }
        }
        overpaid = sum([overpaid, left]);
    }
    (parts, overpaid)
}

fn return_interest(
    r: &ReturnDue,
    parts: Vec<PaidPart>,
    as_of: NaiveDate,
    rates: &InterestRates,
    floor_minor: i64,
) -> Result<ReturnInterest, InterestError> {
    let paid = sum(parts.iter().map(|p| p.amount));
    let outstanding = r.amount.max(0) - paid;
    let mut pieces = Vec::new();
    for part in &parts {
        pieces.extend(periods(part.amount, r.interest_from, part.paid_on, rates)?);
    }
    pieces.extend(periods(outstanding, r.interest_from, as_of, rates)?);
    Ok(ReturnInterest {
        index: 0,
        kind: r.kind,
        amount: r.amount,
        due_on: r.due_on,
        interest_from: r.interest_from,
        parts,
        outstanding,
        interest: total(pieces, floor_minor),
    })
}
