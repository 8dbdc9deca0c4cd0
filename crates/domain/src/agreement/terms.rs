//! The terms an agreement fixes (one JSON document per version): the task and its dates, the
//! grant and its tranches, the own contributions, the cost lines, the allowed shift, the bank
//! account, the parties and who signs for them. `check_terms` holds every rule between them.

use super::dates::{final_report_by, last_use_by_day, partial_reports};
use crate::offer::CostCategory;
use crate::{Money, Percent, Rule, Violations};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The agreement's terms: what the PDF shows and what the annexes change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AgreementTerms {
    pub task_title: String,
    /// "support" (wspieranie) or "entrust" (powierzenie), as the call commissioned the task.
    pub commissioning: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The budget year the grant is for; the use-by date may not pass its end (ufp art. 251).
    pub budget_year: i32,
    pub use_by: NaiveDate,
    /// Days after the use-by date to return unused grant (ufp art. 251 ust. 3: 15).
    pub return_days: u32,
    /// Days after the end to deliver the final report (art. 18, § 9 ust. 5: 30).
    pub report_days: u32,
    pub grant: Money,
    pub tranches: Vec<Tranche>,
    pub own_financial: Money,
    pub own_non_financial: Money,
    pub participant_fees: Money,
    pub cost_lines: Vec<AgreementCostLine>,
    /// How much a cost line may grow without an annex (basis points; tenant default 10 %).
    pub shift: Percent,
    pub shift_basis: ShiftBasis,
    pub bank_account: String,
    /// The town first, then the organisation, then the partners of a joint offer.
    pub parties: Vec<Party>,
    /// Entities that are not parties but carry out part of the task (art. 16 ust. 4).
    pub non_party_performers: Vec<String>,
    pub signatories: Vec<Signatory>,
    /// How many of the organisation's representatives must sign (its representation rule).
    pub signatures_required: u32,
    pub representation_rule: String,
}

/// A planned payment of part of the grant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Tranche {
    pub amount: Money,
    pub due_on: NaiveDate,
}

/// A cost line as agreed (from the final estimate).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct AgreementCostLine {
    pub number: String,
    pub category: CostCategory,
    pub name: String,
    pub unit: String,
    pub unit_cost: Money,
    pub quantity_hundredths: i64,
    pub value: Money,
    pub grant_part: Option<Money>,
}

/// What the allowed growth of a cost line is measured on (tenant setting, §7.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ShiftBasis {
    Line,
    GrantPart,
}

