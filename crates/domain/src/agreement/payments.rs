//! A transfer of (part of) the grant, as the clerk records it: the dates matter later, since
//! interest on a misused grant runs from the day of transfer (ufp art. 252).

use crate::{Money, Rule, Violations};
use chrono::NaiveDate;

/// One transfer as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaymentInput {
    pub amount: Money,
    pub paid_on: NaiveDate,
}

/// Checks a transfer against the grant, what was paid before, the signing day and today.
pub fn check_payment(
    payment: PaymentInput,
    grant: Money,
    paid_before: Money,
    signed_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Violations {
    let mut v = Violations::new();
    if payment.amount.minor <= 0 {
        v.push("amount", Rule::MustBePositive);
    } else if payment.amount.currency != grant.currency {
        v.push(
            "amount",
            Rule::CurrencyMismatch {
                expected: grant.currency,
            },
        );
    } else if paid_before.minor + payment.amount.minor > grant.minor {
        let left = Money::new((grant.minor - paid_before.minor).max(0), grant.currency);
        v.push("amount", Rule::PaymentAboveGrant { left });
    }
    if payment.paid_on > today {
        v.push("paid_on", Rule::DateInFuture);
    }
    if signed_on.is_none_or(|signed| payment.paid_on < signed) {
        v.push("paid_on", Rule::PaymentBeforeSigning);
    }
    v
}
