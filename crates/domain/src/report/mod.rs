//! The organisation's report on a task (art. 18; the 2018 report form, Annex 5): what was
//! achieved against the offer's planned results, the actions carried out, the actual expenses
//! per agreement cost line and year, the sources with their shares, other income, the personal
//! and in-kind contribution, and, where the town asks, the list of financial documents.
//!
//! As with the offer, the input is kept verbatim as typed text (nothing typed is lost on a save);
//! `compute_report` derives every sum and share from it and the agreement's terms, and
//! `check_report` names each rule a report about to be submitted breaks.

mod checks;
mod compute;
mod due;
mod state;

pub use checks::check_report;
pub use compute::{compute_report, LineSummary, ReportSummary, SourceRow};
pub use due::{called_period, check_partial_call, due_reports, DueReport};
pub use state::{ReportKind, ReportState, ReviewDecision};

use crate::agreement::AgreementTerms;
use crate::offer::{text_or_number, texts_or_numbers, ActionInput, ResultInput};
use crate::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The report as the organisation typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportInput {
    /// I.1: how far the goal was reached, how results were measured, which ones last.
    pub results_description: String,
    /// I.3: one row per result planned in the offer, in the offer's order.
    pub results: Vec<ResultReport>,
    /// I.2: one row per action of the offer's schedule, in its order.
    pub actions: Vec<ActionReport>,
    /// II.1: one row per agreement cost line, in the agreement's order.
    pub costs: Vec<CostReport>,
    /// II.2: the actual sources of the expenses.
    pub sources: ActualSources,
    /// II.3: income earned during the task besides the sources (returned with unused grant).
    pub other_income: OtherIncome,
    /// Information on the personal and in-kind contribution (art. 18: required content).
    pub contribution_description: String,
    /// III: additional information.
    pub additional_information: String,
    /// The list of financial documents, where the town asks for it (its own annex).
    pub documents: Vec<DocumentInput>,
    pub declarations: ReportDeclarations,
}

/// A planned result and what was achieved (I.3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ResultReport {
    pub achieved_value: String,
    /// Where the achieved value can be verified (attendance lists, photographs…).
    pub source: String,
}

/// An action of the schedule as carried out (I.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ActionReport {
    pub description: String,
    /// Every deviation from the agreement in scope or schedule, explained (empty: none).
    pub deviations: String,
}

/// The actual expenses of one agreement cost line (II.1), kept as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CostReport {
    /// Per year of the report's period, in its order; blank means nothing spent.
    #[serde(deserialize_with = "texts_or_numbers")]
    pub year_values: Vec<String>,
    /// The part of the line's expenses paid from the grant.
    #[serde(deserialize_with = "text_or_number")]
    pub grant_part: String,
}

/// The actual sources (II.2); blank means none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ActualSources {
    #[serde(deserialize_with = "text_or_number")]
    pub grant: String,
    #[serde(deserialize_with = "text_or_number")]
    pub own_financial: String,
    #[serde(deserialize_with = "text_or_number")]
    pub own_personal: String,
    #[serde(deserialize_with = "text_or_number")]
    pub own_in_kind: String,
    #[serde(deserialize_with = "text_or_number")]
    pub participant_fees: String,
    #[serde(deserialize_with = "text_or_number")]
    pub other_public_funds: String,
}

/// Income earned during the task (II.3).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OtherIncome {
    /// Interest on the account holding the grant.
    #[serde(deserialize_with = "text_or_number")]
    pub bank_interest: String,
    #[serde(deserialize_with = "text_or_number")]
    pub other: String,
    /// What the other income was; required when there is some.
    pub other_description: String,
}

/// A financial document (invoice, bill) behind the expenses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DocumentInput {
    pub number: String,
    pub date: Option<NaiveDate>,
    pub issuer: String,
    /// 1-based position of the agreement cost line the document belongs to, if given.
    pub cost_line: Option<usize>,
    #[serde(deserialize_with = "text_or_number")]
    pub amount: String,
    #[serde(deserialize_with = "text_or_number")]
    pub grant_part: String,
}

/// The report's declarations.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportDeclarations {
    /// The organisation's legal status has not changed since the agreement was signed.
    pub status_unchanged: bool,
    pub information_true: bool,
    /// People whose data the report holds were told (GDPR art. 13 and 14).
    pub gdpr_statements_obtained: bool,
}

/// What the report is checked against: the agreement's terms in force, the offer's plan, the
/// report's period, what was paid, and what the town asks for.
pub struct ReportContext<'a> {
    pub terms: &'a AgreementTerms,
    pub kind: ReportKind,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    /// The results the offer planned (III.6), in its order.
    pub planned_results: &'a [ResultInput],
    /// The offer's schedule (III.4), in its order.
    pub planned_actions: &'a [ActionInput],
    /// The grant transferred so far: no more may be reported as used.
    pub grant_paid: Money,
    /// Whether the town asks for the list of financial documents (a tenant setting).
    pub documents_required: bool,
}

#[cfg(test)]
mod document_tests;
#[cfg(test)]
mod due_tests;
#[cfg(test)]
mod tests;
