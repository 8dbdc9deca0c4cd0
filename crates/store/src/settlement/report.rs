//! The report a settlement is computed from: the agreement's final report, its latest
//! submitted version summed by the domain's `compute_report` and read as the settlement's
//! actual figures.

use super::input::{settlement_of, ActualLine, ReportActuals};
use crate::entities::{agreement, report, report_version};
use crate::error::StoreResult;
use chrono::NaiveDate;
use chrono_tz::Tz;
use granty_domain::report::{
    compute_report, ReportContext, ReportInput, ReportKind, ReportState, ReportSummary,
};
use granty_domain::settlement::{Settlement, Sources};
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The agreement's final report, if one was ever submitted (a draft is not the organisation's
/// word yet).
pub async fn final_report(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Option<report::Model>> {
    let found = report::Entity::find()
        .filter(report::Column::AgreementId.eq(agreement_id))
        .filter(report::Column::Kind.eq(ReportKind::Final.code()))
        .filter(report::Column::State.ne(ReportState::Draft.code()))
        .order_by_desc(report::Column::Id)
        .one(conn)
        .await?;
    Ok(found)
}

/// The report's latest submitted version.
async fn latest_version(
    conn: &impl ConnectionTrait,
    report_id: i64,
) -> StoreResult<Option<report_version::Model>> {
    Ok(report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report_id))
        .order_by_desc(report_version::Column::VersionNo)
        .one(conn)
        .await?)
}

/// The settlement's actual figures from a report's sums: the sources as the settlement groups
/// them (other public funds with the own financial means, personal and in-kind together as the
/// own non-financial), and bank interest with the other income.
pub fn actuals_of(summary: &ReportSummary) -> ReportActuals {
    let source = |code: &str| {
        summary
            .sources
            .iter()
            .find(|s| s.code == code)
            .map_or(0, |s| s.actual.minor)
    };
    let lines = summary
        .lines
        .iter()
        .map(|l| ActualLine {
            number: l.number.clone(),
            actual: l.actual.minor,
            // A line the agreement gave no grant part, with none reported, has none to measure.
            actual_grant: (l.planned_grant.is_some() || !l.grant_part.is_zero())
                .then_some(l.grant_part.minor),
        })
        .collect();
    ReportActuals {
        lines,
        actual: Sources {
            grant: source("grant"),
            own_financial: source("own_financial").saturating_add(source("other_public_funds")),
            own_non_financial: source("own_non_financial"),
            participant_fees: source("participant_fees"),
        },
        other_income: summary
            .bank_interest
            .minor
            .saturating_add(summary.other_income.minor),
    }
}

/// The actual figures of `report` (its latest submitted content) on the agreement `row`.
pub async fn report_actuals(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    report: &report::Model,
) -> StoreResult<Option<ReportActuals>> {
    let Some(version) = latest_version(conn, report.id).await? else {
        return Ok(None);
    };
    let input: ReportInput = serde_json::from_str(&version.content)?;
    let terms = crate::agreements::view::terms_of(row)?;
    let paid: i64 = super::input::transfers(conn, row.id)
        .await?
        .iter()
        .map(|t| t.amount)
        .sum();
    // Only the sums are read here: the results and schedule the checks compare are not needed.
    let ctx = ReportContext {
        terms: &terms,
        kind: ReportKind::Final,
        period_from: report.period_from,
        period_to: report.period_to,
        planned_results: &[],
        planned_actions: &[],
        grant_paid: Money::new(paid, terms.grant.currency),
        documents_required: false,
    };
    let (summary, _) = compute_report(&input, &ctx);
    Ok(Some(actuals_of(&summary)))
}

/// The day the clerk accepted the report (the finding of ufp art. 252), in the town's zone.
async fn accepted_on(
    conn: &impl ConnectionTrait,
    report_id: i64,
    zone: Tz,
) -> StoreResult<Option<NaiveDate>> {
    let accepted = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report_id))
        .filter(report_version::Column::Decision.eq(ReportState::Accepted.code()))
        .one(conn)
        .await?;
    Ok(accepted
        .and_then(|v| v.reviewed_at)
        .map(|at| at.with_timezone(&zone).date_naive()))
}

/// The settlement of the agreement's final report: as accepted (found on the acceptance day),
/// or, while it is reviewed, as it would be if accepted on `today`. `None` without a submitted
/// final report.
pub async fn settlement_of_final_report(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    zone: Tz,
    today: NaiveDate,
) -> StoreResult<Option<(report::Model, Settlement)>> {
    let Some(report) = final_report(conn, row.id).await? else {
        return Ok(None);
    };
    let Some(actuals) = report_actuals(conn, row, &report).await? else {
        return Ok(None);
    };
    let found_on = accepted_on(conn, report.id, zone).await?.unwrap_or(today);
    let settlement = settlement_of(conn, row, &actuals, found_on).await?;
    Ok(Some((report, settlement)))
}
