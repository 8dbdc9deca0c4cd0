//! The settlement of a report: from the agreement's plan, the transfers and the report's actual
//! figures to the grant used, the excessive and unused grant and the returns due, each figure
//! with its explanation. The rules, in order:
//!
//! 1. the sums add up (flags when they do not: the settlement still runs on the figures given);
//! 2. the grant used never exceeds the grant paid;
//! 3. a line grown beyond the shift makes its excess excessive grant (see `lines`);
//! 4. the declared grant share of the total is kept: the grant above the planned share of the
//!    actual eligible costs is excessive (costs over the shift are not eligible, so no grosz is
//!    counted by both rules);
//! 5. unused = paid − used; other income earned on the grant is returned with it.

use super::checks::{figure_flags, sum_flags};
use super::explain::{Explanation, Figure, LegalBasis, SettlementRule};
use super::flags::Flag;
use super::lines::{line_outcome, LineInput, LineOutcome};
use super::returns::{
    excessive_return, unused_deadline, unused_return, ReturnDates, ReturnDue, ReturnKind, Transfer,
};
use super::{total, SettlementSettings};
use crate::agreement::{AgreementTerms, ShiftBasis};
use crate::{Currency, Percent};
use chrono::NaiveDate;
use serde::Serialize;

/// The sources of a task (minor units): V.B of the 2018 offer and part II.2 of the report.
/// Other public funds count as own financial contribution; personal and in-kind contribution
/// as own non-financial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Sources {
    pub grant: i64,
    pub own_financial: i64,
    pub own_non_financial: i64,
    pub participant_fees: i64,
}

impl Sources {
    /// The sources an agreement's terms plan (their amounts' currency is the agreement's).
    pub fn planned(terms: &AgreementTerms) -> Sources {
        Sources {
            grant: terms.grant.minor,
            own_financial: terms.own_financial.minor,
            own_non_financial: terms.own_non_financial.minor,
            participant_fees: terms.participant_fees.minor,
        }
    }

    pub fn total(&self) -> i64 {
        self.grant
            .saturating_add(self.own_financial)
            .saturating_add(self.own_non_financial)
            .saturating_add(self.participant_fees)
    }

    pub(super) fn any_negative(&self) -> bool {
        [
            self.grant,
            self.own_financial,
            self.own_non_financial,
            self.participant_fees,
        ]
        .iter()
        .any(|v| *v < 0)
    }
}

/// Everything a report's settlement needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSettlementInput {
    pub currency: Currency,
    pub lines: Vec<LineInput>,
    /// The agreement's sources.
    pub planned: Sources,
    /// The report's sources.
    pub actual: Sources,
    pub transfers: Vec<Transfer>,
    /// Bank interest and other income earned on the grant and not spent on the task.
    pub other_income: i64,
    /// The agreement's allowed shift and what it is measured on.
    pub shift: Percent,
    pub shift_basis: ShiftBasis,
    pub dates: ReturnDates,
    /// The day the clerk establishes the figures (accepting the report): the "finding" that
    /// starts the deadline of excessive grant (ufp art. 252 ust. 1).
    pub found_on: NaiveDate,
}

/// The settlement's amounts (minor units), each explained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figures {
    pub granted: Figure,
    pub paid: Figure,
    pub declared_used: Figure,
    pub used: Figure,
    pub shift_excess: Figure,
    pub share_excess: Figure,
    pub excessive: Figure,
    pub unused: Figure,
    pub other_income: Figure,
    pub to_return: Figure,
}

/// A report's settlement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Settlement {
    pub currency: Currency,
    pub figures: Figures,
    pub lines: Vec<LineOutcome>,
    pub flags: Vec<Flag>,
    pub returns: Vec<ReturnDue>,
}

/// Settles a report.
pub fn settle(input: &ReportSettlementInput, settings: &SettlementSettings) -> Settlement {
    let mut flags = sum_flags(input);
    let mut lines = Vec::with_capacity(input.lines.len());
    for (index, line) in input.lines.iter().enumerate() {
        let (outcome, line_flags) = line_outcome(index, line, input.shift, input.shift_basis);
        lines.push(outcome);
        flags.extend(line_flags);
    }
    let amounts = amounts(input, &lines);
    let share = share_excess(input, &amounts, settings);
    flags.extend(figure_flags(&amounts, &share));
    let figures = figures(input, &amounts, share);
    let returns = returns(input, &figures, settings);
    Settlement {
        currency: input.currency,
        figures,
        lines,
        flags,
        returns,
    }
}

fn figure(amount: i64, explanation: Explanation) -> Figure {
    Figure {
        amount,
        explanation,
    }
}

