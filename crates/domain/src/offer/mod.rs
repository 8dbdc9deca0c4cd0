//! The offer's content (2018 model offer, Annex 1): task description, schedule, results, the cost
//! table V.A and the sources table V.B. Every value, sum and share is computed here, never taken
//! from a client; `check_offer` names each rule the offer breaks.

mod checks;
mod costs;
mod money_rules;

pub use checks::check_offer;
pub use costs::compute_costs;

use crate::call::CallTerms;
use crate::money::{Currency, DecimalText, Money, Percent};
use crate::organisation::LegalForm;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

const MAX_ACTIONS: usize = 100;
/// The longest title of the task, in characters; the editor shows it and its input holds to it.
pub const TITLE_MAX_CHARS: usize = 300;
const MAX_COST_LINES: usize = 500;
const MAX_RESULTS: usize = 100;
const MAX_PARTNERS: usize = 20;
/// The longest agreement: five years (art. 16 ust. 3); no task may last longer.
pub const MAX_AGREEMENT_YEARS: u32 = 5;
/// A five-year agreement that starts mid-year spans six calendar years, each with its own
/// column in the cost table.
const MAX_CALENDAR_YEARS: i32 = MAX_AGREEMENT_YEARS as i32 + 1;

/// The offer as the applicant typed it. Kept verbatim in drafts, so nothing typed is ever lost,
/// even text that does not parse yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct OfferInput {
    pub title: String,
    pub place: String,
    pub target_group: String,
    pub summary: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub schedule: Vec<ActionInput>,
    pub results: Vec<ResultInput>,
    pub previous_activity: String,
    pub resources: String,
    pub costs: Vec<CostLineInput>,
    pub sources: SourcesInput,
    pub declarations: Declarations,
    pub other_information: String,
    /// The person who answers questions about the offer (II.2).
    pub contact: ContactInput,
    /// Co-applicants of a joint offer (II, repeated), with their share of the costs (V.C).
    pub partners: Vec<PartnerInput>,
    /// How the co-applicants divide the work and are represented (VI.2); joint offers only.
    pub representation: String,
}

/// The contact person for questions about the offer (II.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// A co-applicant of a joint offer. Partners from abroad have no NIP, so only Polish partners'
/// numbers are checked as NIP; others give their own register's number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PartnerInput {
    pub name: String,
    /// ISO 3166 two-letter code, e.g. `PL`, `CZ`, `UA`.
    pub country: String,
    /// NIP for a Polish partner; the register number (IČO, ЄДРПОУ…) for others.
    pub registration_number: String,
    pub address: String,
    /// What the partner does in the task.
    pub scope: String,
    /// The partner's part of the total costs (V.C).
    #[serde(deserialize_with = "text_or_number")]
    pub cost_share: String,
}

/// A schedule row (III.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ActionInput {
    pub name: String,
    pub description: String,
    pub target_group: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Who carries the action out: the applicant, a partner of a joint offer, or a contractor.
    pub performer: String,
    /// The part carried out by an entity that is not a party to the contract (art. 16(4)).
    pub non_party_scope: String,
}

/// An expected result (III.6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ResultInput {
    pub name: String,
    pub planned_value: String,
    pub monitoring: String,
}

/// Whether a cost line belongs to an action (part I of V.A) or is administrative (part II).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    #[default]
    Action,
    Administrative,
}

/// A cost line (V.A). Numbers are kept as typed text so that an invalid entry survives a save.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CostLineInput {
    pub category: CostCategory,
    /// 1-based number of the schedule action this line belongs to (action lines only).
    pub action_no: Option<usize>,
    pub name: String,
    pub unit: String,
    #[serde(deserialize_with = "text_or_number")]
    pub unit_cost: String,
    #[serde(deserialize_with = "text_or_number")]
    pub quantity: String,
    /// Values per year for multi-year tasks, in the order of the years.
    #[serde(deserialize_with = "texts_or_numbers")]
    pub year_values: Vec<String>,
    /// The grant-financed part, where the call asks for it.
    #[serde(deserialize_with = "text_or_number")]
    pub grant_part: String,
}

