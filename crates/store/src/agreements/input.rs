//! What a clerk sends to change an agreement's terms (a draft's edit or an annex), as typed:
//! amounts are decimal text so a wrong entry comes back as a field error, not a parse failure.
//! Absent fields stay as they were.

use chrono::NaiveDate;
use granty_domain::agreement::{AgreementTerms, PartyRole, ShiftBasis, Signatory, Tranche};
use granty_domain::{Money, Percent, Rule, Violations};
use serde::{Deserialize, Serialize};

/// The fields of the terms a clerk may change.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TermsChanges {
    pub task_title: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub budget_year: Option<i32>,
    pub use_by: Option<NaiveDate>,
    pub bank_account: Option<String>,
    /// Percent as typed ("10", "12,5").
    pub shift_percent: Option<String>,
    /// `line` or `grant_part`.
    pub shift_basis: Option<String>,
    pub tranches: Option<Vec<TrancheInput>>,
    pub signatories: Option<Vec<SignatoryInput>>,
    /// New values of cost lines, by their number (money moved between lines).
    pub cost_lines: Option<Vec<CostLineChange>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TrancheInput {
    pub amount: String,
    pub due_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SignatoryInput {
    /// `town` or `organisation`.
    pub party: String,
    pub name: String,
    pub function: String,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CostLineChange {
    pub number: String,
    pub value: String,
}

/// A draft's edit: the changes and the version the clerk saw.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AgreementPatch {
    pub lock_version: i32,
    #[serde(flatten)]
    pub changes: TermsChanges,
}

/// An annex: why, and what changes.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AnnexInput {
    pub reason: String,
    #[serde(flatten)]
    pub changes: TermsChanges,
}

/// A transfer as the clerk records it.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PaymentForm {
    pub amount: String,
    pub paid_on: Option<NaiveDate>,
    /// The tranche this pays (1-based); the first not fully paid when absent.
    pub tranche: Option<i32>,
    pub note: String,
}

fn amount(v: &mut Violations, field: &str, text: &str, like: Money) -> Money {
    match Money::parse_decimal(text, like.currency) {
        Ok(money) => money,
        Err(_) => {
            v.push(field, Rule::InvalidNumber);
            Money::zero(like.currency)
        }
    }
}

impl TermsChanges {
    /// The terms with these changes applied, or the fields that could not be read. The rules
    /// between the fields are checked afterwards (`check_terms`).
    pub fn apply(&self, terms: &AgreementTerms) -> Result<AgreementTerms, Violations> {
        let mut v = Violations::new();
        let mut t = terms.clone();
        let text = |value: &Option<String>, old: &String| value.clone().unwrap_or(old.clone());
        t.task_title = text(&self.task_title, &terms.task_title).trim().to_string();
        t.bank_account = text(&self.bank_account, &terms.bank_account)
            .trim()
            .to_string();
        t.starts_on = self.starts_on.unwrap_or(t.starts_on);
        t.ends_on = self.ends_on.unwrap_or(t.ends_on);
        t.budget_year = self.budget_year.unwrap_or(t.budget_year);
        t.use_by = self.use_by.unwrap_or(t.use_by);
        if let Some(shift) = &self.shift_percent {
            match Percent::parse(shift) {
                Ok(p) => t.shift = p,
                Err(_) => v.push("shift_percent", Rule::InvalidNumber),
            }
        }
        if let Some(basis) = &self.shift_basis {
            match ShiftBasis::parse(basis) {
                Some(b) => t.shift_basis = b,
                None => v.push("shift_basis", Rule::InvalidValue),
            }
        }
        if let Some(list) = &self.tranches {
            t.tranches = tranches(&mut v, list, &t);
        }
        if let Some(list) = &self.signatories {
            t.signatories = signatories(&mut v, list);
        }
        if let Some(list) = &self.cost_lines {
            cost_lines(&mut v, list, &mut t);
        }
        v.into_result(t)
    }
}

fn tranches(v: &mut Violations, list: &[TrancheInput], t: &AgreementTerms) -> Vec<Tranche> {
    let mut out = Vec::new();
    for (i, input) in list.iter().enumerate() {
        let field = format!("tranches[{i}].amount");
        let money = amount(v, &field, &input.amount, t.grant);
        let due_on = input.due_on.unwrap_or_else(|| {
            v.push(format!("tranches[{i}].due_on"), Rule::Required);
            t.starts_on
        });
        out.push(Tranche {
            amount: money,
            due_on,
        });
    }
    out
}

fn signatories(v: &mut Violations, list: &[SignatoryInput]) -> Vec<Signatory> {
    let mut out = Vec::new();
    for (i, input) in list.iter().enumerate() {
        let party = match input.party.as_str() {
            "town" => PartyRole::Town,
            "organisation" => PartyRole::Organisation,
            _ => {
                v.push(format!("signatories[{i}].party"), Rule::InvalidValue);
                continue;
            }
        };
        out.push(Signatory {
            party,
            name: input.name.trim().to_string(),
            function: input.function.trim().to_string(),
        });
    }
    out
}

fn cost_lines(v: &mut Violations, list: &[CostLineChange], t: &mut AgreementTerms) {
    for (i, change) in list.iter().enumerate() {
        let grant = t.grant;
        let Some(line) = t.cost_lines.iter_mut().find(|l| l.number == change.number) else {
            v.push(format!("cost_lines[{i}].number"), Rule::UnknownReference);
            continue;
        };
        line.value = amount(v, &format!("cost_lines[{i}].value"), &change.value, grant);
    }
}
