//! The clerk's call form, both ways: a call's input laid out as text fields (times in the town's
//! local zone, criteria as rows, attachments as names one per line), and posted fields read back
//! into the domain's input. What was typed is kept as text so an error never loses it.

use crate::pages::form::Fields;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use granty_domain::call::{
    statutory_criteria, CallInput, Criterion, RequiredAttachment, DEFAULT_CORRECTION_DAYS,
    DEFAULT_FORMAL_CHECK_DAYS, MAX_CORRECTION_DAYS, MAX_FORMAL_CHECK_DAYS, MAX_POINTS,
};
use granty_domain::{Rule, Violations};
use serde::Serialize;
use std::collections::HashSet;

/// Blank criteria rows shown after the filled ones, so a criterion can be added without JavaScript.
pub const BLANK_CRITERIA: usize = 2;

/// One criterion as typed.
#[derive(Serialize, Default, Clone, Debug, PartialEq)]
pub struct CriterionRow {
    pub name: String,
    pub max_points: String,
    pub basis: String,
}

impl CriterionRow {
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.max_points.trim().is_empty()
            && self.basis.trim().is_empty()
    }
}

/// The form as typed. The simple fields serialize under their input names.
#[derive(Serialize, Default, Clone, Debug)]
pub struct CallForm {
    #[serde(skip)]
    pub csrf: String,
    #[serde(skip)]
    pub version: String,
    pub title: String,
    pub task_area: String,
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

/// An instant as a `datetime-local` value in the town's zone.
fn local_text(instant: DateTime<Utc>, zone: Tz) -> String {
    instant
        .with_timezone(&zone)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

fn rows_of(criteria: &[Criterion]) -> Vec<CriterionRow> {
    criteria
        .iter()
        .map(|c| CriterionRow {
            name: c.name.clone(),
            max_points: c.max_points.to_string(),
            basis: c.basis.clone(),
        })
        .collect()
}

impl CallForm {
    /// A new call: the statutory criteria and the default periods.
    pub fn blank() -> CallForm {
        CallForm {
            criteria: rows_of(&statutory_criteria()),
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
        CallForm {
            csrf: String::new(),
            version: version.to_string(),
            title: input.title.clone(),
            task_area: input.task_area.clone(),
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
            criteria: rows_of(input.criteria.as_deref().unwrap_or(&statutory_criteria())),
        }
    }

    /// The posted fields (`criteria.3.max_points`). A post without any criteria row keeps the
    /// statutory ones, as the API does; blank rows are dropped.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> CallForm {
        let fields = Fields::new(pairs);
        let get = |k: &str| fields.get(k);
        let or = |k: &str, default: u32| fields.0.get(k).cloned().unwrap_or(default.to_string());
        let criteria = match fields.rows("criteria", 200) {
            0 => rows_of(&statutory_criteria()),
            rows => (0..rows)
                .map(|i| CriterionRow {
                    name: get(&format!("criteria.{i}.name")),
                    max_points: get(&format!("criteria.{i}.max_points")),
                    basis: get(&format!("criteria.{i}.basis")),
                })
                .filter(|r| !r.is_blank())
                .collect(),
        };
        CallForm {
            csrf: get("csrf"),
            version: get("version"),
            title: get("title"),
            task_area: get("task_area"),
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
            })
            .collect();
        let input = CallInput {
            title: self.title.clone(),
            task_area: self.task_area.clone(),
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

/// A whole number of points or days; empty is `None` (the domain's default or its own error).
/// A whole number typed in a form; one that does not parse is reported with its allowed range.
fn whole(v: &mut Violations, field: &str, text: &str, max: u32) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.parse()
        .map_err(|_| v.push(field, Rule::WholeNumberBetween { min: 1, max }))
        .ok()
}

/// A `datetime-local` value in the town's zone, as an instant (DST included). An unchanged value
/// keeps the stored instant: the form shows minutes only, and in the autumn hour that happens
/// twice the local text alone cannot say which occurrence was stored.
fn instant(
    v: &mut Violations,
    field: &str,
    text: &str,
    stored: Option<DateTime<Utc>>,
    zone: Tz,
) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Some(stored) = stored.filter(|s| local_text(*s, zone) == text) {
        return Some(stored);
    }
    if text.is_empty() {
        v.push(field, Rule::Required);
        return None;
    }
    let parsed = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"));
    let Ok(local) = parsed else {
        v.push(field, Rule::InvalidValue);
        return None;
    };
    // In the autumn hour that happens twice, the first occurrence is meant.
    match zone.from_local_datetime(&local).earliest() {
        Some(instant) => Some(instant.with_timezone(&Utc)),
        None => {
            v.push(field, Rule::InvalidValue);
            None
        }
    }
}

fn day(v: &mut Violations, field: &str, text: &str) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| v.push(field, Rule::InvalidValue))
        .ok()
}

