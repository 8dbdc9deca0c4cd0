//! A call's terms as a clerk types them (`CallInput`) and as they hold once checked (`CallTerms`).

use super::criteria::{check_criteria, statutory_criteria_for, Criterion};
use super::publication::deadline_day;
use super::{Commissioning, DEFAULT_CORRECTION_DAYS, DEFAULT_FORMAL_CHECK_DAYS};
use crate::money::{parse_fixed, AmountError};
use crate::money::{Currency, Money, Percent, MAX_MINOR};
use crate::violation::{Rule, Violations};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Upper bounds of the periods a call sets, in days.
pub const MAX_CORRECTION_DAYS: u32 = 90;
pub const MAX_FORMAL_CHECK_DAYS: u32 = 180;

/// An attachment every offer in the call must carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct RequiredAttachment {
    /// A short stable code, e.g. `statute`; attachments are uploaded under it.
    pub code: String,
    pub name: String,
}

/// Minimum own contribution as shares of the total costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct OwnContributionRule {
    /// Financial plus non-financial.
    pub min_total: Percent,
    pub min_financial: Percent,
    pub min_non_financial: Percent,
}

/// An inclusive range of calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateWindow {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DateWindow {
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// A call's terms, valid by construction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallTerms {
    pub title: String,
    pub task_area: String,
    pub description: String,
    pub commissioning: Commissioning,
    pub budget: Money,
    pub min_grant: Money,
    pub max_grant: Money,
    /// The minimum as the clerk typed it; see [`CallTerms::required_own_contribution`].
    pub own_contribution: OwnContributionRule,
    pub admin_cost_cap: Option<Percent>,
    pub opens_at: DateTime<Utc>,
    pub deadline: DateTime<Utc>,
    pub realisation: DateWindow,
    pub criteria: Vec<Criterion>,
    pub required_attachments: Vec<RequiredAttachment>,
    pub correction_days: u32,
    /// Days after the deadline by which the clerks finish the formal check.
    pub formal_check_days: u32,
    /// Whether applicants must give the grant-financed part of each cost line.
    pub grant_part_per_line: bool,
}

/// What a clerk sends to create or edit a call. Amounts are decimal text (`"150000.00"`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CallInput {
    pub title: String,
    pub task_area: String,
    pub description: String,
    pub commissioning: Option<Commissioning>,
    pub budget: String,
    pub min_grant: String,
    pub max_grant: String,
    pub min_own_contribution: String,
    pub min_own_financial: String,
    pub min_own_non_financial: String,
    pub admin_cost_cap: String,
    pub opens_at: Option<DateTime<Utc>>,
    pub deadline: Option<DateTime<Utc>>,
    pub realisation_start: Option<NaiveDate>,
    pub realisation_end: Option<NaiveDate>,
    /// `None` starts from the statutory criteria of the call's mode.
    pub criteria: Option<Vec<Criterion>>,
    pub required_attachments: Vec<RequiredAttachment>,
    pub correction_days: Option<u32>,
    pub formal_check_days: Option<u32>,
    pub grant_part_per_line: bool,
}

impl CallInput {
    /// The input that reproduces `terms`, for editing and cloning.
    pub fn from_terms(terms: &CallTerms) -> CallInput {
        let amount = |m: Money| crate::money::decimal_string(m.minor);
        let percent = |p: Percent| p.to_string().trim_end_matches('%').to_string();
        CallInput {
            title: terms.title.clone(),
            task_area: terms.task_area.clone(),
            description: terms.description.clone(),
            commissioning: Some(terms.commissioning),
            budget: amount(terms.budget),
            min_grant: amount(terms.min_grant),
            max_grant: amount(terms.max_grant),
            min_own_contribution: percent(terms.own_contribution.min_total),
            min_own_financial: percent(terms.own_contribution.min_financial),
            min_own_non_financial: percent(terms.own_contribution.min_non_financial),
            admin_cost_cap: terms.admin_cost_cap.map(percent).unwrap_or_default(),
            opens_at: Some(terms.opens_at),
            deadline: Some(terms.deadline),
            realisation_start: Some(terms.realisation.start),
            realisation_end: Some(terms.realisation.end),
            criteria: Some(terms.criteria.clone()),
            required_attachments: terms.required_attachments.clone(),
            correction_days: Some(terms.correction_days),
            formal_check_days: Some(terms.formal_check_days),
            grant_part_per_line: terms.grant_part_per_line,
        }
    }
}

