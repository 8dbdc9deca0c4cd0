//! The offer as filed, in the order of the 2018 model offer (Annex 1 of Dz.U. 2018 poz. 2057):
//! I basic information, II the offerer(s), III the task (schedule, results), IV the offerer's
//! profile, V the cost estimate (V.A lines grouped by action with their sums, V.B sources,
//! V.C the split between joint offerers), VI other information, VII declarations; plus what
//! proves the filing: the receipt number, the filing time in the town's zone and the SHA-256 of
//! the filed content.

mod sample;

use super::{Amount, Share};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct OfferData {
    pub receipt_number: String,
    pub version_no: i32,
    /// `submission`, `correction` or `update` (the updated estimate after a lower award).
    pub version_kind: String,
    /// The filing instant in the town's zone, `2026-12-01 10:00:00 CET`.
    pub filed_at: String,
    pub content_sha256: String,
    /// I.1: the authority the offer is addressed to (the town).
    pub authority: String,
    pub call_title: String,
    /// I.2: the kind of public task, as the call names it.
    pub task_type: String,
    /// A joint offer (art. 14 ust. 2): several offerers.
    pub joint: bool,
    /// II.1: the applicant, then each partner of a joint offer.
    pub applicant: Offerer,
    pub partners: Vec<Partner>,
    /// II.2: who answers questions about the offer.
    pub contact: Contact,
    pub task: Task,
    /// III.4, in the order typed, numbered from 1.
    pub schedule: Vec<Action>,
    /// III.6.
    pub results: Vec<ResultRow>,
    /// IV.1 and IV.2.
    pub previous_activity: String,
    pub resources: String,
    /// V.A.
    pub costs: Costs,
    /// V.B.
    pub sources: Sources,
    /// V.C, joint offers only: the applicant first, then each partner.
    pub cost_split: Vec<CostSplit>,
    /// VI.1: `paid`, `unpaid`, or empty when not answered.
    pub remuneration: String,
    /// VI.2, joint offers only.
    pub representation: String,
    /// VI.3.
    pub other_information: String,
    /// VII.
    pub declarations: Declarations,
}

/// The applicant as registered (II.1).
#[derive(Debug, Clone, Serialize)]
pub struct Offerer {
    pub name: String,
    /// The legal form's code (`association`, `foundation`…); the template names it.
    pub legal_form: String,
    pub krs: String,
    pub nip: String,
    pub regon: String,
    pub address: String,
    pub email: String,
    pub phone: String,
    pub bank_account: String,
    /// Who may make declarations of will for it: `name (function)`.
    pub representatives: Vec<String>,
}

/// A partner of a joint offer (II.1 repeated).
#[derive(Debug, Clone, Serialize)]
pub struct Partner {
    pub name: String,
    pub country: String,
    pub registration_number: String,
    pub address: String,
    pub scope: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// III.1–III.3.
#[derive(Debug, Clone, Serialize)]
pub struct Task {
    pub title: String,
    /// ISO dates; empty when not given.
    pub start_date: String,
    pub end_date: String,
    pub place: String,
    pub target_group: String,
    pub summary: String,
}

/// One row of the schedule (III.4).
#[derive(Debug, Clone, Serialize)]
pub struct Action {
    pub no: usize,
    pub name: String,
    pub description: String,
    pub target_group: String,
    pub start: String,
    pub end: String,
    pub performer: String,
    /// The part done by an entity that is not a party to the agreement (art. 16 ust. 4).
    pub non_party_scope: String,
}

/// One expected result (III.6).
#[derive(Debug, Clone, Serialize)]
pub struct ResultRow {
    pub name: String,
    pub planned_value: String,
    pub monitoring: String,
}

/// The cost table V.A as rows in the form's order: the actions' heading, per action its row
/// and lines, the actions' sum, the administrative heading, its lines and sum, the total.
#[derive(Debug, Clone, Serialize)]
pub struct Costs {
    pub currency: &'static str,
    /// The calendar years of the task (one column each when more than one).
    pub years: Vec<i32>,
    pub rows: Vec<CostRow>,
    pub total: Amount,
    /// Whether the call asks for the grant-financed part of each line (a town's column).
    pub grant_part_column: bool,
}

/// What a row of V.A is; the template words the headings and sums.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostRowKind {
    /// "I. Koszty realizacji działań".
    ActionsHeading,
    /// "I.n Działanie n" with the action's name and its total.
    Action,
    /// A cost line.
    Line,
    /// "Suma kosztów realizacji działań".
    ActionsSum,
    /// "II. Koszty administracyjne".
    AdminHeading,
    /// "Suma kosztów administracyjnych".
    AdminSum,
    /// "Suma wszystkich kosztów realizacji zadania".
    Total,
}

#[derive(Debug, Clone, Serialize)]
pub struct CostRow {
    pub kind: CostRowKind,
    /// `I.2.1`, `II.3`, `I.2`; empty for sums.
    pub number: String,
    pub name: String,
    pub unit: String,
    pub unit_cost: Option<Amount>,
    /// The number of units as typed, to two decimals at most (`12.5`).
    pub quantity: String,
    pub value: Amount,
    /// One per year of `Costs::years` (empty for a one-year task).
    pub year_values: Vec<Amount>,
    pub grant_part: Option<Amount>,
}

/// V.B: where the money comes from, each with its share of the total costs.
#[derive(Debug, Clone, Serialize)]
pub struct Sources {
    pub total: SourceRow,
    pub grant: SourceRow,
    pub own: SourceRow,
    pub own_financial: SourceRow,
    pub own_non_financial: SourceRow,
    pub participant_fees: SourceRow,
    /// Only where the town's form has the row.
    pub other_public_funds: Option<SourceRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceRow {
    pub value: Amount,
    pub share: Share,
}

/// V.C: one offerer's part of the costs.
#[derive(Debug, Clone, Serialize)]
pub struct CostSplit {
    pub name: String,
    pub value: Amount,
}

/// Section VII. `None` where the applicant did not answer (the form's strike-out alternative).
#[derive(Debug, Clone, Serialize)]
pub struct Declarations {
    pub public_benefit_only: bool,
    pub fees_only_in_paid_activity: bool,
    pub no_tax_arrears: Option<bool>,
    pub no_social_security_arrears: Option<bool>,
    pub register_data_consistent: bool,
    pub information_true: bool,
    pub gdpr_statements_obtained: bool,
}
