//! Returns of a grant and their deadlines (public finance act, ufp art. 251 and 252): what is
//! due, by when, and from which day interest runs. Every deadline that falls on a Saturday, a
//! Sunday or a holiday moves to the next working day (civil code art. 115).

use super::explain::{serialize_as_code, Explanation, LegalBasis, SettlementRule};
use super::{total, SettlementSettings};
use crate::agreement::{last_use_by_day, return_by, AgreementTerms};
use crate::calendar::next_working_day;
use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

/// What a return is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReturnKind {
    /// Paid and not used (ufp art. 251).
    Unused,
    /// Bank interest and other income earned on the grant, returned with the unused grant.
    OtherIncome,
    /// Used against its purpose (ufp art. 252 ust. 1 pkt 1).
    Misused,
    /// Granted without a legal basis (ufp art. 252 ust. 1 pkt 2, ust. 4).
    Undue,
    /// Above what the agreement allows or the task needed (ufp art. 252 ust. 1 pkt 2, ust. 3).
    Excessive,
}

impl ReturnKind {
    /// Every variant, for checks that each has its texts.
    pub const ALL: [ReturnKind; 5] = [
        ReturnKind::Unused,
        ReturnKind::OtherIncome,
        ReturnKind::Misused,
        ReturnKind::Undue,
        ReturnKind::Excessive,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReturnKind::Unused => "unused",
            ReturnKind::OtherIncome => "other_income",
            ReturnKind::Misused => "misused",
            ReturnKind::Undue => "undue",
            ReturnKind::Excessive => "excessive",
        }
    }
}

serialize_as_code!(ReturnKind);

/// An amount to return, when, and the first day of interest if it is late (or, for misuse, in
/// any case: interest on misused grant runs from its transfer).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReturnDue {
    pub kind: ReturnKind,
    /// Minor units.
    pub amount: i64,
    pub due_on: NaiveDate,
    /// Interest runs from this day to the day of payment inclusive.
    pub interest_from: NaiveDate,
    pub explanation: Explanation,
}

/// A transfer of (part of) the grant to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Transfer {
    pub paid_on: NaiveDate,
    /// Minor units.
    pub amount: i64,
}

/// The agreement's dates the deadlines depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnDates {
    pub ends_on: NaiveDate,
    pub budget_year: i32,
    pub use_by: NaiveDate,
    /// Days after the use-by date to return unused grant (ufp art. 251 ust. 3: 15).
    pub return_days: u32,
}

impl ReturnDates {
    /// The dates an agreement's terms fix.
    pub fn of(terms: &AgreementTerms) -> ReturnDates {
        ReturnDates {
            ends_on: terms.ends_on,
            budget_year: terms.budget_year,
            use_by: terms.use_by,
            return_days: terms.return_days,
        }
    }

    /// The task goes on after the budget year the grant is for (a multi-year task).
    fn runs_past_budget_year(&self) -> bool {
        self.ends_on.year() > self.budget_year
    }

    /// The use-by term ends before the budget year does (ufp art. 252 ust. 2).
    fn use_by_shorter_than_year(&self) -> bool {
        self.use_by < last_use_by_day(self.budget_year)
    }
}

fn day_after(day: NaiveDate) -> NaiveDate {
    day.succ_opt().unwrap_or(day)
}

fn add_days(day: NaiveDate, days: u32) -> NaiveDate {
    day.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(day)
}

/// The deadline of unused grant (and of other income, returned with it). Grant left unused at
/// the end of the budget year goes back by 31 January of the next (ufp art. 251 ust. 1): so for
/// a task running past the budget year, and for a use-by date on the year's last day, whatever
/// days the agreement counts. Where the use-by term is shorter than the year, within the
/// agreement's days (15 in the act) after the use-by date (ust. 3). Interest from the day after
/// (ust. 5).
pub fn unused_deadline(dates: &ReturnDates) -> (NaiveDate, Explanation) {
    let at_year_end = dates.runs_past_budget_year() || !dates.use_by_shorter_than_year();
    let (due_on, rule, basis) = if at_year_end {
        let january = (dates.budget_year.checked_add(1))
            .and_then(|next| NaiveDate::from_ymd_opt(next, 1, 31))
            .unwrap_or(dates.use_by);
        let due = next_working_day(january);
        (due, SettlementRule::UnusedAtYearEnd, LegalBasis::Ufp251Ust1)
    } else {
        let due = return_by(dates.use_by, dates.return_days);
        (
            due,
            SettlementRule::UnusedAfterUseBy,
            LegalBasis::Ufp251Ust3,
        )
    };
    let explanation = Explanation::new(rule, basis)
        .date("use_by", dates.use_by)
        .days("return_days", i64::from(dates.return_days))
        .date("ends_on", dates.ends_on)
        .date("due_on", due_on);
    (due_on, explanation)
}