/// Parses a required amount field into money of the tenant's currency.
pub(crate) fn amount_field(
    v: &mut Violations,
    field: &str,
    text: &str,
    currency: Currency,
    required: bool,
) -> Option<Money> {
    if crate::text::is_blank(text) {
        if required {
            v.push(field, Rule::Required);
        }
        return None;
    }
    match parse_fixed(text, 2) {
        Ok(minor) if minor < 0 => {
            v.push(field, Rule::MustNotBeNegative);
            None
        }
        Ok(minor) if minor > MAX_MINOR => {
            v.push(field, Rule::AmountTooLarge);
            None
        }
        Ok(minor) => Some(Money::new(minor, currency)),
        Err(error) => {
            v.push(field, amount_rule(error, 2));
            None
        }
    }
}

pub(crate) fn amount_rule(error: AmountError, scale: u32) -> Rule {
    match error {
        AmountError::NotANumber => Rule::InvalidNumber,
        AmountError::TooManyDecimals(_) => Rule::TooManyDecimals { max: scale },
        AmountError::TooLarge => Rule::AmountTooLarge,
    }
}

fn percent_field(v: &mut Violations, field: &str, text: &str) -> Option<Percent> {
    if crate::text::is_blank(text) {
        return None;
    }
    match Percent::parse(text) {
        Ok(p) if p.basis_points() < 0 || p > Percent::HUNDRED => {
            v.push(field, Rule::PercentOutOfRange);
            None
        }
        Ok(p) => Some(p),
        Err(error) => {
            v.push(field, amount_rule(error, 2));
            None
        }
    }
}

fn required<T: Copy>(v: &mut Violations, field: &str, value: Option<T>) -> Option<T> {
    if value.is_none() {
        v.push(field, Rule::Required);
    }
    value
}

/// The money terms: budget and grant limits.
struct Amounts {
    budget: Option<Money>,
    min_grant: Money,
    max_grant: Option<Money>,
}

fn check_amounts(v: &mut Violations, input: &CallInput, currency: Currency) -> Amounts {
    let budget = amount_field(v, "budget", &input.budget, currency, true);
    let min_grant = amount_field(v, "min_grant", &input.min_grant, currency, false)
        .unwrap_or(Money::zero(currency));
    let max_grant = amount_field(v, "max_grant", &input.max_grant, currency, true);
    if budget.is_some_and(|b| b.is_zero()) {
        v.push("budget", Rule::MustBePositive);
    }
    if max_grant.is_some_and(|m| m.is_zero()) {
        v.push("max_grant", Rule::MustBePositive);
    }
    if let Some(max) = max_grant {
        if min_grant.minor > max.minor {
            v.push("min_grant", Rule::MinGrantAboveMaxGrant);
        }
        if let Some(budget) = budget.filter(|b| max.minor > b.minor) {
            v.push("max_grant", Rule::MaxGrantAboveBudget { budget });
        }
    }
    Amounts {
        budget,
        min_grant,
        max_grant,
    }
}

fn check_own_contribution(v: &mut Violations, input: &CallInput) -> OwnContributionRule {
    let mut percent = |field: &str, text: &str| percent_field(v, field, text).unwrap_or_default();
    OwnContributionRule {
        min_total: percent("min_own_contribution", &input.min_own_contribution),
        min_financial: percent("min_own_financial", &input.min_own_financial),
        min_non_financial: percent("min_own_non_financial", &input.min_own_non_financial),
    }
}

/// The call's instants and the realisation window.
struct Dates {
    opens_at: Option<DateTime<Utc>>,
    deadline: Option<DateTime<Utc>>,
    realisation: Option<DateWindow>,
}

fn check_dates(v: &mut Violations, input: &CallInput, zone: Tz) -> Dates {
    let opens_at = required(v, "opens_at", input.opens_at);
    let deadline = required(v, "deadline", input.deadline);
    if let (Some(opens), Some(deadline)) = (opens_at, deadline) {
        if deadline <= opens {
            v.push("deadline", Rule::DeadlineNotAfterOpening);
        }
    }
    let start = required(v, "realisation_start", input.realisation_start);
    let end = required(v, "realisation_end", input.realisation_end);
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            v.push("realisation_end", Rule::EndBeforeStart);
        }
    }
    // The task is realised by the offers chosen after the deadline: a window that starts on or
    // before the last day to file would have offers realised before anyone could choose them.
    if let (Some(start), Some(deadline)) = (start, deadline) {
        if start <= deadline_day(deadline, zone) {
            v.push("realisation_start", Rule::RealisationStartsBeforeDeadline);
        }
    }
    Dates {
        opens_at,
        deadline,
        realisation: start.zip(end).map(|(start, end)| DateWindow { start, end }),
    }
}

