//! The report's sums (Annex 5, part II): the actual expenses per cost line and per year beside
//! the agreement's costs, the actual sources beside the planned ones with their shares of the
//! total, and the other income. Every figure is computed here, never taken from a client.

use super::{ReportContext, ReportInput};
use crate::call::amount_field;
use crate::money::{Currency, Money};
use crate::violation::{Rule, Violations};
use chrono::Datelike;
use serde::Serialize;

/// The most cost lines a report carries: as many as an offer may have.
const MAX_LINES: usize = 500;

/// One agreement cost line, planned against actual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct LineSummary {
    /// The agreement's numbering (`I.1.2`, `II.1`).
    pub number: String,
    pub name: String,
    /// The line's value in the agreement ("costs per agreement").
    pub planned: Money,
    pub planned_grant: Option<Money>,
    /// Actual expenses per year of the report, in the order of `years`.
    pub year_values: Vec<Money>,
    pub actual: Money,
    pub grant_part: Money,
    /// Actual less planned: positive when the line grew.
    pub difference: Money,
}

/// One source of financing (II.2), planned against actual; `planned` is `None` for rows the
/// agreement does not split out (it holds own non-financial means as one figure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SourceRow {
    /// `grant`, `own_financial`, `own_non_financial`, `own_personal`, `own_in_kind`,
    /// `participant_fees`, `other_public_funds`.
    pub code: &'static str,
    pub planned: Option<Money>,
    pub planned_share: Option<crate::Percent>,
    pub actual: Money,
    pub actual_share: crate::Percent,
}

/// Everything computed from a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReportSummary {
    pub currency: Currency,
    /// The calendar years of the report's period, one column each.
    pub years: Vec<i32>,
    pub lines: Vec<LineSummary>,
    pub year_totals: Vec<Money>,
    pub planned_total: Money,
    pub actual_total: Money,
    /// The lines' grant parts added up.
    pub lines_grant: Money,
    pub sources: Vec<SourceRow>,
    pub sources_total: Money,
    /// The grant reported as used (the sources' grant row).
    pub grant_used: Money,
    pub grant_paid: Money,
    pub bank_interest: Money,
    pub other_income: Money,
    pub documents_amount: Money,
    pub documents_grant: Money,
}

/// Computes every sum and share, and names the entries that cannot be read as amounts.
pub fn compute_report(input: &ReportInput, ctx: &ReportContext<'_>) -> (ReportSummary, Violations) {
    let currency = ctx.terms.grant.currency;
    let mut v = Violations::new();
    let years: Vec<i32> =
        (ctx.period_from.year()..=ctx.period_to.year().max(ctx.period_from.year())).collect();
    if input.costs.len() > ctx.terms.cost_lines.len().min(MAX_LINES) {
        let max = ctx.terms.cost_lines.len().min(MAX_LINES);
        v.push("costs", Rule::TooManyItems { max });
    }
    let lines: Vec<LineSummary> = ctx
        .terms
        .cost_lines
        .iter()
        .take(MAX_LINES)
        .enumerate()
        .map(|(i, line)| compute_line(&mut v, input, i, line, years.len(), currency))
        .collect();
    let year_totals = (0..years.len())
        .map(|y| {
            sum(
                &mut v,
                "costs",
                currency,
                lines.iter().map(|l| l.year_values[y]),
            )
        })
        .collect();
    let planned_total = sum(&mut v, "costs", currency, lines.iter().map(|l| l.planned));
    let actual_total = sum(&mut v, "costs", currency, lines.iter().map(|l| l.actual));
    let lines_grant = sum(
        &mut v,
        "costs",
        currency,
        lines.iter().map(|l| l.grant_part),
    );
    let (sources, sources_total) = sources(&mut v, input, ctx, actual_total);
    let amount = |v: &mut Violations, field: &str, text: &str| {
        amount_field(v, field, text, currency, false).unwrap_or(Money::zero(currency))
    };
    let bank_interest = amount(
        &mut v,
        "other_income.bank_interest",
        &input.other_income.bank_interest,
    );
    let other_income = amount(&mut v, "other_income.other", &input.other_income.other);
    let (documents_amount, documents_grant) = documents(&mut v, input, currency);
    let grant_used = sources[0].actual;
    let summary = ReportSummary {
        currency,
        years,
        lines,
        year_totals,
        planned_total,
        actual_total,
        lines_grant,
        sources,
        sources_total,
        grant_used,
        grant_paid: ctx.grant_paid,
        bank_interest,
        other_income,
        documents_amount,
        documents_grant,
    };
    (summary, v)
}

