//! The rules a report must meet before it is submitted (art. 18; Annex 5), each violation tied
//! to the field that breaks it.

use super::{compute_report, ReportContext, ReportInput, ReportSummary};
use crate::money::parse_fixed;
use crate::violation::{Rule, Violations};

const LONG_TEXT: usize = 10_000;
const SHORT_TEXT: usize = 300;

/// Every rule a report must meet to be submitted; an empty result means it may be submitted.
pub fn check_report(input: &ReportInput, ctx: &ReportContext<'_>) -> (ReportSummary, Violations) {
    let (summary, mut v) = compute_report(input, ctx);
    check_period(&mut v, ctx);
    v.text("results_description", &input.results_description, LONG_TEXT);
    check_results(&mut v, input, ctx);
    check_actions(&mut v, input, ctx);
    check_money(&mut v, &summary);
    let non_financial = summary
        .sources
        .iter()
        .find(|s| s.code == "own_non_financial");
    if non_financial.is_some_and(|s| s.actual.minor > 0) {
        // Art. 18 ust. 1: the report informs on the personal and in-kind contribution.
        v.text(
            "contribution_description",
            &input.contribution_description,
            LONG_TEXT,
        );
    } else {
        v.optional_text(
            "contribution_description",
            &input.contribution_description,
            LONG_TEXT,
        );
    }
    v.optional_text(
        "additional_information",
        &input.additional_information,
        LONG_TEXT,
    );
    if summary.other_income.minor > 0 {
        v.text(
            "other_income.other_description",
            &input.other_income.other_description,
            2000,
        );
    } else {
        v.optional_text(
            "other_income.other_description",
            &input.other_income.other_description,
            2000,
        );
    }
    check_documents(&mut v, input, ctx, &summary);
    let d = &input.declarations;
    for (name, given) in [
        ("status_unchanged", d.status_unchanged),
        ("information_true", d.information_true),
        ("gdpr_statements_obtained", d.gdpr_statements_obtained),
    ] {
        if !given {
            v.push(format!("declarations.{name}"), Rule::DeclarationRequired);
        }
    }
    (summary, v)
}

/// The report covers part of the task (art. 18: a budget year, or the whole task).
fn check_period(v: &mut Violations, ctx: &ReportContext<'_>) {
    let (from, to) = (ctx.terms.starts_on, ctx.terms.ends_on);
    if ctx.period_to < ctx.period_from {
        v.push("period_to", Rule::EndBeforeStart);
    }
    for (field, day) in [
        ("period_from", ctx.period_from),
        ("period_to", ctx.period_to),
    ] {
        if day < from || day > to {
            v.push(field, Rule::DateOutsideWindow { from, to });
        }
    }
}

/// One row per planned result; where the offer planned a number, the achieved value is one too.
fn check_results(v: &mut Violations, input: &ReportInput, ctx: &ReportContext<'_>) {
    let planned = ctx.planned_results;
    if input.results.len() > planned.len() {
        v.push("results", Rule::TooManyItems { max: planned.len() });
    }
    for (i, plan) in planned.iter().enumerate() {
        let row = input.results.get(i).cloned().unwrap_or_default();
        let field = format!("results[{i}].achieved_value");
        let achieved = v.text(&field, &row.achieved_value, SHORT_TEXT);
        let numeric = parse_fixed(&plan.planned_value, 2).is_ok();
        if numeric && !achieved.is_empty() && parse_fixed(&achieved, 2).is_err() {
            v.push(field, Rule::InvalidNumber);
        }
        v.text(&format!("results[{i}].source"), &row.source, 1000);
    }
}

/// Each action of the schedule is described as carried out; deviations are explained there.
fn check_actions(v: &mut Violations, input: &ReportInput, ctx: &ReportContext<'_>) {
    let planned = ctx.planned_actions.len();
    if input.actions.len() > planned {
        v.push("actions", Rule::TooManyItems { max: planned });
    }
    for i in 0..planned {
        let row = input.actions.get(i).cloned().unwrap_or_default();
        v.text(&format!("actions[{i}].description"), &row.description, 5000);
        v.optional_text(&format!("actions[{i}].deviations"), &row.deviations, 5000);
    }
}

/// The sums add up, no line's grant part exceeds its expenses, and no more grant is reported
/// used than was paid (ufp art. 252: more would be grant taken in excessive amount).
fn check_money(v: &mut Violations, s: &ReportSummary) {
    for (i, line) in s.lines.iter().enumerate() {
        if line.grant_part.minor > line.actual.minor {
            v.push(
                format!("costs[{i}].grant_part"),
                Rule::GrantPartAboveLine { line: line.actual },
            );
        }
    }
    if s.sources_total != s.actual_total {
        v.push(
            "sources",
            Rule::TotalsDiffer {
                costs: s.actual_total,
                sources: s.sources_total,
            },
        );
    }
    if s.lines_grant != s.grant_used {
        v.push(
            "costs",
            Rule::ReportGrantPartsSum {
                grant: s.grant_used,
            },
        );
    }
    if s.grant_used.minor > s.grant_paid.minor {
        v.push(
            "sources.grant",
            Rule::GrantUsedAbovePaid { paid: s.grant_paid },
        );
    }
}

/// The list of financial documents: where the town asks for it, it is there and its grant parts
/// add up to the grant used; any document given is complete and dated within the task.
fn check_documents(
    v: &mut Violations,
    input: &ReportInput,
    ctx: &ReportContext<'_>,
    s: &ReportSummary,
) {
    if ctx.documents_required && input.documents.is_empty() {
        v.push("documents", Rule::Required);
    }
    if input.documents.len() > MAX_DOCUMENTS {
        v.push("documents", Rule::TooManyItems { max: MAX_DOCUMENTS });
    }
    let (from, to) = (ctx.terms.starts_on, ctx.terms.ends_on);
    for (i, doc) in input.documents.iter().enumerate() {
        let f = |name: &str| format!("documents[{i}].{name}");
        v.text(&f("number"), &doc.number, 100);
        v.text(&f("issuer"), &doc.issuer, SHORT_TEXT);
        match doc.date {
            None => v.push(f("date"), Rule::Required),
            Some(day) if day < from || day > to => {
                v.push(f("date"), Rule::DateOutsideWindow { from, to });
            }
            Some(_) => {}
        }
        if doc
            .cost_line
            .is_some_and(|no| no == 0 || no > s.lines.len())
        {
            v.push(f("cost_line"), Rule::UnknownReference);
        }
        let amount = parse_fixed(&doc.amount, 2).ok();
        let grant = parse_fixed(&doc.grant_part, 2).ok();
        if let (Some(amount), Some(grant)) = (amount, grant) {
            if grant > amount {
                let amount = crate::Money::new(amount, s.currency);
                v.push(f("grant_part"), Rule::DocumentGrantAboveAmount { amount });
            }
        }
    }
    if ctx.documents_required && !input.documents.is_empty() && s.documents_grant != s.grant_used {
        v.push(
            "documents",
            Rule::DocumentsGrantSum {
                grant: s.grant_used,
            },
        );
    }
}

/// The most documents a report lists.
const MAX_DOCUMENTS: usize = 2000;
