//! Rule 1 of a report's settlement, the sums, and the flags the other rules raise on their
//! amounts (see `report`).

use super::explain::Figure;
use super::flags::{Flag, FlagCode};
use super::report::{Amounts, ReportSettlementInput};
use super::total;

/// Rule 1: the sums of the plan and of the report, and amounts that cannot be.
pub(super) fn sum_flags(input: &ReportSettlementInput) -> Vec<Flag> {
    let mut flags = Vec::new();
    let planned_costs = total(input.lines.iter().map(|l| l.planned));
    if planned_costs != input.planned.total() {
        flags.push(
            Flag::new(FlagCode::PlannedCostsDifferFromSources)
                .money("costs", planned_costs)
                .money("sources", input.planned.total()),
        );
    }
    let actual_costs = total(input.lines.iter().map(|l| l.actual));
    if actual_costs != input.actual.total() {
        flags.push(
            Flag::new(FlagCode::CostsDifferFromSources)
                .money("costs", actual_costs)
                .money("sources", input.actual.total()),
        );
    }
    flags.extend(line_flags(input));
    flags
}

/// The lines' grant parts against the grant, each line's part against the line, and negative
/// amounts anywhere.
fn line_flags(input: &ReportSettlementInput) -> Vec<Flag> {
    let mut flags = Vec::new();
    let parts: Option<Vec<i64>> = input.lines.iter().map(|l| l.actual_grant).collect();
    if let Some(parts) = parts.filter(|p| !p.is_empty()) {
        let sum = total(parts);
        if sum != input.actual.grant {
            flags.push(
                Flag::new(FlagCode::GrantPartsDifferFromGrant)
                    .money("parts", sum)
                    .money("grant", input.actual.grant),
            );
        }
    }
    for (index, line) in input.lines.iter().enumerate() {
        if line.actual_grant.is_some_and(|g| g > line.actual) {
            flags.push(Flag::new(FlagCode::GrantPartAboveLine).on_line(index));
        }
        let amounts = [line.planned, line.actual];
        let parts = [line.planned_grant, line.actual_grant];
        if amounts.iter().chain(parts.iter().flatten()).any(|v| *v < 0) {
            flags.push(Flag::new(FlagCode::NegativeAmount).on_line(index));
        }
    }
    let negative_elsewhere = input.planned.any_negative()
        || input.actual.any_negative()
        || input.other_income < 0
        || input.transfers.iter().any(|t| t.amount < 0);
    if negative_elsewhere {
        flags.push(Flag::new(FlagCode::NegativeAmount));
    }
    flags
}

/// The flags of rules 2 (more declared than paid), 4 (the share) and 5 (other income).
pub(super) fn figure_flags(a: &Amounts, share_excess: &Figure) -> Vec<Flag> {
    let mut flags = Vec::new();
    if a.paid > a.granted {
        flags.push(
            Flag::new(FlagCode::PaidAboveGranted)
                .money("paid", a.paid)
                .money("granted", a.granted),
        );
    }
    if a.declared > a.paid {
        flags.push(
            Flag::new(FlagCode::UsedAbovePaid)
                .money("declared", a.declared)
                .money("paid", a.paid),
        );
    }
    if share_excess.amount > 0 {
        flags.push(Flag {
            code: FlagCode::GrantShareExceeded,
            line: None,
            inputs: share_excess.explanation.inputs.clone(),
        });
    }
    if a.other_income > 0 {
        flags.push(Flag::new(FlagCode::OtherIncomeToReturn).money("other_income", a.other_income));
    }
    flags
}