fn compute_line(
    v: &mut Violations,
    input: &ReportInput,
    i: usize,
    line: &crate::agreement::AgreementCostLine,
    years: usize,
    currency: Currency,
) -> LineSummary {
    let typed = input.costs.get(i).cloned().unwrap_or_default();
    if typed.year_values.len() > years {
        v.push(
            format!("costs[{i}].year_values"),
            Rule::YearValuesCount { expected: years },
        );
    }
    let year_values: Vec<Money> = (0..years)
        .map(|y| {
            let text = typed.year_values.get(y).map_or("", String::as_str);
            let field = format!("costs[{i}].year_values[{y}]");
            amount_field(v, &field, text, currency, false).unwrap_or(Money::zero(currency))
        })
        .collect();
    let field = format!("costs[{i}].grant_part");
    let grant_part = amount_field(v, &field, &typed.grant_part, currency, false)
        .unwrap_or(Money::zero(currency));
    let actual = sum(
        v,
        &format!("costs[{i}]"),
        currency,
        year_values.iter().copied(),
    );
    LineSummary {
        number: line.number.clone(),
        name: line.name.clone(),
        planned: line.value,
        planned_grant: line.grant_part,
        year_values,
        actual,
        grant_part,
        difference: Money::new(actual.minor - line.value.minor, currency),
    }
}

/// The sources table: the grant first (the settlement reads it as the grant used).
fn sources(
    v: &mut Violations,
    input: &ReportInput,
    ctx: &ReportContext<'_>,
    actual_total: Money,
) -> (Vec<SourceRow>, Money) {
    let terms = ctx.terms;
    let currency = terms.grant.currency;
    let s = &input.sources;
    let mut read = |code: &'static str, text: &str| {
        let field = format!("sources.{code}");
        (
            code,
            amount_field(v, &field, text, currency, false).unwrap_or(Money::zero(currency)),
        )
    };
    let typed = [
        read("grant", &s.grant),
        read("own_financial", &s.own_financial),
        read("own_personal", &s.own_personal),
        read("own_in_kind", &s.own_in_kind),
        read("participant_fees", &s.participant_fees),
        read("other_public_funds", &s.other_public_funds),
    ];
    let total = sum(v, "sources", currency, typed.iter().map(|(_, m)| *m));
    let non_financial = Money::new(typed[2].1.minor + typed[3].1.minor, currency);
    let planned_total = terms.total_sources().unwrap_or(Money::zero(currency));
    let planned = |code: &str| match code {
        "grant" => Some(terms.grant),
        "own_financial" => Some(terms.own_financial),
        "own_non_financial" => Some(terms.own_non_financial),
        "participant_fees" => Some(terms.participant_fees),
        _ => None,
    };
    let mut rows: Vec<(&'static str, Money)> = typed.to_vec();
    rows.insert(2, ("own_non_financial", non_financial));
    let rows = rows
        .into_iter()
        .map(|(code, actual)| SourceRow {
            code,
            planned: planned(code),
            planned_share: planned(code).map(|p| p.share_of(planned_total)),
            actual,
            actual_share: actual.share_of(actual_total),
        })
        .collect();
    (rows, total)
}

/// The documents' amounts and grant parts, added up.
fn documents(v: &mut Violations, input: &ReportInput, currency: Currency) -> (Money, Money) {
    let mut amounts = Vec::new();
    let mut grants = Vec::new();
    for (i, doc) in input.documents.iter().enumerate() {
        let f = |name: &str| format!("documents[{i}].{name}");
        amounts.push(
            amount_field(v, &f("amount"), &doc.amount, currency, true)
                .unwrap_or(Money::zero(currency)),
        );
        grants.push(
            amount_field(v, &f("grant_part"), &doc.grant_part, currency, false)
                .unwrap_or(Money::zero(currency)),
        );
    }
    (
        sum(v, "documents", currency, amounts),
        sum(v, "documents", currency, grants),
    )
}

/// A sum that must fit; when it does not, the field is named and zero stands in.
fn sum(
    v: &mut Violations,
    field: &str,
    currency: Currency,
    items: impl IntoIterator<Item = Money>,
) -> Money {
    Money::sum(currency, items).unwrap_or_else(|| {
        v.push(field, Rule::SumTooLarge);
        Money::zero(currency)
    })
}