/// A return of unused grant or other income; `None` for nothing to return.
pub fn unused_return(kind: ReturnKind, amount: i64, dates: &ReturnDates) -> Option<ReturnDue> {
    if amount <= 0 {
        return None;
    }
    let (due_on, explanation) = unused_deadline(dates);
    Some(ReturnDue {
        kind,
        amount,
        due_on,
        interest_from: day_after(due_on),
        explanation: explanation.money("amount", amount),
    })
}

/// The deadline of misused, undue or excessive grant: the settings' days (15) after the finding
/// (ufp art. 252 ust. 1), or, where the use-by term is shorter than the budget year, that many
/// days after the use-by date (ust. 2), even when the finding comes later.
pub fn finding_deadline(
    found_on: NaiveDate,
    dates: &ReturnDates,
    settings: &SettlementSettings,
) -> (NaiveDate, Explanation) {
    let days = settings.days_after_finding;
    let (start, rule, basis) = if dates.use_by_shorter_than_year() {
        (
            dates.use_by,
            SettlementRule::AfterUseBy,
            LegalBasis::Ufp252Ust2,
        )
    } else {
        (
            found_on,
            SettlementRule::AfterFinding,
            LegalBasis::Ufp252Ust1,
        )
    };
    let due_on = next_working_day(add_days(start, days));
    let explanation = Explanation::new(rule, basis)
        .date("found_on", found_on)
        .date("use_by", dates.use_by)
        .days("days", i64::from(days))
        .date("due_on", due_on);
    (due_on, explanation)
}

/// A return of undue or excessive grant: interest from the day after the deadline (ufp art.
/// 252 ust. 5 pkt 2). `None` for nothing to return.
pub fn excessive_return(
    kind: ReturnKind,
    amount: i64,
    found_on: NaiveDate,
    dates: &ReturnDates,
    settings: &SettlementSettings,
) -> Option<ReturnDue> {
    if amount <= 0 {
        return None;
    }
    let (due_on, explanation) = finding_deadline(found_on, dates, settings);
    Some(ReturnDue {
        kind,
        amount,
        due_on,
        interest_from: day_after(due_on),
        explanation: explanation.money("amount", amount),
    })
}

/// A misused amount, one return per transfer it is taken from: interest on misused grant runs
/// from the day of its transfer (ufp art. 252 ust. 5 pkt 1), so which transfer paid for the
/// misuse matters. Money is fungible and the law does not say; Granty takes the amount from the
/// latest transfers first, the reading that charges the organisation the fewest days (a clerk
/// who can trace the misuse to a transfer records that transfer alone). An amount above all
/// transfers is cut to what was paid.
pub fn misused_returns(
    amount: i64,
    transfers: &[Transfer],
    found_on: NaiveDate,
    dates: &ReturnDates,
    settings: &SettlementSettings,
) -> Vec<ReturnDue> {
    let (due_on, deadline) = finding_deadline(found_on, dates, settings);
    let mut latest_first: Vec<Transfer> = transfers.to_vec();
    latest_first.sort_by_key(|t| std::cmp::Reverse(t.paid_on));
    let mut left = amount.max(0);
    let mut returns = Vec::new();
    for transfer in latest_first {
        let part = left.min(transfer.amount.max(0));
        if part == 0 {
            continue;
        }
        left -= part;
        let mut explanation = deadline.clone();
        explanation.rule = SettlementRule::MisusedFromTransfer;
        explanation.basis = LegalBasis::Ufp252Ust5Pkt1;
        returns.push(ReturnDue {
            kind: ReturnKind::Misused,
            amount: part,
            due_on,
            interest_from: transfer.paid_on,
            explanation: explanation
                .date("transfer_on", transfer.paid_on)
                .money("transfer_amount", transfer.amount)
                .money("misused_total", amount)
                .money("amount", part),
        });
    }
    returns
}

/// The last day to deliver a missing report after the written call (the model agreement's
/// reports clause: 7 days, a setting), moved to a working day.
pub fn written_call_deadline(delivered_on: NaiveDate, settings: &SettlementSettings) -> NaiveDate {
    next_working_day(add_days(delivered_on, settings.written_call_days))
}

/// No report by the written call's deadline: the whole paid grant is misused, due after the
/// finding on `found_on`, with interest from each transfer. `None` while the call's time runs.
pub fn missing_report_returns(
    call_delivered_on: NaiveDate,
    found_on: NaiveDate,
    transfers: &[Transfer],
    dates: &ReturnDates,
    settings: &SettlementSettings,
) -> Option<Vec<ReturnDue>> {
    let deadline = written_call_deadline(call_delivered_on, settings);
    if found_on <= deadline {
        return None;
    }
    let paid = total(transfers.iter().map(|t| t.amount.max(0)));
    let mut returns = misused_returns(paid, transfers, found_on, dates, settings);
    for r in &mut returns {
        r.explanation.rule = SettlementRule::MissingReport;
        r.explanation.basis = LegalBasis::ModelAgreementReports;
        r.explanation = r
            .explanation
            .clone()
            .date("call_delivered_on", call_delivered_on)
            .date("call_deadline", deadline);
    }
    Some(returns)
}
