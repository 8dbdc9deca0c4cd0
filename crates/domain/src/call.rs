//! A call for offers (otwarty konkurs ofert): its terms, its life cycle and the clock that opens
//! and closes it.

use crate::money::{parse_fixed, AmountError};
use crate::money::{Currency, Money, Percent, MAX_MINOR};
use crate::violation::{Rule, Violations};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// The minimum number of days between publication and the deadline (art. 13(1)).
pub const STATUTORY_MIN_DAYS_TO_DEADLINE: i64 = 21;
/// Default correction period after a formal check (domain defaults).
pub const DEFAULT_CORRECTION_DAYS: u32 = 7;
/// Default time the clerks give themselves for the formal check after the deadline; towns set it
/// in the call's rules (regulamin).
pub const DEFAULT_FORMAL_CHECK_DAYS: u32 = 14;

/// The states a call is stored in. Whether a published call is open or closed is not stored: it
/// follows from the clock (see [`CallPhase`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallState {
    Draft,
    Published,
    InEvaluation,
    ResultsPublished,
    Archived,
    Cancelled,
}

impl CallState {
    pub fn code(self) -> &'static str {
        match self {
            CallState::Draft => "draft",
            CallState::Published => "published",
            CallState::InEvaluation => "in_evaluation",
            CallState::ResultsPublished => "results_published",
            CallState::Archived => "archived",
            CallState::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<CallState> {
        [
            CallState::Draft,
            CallState::Published,
            CallState::InEvaluation,
            CallState::ResultsPublished,
            CallState::Archived,
            CallState::Cancelled,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// What a call is at a given instant: the stored state refined by the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallPhase {
    Draft,
    /// Announced, submissions not yet open.
    Published,
    /// Accepting offers: opening ≤ now < deadline.
    Open,
    /// Deadline passed, evaluation not started.
    Closed,
    InEvaluation,
    ResultsPublished,
    Archived,
    Cancelled,
}

impl CallPhase {
    pub fn at(
        state: CallState,
        opens_at: DateTime<Utc>,
        deadline: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> CallPhase {
        match state {
            CallState::Draft => CallPhase::Draft,
            CallState::Published if now < opens_at => CallPhase::Published,
            CallState::Published if now < deadline => CallPhase::Open,
            CallState::Published => CallPhase::Closed,
            CallState::InEvaluation => CallPhase::InEvaluation,
            CallState::ResultsPublished => CallPhase::ResultsPublished,
            CallState::Archived => CallPhase::Archived,
            CallState::Cancelled => CallPhase::Cancelled,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            CallPhase::Draft => "draft",
            CallPhase::Published => "published",
            CallPhase::Open => "open",
            CallPhase::Closed => "closed",
            CallPhase::InEvaluation => "in_evaluation",
            CallPhase::ResultsPublished => "results_published",
            CallPhase::Archived => "archived",
            CallPhase::Cancelled => "cancelled",
        }
    }
}

/// Commissioning mode (art. 11(1)): entrusting finances the whole task, supporting co-finances it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Commissioning {
    Entrusting,
    #[default]
    Supporting,
}

/// One evaluation criterion with its maximum points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criterion {
    pub name: String,
    pub max_points: u32,
    /// The statutory basis, e.g. "art. 15(1) pt 1"; empty for local criteria.
    #[serde(default)]
    pub basis: String,
}

/// The most points one criterion may carry.
pub const MAX_POINTS: u32 = 1000;
/// Upper bounds of the periods a call sets, in days.
pub const MAX_CORRECTION_DAYS: u32 = 90;
pub const MAX_FORMAL_CHECK_DAYS: u32 = 180;

/// The six statutory criteria of art. 15(1), prefilled in every new call.
pub fn statutory_criteria() -> Vec<Criterion> {
    let items = [
        ("Możliwość realizacji zadania przez oferenta", "art. 15 ust. 1 pkt 1"),
        ("Kalkulacja kosztów realizacji zadania, w tym w odniesieniu do zakresu rzeczowego", "art. 15 ust. 1 pkt 2"),
        ("Jakość wykonania zadania i kwalifikacje osób realizujących zadanie", "art. 15 ust. 1 pkt 3"),
        ("Planowany udział środków finansowych własnych lub z innych źródeł", "art. 15 ust. 1 pkt 4"),
        ("Planowany wkład rzeczowy i osobowy, w tym świadczenia wolontariuszy i praca społeczna członków", "art. 15 ust. 1 pkt 5"),
        ("Analiza i ocena realizacji zadań publicznych w latach poprzednich (rzetelność, terminowość, rozliczenie)", "art. 15 ust. 1 pkt 6"),
    ];
    items
        .into_iter()
        .map(|(name, basis)| Criterion {
            name: name.into(),
            max_points: 10,
            basis: basis.into(),
        })
        .collect()
}

/// An attachment every offer in the call must carry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
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
    if text.trim().is_empty() {
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
    if text.trim().is_empty() {
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

impl CallTerms {
    /// Checks a clerk's input; every problem is reported at once.
    pub fn parse(input: &CallInput, currency: Currency) -> Result<CallTerms, Violations> {
        let mut v = Violations::new();
        let title = v.text("title", &input.title, 300);
        let task_area = v.text("task_area", &input.task_area, 300);
        let description = v.optional_text("description", &input.description, 20_000);
        let budget = amount_field(&mut v, "budget", &input.budget, currency, true);
        let min_grant = amount_field(&mut v, "min_grant", &input.min_grant, currency, false)
            .unwrap_or(Money::zero(currency));
        let max_grant = amount_field(&mut v, "max_grant", &input.max_grant, currency, true);
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
        let own_contribution = OwnContributionRule {
            min_total: percent_field(&mut v, "min_own_contribution", &input.min_own_contribution)
                .unwrap_or_default(),
            min_financial: percent_field(&mut v, "min_own_financial", &input.min_own_financial)
                .unwrap_or_default(),
            min_non_financial: percent_field(
                &mut v,
                "min_own_non_financial",
                &input.min_own_non_financial,
            )
            .unwrap_or_default(),
        };
        let admin_cost_cap = percent_field(&mut v, "admin_cost_cap", &input.admin_cost_cap);
        let opens_at = input.opens_at.or_else(|| {
            v.push("opens_at", Rule::Required);
            None
        });
        let deadline = input.deadline.or_else(|| {
            v.push("deadline", Rule::Required);
            None
        });
        if let (Some(opens), Some(deadline)) = (opens_at, deadline) {
            if deadline <= opens {
                v.push("deadline", Rule::DeadlineNotAfterOpening);
            }
        }
        let realisation_start = input.realisation_start.or_else(|| {
            v.push("realisation_start", Rule::Required);
            None
        });
        let realisation_end = input.realisation_end.or_else(|| {
            v.push("realisation_end", Rule::Required);
            None
        });
        if let (Some(start), Some(end)) = (realisation_start, realisation_end) {
            if end < start {
                v.push("realisation_end", Rule::EndBeforeStart);
            }
        }
        let criteria = input.criteria.clone().unwrap_or_else(statutory_criteria);
        if criteria.is_empty() {
            v.push("criteria", Rule::NoCriteria);
        }
        if criteria.len() > 30 {
            v.push("criteria", Rule::TooManyItems { max: 30 });
        }
        for (i, criterion) in criteria.iter().enumerate() {
            v.text(&format!("criteria[{i}].name"), &criterion.name, 500);
            if !(1..=MAX_POINTS).contains(&criterion.max_points) {
                v.push(
                    format!("criteria[{i}].max_points"),
                    Rule::WholeNumberBetween {
                        min: 1,
                        max: MAX_POINTS,
                    },
                );
            }
        }
        let mut codes = std::collections::HashSet::new();
        for (i, attachment) in input.required_attachments.iter().enumerate() {
            let code = v.text(
                &format!("required_attachments[{i}].code"),
                &attachment.code,
                50,
            );
            if !code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                v.push(
                    format!("required_attachments[{i}].code"),
                    Rule::InvalidValue,
                );
            } else if !code.is_empty() && !codes.insert(code) {
                v.push(format!("required_attachments[{i}].code"), Rule::Duplicate);
            }
            v.text(
                &format!("required_attachments[{i}].name"),
                &attachment.name,
                300,
            );
        }
        let formal_check_days = input.formal_check_days.unwrap_or(DEFAULT_FORMAL_CHECK_DAYS);
        if !(1..=MAX_FORMAL_CHECK_DAYS).contains(&formal_check_days) {
            v.push(
                "formal_check_days",
                Rule::WholeNumberBetween {
                    min: 1,
                    max: MAX_FORMAL_CHECK_DAYS,
                },
            );
        }
        let correction_days = input.correction_days.unwrap_or(DEFAULT_CORRECTION_DAYS);
        if !(1..=MAX_CORRECTION_DAYS).contains(&correction_days) {
            v.push(
                "correction_days",
                Rule::WholeNumberBetween {
                    min: 1,
                    max: MAX_CORRECTION_DAYS,
                },
            );
        }
        match (
            budget,
            max_grant,
            opens_at,
            deadline,
            realisation_start,
            realisation_end,
        ) {
            (
                Some(budget),
                Some(max_grant),
                Some(opens_at),
                Some(deadline),
                Some(start),
                Some(end),
            ) if v.is_empty() => Ok(CallTerms {
                title,
                task_area,
                description,
                commissioning: input.commissioning.unwrap_or_default(),
                budget,
                min_grant,
                max_grant,
                own_contribution,
                admin_cost_cap,
                opens_at,
                deadline,
                realisation: DateWindow { start, end },
                criteria,
                required_attachments: input
                    .required_attachments
                    .iter()
                    .map(|a| RequiredAttachment {
                        code: a.code.trim().into(),
                        name: a.name.trim().into(),
                    })
                    .collect(),
                correction_days,
                formal_check_days,
                grant_part_per_line: input.grant_part_per_line,
            }),
            _ => Err(v),
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

/// What a clerk may do with a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallAction {
    Edit,
    Publish { confirm_short_deadline: bool },
    StartEvaluation,
    PublishResults,
    Archive,
    Cancel { reason: String },
}

impl CallAction {
    pub fn code(&self) -> &'static str {
        match self {
            CallAction::Edit => "edit",
            CallAction::Publish { .. } => "publish",
            CallAction::StartEvaluation => "start_evaluation",
            CallAction::PublishResults => "publish_results",
            CallAction::Archive => "archive",
            CallAction::Cancel { .. } => "cancel",
        }
    }
}

/// One row of the call's transition table.
pub struct CallTransition {
    pub action: &'static str,
    /// Phases the action may start from.
    pub from: &'static [CallPhase],
    /// The stored state afterwards (`None`: unchanged).
    pub to: Option<CallState>,
}

/// The whole life cycle of a call, as data.
pub const CALL_TRANSITIONS: &[CallTransition] = &[
    CallTransition {
        action: "edit",
        from: &[CallPhase::Draft],
        to: None,
    },
    CallTransition {
        action: "publish",
        from: &[CallPhase::Draft],
        to: Some(CallState::Published),
    },
    CallTransition {
        action: "start_evaluation",
        from: &[CallPhase::Closed],
        to: Some(CallState::InEvaluation),
    },
    CallTransition {
        action: "publish_results",
        from: &[CallPhase::InEvaluation],
        to: Some(CallState::ResultsPublished),
    },
    CallTransition {
        action: "archive",
        from: &[CallPhase::ResultsPublished],
        to: Some(CallState::Archived),
    },
    CallTransition {
        action: "cancel",
        from: &[
            CallPhase::Draft,
            CallPhase::Published,
            CallPhase::Open,
            CallPhase::Closed,
            CallPhase::InEvaluation,
        ],
        to: Some(CallState::Cancelled),
    },
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    #[error("a call cannot {action} while it is {phase:?}")]
    NotAllowed {
        action: &'static str,
        phase: CallPhase,
    },
    #[error("the deadline is {days} days after publication, fewer than {STATUTORY_MIN_DAYS_TO_DEADLINE}; confirm to publish")]
    DeadlineTooSoon { days: i64 },
    #[error("the deadline has already passed")]
    DeadlineInPast,
    #[error("a cancellation needs a reason")]
    ReasonRequired,
}

/// Applies `action` to a call at `now`; returns the stored state afterwards.
pub fn apply_call_action(
    state: CallState,
    terms: &CallTerms,
    action: &CallAction,
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<CallState, CallError> {
    let phase = CallPhase::at(state, terms.opens_at, terms.deadline, now);
    let transition = CALL_TRANSITIONS
        .iter()
        .find(|t| t.action == action.code())
        .filter(|t| t.from.contains(&phase))
        .ok_or(CallError::NotAllowed {
            action: action.code(),
            phase,
        })?;
    match action {
        CallAction::Publish {
            confirm_short_deadline,
        } => {
            if terms.deadline <= now {
                return Err(CallError::DeadlineInPast);
            }
            let days = days_until_deadline(terms.deadline, now, zone);
            if days < STATUTORY_MIN_DAYS_TO_DEADLINE && !confirm_short_deadline {
                return Err(CallError::DeadlineTooSoon { days });
            }
        }
        CallAction::Cancel { reason } if reason.trim().is_empty() => {
            return Err(CallError::ReasonRequired)
        }
        _ => {}
    }
    Ok(transition.to.unwrap_or(state))
}

/// Whole calendar days, in the tenant's zone, from the day of `now` to the day of the deadline.
pub fn days_until_deadline(deadline: DateTime<Utc>, now: DateTime<Utc>, zone: Tz) -> i64 {
    let deadline_day = deadline.with_timezone(&zone).date_naive();
    let today = now.with_timezone(&zone).date_naive();
    (deadline_day - today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
        WARSAW
            .with_ymd_and_hms(y, m, d, h, min, s)
            .single()
            .expect("unambiguous")
            .with_timezone(&Utc)
    }

    pub(crate) fn input() -> CallInput {
        CallInput {
            title: "Kultura 2027".into(),
            task_area: "kultura, sztuka, ochrona dóbr kultury".into(),
            budget: "150000".into(),
            min_grant: "5000".into(),
            max_grant: "30000".into(),
            min_own_contribution: "10".into(),
            admin_cost_cap: "15".into(),
            opens_at: Some(at(2027, 1, 4, 8, 0, 0)),
            deadline: Some(at(2027, 2, 1, 15, 30, 0)),
            realisation_start: NaiveDate::from_ymd_opt(2027, 3, 1),
            realisation_end: NaiveDate::from_ymd_opt(2027, 12, 31),
            ..CallInput::default()
        }
    }

    fn terms() -> CallTerms {
        CallTerms::parse(&input(), Currency::PLN).expect("valid call")
    }

    #[test]
    fn a_new_call_gets_the_statutory_criteria_and_seven_correction_days() {
        let terms = terms();
        assert_eq!(terms.criteria.len(), 6);
        assert_eq!(terms.correction_days, 7);
        assert_eq!(terms.budget.minor, 15_000_000);
        assert_eq!(terms.admin_cost_cap.map(|p| p.basis_points()), Some(1500));
    }

    #[test]
    fn inconsistent_terms_are_each_named() {
        let mut bad = input();
        bad.min_grant = "40000".into();
        bad.max_grant = "200000".into();
        bad.deadline = bad.opens_at;
        bad.admin_cost_cap = "120".into();
        bad.realisation_end = NaiveDate::from_ymd_opt(2027, 1, 1);
        let errors = CallTerms::parse(&bad, Currency::PLN).expect_err("invalid");
        let codes: Vec<(&str, &str)> = errors
            .iter()
            .map(|v| (v.field.as_str(), v.rule.code()))
            .collect();
        assert!(codes.contains(&("max_grant", "max_grant_above_budget")));
        assert!(codes.contains(&("deadline", "deadline_not_after_opening")));
        assert!(codes.contains(&("admin_cost_cap", "percent_out_of_range")));
        assert!(codes.contains(&("realisation_end", "end_before_start")));
        let mut bad = input();
        bad.min_grant = "40000".into();
        let errors = CallTerms::parse(&bad, Currency::PLN).expect_err("invalid");
        assert_eq!(errors.0[0].rule, Rule::MinGrantAboveMaxGrant);
    }

    #[test]
    fn the_clock_opens_and_closes_a_published_call_to_the_second() {
        let t = terms();
        let phase = |now| CallPhase::at(CallState::Published, t.opens_at, t.deadline, now);
        assert_eq!(
            phase(t.opens_at - Duration::seconds(1)),
            CallPhase::Published
        );
        assert_eq!(phase(t.opens_at), CallPhase::Open);
        assert_eq!(phase(t.deadline - Duration::seconds(1)), CallPhase::Open);
        assert_eq!(phase(t.deadline), CallPhase::Closed);
    }

    #[test]
    fn publishing_under_21_days_needs_confirmation() {
        let t = terms();
        let now = at(2027, 1, 12, 9, 0, 0); // 20 days before 1 Feb
        let publish = CallAction::Publish {
            confirm_short_deadline: false,
        };
        assert_eq!(
            apply_call_action(CallState::Draft, &t, &publish, now, WARSAW),
            Err(CallError::DeadlineTooSoon { days: 20 })
        );
        let confirmed = CallAction::Publish {
            confirm_short_deadline: true,
        };
        assert_eq!(
            apply_call_action(CallState::Draft, &t, &confirmed, now, WARSAW),
            Ok(CallState::Published)
        );
        let early = at(2027, 1, 11, 23, 59, 59); // 21 local days
        assert_eq!(
            apply_call_action(CallState::Draft, &t, &publish, early, WARSAW),
            Ok(CallState::Published)
        );
        let late = t.deadline;
        assert_eq!(
            apply_call_action(CallState::Draft, &t, &confirmed, late, WARSAW),
            Err(CallError::DeadlineInPast)
        );
    }

    #[test]
    #[allow(clippy::type_complexity)]
    fn every_transition_is_allowed_only_from_its_phases() {
        let t = terms();
        let before = at(2026, 12, 1, 12, 0, 0);
        let during = at(2027, 1, 10, 12, 0, 0);
        let after = at(2027, 2, 2, 12, 0, 0);
        let cancel = CallAction::Cancel {
            reason: "Brak ofert".into(),
        };
        let cases: Vec<(CallState, DateTime<Utc>, CallAction, Result<CallState, ()>)> = vec![
            (
                CallState::Draft,
                before,
                CallAction::Edit,
                Ok(CallState::Draft),
            ),
            (CallState::Published, before, CallAction::Edit, Err(())),
            (
                CallState::Draft,
                before,
                CallAction::Publish {
                    confirm_short_deadline: false,
                },
                Ok(CallState::Published),
            ),
            (
                CallState::Published,
                before,
                CallAction::Publish {
                    confirm_short_deadline: true,
                },
                Err(()),
            ),
            (
                CallState::Published,
                during,
                CallAction::StartEvaluation,
                Err(()),
            ),
            (
                CallState::Published,
                after,
                CallAction::StartEvaluation,
                Ok(CallState::InEvaluation),
            ),
            (
                CallState::InEvaluation,
                after,
                CallAction::PublishResults,
                Ok(CallState::ResultsPublished),
            ),
            (
                CallState::Published,
                after,
                CallAction::PublishResults,
                Err(()),
            ),
            (
                CallState::ResultsPublished,
                after,
                CallAction::Archive,
                Ok(CallState::Archived),
            ),
            (CallState::InEvaluation, after, CallAction::Archive, Err(())),
            (
                CallState::Draft,
                before,
                cancel.clone(),
                Ok(CallState::Cancelled),
            ),
            (
                CallState::Published,
                during,
                cancel.clone(),
                Ok(CallState::Cancelled),
            ),
            (
                CallState::InEvaluation,
                after,
                cancel.clone(),
                Ok(CallState::Cancelled),
            ),
            (CallState::ResultsPublished, after, cancel.clone(), Err(())),
            (CallState::Archived, after, cancel.clone(), Err(())),
            (CallState::Cancelled, after, cancel, Err(())),
        ];
        for (state, now, action, expected) in cases {
            let result = apply_call_action(state, &t, &action, now, WARSAW).map_err(|_| ());
            assert_eq!(result, expected, "{state:?} --{}-->", action.code());
        }
    }

    #[test]
    fn cancelling_needs_a_reason() {
        let t = terms();
        let now = at(2026, 12, 1, 12, 0, 0);
        let cancel = CallAction::Cancel {
            reason: "  ".into(),
        };
        assert_eq!(
            apply_call_action(CallState::Draft, &t, &cancel, now, WARSAW),
            Err(CallError::ReasonRequired)
        );
    }

    #[test]
    fn input_round_trips_through_terms_for_cloning() {
        let t = terms();
        let again = CallTerms::parse(&CallInput::from_terms(&t), Currency::PLN).expect("valid");
        assert_eq!(again, t);
    }
}
