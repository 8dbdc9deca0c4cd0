//! The clerk's call form, both ways: a call's input laid out as text fields (times in the town's
//! local zone, criteria as rows, attachments as names one per line), and posted fields read back
//! into the domain's input. What was typed is kept as text so an error never loses it.

use super::criteria::{keep_statutory, posted_rows, rows_of, CriterionRow, BLANK_CRITERIA};
use super::typed::{attachments, day, instant, local_text, whole};
use crate::pages::form::Fields;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use granty_domain::call::{
    statutory_criteria_for, CallInput, Commissioning, Criterion, DEFAULT_CORRECTION_DAYS,
    DEFAULT_FORMAL_CHECK_DAYS, MAX_CORRECTION_DAYS, MAX_FORMAL_CHECK_DAYS, MAX_POINTS, MAX_WEIGHT,
};
use granty_domain::{Rule, Violations};
use serde::Serialize;

/// The form as typed. The simple fields serialize under their input names.
#[derive(Serialize, Default, Clone, Debug)]
pub struct CallForm {
    #[serde(skip)]
    pub csrf: String,
    #[serde(skip)]
    pub version: String,
    pub title: String,
    pub task_area: String,
    /// `supporting` or `entrusting`, as the select posts it.
    pub commissioning: String,
    pub description: String,
    pub budget: String,
    pub min_grant: String,
    pub max_grant: String,
    pub min_own_contribution: String,
    pub admin_cost_cap: String,
    pub opens_at: String,
    pub deadline: String,
    pub realisation_start: String,
    pub realisation_end: String,
    pub correction_days: String,
    pub formal_check_days: String,
    pub required_attachments: String,
    /// Filled rows only; blank ones are dropped when read, so row `i` is `criteria[i]` in the
    /// domain's errors.
    #[serde(skip)]
    pub criteria: Vec<CriterionRow>,
}

impl CallForm {
    /// A new call: the statutory criteria and the default periods.
    pub fn blank() -> CallForm {
        let mode = Commissioning::default();
        CallForm {
            commissioning: mode.code().to_string(),
            criteria: rows_of(&statutory_criteria_for(mode)),
            correction_days: DEFAULT_CORRECTION_DAYS.to_string(),
            formal_check_days: DEFAULT_FORMAL_CHECK_DAYS.to_string(),
            ..CallForm::default()
        }
    }

    /// A stored call's input, as the form shows it.
    pub fn from_input(input: &CallInput, version: i32, zone: Tz) -> CallForm {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let instant = |t: Option<DateTime<Utc>>| t.map(|t| local_text(t, zone)).unwrap_or_default();
        let days = |d: Option<u32>, default: u32| d.unwrap_or(default).to_string();
        let mode = input.commissioning.unwrap_or_default();
        let criteria = match &input.criteria {
            Some(criteria) => keep_statutory(rows_of(criteria), mode),
            None => rows_of(&statutory_criteria_for(mode)),
        };
        CallForm {
            csrf: String::new(),
            version: version.to_string(),
            title: input.title.clone(),
            task_area: input.task_area.clone(),
            commissioning: mode.code().to_string(),
            description: input.description.clone(),
            budget: input.budget.clone(),
            min_grant: input.min_grant.clone(),
            max_grant: input.max_grant.clone(),
            min_own_contribution: input.min_own_contribution.clone(),
            admin_cost_cap: input.admin_cost_cap.clone(),
            opens_at: instant(input.opens_at),
            deadline: instant(input.deadline),
            realisation_start: day(input.realisation_start),
            realisation_end: day(input.realisation_end),
            correction_days: days(input.correction_days, DEFAULT_CORRECTION_DAYS),
            formal_check_days: days(input.formal_check_days, DEFAULT_FORMAL_CHECK_DAYS),
            required_attachments: input
                .required_attachments
                .iter()
                .map(|a| a.name.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            criteria,
        }
    }

    /// The posted fields (`criteria.3.max_points`): blank rows dropped, and the statutory
    /// criteria of the chosen mode kept, as the API prefills them.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> CallForm {
        let fields = Fields::new(pairs);
        let get = |k: &str| fields.get(k);
        let or = |k: &str, default: u32| fields.0.get(k).cloned().unwrap_or(default.to_string());
        let commissioning = fields
            .0
            .get("commissioning")
            .cloned()
            .unwrap_or_else(|| Commissioning::default().code().to_string());
        let mode = Commissioning::parse(&commissioning).unwrap_or_default();
        let criteria = posted_rows(&fields, mode);
        CallForm {
            csrf: get("csrf"),
            version: get("version"),
            title: get("title"),
            task_area: get("task_area"),
            commissioning,
            description: get("description"),
            budget: get("budget"),
            min_grant: get("min_grant"),
            max_grant: get("max_grant"),
            min_own_contribution: get("min_own_contribution"),
            admin_cost_cap: get("admin_cost_cap"),
            opens_at: get("opens_at"),
            deadline: get("deadline"),
            realisation_start: get("realisation_start"),
            realisation_end: get("realisation_end"),
            correction_days: or("correction_days", DEFAULT_CORRECTION_DAYS),
            formal_check_days: or("formal_check_days", DEFAULT_FORMAL_CHECK_DAYS),
            required_attachments: get("required_attachments"),
            criteria,
        }
    }