fn check_attachments(v: &mut Violations, attachments: &[RequiredAttachment]) {
    let mut codes = std::collections::HashSet::new();
    for (i, attachment) in attachments.iter().enumerate() {
        let field = format!("required_attachments[{i}].code");
        let code = v.text(&field, &attachment.code, 50);
        let allowed = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
        if !code.chars().all(allowed) {
            v.push(field, Rule::InvalidValue);
        } else if !code.is_empty() && !codes.insert(code) {
            v.push(field, Rule::Duplicate);
        }
        v.text(
            &format!("required_attachments[{i}].name"),
            &attachment.name,
            300,
        );
    }
}

/// A number of days within `1..=max`, or its default when not given.
fn days_field(v: &mut Violations, field: &str, value: Option<u32>, default: u32, max: u32) -> u32 {
    let days = value.unwrap_or(default);
    if !(1..=max).contains(&days) {
        v.push(field, Rule::WholeNumberBetween { min: 1, max });
    }
    days
}

impl CallTerms {
    /// Checks a clerk's input; every problem is reported at once. Amounts are in the tenant's
    /// `currency`; days are counted in its `zone`.
    pub fn parse(input: &CallInput, currency: Currency, zone: Tz) -> Result<CallTerms, Violations> {
        let mut v = Violations::new();
        let title = v.text("title", &input.title, 300);
        let task_area = v.text("task_area", &input.task_area, 300);
        let description = v.optional_text("description", &input.description, 20_000);
        let amounts = check_amounts(&mut v, input, currency);
        let own_contribution = check_own_contribution(&mut v, input);
        let admin_cost_cap = percent_field(&mut v, "admin_cost_cap", &input.admin_cost_cap);
        let dates = check_dates(&mut v, input, zone);
        let commissioning = input.commissioning.unwrap_or_default();
        let criteria = input
            .criteria
            .clone()
            .unwrap_or_else(|| statutory_criteria_for(commissioning));
        check_criteria(&mut v, &criteria, commissioning);
        check_attachments(&mut v, &input.required_attachments);
        let formal_check_days = days_field(
            &mut v,
            "formal_check_days",
            input.formal_check_days,
            DEFAULT_FORMAL_CHECK_DAYS,
            MAX_FORMAL_CHECK_DAYS,
        );
        let correction_days = days_field(
            &mut v,
            "correction_days",
            input.correction_days,
            DEFAULT_CORRECTION_DAYS,
            MAX_CORRECTION_DAYS,
        );
        let (
            Amounts {
                budget: Some(budget),
                min_grant,
                max_grant: Some(max_grant),
            },
            Dates {
                opens_at: Some(opens_at),
                deadline: Some(deadline),
                realisation: Some(realisation),
            },
        ) = (amounts, dates)
        else {
            return Err(v);
        };
        v.into_result(CallTerms {
            title,
            task_area,
            description,
            commissioning,
            budget,
            min_grant,
            max_grant,
            own_contribution,
            admin_cost_cap,
            opens_at,
            deadline,
            realisation,
            criteria,
            required_attachments: trimmed(&input.required_attachments),
            correction_days,
            formal_check_days,
            grant_part_per_line: input.grant_part_per_line,
        })
    }

    /// The own contribution an offer must bring. Entrusting a task (powierzenie, art. 11 ust. 1
    /// pkt 1) finances it in full from the grant, so such a call asks for none, whatever
    /// minimum its form holds; supporting (wspieranie) asks for the minimum set.
    pub fn required_own_contribution(&self) -> OwnContributionRule {
        match self.commissioning {
            Commissioning::Entrusting => OwnContributionRule::default(),
            Commissioning::Supporting => self.own_contribution,
        }
    }

    /// When the formal check should be finished: the end of the local day `formal_check_days`
    /// after the deadline's day.
    pub fn formal_check_due(&self, zone: Tz) -> DateTime<Utc> {
        crate::application::correction_due(self.deadline, self.formal_check_days, zone)
    }

    /// Total points available across all criteria.
    pub fn max_points(&self) -> u32 {
        self.criteria.iter().map(|c| c.max_points).sum()
    }
}

fn trimmed(attachments: &[RequiredAttachment]) -> Vec<RequiredAttachment> {
    attachments
        .iter()
        .map(|a| RequiredAttachment {
            code: a.code.trim().into(),
            name: a.name.trim().into(),
        })
        .collect()
}
