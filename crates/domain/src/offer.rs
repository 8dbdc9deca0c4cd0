//! The offer's content (2018 model offer, Annex 1): task description, schedule, results, the cost
//! table V.A and the sources table V.B. Every value, sum and share is computed here, never taken
//! from a client; `check_offer` names each rule the offer breaks.

use crate::call::{amount_field, amount_rule, CallTerms, DateWindow};
use crate::money::{parse_fixed, Currency, DecimalText, Money, Percent, MAX_MINOR};
use crate::organisation::LegalForm;
use crate::violation::{Rule, Violations};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

const MAX_ACTIONS: usize = 100;
const MAX_COST_LINES: usize = 500;
const MAX_RESULTS: usize = 100;
const MAX_YEARS: usize = 5;
const MAX_PARTNERS: usize = 20;

/// The offer as the applicant typed it. Kept verbatim in drafts, so nothing typed is ever lost,
/// even text that does not parse yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub phone: String,
    pub email: String,
}

/// A co-applicant of a joint offer. Partners from abroad have no NIP, so only Polish partners'
/// numbers are checked as NIP; others give their own register's number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResultInput {
    pub name: String,
    pub planned_value: String,
    pub monitoring: String,
}

/// Whether a cost line belongs to an action (part I of V.A) or is administrative (part II).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostCategory {
    #[default]
    Action,
    Administrative,
}

/// A cost line (V.A). Numbers are kept as typed text so that an invalid entry survives a save.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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

fn text_or_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(DecimalText::deserialize(d)?.0)
}

fn texts_or_numbers<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let values = Vec::<DecimalText>::deserialize(d)?;
    Ok(values.into_iter().map(|value| value.0).collect())
}

/// Paid or unpaid implementation (VI.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Remuneration {
    Paid,
    Unpaid,
}

