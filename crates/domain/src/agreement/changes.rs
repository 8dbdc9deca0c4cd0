//! What an annex changes: the fields whose values differ between two versions of the terms,
//! each with the value before and after, as the annex lists them (and the PDF prints them).

use super::terms::{AgreementCostLine, AgreementTerms, Tranche};
use crate::Money;
use serde::{Deserialize, Serialize};

/// One changed field: `cost_lines.I.1.value`, `ends_on`, `tranches`…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Change {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// The changes from `before` to `after`, in the order of the terms' fields.
pub fn diff_terms(before: &AgreementTerms, after: &AgreementTerms) -> Vec<Change> {
    let mut changes = Vec::new();
    let mut note = |field: &str, was: String, is: String| {
        if was != is {
            changes.push(Change {
                field: field.to_string(),
                before: was,
                after: is,
            });
        }
    };
    note(
        "task_title",
        before.task_title.clone(),
        after.task_title.clone(),
    );
    note(
        "starts_on",
        before.starts_on.to_string(),
        after.starts_on.to_string(),
    );
    note(
        "ends_on",
        before.ends_on.to_string(),
        after.ends_on.to_string(),
    );
    note(
        "use_by",
        before.use_by.to_string(),
        after.use_by.to_string(),
    );
    note("grant", amount(before.grant), amount(after.grant));
    note(
        "own_financial",
        amount(before.own_financial),
        amount(after.own_financial),
    );
    let (was, is) = (before.own_non_financial, after.own_non_financial);
    note("own_non_financial", amount(was), amount(is));
    let (was, is) = (before.participant_fees, after.participant_fees);
    note("participant_fees", amount(was), amount(is));
    note(
        "bank_account",
        before.bank_account.clone(),
        after.bank_account.clone(),
    );
    note(
        "tranches",
        tranches(&before.tranches),
        tranches(&after.tranches),
    );
    for (field, was, is) in cost_line_changes(&before.cost_lines, &after.cost_lines) {
        note(&field, was, is);
    }
    changes
}

fn amount(money: Money) -> String {
    format!(
        "{} {}",
        crate::money::decimal_string(money.minor),
        money.currency
    )
}

fn tranches(list: &[Tranche]) -> String {
    list.iter()
        .map(|t| format!("{} {}", t.due_on, amount(t.amount)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Lines matched by their number: a changed value, a line added (before is empty) or removed
/// (after is empty).
fn cost_line_changes(
    before: &[AgreementCostLine],
    after: &[AgreementCostLine],
) -> Vec<(String, String, String)> {
    let find = |lines: &[AgreementCostLine], number: &str| {
        lines
            .iter()
            .find(|l| l.number == number)
            .map(|l| amount(l.value))
    };
    let mut numbers: Vec<&str> = before.iter().map(|l| l.number.as_str()).collect();
    for line in after {
        if !numbers.contains(&line.number.as_str()) {
            numbers.push(&line.number);
        }
    }
    numbers
        .into_iter()
        .map(|number| {
            (
                format!("cost_lines.{number}.value"),
                find(before, number).unwrap_or_default(),
                find(after, number).unwrap_or_default(),
            )
        })
        .collect()
}
