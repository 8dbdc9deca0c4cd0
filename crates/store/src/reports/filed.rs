//! A report as filed: one submitted version's content with its sums, for the report's document.
//! The readers are the report's (the organisation's members, a joint offer's partners, the
//! town's staff); a report never submitted has nothing filed.

use super::access;
use super::context::Loaded;
use super::kind_of;
use crate::entities::{agreement, report, report_version};
use crate::error::{StoreError, StoreResult};
use crate::Actor;
use granty_domain::agreement::AgreementTerms;
use granty_domain::offer::ResultInput;
use granty_domain::report::{compute_report, ReportInput, ReportKind, ReportSummary};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// One submitted version of a report with what it is read against.
#[derive(Debug, Clone)]
pub struct FiledReport {
    pub report: report::Model,
    pub kind: ReportKind,
    pub agreement: agreement::Model,
    pub terms: AgreementTerms,
    pub version: report_version::Model,
    pub content: ReportInput,
    pub summary: ReportSummary,
    /// The offer's planned results, which the report's rows answer in order.
    pub planned_results: Vec<ResultInput>,
    /// The names of the offer's actions, in order.
    pub planned_actions: Vec<String>,
}

/// Version `version_no` of report `id` (the latest submitted when `None`), for whoever may read
/// the report. Never submitted: [`StoreError::NotFiled`]; no such version: not found.
pub async fn filed(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
    version_no: Option<i32>,
) -> StoreResult<FiledReport> {
    let seen = access::visible(conn, actor, id).await?;
    let mut versions = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(id))
        .order_by_asc(report_version::Column::VersionNo)
        .all(conn)
        .await?;
    if versions.is_empty() {
        return Err(StoreError::NotFiled);
    }
    let version = match version_no {
        Some(no) => versions.into_iter().find(|v| v.version_no == no),
        None => versions.pop(),
    }
    .ok_or(StoreError::NotFound)?;
    let loaded = Loaded::of(conn, &seen.agreement).await?;
    let kind = kind_of(&seen.row)?;
    let content: ReportInput = serde_json::from_str(&version.content)?;
    let (summary, _) = compute_report(&content, &loaded.ctx(kind, &seen.row));
    Ok(FiledReport {
        planned_actions: loaded.actions.iter().map(|a| a.name.clone()).collect(),
        planned_results: loaded.results,
        terms: loaded.terms,
        report: seen.row,
        kind,
        agreement: seen.agreement,
        version,
        content,
        summary,
    })
}
