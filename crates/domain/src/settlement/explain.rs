//! Why a figure of the settlement is what it is: the rule that produced it, the provision it
//! rests on and the named values it was computed from. No sentences: the screen and the PDF put
//! the words around these codes in the reader's language (ids `settlement-rule-<code>`,
//! `settlement-basis-<code>`, `settlement-input-<name>`).

use chrono::NaiveDate;
use serde::Serialize;

/// The rule behind a figure or a return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettlementRule {
    /// The grant the agreement awards.
    Granted,
    /// The sum of the transfers made.
    Paid,
    /// The grant the report says was spent.
    DeclaredUsed,
    /// The grant used, never more than was paid.
    Used,
    /// A cost line grew beyond the allowed shift: the excess is excessive grant.
    LineShift,
    /// The grant above the planned share of the actual total is excessive.
    GrantShare,
    /// Excessive grant: the shift excess plus the share excess.
    Excessive,
    /// Paid but not used.
    Unused,
    /// Bank interest and other income earned on the grant.
    OtherIncome,
    /// Everything to return.
    ToReturn,
    /// Unused grant of a task within the year: due days after the use-by date.
    UnusedAfterUseBy,
    /// Unused grant of a task running past the budget year: due 31 January.
    UnusedAtYearEnd,
    /// Misused, undue or excessive grant: due days after the finding.
    AfterFinding,
    /// Misused, undue or excessive grant where the use-by term is shorter than the year.
    AfterUseBy,
    /// A misused amount taken from one transfer; interest runs from its day.
    MisusedFromTransfer,
    /// No report after the written call: the whole paid grant is misused.
    MissingReport,
}

impl SettlementRule {
    /// Every variant, for checks that each has its texts.
    pub const ALL: [SettlementRule; 16] = [
        SettlementRule::Granted,
        SettlementRule::Paid,
        SettlementRule::DeclaredUsed,
        SettlementRule::Used,
        SettlementRule::LineShift,
        SettlementRule::GrantShare,
        SettlementRule::Excessive,
        SettlementRule::Unused,
        SettlementRule::OtherIncome,
        SettlementRule::ToReturn,
        SettlementRule::UnusedAfterUseBy,
        SettlementRule::UnusedAtYearEnd,
        SettlementRule::AfterFinding,
        SettlementRule::AfterUseBy,
        SettlementRule::MisusedFromTransfer,
        SettlementRule::MissingReport,
    ];

    pub fn code(self) -> &'static str {
        match self {
            SettlementRule::Granted => "granted",
            SettlementRule::Paid => "paid",
            SettlementRule::DeclaredUsed => "declared_used",
            SettlementRule::Used => "used",
            SettlementRule::LineShift => "line_shift",
            SettlementRule::GrantShare => "grant_share",
            SettlementRule::Excessive => "excessive",
            SettlementRule::Unused => "unused",
            SettlementRule::OtherIncome => "other_income",
            SettlementRule::ToReturn => "to_return",
            SettlementRule::UnusedAfterUseBy => "unused_after_use_by",
            SettlementRule::UnusedAtYearEnd => "unused_at_year_end",
            SettlementRule::AfterFinding => "after_finding",
            SettlementRule::AfterUseBy => "after_use_by",
            SettlementRule::MisusedFromTransfer => "misused_from_transfer",
            SettlementRule::MissingReport => "missing_report",
        }
    }
}

/// The provision a rule rests on. Codes are stable: the texts are keyed by them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LegalBasis {
    /// The agreement itself (its amounts and dates).
    Agreement,
    /// Public-benefit act art. 18 (reports) and the report form (Annex 5 of Dz.U. 2018 poz. 2057).
    Art18Report,
    /// Public finance act (ufp) art. 251 ust. 1: unused grant of the year back by 31 January.
    Ufp251Ust1,
    /// ufp art. 251 ust. 3: unused grant back within 15 days after the use-by date.
    Ufp251Ust3,
    /// ufp art. 251 ust. 5: interest from the day after the deadline.
    Ufp251Ust5,
    /// ufp art. 252 ust. 1: misused, undue or excessive grant back within 15 days of the finding.
    Ufp252Ust1,
    /// ufp art. 252 ust. 2: where the use-by term is shorter than the year, 15 days after it.
    Ufp252Ust2,
    /// ufp art. 252 ust. 3: grant above what the agreement allows or the task needs is excessive.
    Ufp252Ust3,
    /// ufp art. 252 ust. 5 pkt 1: interest on misused grant from the day of transfer.
    Ufp252Ust5Pkt1,
    /// ufp art. 252 ust. 5 pkt 2: interest on undue or excessive grant from the day after the
    /// deadline.
    Ufp252Ust5Pkt2,
    /// The model agreement's shift clause (Annex 3 of Dz.U. 2018 poz. 2057): a line growing by
    /// more than the filled-in percentage is grant taken in excessive amount.
    ModelAgreementShift,
    /// The model agreement's clause on keeping the declared grant share of the total.
    ModelAgreementShare,
    /// The model agreement's reports clause: no report after a written call is misuse.
    ModelAgreementReports,
    /// The model agreement: bank interest and other income earned on the grant are returned.
    ModelAgreementOtherIncome,
    /// Civil code art. 115: a deadline on a Saturday or a holiday moves to the next working day.
    Kc115,
}

