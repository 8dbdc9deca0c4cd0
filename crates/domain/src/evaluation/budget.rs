//! The pool assigned down the ranking (art. 15 ust. 2g, §2.6): the authority may choose several
//! offers and grant less than asked (a partial award, after which the applicant files an updated
//! estimate). [`proposal`] fills the pool down the raw ranking; [`check_awards`] checks the
//! clerk's amounts and says what is left of the pool after every row.
//!
//! Refused: an award above the request, above what is left of the pool at that row, or below the
//! call's minimum grant; an award to an applicant flagged when the town blocks flagged applicants;
//! any award while a divergence is unresolved. A reason is required for a partial award and for a
//! choice against the ranking (a recommended offer passed over while one below it is awarded, or
//! an offer that is not recommended being awarded).

use super::ranking::Board;
use crate::money::{AmountError, Currency, Money};
use crate::violation::{Rule, Violations};

/// The longest reason the awards table keeps.
pub const MAX_REASON_CHARS: usize = 2000;

/// Awarded or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Decision {
    Awarded,
    NotAwarded,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Awarded => "awarded",
            Decision::NotAwarded => "not_awarded",
        }
    }
}

/// The clerk's amount for one offer (zero: not chosen) and the reason they gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardChoice {
    pub application_id: i64,
    pub amount: Money,
    pub reason: String,
}

/// The town's pool and limits for one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pool {
    pub budget: Money,
    /// The call's minimum grant; zero when it sets none.
    pub min_grant: Money,
}

/// One row of the budget, in ranking order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetRow {
    pub application_id: i64,
    pub place: u32,
    pub requested: Money,
    pub amount: Money,
    pub decision: Decision,
    /// Awarded less than asked: the applicant files an updated estimate.
    pub partial: bool,
    pub reason: String,
    /// What is left of the pool after this row.
    pub pool_left: Money,
}

/// The form field of an offer's amount or reason: `awards[<application id>].amount`.
pub fn field(application_id: i64, part: &str) -> String {
    format!("awards[{application_id}].{part}")
}

fn row(place: u32, requested: Money, choice: &AwardChoice, left: Money) -> BudgetRow {
    let awarded = choice.amount.minor > 0;
    BudgetRow {
        application_id: choice.application_id,
        place,
        requested,
        amount: choice.amount,
        decision: if awarded {
            Decision::Awarded
        } else {
            Decision::NotAwarded
        },
        partial: awarded && choice.amount.minor < requested.minor,
        reason: choice.reason.trim().to_string(),
        pool_left: left,
    }
}

/// The clerk's typed amount (`1234.56`, `1 234,56`; empty is nothing) and reason for one offer.
pub fn parse_choice(
    application_id: i64,
    amount: &str,
    reason: &str,
    currency: Currency,
) -> Result<AwardChoice, Violations> {
    let typed = if amount.trim().is_empty() {
        "0"
    } else {
        amount
    };
    match Money::parse_decimal(typed, currency) {
        Ok(amount) => Ok(AwardChoice {
            application_id,
            amount,
            reason: reason.to_string(),
        }),
        Err(error) => {
            let rule = match error {
                AmountError::NotANumber => Rule::InvalidNumber,
                AmountError::TooManyDecimals(max) => Rule::TooManyDecimals { max },
                AmountError::TooLarge => Rule::AmountTooLarge,
            };
            let mut v = Violations::new();
            v.push(field(application_id, "amount"), rule);
            Err(v)
        }
    }
}

/// The pool filled down the raw ranking: each recommended offer (not blocked) gets what it asks,
/// or what is left when less, or nothing when what is left is below the minimum grant.
pub fn proposal(board: &Board, pool: Pool, blocked: &[i64]) -> Vec<BudgetRow> {
    let mut left = pool.budget;
    board
        .ranked_offers()
        .map(|(ranked, offer)| {
            let eligible = offer.recommended && !blocked.contains(&offer.application_id);
            let mut minor = if eligible {
                offer.requested.minor.min(left.minor)
            } else {
                0
            };
            if minor < pool.min_grant.minor {
                minor = 0;
            }
            left.minor -= minor;
            let choice = AwardChoice {
                application_id: offer.application_id,
                amount: Money::new(minor, pool.budget.currency),
                reason: String::new(),
            };
            row(ranked.place, offer.requested, &choice, left)
        })
        .collect()
}

