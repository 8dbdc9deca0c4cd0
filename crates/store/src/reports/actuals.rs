//! A report's figures as the settlement reads them: the actual expenses and grant part per
//! agreement cost line, the actual sources, and the income earned on the grant, all computed
//! by the domain's `compute_report` (never taken from a client).

use super::access::Seen;
use super::context::Loaded;
use super::kind_of;
use crate::error::StoreResult;
use crate::settlement::{ActualLine, ReportActuals};
use granty_domain::report::{compute_report, ReportInput, ReportSummary};
use granty_domain::settlement::Sources;
use sea_orm::ConnectionTrait;

/// The actuals of the report as last submitted (its working copy equals the last version
/// while it is under review).
pub(super) async fn of_report(
    conn: &impl ConnectionTrait,
    seen: &Seen,
) -> StoreResult<ReportActuals> {
    let loaded = Loaded::of(conn, &seen.agreement).await?;
    let content: ReportInput = serde_json::from_str(&seen.row.content)?;
    let (summary, _) = compute_report(&content, &loaded.ctx(kind_of(&seen.row)?, &seen.row));
    Ok(actuals_of(&summary))
}

fn actuals_of(summary: &ReportSummary) -> ReportActuals {
    let source = |code: &str| {
        summary
            .sources
            .iter()
            .find(|s| s.code == code)
            .map_or(0, |s| s.actual.minor)
    };
    ReportActuals {
        lines: summary
            .lines
            .iter()
            .map(|line| ActualLine {
                number: line.number.clone(),
                actual: line.actual.minor,
                actual_grant: Some(line.grant_part.minor),
            })
            .collect(),
        actual: Sources {
            grant: source("grant"),
            own_financial: source("own_financial"),
            own_non_financial: source("own_non_financial"),
            participant_fees: source("participant_fees"),
        },
        other_income: summary.bank_interest.minor + summary.other_income.minor,
    }
}