/// Section VII declarations; `None` means not answered yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// The calendar years a task spans; a single year when the dates are missing or inverted.
pub fn task_years(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Vec<i32> {
    match (start, end) {
        (Some(s), Some(e)) if s <= e && (e.year() - s.year()) < MAX_YEARS as i32 => {
            (s.year()..=e.year()).collect()
        }
        (Some(s), _) => vec![s.year()],
        _ => vec![],
    }
}

/// Computes every line value, sum and share, and reports entries that cannot be computed.
pub fn compute_costs(input: &OfferInput, currency: Currency) -> (CostSummary, Violations) {
    let mut v = Violations::new();
    let years = task_years(input.start_date, input.end_date);
    let mut lines = Vec::with_capacity(input.costs.len());
    let mut per_action_counter = vec![0usize; input.schedule.len()];
    let mut admin_counter = 0usize;
    if input.costs.len() > MAX_COST_LINES {
        v.push(
            "costs",
            Rule::TooManyItems {
                max: MAX_COST_LINES,
            },
        );
    }
    for (i, line) in input.costs.iter().enumerate().take(MAX_COST_LINES) {
        let field = |name: &str| format!("costs[{i}].{name}");
        let unit_cost = amount_field(&mut v, &field("unit_cost"), &line.unit_cost, currency, true);
        let quantity = quantity_field(&mut v, &field("quantity"), &line.quantity);
        let value = match (unit_cost, quantity) {
            (Some(cost), Some(q)) => line_value(cost, q).or_else(|| {
                v.push(field("quantity"), Rule::AmountTooLarge);
                None
            }),
            _ => None,
        };
        let number = match line.category {
            CostCategory::Action => match line.action_no {
                Some(no) if no >= 1 && no <= input.schedule.len() => {
                    per_action_counter[no - 1] += 1;
                    format!("I.{no}.{}", per_action_counter[no - 1])
                }
                Some(no) => {
                    v.push(field("action_no"), Rule::UnknownAction { action_no: no });
                    format!("I.?.{}", i + 1)
                }
                None => {
                    v.push(field("action_no"), Rule::Required);
                    format!("I.?.{}", i + 1)
                }
            },
            CostCategory::Administrative => {
                admin_counter += 1;
                format!("II.{admin_counter}")
            }
        };
        let year_values = year_values(&mut v, i, line, value, &years, currency);
        let value = value.unwrap_or(Money::zero(currency));
        let grant_part = amount_field(
            &mut v,
            &field("grant_part"),
            &line.grant_part,
            currency,
            false,
        );
        lines.push(CostLine {
            number,
            category: line.category,
            action_no: if line.category == CostCategory::Action {
                line.action_no
            } else {
                None
            },
            name: line.name.trim().to_string(),
            unit: line.unit.trim().to_string(),
            unit_cost: unit_cost.unwrap_or(Money::zero(currency)),
            quantity_hundredths: quantity.unwrap_or(0),
            value,
            year_values,
            grant_part,
        });
    }
    let sum_where = |pred: &dyn Fn(&CostLine) -> bool| {
        Money::sum(currency, lines.iter().filter(|l| pred(l)).map(|l| l.value))
    };
    let action_totals = (1..=input.schedule.len())
        .map(|no| {
            sum_where(&|l: &CostLine| l.category == CostCategory::Action && l.action_no == Some(no))
        })
        .collect();
    let action_costs = sum_where(&|l: &CostLine| l.category == CostCategory::Action);
    let admin_costs = sum_where(&|l: &CostLine| l.category == CostCategory::Administrative);
    let total_costs = Money::sum(currency, [action_costs, admin_costs]);
    let year_totals = (0..years.len())
        .map(|y| {
            Money::sum(
                currency,
                lines.iter().filter_map(|l| l.year_values.get(y).copied()),
            )
        })
        .collect();
    let s = &input.sources;
    let mut source = |name: &str, text: &str| {
        amount_field(&mut v, &format!("sources.{name}"), text, currency, false)
            .unwrap_or(Money::zero(currency))
    };
    let requested_grant = source("requested_grant", &s.requested_grant);
    let own_financial = source("own_financial", &s.own_financial);
    let own_personal = source("own_personal", &s.own_personal);
    let own_in_kind = source("own_in_kind", &s.own_in_kind);
    let participant_fees = source("participant_fees", &s.participant_fees);
    let other_public_funds = source("other_public_funds", &s.other_public_funds);
    let own_non_financial = Money::sum(currency, [own_personal, own_in_kind]);
    let own_contribution = Money::sum(currency, [own_financial, own_non_financial]);
    let total_sources = Money::sum(
        currency,
        [
            requested_grant,
            own_contribution,
            participant_fees,
            other_public_funds,
        ],
    );
    let partner_shares: Vec<Money> = input
        .partners
        .iter()
        .take(MAX_PARTNERS)
        .enumerate()
        .map(|(i, p)| {
            amount_field(
                &mut v,
                &format!("partners[{i}].cost_share"),
                &p.cost_share,
                currency,
                false,
            )
            .unwrap_or(Money::zero(currency))
        })
        .collect();
    let partners_total = Money::sum(currency, partner_shares.iter().copied());
    let applicant_share = Money::new(total_costs.minor - partners_total.minor, currency);
    let summary = CostSummary {
        currency,
        years,
        lines,
        action_totals,
        action_costs,
        admin_costs,
        total_costs,
        year_totals,
        requested_grant,
        own_financial,
        own_personal,
        own_in_kind,
        own_non_financial,
        own_contribution,
        participant_fees,
        other_public_funds,
        total_sources,
        grant_share: requested_grant.share_of(total_costs),
        own_contribution_share: own_contribution.share_of(total_costs),
        own_financial_share: own_financial.share_of(total_costs),
        own_non_financial_share: own_non_financial.share_of(total_costs),
        admin_share: admin_costs.share_of(total_costs),
        partner_shares,
        applicant_share,
    };
    (summary, v)
}

/// Quantity with up to two decimals, in hundredths.
fn quantity_field(v: &mut Violations, field: &str, text: &str) -> Option<i64> {
    if text.trim().is_empty() {
        v.push(field, Rule::Required);
        return None;
    }
    match parse_fixed(text, 2) {
        Ok(q) if q <= 0 => {
            v.push(field, Rule::MustBePositive);
            None
        }
        Ok(q) => Some(q),
        Err(error) => {
            v.push(field, amount_rule(error, 2));
            None
        }
    }
}

/// unit cost × quantity, rounded half up to the minor unit.
fn line_value(unit_cost: Money, quantity_hundredths: i64) -> Option<Money> {
    let product = unit_cost.minor as i128 * quantity_hundredths as i128;
    let minor = (product + 50) / 100;
    (minor <= MAX_MINOR as i128).then(|| Money::new(minor as i64, unit_cost.currency))
}

fn year_values(
    v: &mut Violations,
    index: usize,
    line: &CostLineInput,
    value: Option<Money>,
    years: &[i32],
    currency: Currency,
) -> Vec<Money> {
    let field = format!("costs[{index}].year_values");
    if years.len() <= 1 {
        // One year: the whole value falls in it; nothing to type.
        return vec![value.unwrap_or(Money::zero(currency))];
    }
    if line.year_values.len() != years.len() {
        v.push(
            &field,
            Rule::YearValuesCount {
                expected: years.len(),
            },
        );
        return vec![];
    }
    let parsed: Vec<Option<Money>> = line
        .year_values
        .iter()
        .enumerate()
        .map(|(y, text)| amount_field(v, &format!("{field}[{y}]"), text, currency, true))
        .collect();
    let values: Vec<Money> = parsed.into_iter().flatten().collect();
    // A line whose value could not be computed already has its violation: nothing to add up to.
    if let Some(value) = value {
        if values.len() == years.len() && Money::sum(currency, values.iter().copied()) != value {
            v.push(&field, Rule::YearValuesSum { total: value });
        }
    }
    values
}

/// What the call and the surroundings say about an offer.
pub struct OfferContext<'a> {
    pub call: &'a CallTerms,
    pub applicant_form: LegalForm,
    /// Codes of the attachments uploaded so far.
    pub attachment_codes: BTreeSet<String>,
    /// The applicant's NIP, so that it is not also named as its own partner.
    pub applicant_nip: String,
}

