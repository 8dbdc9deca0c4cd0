//! The clerk's call form as a page: the fields with their labels and errors, the criteria as a
//! table of rows with blank rows to add one, the total of points, and the error summary linking
//! to each field.

use super::criteria::CriterionRow;
use super::form::CallForm;
use crate::pages::form::LabelledError;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::{Language, Violations};
use granty_i18n::rule_message;
use serde::Serialize;
use std::collections::BTreeMap;

/// (field, label key, input type, hint key)
const FIELDS: &[(&str, &str, &str, Option<&str>)] = &[
    ("title", "call_title", "text", None),
    ("task_area", "task_area", "text", None),
    (
        "commissioning",
        "commissioning",
        "select",
        Some("commissioning_hint"),
    ),
    ("description", "description", "textarea", None),
    ("budget", "budget", "text", Some("amount_hint")),
    ("min_grant", "min_grant", "text", None),
    ("max_grant", "max_grant", "text", None),
    ("min_own_contribution", "min_own_contribution", "text", None),
    ("admin_cost_cap", "admin_cost_cap", "text", None),
    ("opens_at", "opens_at", "datetime-local", None),
    ("deadline", "deadline_local", "datetime-local", None),
    ("realisation_start", "realisation_start", "date", None),
    ("realisation_end", "realisation_end", "date", None),
    ("correction_days", "correction_days", "number", None),
    ("formal_check_days", "formal_check_days", "number", None),
    (
        "required_attachments",
        "required_attachments",
        "textarea",
        Some("required_attachments_hint"),
    ),
];

/// The columns of a criteria row: (field, label key, input mode).
/// A column of the criteria table: (field, label key, input mode).
type Column = (&'static str, &'static str, &'static str);

const CRITERION_COLUMNS: &[Column] = &[
    ("name", "criterion_name", "text"),
    ("max_points", "criterion_points", "numeric"),
    ("basis", "criterion_basis", "text"),
    ("weight", "criterion_weight_label", "numeric"),
    ("gate", "criterion_gate_label", "checkbox"),
];

/// Which form this is: a new call, or the edit of a stored one.
#[derive(Clone, Copy)]
pub enum Mode {
    New,
    Edit(i64),
}

/// `criteria[2].max_points` → `criteria-2-max_points`, the id of its input; other rows'
/// problems (`required_attachments[1].code`) point at their whole field.
fn anchor(field: &str) -> String {
    if field.starts_with("criteria[") {
        field.replace("].", "-").replace('[', "-").replace(']', "")
    } else {
        field.split('[').next().unwrap_or(field).to_string()
    }
}

/// What the error summary calls a field.
fn label(anchor: &str, lang: Language) -> String {
    let mut parts = anchor.split('-');
    if let (Some("criteria"), Some(row), Some(column)) = (parts.next(), parts.next(), parts.next())
    {
        let column = CRITERION_COLUMNS
            .iter()
            .find(|(c, ..)| *c == column)
            .map(|(_, l, _)| text(lang, l))
            .unwrap_or("");
        let no = row.parse::<usize>().map(|r| r + 1).unwrap_or(0);
        return format!("{} {no}: {column}", text(lang, "criterion"));
    }
    FIELDS
        .iter()
        .find(|(n, ..)| *n == anchor)
        .map(|(_, l, ..)| text(lang, l))
        .unwrap_or(if anchor == "criteria" {
            text(lang, "criteria")
        } else {
            ""
        })
        .to_string()
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    kind: &'static str,
    value: String,
    error: Option<String>,
    /// The choices of a select; empty for other fields.
    options: Vec<Choice>,
}

#[derive(Serialize)]
struct Choice {
    value: &'static str,
    label: &'static str,
}

/// The modes of commissioning (art. 11 ust. 1) the select offers: (value, label id).
const MODES: &[(&str, &str)] = &[
    ("supporting", "commissioning_supporting"),
    ("entrusting", "commissioning_entrusting"),
];

fn options(name: &str, lang: Language) -> Vec<Choice> {
    match name {
        "commissioning" => MODES
            .iter()
            .map(|(value, label)| Choice {
                value,
                label: text(lang, label),
            })
            .collect(),
        _ => vec![],
    }
}

#[derive(Serialize)]
struct Cell {
    id: String,
    name: String,
    label: String,
    inputmode: &'static str,
    value: String,
    error: Option<String>,
    /// A statutory criterion's name and basis are fixed: only its points change.
    readonly: bool,
}

#[derive(Serialize)]
struct CallFormPage<'a> {
    heading: &'static str,
    action: String,
    version: &'a str,
    fields: Vec<Field>,
    criteria: Vec<Vec<Cell>>,
    criteria_error: Option<String>,
    total_points: u32,
    errors: Vec<LabelledError>,
    notice: Option<&'a str>,
}