/// The sources table (V.B) without its total: the total is the cost table's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SourcesInput {
    #[serde(deserialize_with = "text_or_number")]
    pub requested_grant: String,
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

pub(crate) fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(DecimalText::deserialize(d)?.0)
}

pub(crate) fn texts_or_numbers<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<String>, D::Error> {
    let values = Vec::<DecimalText>::deserialize(d)?;
    Ok(values.into_iter().map(|value| value.0).collect())
}

/// Paid or unpaid implementation (VI.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Remuneration {
    Paid,
    Unpaid,
}

/// Section VII declarations; `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Declarations {
    pub remuneration: Option<Remuneration>,
    /// The task is carried out only within public-benefit activity.
    pub public_benefit_only: bool,
    /// Fees are charged only within paid public-benefit activity.
    pub fees_only_in_paid_activity: bool,
    /// True: no tax arrears; false: has arrears.
    pub no_tax_arrears: Option<bool>,
    pub no_social_security_arrears: Option<bool>,
    /// Section II data match the register.
    pub register_data_consistent: bool,
    pub information_true: bool,
    pub gdpr_statements_obtained: bool,
}

/// A computed cost line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CostLine {
    /// The form's numbering: `I.2.1` for an action's line, `II.3` for an administrative one.
    pub number: String,
    pub category: CostCategory,
    pub action_no: Option<usize>,
    pub name: String,
    pub unit: String,
    pub unit_cost: Money,
    /// Quantity in hundredths of a unit.
    pub quantity_hundredths: i64,
    pub value: Money,
    pub year_values: Vec<Money>,
    pub grant_part: Option<Money>,
}

/// The totals of V.A and V.B, with shares in basis points of the total costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CostSummary {
    pub currency: Currency,
    pub years: Vec<i32>,
    pub lines: Vec<CostLine>,
    /// Sum of each action's lines, indexed like the schedule.
    pub action_totals: Vec<Money>,
    pub action_costs: Money,
    pub admin_costs: Money,
    pub total_costs: Money,
    /// Totals per year, in the order of `years`.
    pub year_totals: Vec<Money>,
    pub requested_grant: Money,
    pub own_financial: Money,
    pub own_personal: Money,
    pub own_in_kind: Money,
    pub own_non_financial: Money,
    pub own_contribution: Money,
    pub participant_fees: Money,
    pub other_public_funds: Money,
    pub total_sources: Money,
    pub grant_share: Percent,
    pub own_contribution_share: Percent,
    pub own_financial_share: Percent,
    pub own_non_financial_share: Percent,
    pub admin_share: Percent,
    /// Each partner's share of the total costs, like `partners` (V.C).
    pub partner_shares: Vec<Money>,
    /// What remains for the applicant: total costs less the partners' shares (may be negative).
    pub applicant_share: Money,
}

/// The calendar years a task spans; a single year when the dates are missing or inverted, or
/// when the task is longer than any agreement may be (that is a violation of its own).
pub fn task_years(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Vec<i32> {
    match (start, end) {
        (Some(s), Some(e)) if s <= e && (e.year() - s.year()) < MAX_CALENDAR_YEARS => {
            (s.year()..=e.year()).collect()
        }
        (Some(s), _) => vec![s.year()],
        _ => vec![],
    }
}

/// What the call and the surroundings say about an offer.
pub struct OfferContext<'a> {
    pub call: &'a CallTerms,
    pub applicant_form: LegalForm,
    /// Codes of the attachments uploaded so far.
    pub attachment_codes: BTreeSet<String>,
    /// The applicant's NIP, so that it is not also named as its own partner.
    pub applicant_nip: String,
    /// Whether the town's form has the V.B row "other public funds" (a tenant setting).
    pub other_public_funds: bool,
}

#[cfg(test)]
mod hostile_tests;
#[cfg(test)]
mod law_tests;
#[cfg(test)]
mod tests;
