//! The report's pages laid out: the editor's rows (planned beside typed), the computed sums and
//! shares, the messages beside the fields and in the summary; the same rows read-only for the
//! review and the submitted report.

use super::form::anchor;
use crate::pages::form::LabelledError;
use crate::pages::guard::SignedIn;
use crate::pages::texts::text;
use granty_domain::report::{ReportInput, ReportSummary};
use granty_domain::{Language, Violations};
use granty_i18n::format::{date, money, percent};
use granty_i18n::rule_message;
use granty_store::reports::ReportView;
use serde::Serialize;
use std::collections::BTreeMap;

/// The report's rows and sums as a page shows them.
#[derive(Serialize)]
pub struct Shown {
    pub id: i64,
    pub agreement_id: i64,
    pub agreement_number: String,
    pub task_title: String,
    pub kind: &'static str,
    pub state: &'static str,
    pub state_code: &'static str,
    pub period: String,
    pub due_on: String,
    pub lock_version: i32,
    pub version_no: i32,
    pub editable: bool,
    pub years: Vec<i32>,
    pub results: Vec<ResultRow>,
    pub actions: Vec<ActionRow>,
    pub lines: Vec<LineRow>,
    pub totals: BTreeMap<&'static str, String>,
    pub year_totals: Vec<String>,
    pub sources: Vec<SourceRow>,
    pub content: ReportInput,
    pub documents_required: bool,
    pub documents: Vec<DocumentRow>,
}

#[derive(Serialize)]
pub struct ResultRow {
    i: usize,
    name: String,
    planned_value: String,
    achieved_value: String,
    source: String,
}

#[derive(Serialize)]
pub struct ActionRow {
    i: usize,
    name: String,
    description: String,
    deviations: String,
}

#[derive(Serialize)]
pub struct LineRow {
    i: usize,
    number: String,
    name: String,
    planned: String,
    /// As typed, one per year of the report.
    year_values: Vec<String>,
    actual: String,
    /// As typed (the editor's field).
    grant_part: String,
    /// As computed, formatted (the read page and the review).
    grant_used: String,
    difference: String,
}

#[derive(Serialize)]
pub struct SourceRow {
    code: &'static str,
    planned: String,
    planned_share: String,
    /// As typed; `None` for the computed row (own non-financial means).
    typed: Option<String>,
    actual: String,
    actual_share: String,
}

#[derive(Serialize)]
pub struct DocumentRow {
    i: usize,
    number: String,
    date: String,
    issuer: String,
    cost_line: String,
    amount: String,
    grant_part: String,
}

/// The report as shown, with `content` as typed (what was just posted when a save failed).
pub fn shown(r: &ReportView, content: &ReportInput, lang: Language) -> Shown {
    let s = &r.summary;
    Shown {
        id: r.id,
        agreement_id: r.agreement_id,
        agreement_number: r.agreement_number.clone(),
        task_title: r.task_title.clone(),
        kind: text(lang, &format!("report_kind_{}", r.kind.code())),
        state: text(lang, &format!("report_state_{}", r.state.code())),
        state_code: r.state.code(),
        period: format!(
            "{} – {}",
            date(r.period_from, lang),
            date(r.period_to, lang)
        ),
        due_on: date(r.due_on, lang),
        lock_version: r.lock_version,
        version_no: r.version_no,
        editable: r.editable,
        years: s.years.clone(),
        results: results(r, content),
        actions: actions(r, content),
        lines: lines(s, content, lang),
        totals: totals(s, lang),
        year_totals: s.year_totals.iter().map(|m| money(*m, lang)).collect(),
        sources: sources(s, content, lang),
        documents_required: r.documents_required,
        documents: documents(content, r.editable),
        content: content.clone(),
    }
}

fn results(r: &ReportView, content: &ReportInput) -> Vec<ResultRow> {
    r.planned_results
        .iter()
        .enumerate()
        .map(|(i, plan)| {
            let typed = content.results.get(i).cloned().unwrap_or_default();
            ResultRow {
                i,
                name: plan.name.clone(),
                planned_value: plan.planned_value.clone(),
                achieved_value: typed.achieved_value,
                source: typed.source,
            }
        })
        .collect()
}