impl LegalBasis {
    /// Every variant, for checks that each has its texts.
    pub const ALL: [LegalBasis; 15] = [
        LegalBasis::Agreement,
        LegalBasis::Art18Report,
        LegalBasis::Ufp251Ust1,
        LegalBasis::Ufp251Ust3,
        LegalBasis::Ufp251Ust5,
        LegalBasis::Ufp252Ust1,
        LegalBasis::Ufp252Ust2,
        LegalBasis::Ufp252Ust3,
        LegalBasis::Ufp252Ust5Pkt1,
        LegalBasis::Ufp252Ust5Pkt2,
        LegalBasis::ModelAgreementShift,
        LegalBasis::ModelAgreementShare,
        LegalBasis::ModelAgreementReports,
        LegalBasis::ModelAgreementOtherIncome,
        LegalBasis::Kc115,
    ];

    pub fn code(self) -> &'static str {
        match self {
            LegalBasis::Agreement => "agreement",
            LegalBasis::Art18Report => "art18_report",
            LegalBasis::Ufp251Ust1 => "ufp251_1",
            LegalBasis::Ufp251Ust3 => "ufp251_3",
            LegalBasis::Ufp251Ust5 => "ufp251_5",
            LegalBasis::Ufp252Ust1 => "ufp252_1",
            LegalBasis::Ufp252Ust2 => "ufp252_2",
            LegalBasis::Ufp252Ust3 => "ufp252_3",
            LegalBasis::Ufp252Ust5Pkt1 => "ufp252_5_1",
            LegalBasis::Ufp252Ust5Pkt2 => "ufp252_5_2",
            LegalBasis::ModelAgreementShift => "model_agreement_shift",
            LegalBasis::ModelAgreementShare => "model_agreement_share",
            LegalBasis::ModelAgreementReports => "model_agreement_reports",
            LegalBasis::ModelAgreementOtherIncome => "model_agreement_other_income",
            LegalBasis::Kc115 => "kc115",
        }
    }
}

/// Serializes a code enum as its `code()`, the id its texts are keyed by (one spelling for the
/// JSON, the templates and the message catalogue).
macro_rules! serialize_as_code {
    ($($ty:ty),*) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    )*};
}
pub(crate) use serialize_as_code;

serialize_as_code!(SettlementRule, LegalBasis);

/// A value an explanation names, typed so the reader's screen can format it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Value {
    /// Minor units of the settlement's currency.
    Money(i64),
    /// Basis points (1250 = 12.5 %).
    Percent(i64),
    Date(NaiveDate),
    /// A count of days.
    Days(i64),
}

/// One named input of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Input {
    pub name: &'static str,
    pub value: Value,
}

/// The explanation of one figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub rule: SettlementRule,
    pub basis: LegalBasis,
    pub inputs: Vec<Input>,
}

impl Explanation {
    pub fn new(rule: SettlementRule, basis: LegalBasis) -> Explanation {
        Explanation {
            rule,
            basis,
            inputs: Vec::new(),
        }
    }

    pub fn money(mut self, name: &'static str, minor: i64) -> Explanation {
        self.inputs.push(Input {
            name,
            value: Value::Money(minor),
        });
        self
    }

    pub fn percent(mut self, name: &'static str, basis_points: i64) -> Explanation {
        self.inputs.push(Input {
            name,
            value: Value::Percent(basis_points),
        });
        self
    }

    pub fn date(mut self, name: &'static str, date: NaiveDate) -> Explanation {
        self.inputs.push(Input {
            name,
            value: Value::Date(date),
        });
        self
    }

    pub fn days(mut self, name: &'static str, days: i64) -> Explanation {
        self.inputs.push(Input {
            name,
            value: Value::Days(days),
        });
        self
    }

    /// The value of a named input (tests and templates look inputs up by name).
    pub fn input(&self, name: &str) -> Option<Value> {
        self.inputs
            .iter()
            .find(|input| input.name == name)
            .map(|input| input.value)
    }
}

/// A computed amount with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figure {
    /// Minor units.
    pub amount: i64,
    pub explanation: Explanation,
}