/// A figure whose inputs are all amounts.
fn money_figure(
    amount: i64,
    rule: SettlementRule,
    basis: LegalBasis,
    inputs: &[(&'static str, i64)],
) -> Figure {
    let explanation = inputs
        .iter()
        .fold(Explanation::new(rule, basis), |e, (name, v)| {
            e.money(name, *v)
        });
    figure(amount, explanation)
}

/// The amounts of rules 2, 3 and 5, before they are explained.
pub(super) struct Amounts {
    pub granted: i64,
    pub paid: i64,
    pub declared: i64,
    pub used: i64,
    /// The lines' excess over the shift, summed.
    pub lines_excess: i64,
    pub shift_excess: i64,
    pub unused: i64,
    pub other_income: i64,
}

fn amounts(input: &ReportSettlementInput, lines: &[LineOutcome]) -> Amounts {
    let paid = total(input.transfers.iter().map(|t| t.amount.max(0)));
    let declared = input.actual.grant;
    // Rule 2: the grant cannot have been used beyond what reached the organisation.
    let used = declared.clamp(0, paid);
    let lines_excess = total(lines.iter().map(|l| l.excess));
    Amounts {
        granted: input.planned.grant,
        paid,
        declared,
        used,
        lines_excess,
        // Never more than was used: an excess of costs paid from own money returns nothing.
        shift_excess: lines_excess.min(used),
        unused: paid - used,
        other_income: input.other_income.max(0),
    }
}

/// The figures with their explanations: a table of amount, rule, basis and inputs.
fn figures(input: &ReportSettlementInput, a: &Amounts, share_excess: Figure) -> Figures {
    use LegalBasis as B;
    use SettlementRule as R;
    let excessive = a.shift_excess.saturating_add(share_excess.amount);
    let paid = input
        .transfers
        .iter()
        .fold(Explanation::new(R::Paid, B::Agreement), |e, t| {
            e.money("transfer", t.amount).date("transfer_on", t.paid_on)
        });
    let shift = Explanation::new(R::LineShift, B::ModelAgreementShift)
        .money("lines_excess", a.lines_excess)
        .money("used", a.used)
        .percent("shift", input.shift.basis_points());
    let unused_basis = unused_deadline(&input.dates).1.basis;
    let excessive_inputs = [
        ("shift_excess", a.shift_excess),
        ("share_excess", share_excess.amount),
    ];
    let return_inputs = [
        ("unused", a.unused),
        ("excessive", excessive),
        ("other_income", a.other_income),
    ];
    Figures {
        granted: money_figure(
            a.granted,
            R::Granted,
            B::Agreement,
            &[("granted", a.granted)],
        ),
        paid: figure(a.paid, paid),
        declared_used: money_figure(
            a.declared,
            R::DeclaredUsed,
            B::Art18Report,
            &[("declared", a.declared)],
        ),
        used: money_figure(
            a.used,
            R::Used,
            B::Art18Report,
            &[("declared", a.declared), ("paid", a.paid)],
        ),
        shift_excess: figure(a.shift_excess, shift),
        excessive: money_figure(excessive, R::Excessive, B::Ufp252Ust3, &excessive_inputs),
        share_excess,
        unused: money_figure(
            a.unused,
            R::Unused,
            unused_basis,
            &[("paid", a.paid), ("used", a.used)],
        ),
        other_income: money_figure(
            a.other_income,
            R::OtherIncome,
            B::ModelAgreementOtherIncome,
            &[("other_income", a.other_income)],
        ),
        to_return: money_figure(
            total([a.unused, excessive, a.other_income]),
            R::ToReturn,
            B::Agreement,
            &return_inputs,
        ),
    }
}

/// Rule 4: the grant above `planned grant × eligible costs / planned costs` (rounded up: the
/// organisation keeps a fraction of a grosz) is excessive. Off when the tenant does not keep
/// the share, or when the plan has no costs.
fn share_excess(
    input: &ReportSettlementInput,
    a: &Amounts,
    settings: &SettlementSettings,
) -> Figure {
    let grant_after_shift = a.used - a.shift_excess;
    let planned_costs = total(input.lines.iter().map(|l| l.planned));
    let actual_costs = total(input.lines.iter().map(|l| l.actual));
    let eligible = actual_costs.saturating_sub(a.lines_excess).max(0);
    let explanation = Explanation::new(SettlementRule::GrantShare, LegalBasis::ModelAgreementShare)
        .money("planned_grant", input.planned.grant)
        .money("planned_costs", planned_costs)
        .money("actual_costs", actual_costs)
        .money("eligible_costs", eligible);
    if !settings.keep_grant_share || planned_costs <= 0 {
        return figure(0, explanation);
    }
    let numerator = i128::from(input.planned.grant.max(0)) * i128::from(eligible);
    let denominator = i128::from(planned_costs);
    let allowed = i64::try_from((numerator + denominator - 1) / denominator).unwrap_or(i64::MAX);
    let excess = (grant_after_shift - allowed).max(0);
    figure(
        excess,
        explanation
            .money("allowed_grant", allowed)
            .money("grant_after_shift", grant_after_shift),
    )
}

/// Rule 5 and the returns: unused grant and other income by the unused deadline, excessive
/// grant by the finding's.
fn returns(
    input: &ReportSettlementInput,
    figures: &Figures,
    settings: &SettlementSettings,
) -> Vec<ReturnDue> {
    let dates = &input.dates;
    [
        unused_return(ReturnKind::Unused, figures.unused.amount, dates),
        unused_return(ReturnKind::OtherIncome, figures.other_income.amount, dates),
        excessive_return(
            ReturnKind::Excessive,
            figures.excessive.amount,
            input.found_on,
            dates,
            settings,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}