/// One attachment per non-empty line. A name that was already required keeps its code, because
/// offers upload their files under it; new names get a fresh code unlike any other.
fn attachments(text: &str, existing: &[RequiredAttachment]) -> Vec<RequiredAttachment> {
    let names: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut unclaimed: Vec<&RequiredAttachment> = existing.iter().collect();
    let mut codes: Vec<Option<String>> = names
        .iter()
        .map(|name| {
            let found = unclaimed.iter().position(|a| a.name.trim() == *name)?;
            Some(unclaimed.remove(found).code.clone())
        })
        .collect();
    let mut used: HashSet<String> = codes.iter().flatten().cloned().collect();
    for (i, code) in codes.iter_mut().enumerate() {
        if code.is_none() {
            let base = attachment_code(names[i], i);
            let mut candidate = base.clone();
            let mut n = 2;
            while used.contains(&candidate) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            used.insert(candidate.clone());
            *code = Some(candidate);
        }
    }
    names
        .iter()
        .zip(codes)
        .map(|(name, code)| RequiredAttachment {
            code: code.unwrap_or_default(),
            name: name.to_string(),
        })
        .collect()
}

/// A short code for an attachment name ("Statut organizacji" → "statut-organizacji").
fn attachment_code(name: &str, index: usize) -> String {
    let code: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let code: String = code.chars().take(40).collect();
    if code.is_empty() {
        format!("zalacznik-{}", index + 1)
    } else {
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WARSAW: Tz = chrono_tz::Europe::Warsaw;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn blank_criteria_rows_are_dropped_and_bad_points_named_by_their_row() {
        let form = CallForm::from_pairs(pairs(&[
            ("criteria.0.name", "Jakość"),
            ("criteria.0.max_points", "10"),
            ("criteria.1.name", ""),
            ("criteria.1.max_points", " "),
            ("criteria.2.name", "Innowacyjność"),
            ("criteria.2.max_points", "dużo"),
        ]));
        assert_eq!(form.criteria.len(), 2);
        assert_eq!(form.shown_criteria().len(), 2 + BLANK_CRITERIA);
        assert_eq!(form.total_points(), 10);
        let (input, v) = form.to_input(&CallInput::default(), WARSAW);
        assert_eq!(input.criteria.as_ref().map(Vec::len), Some(2));
        let fields: Vec<&str> = v.iter().map(|p| p.field.as_str()).collect();
        assert!(fields.contains(&"criteria[1].max_points"), "{fields:?}");
        assert_eq!(form.criteria[1].max_points, "dużo", "what was typed stays");
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
    fn unchanged_attachment_names_keep_their_codes() {
        let existing = vec![
            RequiredAttachment {
                code: "statut".into(),
                name: "Statut".into(),
            },
            RequiredAttachment {
                code: "krs".into(),
                name: "Odpis z KRS".into(),
            },
        ];
        let got = attachments("Statut!\nStatut\nPełnomocnictwo\n\n", &existing);
        let codes: Vec<&str> = got.iter().map(|a| a.code.as_str()).collect();
        assert_eq!(codes, ["statut-2", "statut", "pelnomocnictwo"]);
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