/// Every rule an offer must meet to be submitted; an empty result means it may be submitted.
pub fn check_offer(input: &OfferInput, ctx: &OfferContext<'_>) -> (CostSummary, Violations) {
    let currency = ctx.call.budget.currency;
    let (summary, mut v) = compute_costs(input, currency);
    let window = ctx.call.realisation;
    v.text("title", &input.title, 300);
    v.text("place", &input.place, 1000);
    v.text("target_group", &input.target_group, 2000);
    v.text("summary", &input.summary, 10_000);
    v.optional_text("previous_activity", &input.previous_activity, 10_000);
    v.optional_text("resources", &input.resources, 10_000);
    v.optional_text("other_information", &input.other_information, 10_000);
    check_dates(
        &mut v,
        "start_date",
        "end_date",
        input.start_date,
        input.end_date,
        window,
    );
    check_schedule(&mut v, input, window);
    check_results(&mut v, input);
    if input.costs.is_empty() {
        v.push("costs", Rule::NoCostLines);
    }
    for (i, line) in input.costs.iter().enumerate() {
        v.text(&format!("costs[{i}].name"), &line.name, 500);
        v.text(&format!("costs[{i}].unit"), &line.unit, 100);
    }
    for (no, total) in summary.action_totals.iter().enumerate() {
        let has_lines = summary.lines.iter().any(|l| l.action_no == Some(no + 1));
        if !has_lines || total.is_zero() {
            v.push(format!("schedule[{no}]"), Rule::ActionWithoutCosts);
        }
    }
    check_money_rules(&mut v, input, &summary, ctx);
    check_contact(&mut v, &input.contact);
    check_partners(&mut v, input, &summary, ctx);
    check_declarations(&mut v, &input.declarations, ctx.applicant_form);
    for required in &ctx.call.required_attachments {
        if !ctx.attachment_codes.contains(&required.code) {
            v.push(
                format!("attachments.{}", required.code),
                Rule::AttachmentMissing {
                    name: required.name.clone(),
                },
            );
        }
    }
    (summary, v)
}

fn check_dates(
    v: &mut Violations,
    start_field: &str,
    end_field: &str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    window: DateWindow,
) {
    let outside = Rule::DateOutsideWindow {
        from: window.start,
        to: window.end,
    };
    match start {
        None => v.push(start_field, Rule::Required),
        Some(day) if !window.contains(day) => v.push(start_field, outside.clone()),
        _ => {}
    }
    match end {
        None => v.push(end_field, Rule::Required),
        Some(day) if start.is_some_and(|s| day < s) => v.push(end_field, Rule::EndBeforeStart),
        Some(day) if !window.contains(day) => v.push(end_field, outside),
        _ => {}
    }
}

