//! Flags: what the clerk should look at in a report's settlement, each a code with the values
//! it was raised on (the words are in the message catalogue, `settlement-flag-<code>`).

use super::explain::{serialize_as_code, Input, LegalBasis, Value};
use serde::Serialize;

/// A finding about the report's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlagCode {
    /// The agreement's planned costs do not add up to its planned sources.
    PlannedCostsDifferFromSources,
    /// The report's actual costs do not add up to its actual sources.
    CostsDifferFromSources,
    /// The lines' grant parts do not add up to the grant the report declares.
    GrantPartsDifferFromGrant,
    /// A line's grant part is larger than the line.
    GrantPartAboveLine,
    /// An amount below zero.
    NegativeAmount,
    /// More was transferred than the agreement grants.
    PaidAboveGranted,
    /// The report declares more grant used than was paid; the settlement counts what was paid.
    UsedAbovePaid,
    /// The tenant measures shifts on the grant part, which this line lacks: measured on the line.
    GrantPartMissing,
    /// A line grew beyond the allowed shift: its excess is excessive grant.
    LineAboveShift,
    /// A line grew beyond the allowed shift with an annex allowing it: no excess.
    ShiftAllowedByAnnex,
    /// The grant is above its planned share of the actual costs.
    GrantShareExceeded,
    /// Other income (bank interest) earned on the grant is to be returned.
    OtherIncomeToReturn,
}

impl FlagCode {
    /// Every variant, for checks that each has its texts.
    pub const ALL: [FlagCode; 12] = [
        FlagCode::PlannedCostsDifferFromSources,
        FlagCode::CostsDifferFromSources,
        FlagCode::GrantPartsDifferFromGrant,
        FlagCode::GrantPartAboveLine,
        FlagCode::NegativeAmount,
        FlagCode::PaidAboveGranted,
        FlagCode::UsedAbovePaid,
        FlagCode::GrantPartMissing,
        FlagCode::LineAboveShift,
        FlagCode::ShiftAllowedByAnnex,
        FlagCode::GrantShareExceeded,
        FlagCode::OtherIncomeToReturn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            FlagCode::PlannedCostsDifferFromSources => "planned_costs_differ_from_sources",
            FlagCode::CostsDifferFromSources => "costs_differ_from_sources",
            FlagCode::GrantPartsDifferFromGrant => "grant_parts_differ_from_grant",
            FlagCode::GrantPartAboveLine => "grant_part_above_line",
            FlagCode::NegativeAmount => "negative_amount",
            FlagCode::PaidAboveGranted => "paid_above_granted",
            FlagCode::UsedAbovePaid => "used_above_paid",
            FlagCode::GrantPartMissing => "grant_part_missing",
            FlagCode::LineAboveShift => "line_above_shift",
            FlagCode::ShiftAllowedByAnnex => "shift_allowed_by_annex",
            FlagCode::GrantShareExceeded => "grant_share_exceeded",
            FlagCode::OtherIncomeToReturn => "other_income_to_return",
        }
    }

    /// The provision the flag rests on.
    pub fn basis(self) -> LegalBasis {
        match self {
            FlagCode::PlannedCostsDifferFromSources | FlagCode::PaidAboveGranted => {
                LegalBasis::Agreement
            }
            FlagCode::CostsDifferFromSources
            | FlagCode::GrantPartsDifferFromGrant
            | FlagCode::GrantPartAboveLine
            | FlagCode::NegativeAmount
            | FlagCode::UsedAbovePaid => LegalBasis::Art18Report,
            FlagCode::GrantPartMissing
            | FlagCode::LineAboveShift
            | FlagCode::ShiftAllowedByAnnex => LegalBasis::ModelAgreementShift,
            FlagCode::GrantShareExceeded => LegalBasis::ModelAgreementShare,
            FlagCode::OtherIncomeToReturn => LegalBasis::ModelAgreementOtherIncome,
        }
    }
}

serialize_as_code!(FlagCode);

/// One flag: its code, the cost line it is about (index into the input's lines) and its values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub code: FlagCode,
    pub line: Option<usize>,
    pub inputs: Vec<Input>,
}

impl Flag {
    pub fn new(code: FlagCode) -> Flag {
        Flag {
            code,
            line: None,
            inputs: Vec::new(),
        }
    }

    pub fn on_line(mut self, line: usize) -> Flag {
        self.line = Some(line);
        self
    }

    pub fn money(mut self, name: &'static str, minor: i64) -> Flag {
        self.inputs.push(Input {
            name,
            value: Value::Money(minor),
        });
        self
    }
}
