//! A town's agreement settings: the numbers its model agreement fills in (shift tolerance, payment,
//! return and report days), the languages its documents come in besides Polish, the certificates
//! it trusts for the organisations' signatures, and whether a signed scan is accepted.

mod pem;

pub use pem::{certificate_blocks, PemBlock};

pub use crate::agreement::ShiftBasis;

use crate::{Language, Percent, Rule, Violations};
use serde::{Deserialize, Serialize};

/// What a cost line's allowed growth is measured on: the whole line, or its grant-financed part
/// (domain.md §7.4); decreases are always free.
pub const SHIFT_BASES: [ShiftBasis; 2] = [ShiftBasis::Line, ShiftBasis::GrantPart];

/// Allowed growth of a cost line without an annex: the 2018 model agreement (Annex 3, the shifts
/// clause) leaves the percentage blank for the town; towns use 10–25 %, Granty offers 10 %.
pub const DEFAULT_SHIFT_BP: i64 = 1000;
/// Days after signing within which the grant (or its first tranche) is paid: the model agreement
/// leaves N to the town; 30 is Granty's default.
pub const DEFAULT_PAYMENT_DAYS: u32 = 30;
pub const MAX_PAYMENT_DAYS: u32 = 90;
/// Unused grant is returned within 15 days after the use-by date: public finance act art. 251
/// ust. 3. A town may ask for sooner, never later.
pub const RETURN_DAYS_IN_LAW: u32 = 15;
/// The final report is due within 30 days after the task ends: public-benefit act art. 18 ust. 1
/// (model agreement § 9 ust. 5). A town may ask for sooner, never later.
pub const FINAL_REPORT_DAYS_IN_LAW: u32 = 30;

/// The settings as used, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AgreementSettings {
    /// Named as the input names it, so what is read can be sent back.
    #[serde(rename = "shift_percent")]
    pub shift: Percent,
    pub shift_basis: ShiftBasis,
    pub payment_days: u32,
    pub return_days: u32,
    pub final_report_days: u32,
    /// Languages the documents also come in; Polish always, so never listed here.
    pub document_languages: Vec<Language>,
    pub trust_anchors_pem: String,
    pub allow_scans: bool,
}

impl Default for AgreementSettings {
    fn default() -> Self {
        AgreementSettings {
            shift: Percent::from_basis_points(DEFAULT_SHIFT_BP),
            shift_basis: ShiftBasis::Line,
            payment_days: DEFAULT_PAYMENT_DAYS,
            return_days: RETURN_DAYS_IN_LAW,
            final_report_days: FINAL_REPORT_DAYS_IN_LAW,
            document_languages: Vec::new(),
            trust_anchors_pem: String::new(),
            allow_scans: true,
        }
    }
}

/// What an admin sends (the JSON body, or the page's form once its numbers are read).
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AgreementSettingsInput {
    pub shift_percent: Percent,
    pub shift_basis: String,
    pub payment_days: i64,
    pub return_days: i64,
    pub final_report_days: i64,
    pub document_languages: Vec<String>,
    pub trust_anchors_pem: String,
    pub allow_scans: bool,
}

impl Default for AgreementSettingsInput {
    fn default() -> Self {
        AgreementSettings::default().as_input()
    }
}

impl AgreementSettings {
    /// Whether a document may be read in the language with `code`: Polish always (the signed
    /// text), another only where the town enabled it.
    pub fn allows_language(&self, code: &str) -> bool {
        code == Language::Pl.code() || self.document_languages.iter().any(|l| l.code() == code)
    }

    /// The settings as an input again, for a form that shows them.
    pub fn as_input(&self) -> AgreementSettingsInput {
        AgreementSettingsInput {
            shift_percent: self.shift,
            shift_basis: self.shift_basis.code().to_string(),
            payment_days: i64::from(self.payment_days),
            return_days: i64::from(self.return_days),
            final_report_days: i64::from(self.final_report_days),
            document_languages: self
                .document_languages
                .iter()
                .map(|l| l.code().to_string())
                .collect(),
            trust_anchors_pem: self.trust_anchors_pem.clone(),
            allow_scans: self.allow_scans,
        }
    }

    /// Checks every setting and reports all problems at once.
    pub fn parse(input: &AgreementSettingsInput) -> Result<AgreementSettings, Violations> {
        let mut v = Violations::new();
        let bp = input.shift_percent.basis_points();
        if !(0..=Percent::HUNDRED.basis_points()).contains(&bp) {
            v.push("shift_percent", Rule::PercentOutOfRange);
        }
        let shift_basis = ShiftBasis::parse(&input.shift_basis).unwrap_or_else(|| {
            v.push("shift_basis", Rule::InvalidValue);
            ShiftBasis::Line
        });
        let payment_days = days(&mut v, "payment_days", input.payment_days, MAX_PAYMENT_DAYS);
        let return_days = days(&mut v, "return_days", input.return_days, RETURN_DAYS_IN_LAW);
        let final_report_days = days(
            &mut v,
            "final_report_days",
            input.final_report_days,
            FINAL_REPORT_DAYS_IN_LAW,
        );
        let document_languages = languages(&mut v, &input.document_languages);
        let trust_anchors_pem = input.trust_anchors_pem.trim().to_string();
        if certificate_blocks(&trust_anchors_pem).is_none() {
            v.push("trust_anchors_pem", Rule::InvalidValue);
        }
        v.into_result(AgreementSettings {
            shift: input.shift_percent,
            shift_basis,
            payment_days,
            return_days,
            final_report_days,
            document_languages,
            trust_anchors_pem,
            allow_scans: input.allow_scans,
        })
    }
}

fn days(v: &mut Violations, field: &str, typed: i64, max: u32) -> u32 {
    match u32::try_from(typed) {
        Ok(n) if (1..=max).contains(&n) => n,
        _ => {
            v.push(field, Rule::WholeNumberBetween { min: 1, max });
            max
        }
    }
}

/// The extra document languages, each once, in Granty's order; Polish is implied and dropped.
fn languages(v: &mut Violations, typed: &[String]) -> Vec<Language> {
    let mut chosen = Vec::new();
    for code in typed {
        match code.trim().parse::<Language>() {
            Ok(lang) => chosen.push(lang),
            Err(_) => v.push("document_languages", Rule::InvalidValue),
        }
    }
    Language::ALL
        .into_iter()
        .filter(|l| *l != Language::Pl && chosen.contains(l))
        .collect()
}

#[cfg(test)]
mod tests;