fn check_schedule(v: &mut Violations, input: &OfferInput, window: DateWindow) {
    if input.schedule.is_empty() {
        v.push("schedule", Rule::NoActions);
    }
    if input.schedule.len() > MAX_ACTIONS {
        v.push("schedule", Rule::TooManyItems { max: MAX_ACTIONS });
    }
    for (i, action) in input.schedule.iter().enumerate() {
        let f = |name: &str| format!("schedule[{i}].{name}");
        v.text(&f("name"), &action.name, 300);
        v.optional_text(&f("description"), &action.description, 5000);
        v.optional_text(&f("target_group"), &action.target_group, 1000);
        v.optional_text(&f("performer"), &action.performer, 300);
        v.optional_text(&f("non_party_scope"), &action.non_party_scope, 2000);
        check_dates(v, &f("start"), &f("end"), action.start, action.end, window);
        // An action must also lie within the offer's own dates.
        if let (Some(task_start), Some(task_end)) = (input.start_date, input.end_date) {
            let task = DateWindow {
                start: task_start,
                end: task_end,
            };
            if task_start <= task_end && window.contains(task_start) && window.contains(task_end) {
                let outside = Rule::DateOutsideWindow {
                    from: task_start,
                    to: task_end,
                };
                if action
                    .start
                    .is_some_and(|d| window.contains(d) && !task.contains(d))
                {
                    v.push(f("start"), outside.clone());
                }
                if action
                    .end
                    .is_some_and(|d| window.contains(d) && !task.contains(d))
                {
                    v.push(f("end"), outside);
                }
            }
        }
    }
}

fn check_results(v: &mut Violations, input: &OfferInput) {
    if input.results.len() > MAX_RESULTS {
        v.push("results", Rule::TooManyItems { max: MAX_RESULTS });
    }
    for (i, result) in input.results.iter().enumerate() {
        v.text(&format!("results[{i}].name"), &result.name, 500);
        v.text(
            &format!("results[{i}].planned_value"),
            &result.planned_value,
            200,
        );
        v.text(
            &format!("results[{i}].monitoring"),
            &result.monitoring,
            1000,
        );
    }
}

fn check_money_rules(
    v: &mut Violations,
    input: &OfferInput,
    s: &CostSummary,
    ctx: &OfferContext<'_>,
) {
    let call = ctx.call;
    // A grant that did not parse already has its violation; it is not compared with the limits.
    let grant_parsed = !v.iter().any(|x| x.field == "sources.requested_grant");
    if input.sources.requested_grant.trim().is_empty() {
        v.push("sources.requested_grant", Rule::Required);
    } else if grant_parsed && s.requested_grant.minor < call.min_grant.minor {
        v.push(
            "sources.requested_grant",
            Rule::GrantBelowMinimum {
                minimum: call.min_grant,
            },
        );
    } else if grant_parsed && s.requested_grant.minor > call.max_grant.minor {
        v.push(
            "sources.requested_grant",
            Rule::GrantAboveMaximum {
                maximum: call.max_grant,
            },
        );
    }
    if s.total_sources != s.total_costs {
        v.push(
            "sources",
            Rule::TotalsDiffer {
                costs: s.total_costs,
                sources: s.total_sources,
            },
        );
    }
    let rule = call.own_contribution;
    // "At least x%" is checked against the exact amount, not the rounded share.
    if s.own_contribution.minor < s.total_costs.percent_ceil(rule.min_total).minor {
        v.push(
            "sources.own_financial",
            Rule::OwnContributionTooLow {
                required: rule.min_total,
                actual: s.own_contribution_share,
            },
        );
    }
    if s.own_financial.minor < s.total_costs.percent_ceil(rule.min_financial).minor {
        v.push(
            "sources.own_financial",
            Rule::FinancialContributionTooLow {
                required: rule.min_financial,
                actual: s.own_financial_share,
            },
        );
    }
    if s.own_non_financial.minor < s.total_costs.percent_ceil(rule.min_non_financial).minor {
        v.push(
            "sources.own_personal",
            Rule::NonFinancialContributionTooLow {
                required: rule.min_non_financial,
                actual: s.own_non_financial_share,
            },
        );
    }
    if let Some(cap) = call.admin_cost_cap {
        if s.admin_costs.minor > s.total_costs.percent_floor(cap).minor {
            v.push(
                "costs",
                Rule::AdminCostsAboveCap {
                    cap,
                    actual: s.admin_share,
                },
            );
        }
    }
    let any_grant_part = s.lines.iter().any(|l| l.grant_part.is_some());
    if call.grant_part_per_line {
        for (i, line) in s.lines.iter().enumerate() {
            match line.grant_part {
                // Only an empty part is missing; a typed but invalid one already has its violation.
                None if input
                    .costs
                    .get(i)
                    .is_some_and(|c| c.grant_part.trim().is_empty()) =>
                {
                    v.push(format!("costs[{i}].grant_part"), Rule::Required)
                }
                Some(part) if part.minor > line.value.minor => v.push(
                    format!("costs[{i}].grant_part"),
                    Rule::GrantPartAboveLine { line: line.value },
                ),
                _ => {}
            }
        }
        let parts = Money::sum(s.currency, s.lines.iter().filter_map(|l| l.grant_part));
        if s.lines.iter().all(|l| l.grant_part.is_some()) && parts != s.requested_grant {
            v.push(
                "costs",
                Rule::GrantPartsSum {
                    grant: s.requested_grant,
                },
            );
        }
    } else if any_grant_part {
        v.push("costs", Rule::GrantPartsNotAllowed);
    }
}