/// The clerk's amounts down the raw ranking (an offer left out gets nothing), with the pool left
/// after each row, unchecked: what the board shows while the clerk types.
pub fn allocate(board: &Board, choices: &[AwardChoice], pool: Pool) -> Vec<BudgetRow> {
    let mut left = pool.budget;
    board
        .ranked_offers()
        .map(|(ranked, offer)| {
            let choice = choice_for(choices, offer.application_id, pool);
            left.minor -= choice.amount.minor;
            row(ranked.place, offer.requested, &choice, left)
        })
        .collect()
}

fn choice_for(choices: &[AwardChoice], application_id: i64, pool: Pool) -> AwardChoice {
    choices
        .iter()
        .find(|c| c.application_id == application_id)
        .cloned()
        .unwrap_or(AwardChoice {
            application_id,
            amount: Money::zero(pool.budget.currency),
            reason: String::new(),
        })
}

/// Divergences not yet resolved block every award.
pub fn check_divergences(board: &Board, resolved: &[i64]) -> Violations {
    let mut v = Violations::new();
    for offer in board.divergent() {
        if !resolved.contains(&offer.application_id) {
            v.push(
                field(offer.application_id, "divergence"),
                Rule::DivergenceUnresolved,
            );
        }
    }
    v
}

/// The lowest place (highest number) that gets an award, computed once so the check stays
/// linear in the offers; 0 when nothing is awarded.
fn last_awarded_place(board: &Board, choices: &[AwardChoice]) -> u32 {
    let awarded: std::collections::HashSet<i64> = choices
        .iter()
        .filter(|c| c.amount.minor > 0)
        .map(|c| c.application_id)
        .collect();
    board
        .raw
        .iter()
        .filter(|r| awarded.contains(&r.application_id))
        .map(|r| r.place)
        .max()
        .unwrap_or(0)
}

/// Whether one amount is allowed where it stands: not negative, not above the request or what
/// is left of the pool, and not below the minimum grant (zero is "not awarded").
fn fits(
    v: &mut Violations,
    choice: &AwardChoice,
    requested: Money,
    left: Money,
    pool: Pool,
) -> bool {
    let amount = choice.amount.minor;
    let amount_field = field(choice.application_id, "amount");
    let minimum = pool.min_grant;
    let broken = if amount < 0 {
        Some(Rule::MustNotBeNegative)
    } else if amount > requested.minor {
        Some(Rule::AwardAboveRequest { requested })
    } else if amount > left.minor {
        Some(Rule::AwardAbovePool { left })
    } else if amount > 0 && amount < minimum.minor {
        Some(Rule::AwardBelowMinimum { minimum })
    } else {
        None
    };
    match broken {
        Some(rule) => {
            v.push(amount_field, rule);
            false
        }
        None => true,
    }
}

/// Checks the clerk's amounts, one per ranked offer (an offer left out gets nothing), and returns
/// the budget rows with the pool left after each.
pub fn check_awards(
    board: &Board,
    choices: &[AwardChoice],
    pool: Pool,
    blocked: &[i64],
    resolved: &[i64],
) -> Result<Vec<BudgetRow>, Violations> {
    let mut v = check_divergences(board, resolved);
    let mut left = pool.budget;
    let mut rows = Vec::with_capacity(board.raw.len());
    let last_awarded = last_awarded_place(board, choices);
    for (ranked, offer) in board.ranked_offers() {
        let id = offer.application_id;
        let choice = choice_for(choices, id, pool);
        let amount = choice.amount.minor;
        if fits(&mut v, &choice, offer.requested, left, pool) {
            left.minor -= amount;
        }
        if amount > 0 && blocked.contains(&id) {
            v.push(field(id, "amount"), Rule::ApplicantFlagged);
        }
        let partial = amount > 0 && amount < offer.requested.minor;
        let against_ranking = (amount > 0 && !offer.recommended)
            || (amount == 0 && offer.recommended && ranked.place < last_awarded);
        v.optional_text(&field(id, "reason"), &choice.reason, MAX_REASON_CHARS);
        if (partial || against_ranking) && crate::text::is_blank(&choice.reason) {
            v.push(field(id, "reason"), Rule::ReasonRequired);
        }
        rows.push(row(ranked.place, offer.requested, &choice, left));
    }
    v.into_result(rows)
}