/// The summary's links and the first message of each field (by the id of its input).
fn error_summary(
    violations: &Violations,
    lang: Language,
) -> (Vec<LabelledError>, BTreeMap<String, String>) {
    let mut by_anchor = BTreeMap::new();
    let errors = violations
        .iter()
        .map(|v| {
            let field = anchor(&v.field);
            let message = rule_message(&v.rule, lang);
            by_anchor
                .entry(field.clone())
                .or_insert_with(|| message.clone());
            LabelledError {
                label: label(&field, lang),
                field,
                message,
            }
        })
        .collect();
    (errors, by_anchor)
}

fn fields(form: &CallForm, by_anchor: &BTreeMap<String, String>, lang: Language) -> Vec<Field> {
    let values = serde_json::to_value(form).unwrap_or_default();
    FIELDS
        .iter()
        .map(|(name, label, kind, hint)| Field {
            name,
            label: text(lang, label),
            hint: hint.map(|h| text(lang, h)),
            kind,
            value: values[*name].as_str().unwrap_or_default().to_string(),
            error: by_anchor.get(*name).cloned(),
            options: options(name, lang),
        })
        .collect()
}

/// The criteria table: a row of cells per criterion, blank rows after the filled ones.
fn criteria(
    form: &CallForm,
    by_anchor: &BTreeMap<String, String>,
    lang: Language,
) -> Vec<Vec<Cell>> {
    let cell = |i: usize, row: &CriterionRow, (column, label, inputmode): &Column| {
        let id = format!("criteria-{i}-{column}");
        let no = i + 1;
        Cell {
            name: format!("criteria.{i}.{column}"),
            label: format!("{} {no}: {}", text(lang, "criterion"), text(lang, label)),
            inputmode,
            value: match *column {
                "name" => row.name.clone(),
                "max_points" => row.max_points.clone(),
                "weight" => row.weight.clone(),
                "gate" => row.gate.clone(),
                _ => row.basis.clone(),
            },
            error: by_anchor.get(&id).cloned(),
            // A statutory criterion keeps its name and basis and is never pass/fail; its points
            // and weight change.
            readonly: row.statutory_point().is_some()
                && !matches!(*column, "max_points" | "weight"),
            id,
        }
    };
    form.shown_criteria()
        .iter()
        .enumerate()
        .map(|(i, row)| {
            CRITERION_COLUMNS
                .iter()
                .map(|column| cell(i, row, column))
                .collect()
        })
        .collect()
}

pub fn form_page(
    signed: &SignedIn,
    mode: Mode,
    form: &CallForm,
    violations: &Violations,
    notice: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang: Language = signed.lang;
    let (errors, by_anchor) = error_summary(violations, lang);
    let (heading, action) = match mode {
        Mode::New => ("new_call", "/clerk/calls/new".to_string()),
        Mode::Edit(id) => ("edit_call", format!("/clerk/calls/{id}/edit")),
    };
    let page = CallFormPage {
        heading: text(lang, heading),
        action,
        version: &form.version,
        fields: fields(form, &by_anchor, lang),
        criteria: criteria(form, &by_anchor, lang),
        criteria_error: by_anchor.get("criteria").cloned(),
        total_points: form.total_points(),
        errors,
        notice,
    };
    render(status, "clerk_call_form.html", &signed.frame, &page)
}