impl ShiftBasis {
    pub fn code(self) -> &'static str {
        match self {
            ShiftBasis::Line => "line",
            ShiftBasis::GrantPart => "grant_part",
        }
    }

    pub fn parse(code: &str) -> Option<ShiftBasis> {
        [ShiftBasis::Line, ShiftBasis::GrantPart]
            .into_iter()
            .find(|b| b.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartyRole {
    Town,
    Organisation,
    /// A partner of a joint offer: jointly and severally liable (art. 14 ust. 5).
    Partner,
}

impl PartyRole {
    pub fn code(self) -> &'static str {
        match self {
            PartyRole::Town => "town",
            PartyRole::Organisation => "organisation",
            PartyRole::Partner => "partner",
        }
    }

    pub fn parse(code: &str) -> Option<PartyRole> {
        [PartyRole::Town, PartyRole::Organisation, PartyRole::Partner]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

/// A party to the agreement, with its share of the work for a joint offer (art. 16 ust. 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Party {
    pub role: PartyRole,
    pub name: String,
    pub address: String,
    pub registration_number: String,
    /// What the party does in the task (joint offers).
    pub scope: String,
    /// The party's part of the total costs (joint offers).
    pub cost_share: Option<Money>,
    /// The party's organisation in Granty, whose members sign for it (a partner without an
    /// account signs on paper). Absent in terms made before partners signed.
    #[serde(default)]
    pub organisation_id: Option<i64>,
    /// How many of a partner's representatives must sign (its representation rule); the
    /// applicant's count is `AgreementTerms::signatures_required`.
    #[serde(default)]
    pub signatures_required: u32,
}

/// A person who signs for a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Signatory {
    pub party: PartyRole,
    pub name: String,
    pub function: String,
}

/// The longest name or function of a signatory and the bank account's length.
const NAME_MAX: usize = 200;
const TITLE_MAX: usize = 1000;
const ACCOUNT_MAX: usize = 64;

impl AgreementTerms {
    /// The return deadline of unused grant, as the settlement computes it: 31 January (moved to
    /// a working day) for a use-by on 31 December or a task running past the budget year (ufp
    /// art. 251 ust. 1), otherwise use-by + return days, next working day (ust. 3).
    pub fn return_by(&self) -> NaiveDate {
        crate::settlement::unused_deadline(&crate::settlement::ReturnDates::of(self)).0
    }

    pub fn final_report_by(&self) -> NaiveDate {
        final_report_by(self.ends_on, self.report_days)
    }

    pub fn partial_reports(&self) -> Vec<NaiveDate> {
        partial_reports(self.starts_on, self.ends_on, self.report_days)
    }

    /// Whether several organisations are parties (a joint offer).
    pub fn is_joint(&self) -> bool {
        self.parties.iter().any(|p| p.role == PartyRole::Partner)
    }

    pub fn total_costs(&self) -> Option<Money> {
        Money::sum(self.grant.currency, self.cost_lines.iter().map(|l| l.value))
    }

    pub fn total_sources(&self) -> Option<Money> {
        let parts = [
            self.grant,
            self.own_financial,
            self.own_non_financial,
            self.participant_fees,
        ];
        Money::sum(self.grant.currency, parts)
    }

    /// The signatories named for one party.
    pub fn signatories_of(&self, party: PartyRole) -> usize {
        self.signatories.iter().filter(|s| s.party == party).count()
    }
}

/// Every rule between the terms: dates in order, the use-by date within the budget year, the
/// tranches summing to the grant inside the task, the costs equal to the sources. A draft is
/// held to these; a version about to be signed also to [`check_signatories`].
pub fn check_terms(terms: &AgreementTerms) -> Violations {
    let mut v = Violations::new();
    v.text("task_title", &terms.task_title, TITLE_MAX);
    v.text("bank_account", &terms.bank_account, ACCOUNT_MAX);
    check_dates(terms, &mut v);
    check_tranches(terms, &mut v);
    check_money(terms, &mut v);
    v
}

fn check_dates(terms: &AgreementTerms, v: &mut Violations) {
    if terms.ends_on < terms.starts_on {
        v.push("ends_on", Rule::EndBeforeStart);
    }
    let last = last_use_by_day(terms.budget_year);
    if terms.use_by > last {
        v.push("use_by", Rule::UseByAfterBudgetYear { last });
    }
    if terms.use_by < terms.starts_on {
        v.push("use_by", Rule::EndBeforeStart);
    }
    if terms.budget_year < terms.starts_on.year() || terms.budget_year > terms.ends_on.year() {
        v.push("budget_year", Rule::InvalidValue);
    }
}

fn check_tranches(terms: &AgreementTerms, v: &mut Violations) {
    if terms.tranches.is_empty() {
        v.push("tranches", Rule::Required);
        return;
    }
    for (i, tranche) in terms.tranches.iter().enumerate() {
        if tranche.amount.minor <= 0 {
            v.push(format!("tranches[{i}].amount"), Rule::MustBePositive);
        }
        if tranche.due_on > terms.ends_on {
            let (from, to) = (terms.starts_on.min(tranche.due_on), terms.ends_on);
            v.push(
                format!("tranches[{i}].due_on"),
                Rule::DateOutsideWindow { from, to },
            );
        }
    }
    let sum = Money::sum(
        terms.grant.currency,
        terms.tranches.iter().map(|t| t.amount),
    );
    if sum != Some(terms.grant) {
        v.push("tranches", Rule::TranchesSumDiffers { grant: terms.grant });
    }
}

fn check_money(terms: &AgreementTerms, v: &mut Violations) {
    if terms.grant.minor <= 0 {
        v.push("grant", Rule::MustBePositive);
    }
    for (i, line) in terms.cost_lines.iter().enumerate() {
        if line.value.minor < 0 {
            v.push(format!("cost_lines[{i}].value"), Rule::MustNotBeNegative);
        }
    }
    if !(0..=10_000).contains(&terms.shift.basis_points()) {
        v.push("shift", Rule::PercentOutOfRange);
    }
    match (terms.total_costs(), terms.total_sources()) {
        (Some(costs), Some(sources)) if costs != sources && !terms.cost_lines.is_empty() => {
            v.push("cost_lines", Rule::TotalsDiffer { costs, sources });
        }
        (None, _) | (_, None) => v.push("cost_lines", Rule::SumTooLarge),
        _ => {}
    }
}

/// Enough signatories named: at least one for the town, and as many for the organisation as
/// its representation rule needs.
pub fn check_signatories(terms: &AgreementTerms) -> Violations {
    let mut v = Violations::new();
    for (i, s) in terms.signatories.iter().enumerate() {
        v.text(&format!("signatories[{i}].name"), &s.name, NAME_MAX);
        v.optional_text(&format!("signatories[{i}].function"), &s.function, NAME_MAX);
    }
    if terms.signatories_of(PartyRole::Town) == 0 {
        v.push(
            "signatories",
            Rule::SignatoriesMissing {
                party: "town",
                required: 1,
            },
        );
    }
    let required = usize::try_from(terms.signatures_required.max(1)).unwrap_or(1);
    if terms.signatories_of(PartyRole::Organisation) < required {
        let party = "organisation";
        v.push("signatories", Rule::SignatoriesMissing { party, required });
    }
    v
}
