//! The editor's cost table (a value per line, a column per year of a multi-year task, blank rows
//! to add lines) and the call's money limits shown beside the sums.

use crate::pages::texts::text;
use crate::pages::views::offer::Total;
use granty_domain::call::CallTerms;
use granty_domain::offer::{CostCategory, CostLineInput, CostSummary, OfferInput};
use granty_domain::Language;
use granty_i18n::format::{money, percent};
use serde::Serialize;

#[derive(Serialize, Default)]
pub struct CostRow {
    i: usize,
    no: usize,
    number: String,
    category: &'static str,
    action_no: String,
    name: String,
    unit: String,
    unit_cost: String,
    quantity: String,
    value: String,
    grant_part: String,
    /// One cell per year of a multi-year task.
    year_values: Vec<YearCell>,
}

#[derive(Serialize)]
pub struct YearCell {
    y: usize,
    year: i32,
    value: String,
}

/// A year's cells of one line: what was typed for each year of a multi-year task.
fn year_cells(years: &[i32], typed: &[String]) -> Vec<YearCell> {
    years
        .iter()
        .enumerate()
        .map(|(y, year)| YearCell {
            y,
            year: *year,
            value: typed.get(y).cloned().unwrap_or_default(),
        })
        .collect()
}

/// Line `i` as typed, with its number and value computed by the domain.
fn typed_row(
    i: usize,
    c: &CostLineInput,
    summary: &CostSummary,
    years: &[i32],
    lang: Language,
) -> CostRow {
    let computed = summary.lines.get(i);
    CostRow {
        i,
        no: i + 1,
        number: computed.map(|l| l.number.clone()).unwrap_or_default(),
        category: if c.category == CostCategory::Administrative {
            "administrative"
        } else {
            "action"
        },
        action_no: c.action_no.map(|n| n.to_string()).unwrap_or_default(),
        name: c.name.clone(),
        unit: c.unit.clone(),
        unit_cost: c.unit_cost.clone(),
        quantity: c.quantity.clone(),
        value: computed.map(|l| money(l.value, lang)).unwrap_or_default(),
        grant_part: c.grant_part.clone(),
        year_values: year_cells(years, &c.year_values),
    }
}

/// The cost table's rows with their computed values, a column per year for multi-year tasks
/// (the years come back too), and blank rows to add lines.
pub fn cost_rows(
    content: &OfferInput,
    summary: &CostSummary,
    blanks: usize,
    lang: Language,
) -> (Vec<i32>, Vec<CostRow>) {
    // Years come from the dates on screen; a one-year task has no columns to fill.
    let years: Vec<i32> = if summary.years.len() > 1 {
        summary.years.clone()
    } else {
        vec![]
    };
    let typed = content.costs.iter().enumerate();
    let blank = (content.costs.len()..content.costs.len() + blanks).map(|i| CostRow {
        i,
        no: i + 1,
        category: "action",
        year_values: year_cells(&years, &[]),
        ..CostRow::default()
    });
    let rows = typed
        .map(|(i, c)| typed_row(i, c, summary, &years, lang))
        .chain(blank)
        .collect();
    (years, rows)
}

/// The call's money rules, shown next to the sums they limit.
pub fn limits(terms: &CallTerms, lang: Language) -> Vec<Total> {
    let row = |key: &'static str, value| Total {
        key: key.to_string(),
        label: text(lang, key).to_string(),
        value,
    };
    let rule = terms.own_contribution;
    let mut rows = vec![row(
        "limit_grant",
        format!(
            "{}\u{a0}– {}",
            money(terms.min_grant, lang),
            money(terms.max_grant, lang)
        ),
    )];
    if rule.min_total.basis_points() != 0 {
        rows.push(row("limit_own_contribution", percent(rule.min_total, lang)));
    }
    if rule.min_financial.basis_points() != 0 {
        rows.push(row(
            "limit_own_financial",
            percent(rule.min_financial, lang),
        ));
    }
    if rule.min_non_financial.basis_points() != 0 {
        rows.push(row(
            "limit_own_non_financial",
            percent(rule.min_non_financial, lang),
        ));
    }
    if let Some(cap) = terms.admin_cost_cap {
        rows.push(row("limit_admin_costs", percent(cap, lang)));
    }
    rows
}
