//! The report as filed, as a PDF: one submitted version (the latest by default) with its sums,
//! for the report's readers, in a language the town enables for documents.

use super::{allowed_language, iso_date, local_time, render, safe_file_part, Document, Pdf};
use crate::error::StoreResult;
use crate::reports::{filed, FiledReport};
use crate::{Actor, Db};
use granty_documents::data::report::{
    ActionRow, CostRow, DocumentRow, ReportData, ResultRow, SourceRow, Statements,
};
use granty_documents::data::{Amount, Share};
use granty_documents::{DocumentKind, Engine};
use granty_domain::agreement::PartyRole;
use granty_domain::report::LineSummary;
use granty_domain::Money;
use sea_orm::TransactionTrait;

/// Version `version_no` (the latest submitted when `None`) of report `id` in `language`. Dated
/// by the version's submission, so a version always gives the same bytes.
pub async fn report_pdf(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    id: i64,
    version_no: Option<i32>,
    language: &str,
) -> StoreResult<Pdf> {
    let txn = db.reader.begin().await?;
    let report = filed(&txn, actor, id, version_no).await?;
    allowed_language(&txn, actor, language).await?;
    txn.commit().await?;
    let data = report_data(&report, actor);
    let bytes = render(
        engine,
        Document {
            kind: DocumentKind::Report,
            tenant: &actor.tenant,
            language,
            data: &data,
            created_at: report.version.submitted_at,
            title: report.terms.task_title.clone(),
        },
    )?;
    Ok(Pdf {
        bytes,
        file_name: format!(
            "sprawozdanie-{}-v{}-{language}.pdf",
            safe_file_part(&report.agreement.number),
            report.version.version_no
        ),
    })
}

fn amount(money: Money) -> Amount {
    Amount::new(money.minor, money.currency.code())
}

/// The report's document data: the typed content as filed beside the domain's sums.
fn report_data(filed: &FiledReport, actor: &Actor) -> ReportData {
    let (content, summary) = (&filed.content, &filed.summary);
    let zero = Money::zero(summary.currency);
    ReportData {
        kind: filed.kind.code().into(),
        period_from: filed.report.period_from.to_string(),
        period_to: filed.report.period_to.to_string(),
        agreement_number: filed.agreement.number.clone(),
        concluded_on: iso_date(
            filed
                .agreement
                .signed_at
                .map(|at| at.with_timezone(&actor.tenant.time_zone).date_naive()),
        ),
        authority: actor.tenant.name.clone(),
        task_title: filed.terms.task_title.clone(),
        organisations: filed
            .terms
            .parties
            .iter()
            .filter(|p| p.role != PartyRole::Town)
            .map(|p| p.name.clone())
            .collect(),
        version_no: filed.version.version_no,
        submitted_at: local_time(filed.version.submitted_at, actor.tenant.time_zone),
        results_description: content.results_description.clone(),
        results: results(filed),
        actions: actions(filed),
        years: summary.years.clone(),
        costs: summary.lines.iter().map(cost_row).collect(),
        year_totals: summary.year_totals.iter().copied().map(amount).collect(),
        planned_total: amount(summary.planned_total),
        actual_total: amount(summary.actual_total),
        actual_grant_total: amount(summary.lines_grant),
        actual_other_total: amount(Money::new(
            summary.actual_total.minor - summary.lines_grant.minor,
            summary.currency,
        )),
        sources: summary.sources.iter().map(source_row).collect(),
        sources_planned_total: amount(Money::new(
            summary
                .sources
                .iter()
                .filter_map(|s| s.planned)
                .map(|m| m.minor)
                .sum(),
            summary.currency,
        )),
        sources_total: amount(summary.sources_total),
        bank_interest: amount(summary.bank_interest),
        other_income: amount(summary.other_income),
        other_income_description: content.other_income.other_description.clone(),
        contribution_description: content.contribution_description.clone(),
        additional_information: content.additional_information.clone(),
        documents: documents(filed, zero),
        documents_amount: amount(summary.documents_amount),
        documents_grant: amount(summary.documents_grant),
        statements: Statements {
            status_unchanged: content.declarations.status_unchanged,
            information_true: content.declarations.information_true,
            gdpr_statements_obtained: content.declarations.gdpr_statements_obtained,
        },
    }
}

/// The offer's planned results beside what the report says was achieved, in order.
fn results(filed: &FiledReport) -> Vec<ResultRow> {
    let rows = filed.planned_results.len().max(filed.content.results.len());
    (0..rows)
        .map(|i| {
            let planned = filed.planned_results.get(i);
            let typed = filed.content.results.get(i);
            ResultRow {
                name: planned.map(|p| p.name.clone()).unwrap_or_default(),
                planned_value: planned.map(|p| p.planned_value.clone()).unwrap_or_default(),
                achieved_value: typed.map(|r| r.achieved_value.clone()).unwrap_or_default(),
                source: typed.map(|r| r.source.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn actions(filed: &FiledReport) -> Vec<ActionRow> {
    let rows = filed.planned_actions.len().max(filed.content.actions.len());
    (0..rows)
        .map(|i| {
            let typed = filed.content.actions.get(i);
            ActionRow {
                name: filed.planned_actions.get(i).cloned().unwrap_or_default(),
                description: typed.map(|a| a.description.clone()).unwrap_or_default(),
                deviations: typed.map(|a| a.deviations.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

fn cost_row(line: &LineSummary) -> CostRow {
    CostRow {
        number: line.number.clone(),
        name: line.name.clone(),
        planned: amount(line.planned),
        planned_grant: line.planned_grant.map(amount),
        year_values: line.year_values.iter().copied().map(amount).collect(),
        actual: amount(line.actual),
        actual_grant: amount(line.grant_part),
        actual_other: amount(Money::new(
            line.actual.minor - line.grant_part.minor,
            line.actual.currency,
        )),
    }
}

fn source_row(row: &granty_domain::report::SourceRow) -> SourceRow {
    SourceRow {
        code: row.code.into(),
        planned: row.planned.map(amount),
        planned_share: row
            .planned_share
            .map(|p| Share::of_basis_points(p.basis_points())),
        actual: amount(row.actual),
        actual_share: Share::of_basis_points(row.actual_share.basis_points()),
    }
}

/// The list of financial documents as typed; an amount that does not read as one (the checks
/// refused such a report) counts as nothing.
fn documents(filed: &FiledReport, zero: Money) -> Vec<DocumentRow> {
    let read = |text: &str| Money::parse_decimal(text.trim(), zero.currency).unwrap_or(zero);
    filed
        .content
        .documents
        .iter()
        .map(|d| DocumentRow {
            number: d.number.clone(),
            date: iso_date(d.date),
            issuer: d.issuer.clone(),
            cost_line: d
                .cost_line
                .and_then(|n| filed.terms.cost_lines.get(n.wrapping_sub(1)))
                .map(|line| line.number.clone())
                .unwrap_or_default(),
            amount: amount(read(&d.amount)),
            grant_part: amount(read(&d.grant_part)),
        })
        .collect()
}
