//! The shift rule per cost line (the model agreement's shift clause, Annex 3 of Dz.U. 2018 poz.
//! 2057): a line counts as kept when it did not grow by more than the agreement's percentage,
//! measured on the whole line or on its grant part (a tenant setting); growth beyond it is grant
//! taken in excessive amount (ufp art. 252 ust. 3) unless an annex allowed it. Decreases are free.

use super::explain::{Explanation, LegalBasis, SettlementRule};
use super::flags::{Flag, FlagCode};
use crate::agreement::ShiftBasis;
use crate::Percent;
use serde::Serialize;

/// A cost line of the agreement with what the report says was spent on it (minor units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineInput {
    /// The agreement's line number (e.g. `I.1.2`), for the screen.
    pub number: String,
    pub planned: i64,
    pub planned_grant: Option<i64>,
    pub actual: i64,
    pub actual_grant: Option<i64>,
    /// An annex allowed this line to grow beyond the shift.
    pub annex_allowed: bool,
}

/// The shift rule's outcome for one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LineOutcome {
    pub number: String,
    /// What was measured: the tenant's basis, or the whole line where a grant part is missing.
    pub basis: ShiftBasis,
    pub planned: i64,
    pub actual: i64,
    /// The most the measured amount may reach without an annex.
    pub allowed: i64,
    /// The growth beyond `allowed` (before any annex).
    pub over: i64,
    /// The excessive grant this line makes: `over`, unless an annex allowed it, and never more
    /// than the grant the line used.
    pub excess: i64,
    pub explanation: Explanation,
}

/// The most a planned amount may become: `planned × (1 + shift)`, a fraction of a minor unit
/// rounded up in the organisation's favour (no return is a fraction of a grosz).
pub fn allowed_growth(planned: i64, shift: Percent) -> i64 {
    let growth = i128::from(planned.max(0)) * i128::from(shift.basis_points().max(0));
    let growth = (growth + 9_999) / 10_000;
    planned.saturating_add(i64::try_from(growth).unwrap_or(i64::MAX))
}

/// The amounts the shift is measured on: the whole line, or its grant part where the tenant
/// says so; `None` when the grant part is wanted but missing.
fn measured(line: &LineInput, basis: ShiftBasis) -> Option<(ShiftBasis, i64, i64)> {
    match basis {
        ShiftBasis::Line => Some((ShiftBasis::Line, line.planned, line.actual)),
        ShiftBasis::GrantPart => Some((
            ShiftBasis::GrantPart,
            line.planned_grant?,
            line.actual_grant?,
        )),
    }
}

/// The shift rule for line `index`, with the flags it raises.
pub fn line_outcome(
    index: usize,
    line: &LineInput,
    shift: Percent,
    basis: ShiftBasis,
) -> (LineOutcome, Vec<Flag>) {
    let mut flags = Vec::new();
    let (basis, planned, actual) = measured(line, basis).unwrap_or_else(|| {
        flags.push(Flag::new(FlagCode::GrantPartMissing).on_line(index));
        (ShiftBasis::Line, line.planned, line.actual)
    });
    let allowed = allowed_growth(planned, shift);
    let over = actual.saturating_sub(allowed).max(0);
    // Growth paid from own money is no grant taken in excess: cap by the line's grant part.
    let grant_cap = line.actual_grant.unwrap_or(over).max(0);
    let excess = if line.annex_allowed {
        0
    } else {
        over.min(grant_cap)
    };
    if over > 0 {
        let code = if line.annex_allowed {
            FlagCode::ShiftAllowedByAnnex
        } else {
            FlagCode::LineAboveShift
        };
        flags.push(
            Flag::new(code)
                .on_line(index)
                .money("planned", planned)
                .money("actual", actual)
                .money("allowed", allowed)
                .money("excess", excess),
        );
    }
    let explanation = Explanation::new(SettlementRule::LineShift, LegalBasis::ModelAgreementShift)
        .money("planned", planned)
        .money("actual", actual)
        .percent("shift", shift.basis_points())
        .money("allowed", allowed)
        .money("over", over)
        .money("excess", excess);
    let outcome = LineOutcome {
        number: line.number.clone(),
        basis,
        planned,
        actual,
        allowed,
        over,
        excess,
        explanation,
    };
    (outcome, flags)
}