fn check_contact(v: &mut Violations, contact: &ContactInput) {
    v.text("contact.name", &contact.name, 200);
    let phone = v.optional_text("contact.phone", &contact.phone, 40);
    let email = v.optional_text("contact.email", &contact.email, 254);
    if phone.is_empty() && email.is_empty() {
        // One way to reach the person is enough; the form asks for either.
        v.push("contact.email", Rule::Required);
    } else if !email.is_empty() && !crate::organisation::is_plausible_email(&email) {
        v.push("contact.email", Rule::InvalidEmail);
    }
    if !phone.is_empty()
        && !phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()".contains(c))
    {
        v.push("contact.phone", Rule::InvalidValue);
    }
}

fn check_partners(v: &mut Violations, input: &OfferInput, s: &CostSummary, ctx: &OfferContext<'_>) {
    if input.partners.is_empty() {
        return;
    }
    if input.partners.len() > MAX_PARTNERS {
        v.push("partners", Rule::TooManyItems { max: MAX_PARTNERS });
    }
    let applicant_nip = crate::identifiers::Nip::parse(&ctx.applicant_nip).ok();
    let mut numbers = BTreeSet::new();
    for (i, partner) in input.partners.iter().enumerate().take(MAX_PARTNERS) {
        let f = |name: &str| format!("partners[{i}].{name}");
        v.text(&f("name"), &partner.name, 300);
        v.text(&f("address"), &partner.address, 500);
        v.text(&f("scope"), &partner.scope, 2000);
        let country = partner.country.trim().to_uppercase();
        if country.is_empty() {
            v.push(f("country"), Rule::Required);
        } else if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            v.push(f("country"), Rule::InvalidValue);
        }
        let number = if country == "PL" {
            match crate::identifiers::Nip::parse(&partner.registration_number) {
                Ok(nip) if Some(&nip) == applicant_nip.as_ref() => {
                    v.push(f("registration_number"), Rule::PartnerIsApplicant);
                    None
                }
                Ok(nip) => Some(nip.as_str().to_string()),
                Err(rule) => {
                    v.push(f("registration_number"), rule);
                    None
                }
            }
        } else {
            let number = v.text(&f("registration_number"), &partner.registration_number, 100);
            (!number.is_empty()).then(|| format!("{country}:{}", number.to_uppercase()))
        };
        if let Some(number) = number {
            if !numbers.insert(number) {
                v.push(f("registration_number"), Rule::Duplicate);
            }
        }
        if partner.cost_share.trim().is_empty() {
            v.push(f("cost_share"), Rule::Required);
        }
    }
    v.text("representation", &input.representation, 2000);
    if s.applicant_share.minor < 0 {
        v.push(
            "partners",
            Rule::PartnerSharesAboveTotal {
                total: s.total_costs,
            },
        );
    }
}

fn check_declarations(v: &mut Violations, d: &Declarations, form: LegalForm) {
    match d.remuneration {
        None => v.push("declarations.remuneration", Rule::Required),
        Some(Remuneration::Paid) if form == LegalForm::SimpleAssociation => v.push(
            "declarations.remuneration",
            Rule::PaidNotAllowedForSimpleAssociation,
        ),
        _ => {}
    }
    let must_hold = [
        ("public_benefit_only", d.public_benefit_only),
        ("fees_only_in_paid_activity", d.fees_only_in_paid_activity),
        ("register_data_consistent", d.register_data_consistent),
        ("information_true", d.information_true),
        ("gdpr_statements_obtained", d.gdpr_statements_obtained),
    ];
    for (name, given) in must_hold {
        if !given {
            v.push(format!("declarations.{name}"), Rule::DeclarationRequired);
        }
    }
    // Arrears must be answered either way; having them is for the formal check to judge.
    if d.no_tax_arrears.is_none() {
        v.push("declarations.no_tax_arrears", Rule::Required);
    }
    if d.no_social_security_arrears.is_none() {
        v.push("declarations.no_social_security_arrears", Rule::Required);
    }
}

#[cfg(test)]
mod tests;