    /// Criteria rows to show: the filled ones, then blank ones to add a criterion.
    pub fn shown_criteria(&self) -> Vec<CriterionRow> {
        let mut rows = self.criteria.clone();
        rows.extend(std::iter::repeat_n(CriterionRow::default(), BLANK_CRITERIA));
        rows
    }

    /// The sum of the points that parse, shown under the table.
    pub fn total_points(&self) -> u32 {
        self.criteria
            .iter()
            .filter_map(|r| r.max_points.trim().parse::<u32>().ok())
            .fold(0, u32::saturating_add)
    }

    /// The domain's input: `base` (the stored call's input when editing) with the form's fields
    /// over it, so what the form does not show is kept. Problems only the form can see (local
    /// times, numbers that do not parse) come back too.
    pub fn to_input(&self, base: &CallInput, zone: Tz) -> (CallInput, Violations) {
        let mut v = Violations::new();
        let criteria = self
            .criteria
            .iter()
            .enumerate()
            .map(|(i, row)| Criterion {
                name: row.name.trim().to_string(),
                max_points: whole(
                    &mut v,
                    &format!("criteria[{i}].max_points"),
                    &row.max_points,
                    MAX_POINTS,
                )
                .unwrap_or(0),
                basis: row.basis.trim().to_string(),
                gate: !row.gate.is_empty(),
                // A blank weight is the usual 1; the domain refuses anything outside 1..=10.
                weight: whole(
                    &mut v,
                    &format!("criteria[{i}].weight"),
                    &row.weight,
                    MAX_WEIGHT,
                )
                .unwrap_or(1),
            })
            .collect();
        let commissioning = Commissioning::parse(&self.commissioning);
        if commissioning.is_none() {
            v.push("commissioning", Rule::InvalidValue);
        }
        let input = CallInput {
            title: self.title.clone(),
            task_area: self.task_area.clone(),
            commissioning: commissioning.or(base.commissioning),
            description: self.description.clone(),
            budget: self.budget.clone(),
            min_grant: self.min_grant.clone(),
            max_grant: self.max_grant.clone(),
            min_own_contribution: self.min_own_contribution.clone(),
            admin_cost_cap: self.admin_cost_cap.clone(),
            opens_at: instant(&mut v, "opens_at", &self.opens_at, base.opens_at, zone),
            deadline: instant(&mut v, "deadline", &self.deadline, base.deadline, zone),
            realisation_start: day(&mut v, "realisation_start", &self.realisation_start),
            realisation_end: day(&mut v, "realisation_end", &self.realisation_end),
            criteria: Some(criteria),
            required_attachments: attachments(
                &self.required_attachments,
                &base.required_attachments,
            ),
            correction_days: whole(
                &mut v,
                "correction_days",
                &self.correction_days,
                MAX_CORRECTION_DAYS,
            ),
            formal_check_days: whole(
                &mut v,
                "formal_check_days",
                &self.formal_check_days,
                MAX_FORMAL_CHECK_DAYS,
            ),
            ..base.clone()
        };
        (input, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn blank_criteria_rows_are_dropped_and_bad_points_named_by_their_row() {
        // The town's own rows come after the six statutory ones, which a post cannot drop.
        let form = CallForm::from_pairs(pairs(&[
            ("criteria.0.name", "Jakość"),
            ("criteria.0.max_points", "10"),
            ("criteria.1.name", ""),
            ("criteria.1.max_points", " "),
            ("criteria.2.name", "Innowacyjność"),
            ("criteria.2.max_points", "dużo"),
        ]));
        assert_eq!(form.criteria.len(), 6 + 2);
        assert_eq!(form.shown_criteria().len(), 8 + BLANK_CRITERIA);
        assert_eq!(form.total_points(), 60 + 10);
        let (input, v) = form.to_input(&CallInput::default(), WARSAW);
        assert_eq!(input.criteria.as_ref().map(Vec::len), Some(8));
        let fields: Vec<&str> = v.iter().map(|p| p.field.as_str()).collect();
        assert!(fields.contains(&"criteria[7].max_points"), "{fields:?}");
        assert_eq!(form.criteria[7].max_points, "dużo", "what was typed stays");
    }

    #[test]
    fn an_entrusting_call_keeps_five_statutory_criteria() {
        let form = CallForm::from_pairs(pairs(&[("commissioning", "entrusting")]));
        assert_eq!(form.criteria.len(), 5);
        let (input, v) = form.to_input(&CallInput::default(), WARSAW);
        assert!(!v.iter().any(|p| p.field.starts_with("commissioning")));
        assert_eq!(input.commissioning, Some(Commissioning::Entrusting));
        let (_, v) = CallForm::from_pairs(pairs(&[("commissioning", "both")]))
            .to_input(&CallInput::default(), WARSAW);
        assert_eq!(v.0[0].field, "commissioning");
    }

    #[test]
    fn a_post_without_criteria_keeps_the_statutory_ones_and_default_periods() {
        let form = CallForm::from_pairs(pairs(&[("title", "Kultura")]));
        assert_eq!(form.criteria.len(), 6);
        let (input, _) = form.to_input(&CallInput::default(), WARSAW);
        assert_eq!(input.correction_days, Some(DEFAULT_CORRECTION_DAYS));
        assert_eq!(input.formal_check_days, Some(DEFAULT_FORMAL_CHECK_DAYS));
    }

    #[test]
    fn the_repeated_autumn_hour_survives_an_unchanged_save() {
        // 02:30 CET on 31 October 2027, the second time the clock shows 02:30 in Warsaw.
        let second = Utc
            .with_ymd_and_hms(2027, 10, 31, 1, 30, 0)
            .single()
            .expect("instant");
        let stored = CallInput {
            deadline: Some(second),
            ..CallInput::default()
        };
        let form = CallForm::from_input(&stored, 1, WARSAW);
        assert_eq!(form.deadline, "2027-10-31T02:30");
        let (input, _) = form.to_input(&stored, WARSAW);
        assert_eq!(input.deadline, Some(second));
        let mut typed = form.clone();
        typed.deadline = "2027-03-28T02:30".into();
        let (_, v) = typed.to_input(&stored, WARSAW);
        assert!(
            v.iter().any(|p| p.field == "deadline"),
            "a time that does not exist"
        );
    }
}