fn actions(r: &ReportView, content: &ReportInput) -> Vec<ActionRow> {
    r.planned_actions
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let typed = content.actions.get(i).cloned().unwrap_or_default();
            ActionRow {
                i,
                name: name.clone(),
                description: typed.description,
                deviations: typed.deviations,
            }
        })
        .collect()
}

fn lines(s: &ReportSummary, content: &ReportInput, lang: Language) -> Vec<LineRow> {
    s.lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let typed = content.costs.get(i).cloned().unwrap_or_default();
            LineRow {
                i,
                number: line.number.clone(),
                name: line.name.clone(),
                planned: money(line.planned, lang),
                year_values: (0..s.years.len())
                    .map(|y| typed.year_values.get(y).cloned().unwrap_or_default())
                    .collect(),
                actual: money(line.actual, lang),
                grant_part: typed.grant_part,
                grant_used: money(line.grant_part, lang),
                difference: money(line.difference, lang),
            }
        })
        .collect()
}

/// The computed totals by key; the script replaces `[data-total=key]` with the saved values.
pub fn totals(s: &ReportSummary, lang: Language) -> BTreeMap<&'static str, String> {
    let mut totals = BTreeMap::new();
    for (key, amount) in [
        ("planned_total", s.planned_total),
        ("actual_total", s.actual_total),
        ("lines_grant", s.lines_grant),
        ("sources_total", s.sources_total),
        ("grant_used", s.grant_used),
        ("grant_paid", s.grant_paid),
        ("other_income", s.other_income),
        ("bank_interest", s.bank_interest),
        ("documents_grant", s.documents_grant),
    ] {
        totals.insert(key, money(amount, lang));
    }
    for row in &s.sources {
        totals.insert(row.code, money(row.actual, lang));
    }
    totals
}

fn sources(s: &ReportSummary, content: &ReportInput, lang: Language) -> Vec<SourceRow> {
    let t = &content.sources;
    s.sources
        .iter()
        .map(|row| SourceRow {
            code: row.code,
            planned: row.planned.map(|m| money(m, lang)).unwrap_or_default(),
            planned_share: row
                .planned_share
                .map(|p| percent(p, lang))
                .unwrap_or_default(),
            typed: match row.code {
                "grant" => Some(t.grant.clone()),
                "own_financial" => Some(t.own_financial.clone()),
                "own_personal" => Some(t.own_personal.clone()),
                "own_in_kind" => Some(t.own_in_kind.clone()),
                "participant_fees" => Some(t.participant_fees.clone()),
                "other_public_funds" => Some(t.other_public_funds.clone()),
                _ => None,
            },
            actual: money(row.actual, lang),
            actual_share: percent(row.actual_share, lang),
        })
        .collect()
}

/// The documents as typed, and one blank row to add another while editing.
fn documents(content: &ReportInput, editable: bool) -> Vec<DocumentRow> {
    let mut rows: Vec<DocumentRow> = content
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| DocumentRow {
            i,
            number: d.number.clone(),
            date: d.date.map(|d| d.to_string()).unwrap_or_default(),
            issuer: d.issuer.clone(),
            cost_line: d.cost_line.map(|n| n.to_string()).unwrap_or_default(),
            amount: d.amount.clone(),
            grant_part: d.grant_part.clone(),
        })
        .collect();
    if editable {
        let i = rows.len();
        rows.push(DocumentRow {
            i,
            number: String::new(),
            date: String::new(),
            issuer: String::new(),
            cost_line: String::new(),
            amount: String::new(),
            grant_part: String::new(),
        });
    }
    rows
}

/// The messages beside the fields (by input id) and the summary's list, first message per field.
pub fn errors(
    problems: &Violations,
    signed: &SignedIn,
) -> (BTreeMap<String, String>, Vec<LabelledError>) {
    let mut by_field = BTreeMap::new();
    let mut summary = Vec::new();
    for v in problems.iter() {
        let message = rule_message(&v.rule, signed.lang);
        let field = anchor(&v.field);
        if by_field.contains_key(&field) {
            continue;
        }
        by_field.insert(field.clone(), message.clone());
        summary.push(LabelledError {
            label: text(signed.lang, "there_is_a_problem").to_string(),
            field,
            message,
        });
    }
    (by_field, summary)
}
