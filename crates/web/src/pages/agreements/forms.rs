//! The agreement screen's forms as typed, and how each becomes a store use case's input. What
//! was typed is kept and sent back with the errors when a rule refuses it.

use chrono::NaiveDate;
use granty_domain::agreement::{PartyRole, Signatory};
use granty_domain::money::decimal_string;
use granty_domain::{Language, Rule, Violations};
use granty_i18n::typed::read_amount;
use granty_store::agreements::{
    AnnexInput, CostLineChange, PaymentForm, SignatoryInput, TermsChanges,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A draft's terms as the clerk edits them.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct TermsForm {
    pub csrf: String,
    pub lock_version: String,
    pub task_title: String,
    pub starts_on: String,
    pub ends_on: String,
    pub use_by: String,
    pub bank_account: String,
    pub shift_percent: String,
    pub town_signatory_name: String,
    pub town_signatory_function: String,
}

/// A transfer as the clerk records it.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct PaymentTyped {
    pub csrf: String,
    pub amount: String,
    pub paid_on: String,
    pub note: String,
}

/// An annex: why, a new end date if any, and the cost lines' new values (`line.<number>`).
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct AnnexTyped {
    pub csrf: String,
    pub reason: String,
    pub ends_on: String,
    #[serde(flatten)]
    pub lines: BTreeMap<String, String>,
}

/// Termination and its reason.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct TerminateTyped {
    pub csrf: String,
    pub reason: String,
}

/// A date typed in a date input; a wrong one is named on its field.
fn day(v: &mut Violations, field: &str, typed: &str) -> Option<NaiveDate> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(typed, "%Y-%m-%d")
        .map_err(|_| v.push(field, Rule::InvalidValue))
        .ok()
}

impl TermsForm {
    /// The changes typed; the town's signatory replaces the town's, the organisation's stay
    /// (`others`, from its representation rule).
    pub fn changes(&self, others: &[Signatory]) -> Result<(i32, TermsChanges), Violations> {
        let town = SignatoryInput {
            party: "town".into(),
            name: self.town_signatory_name.clone(),
            function: self.town_signatory_function.clone(),
        };
        let kept = others
            .iter()
            .filter(|s| s.party != PartyRole::Town)
            .map(|s| SignatoryInput {
                party: s.party.code().to_string(),
                name: s.name.clone(),
                function: s.function.clone(),
            });
        let signatories = std::iter::once(town).chain(kept).collect();
        let mut v = Violations::new();
        let changes = TermsChanges {
            task_title: Some(self.task_title.clone()),
            starts_on: day(&mut v, "starts_on", &self.starts_on),
            ends_on: day(&mut v, "ends_on", &self.ends_on),
            use_by: day(&mut v, "use_by", &self.use_by),
            bank_account: Some(self.bank_account.clone()),
            shift_percent: Some(self.shift_percent.clone()),
            signatories: Some(signatories),
            ..Default::default()
        };
        let lock_version = self.lock_version.trim().parse().unwrap_or_default();
        v.into_result((lock_version, changes))
    }
}

impl PaymentTyped {
    pub fn input(&self) -> Result<PaymentForm, Violations> {
        let mut v = Violations::new();
        let paid_on = day(&mut v, "paid_on", &self.paid_on);
        if paid_on.is_none() && v.is_empty() {
            v.push("paid_on", Rule::Required);
        }
        v.into_result(PaymentForm {
            amount: self.amount.clone(),
            paid_on,
            tranche: None,
            note: self.note.clone(),
        })
    }
}

impl AnnexTyped {
    /// The annex's input; only the lines whose amount was changed are sent (`current`: each
    /// line's amount now, in minor units). An amount is read as the reader's language writes it
    /// ("8 500,00"); one that cannot be read goes on as typed, for the use case to refuse.
    pub fn input(
        &self,
        current: &BTreeMap<String, i64>,
        lang: Language,
    ) -> Result<AnnexInput, Violations> {
        let mut v = Violations::new();
        let ends_on = day(&mut v, "ends_on", &self.ends_on);
        let cost_lines: Vec<CostLineChange> = self
            .lines
            .iter()
            .filter_map(|(key, typed)| Some((key.strip_prefix("line.")?, typed)))
            .filter_map(|(number, typed)| {
                let value = match read_amount(typed, lang) {
                    Ok(minor) if current.get(number) == Some(&minor) => return None,
                    Ok(minor) => decimal_string(minor),
                    Err(_) => typed.clone(),
                };
                Some(CostLineChange {
                    number: number.to_string(),
                    value,
                })
            })
            .collect();
        let changes = TermsChanges {
            ends_on,
            cost_lines: (!cost_lines.is_empty()).then_some(cost_lines),
            ..Default::default()
        };
        v.into_result(AnnexInput {
            reason: self.reason.clone(),
            changes,
        })
    }
}
