//! The facts of an organisation's agreements that its track record (the evaluation screen's
//! sixth criterion, the ranking's flags) and its duties (the NGO's dashboard) are judged on:
//! the reports owed with their filing days and corrections, the returns with their payments
//! and interest, the controls' recommendations. The judging is the domain's
//! (`granty_domain::track_record`).

use super::standing::standing_in;
use crate::entities::{agreement, agreement_control, report, report_version};
use crate::error::StoreResult;
use crate::reports::owed;
use chrono::NaiveDate;
use chrono_tz::Tz;
use granty_domain::agreement::AgreementState;
use granty_domain::report::ReportState;
use granty_domain::track_record::{AgreementFacts, ControlFacts, ReportFacts, ReturnFacts};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

/// The states in which an agreement owes reports or returns (signed and started, or ended).
pub(crate) const BINDING: [AgreementState; 4] = [
    AgreementState::Realisation,
    AgreementState::Reporting,
    AgreementState::Settled,
    AgreementState::Terminated,
];

/// The binding agreements of the organisations `organisation_ids` in the town, oldest first.
pub async fn binding_agreements(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    organisation_ids: &[i64],
) -> StoreResult<Vec<agreement::Model>> {
    Ok(agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(tenant_id))
        .filter(agreement::Column::OrganisationId.is_in(organisation_ids.iter().copied()))
        .filter(agreement::Column::State.is_in(BINDING.iter().map(|s| s.code())))
        .order_by_asc(agreement::Column::Id)
        .all(conn)
        .await?)
}

/// The facts of agreement `row` on `today` (the town's calendar day, `zone` its time zone).
pub async fn agreement_facts(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    zone: Tz,
    today: NaiveDate,
) -> StoreResult<AgreementFacts> {
    let mut reports = Vec::new();
    for (due, opened) in owed(conn, row).await? {
        let filed = match &opened {
            Some(r) => filing(conn, r, zone).await?,
            None => Filing::default(),
        };
        reports.push(ReportFacts {
            report_id: opened.as_ref().map(|r| r.id),
            kind: due.kind,
            period_from: due.period_from,
            period_to: due.period_to,
            due_on: due.due_on,
            state: opened.as_ref().and_then(|r| ReportState::parse(&r.state)),
            first_submitted_on: filed.first_submitted_on,
            corrections_asked: filed.corrections_asked,
            correction_due_on: opened.and_then(|r| r.correction_due_on),
        });
    }
    let standing = standing_in(conn, row, today).await?;
    let returns = standing
        .returns
        .iter()
        .map(|r| ReturnFacts {
            kind: r.kind,
            amount: r.amount,
            due_on: r.due_on,
            paid_on: (r.outstanding == 0)
                .then(|| r.parts.iter().map(|p| p.paid_on).max())
                .flatten(),
            outstanding: r.outstanding,
            interest_charged: r.interest.charged_minor,
        })
        .collect();
    Ok(AgreementFacts {
        agreement_id: row.id,
        reports,
        returns,
        controls: controls(conn, row.id).await?,
    })
}

/// When a report was first filed and how often it was sent back.
#[derive(Default)]
struct Filing {
    first_submitted_on: Option<NaiveDate>,
    corrections_asked: u32,
}

async fn filing(conn: &impl ConnectionTrait, r: &report::Model, zone: Tz) -> StoreResult<Filing> {
    let versions = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(r.id))
        .order_by_asc(report_version::Column::VersionNo)
        .all(conn)
        .await?;
    let corrections = ReportState::Corrections.code();
    Ok(Filing {
        first_submitted_on: versions
            .first()
            .map(|v| v.submitted_at.with_timezone(&zone).date_naive()),
        corrections_asked: versions
            .iter()
            .filter(|v| v.decision.as_deref() == Some(corrections))
            .count()
            .try_into()
            .unwrap_or(u32::MAX),
    })
}

async fn controls(
    conn: &impl ConnectionTrait,
    agreement_id: i64,
) -> StoreResult<Vec<ControlFacts>> {
    let rows = agreement_control::Entity::find()
        .filter(agreement_control::Column::AgreementId.eq(agreement_id))
        .order_by_asc(agreement_control::Column::HeldOn)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|c| ControlFacts {
            held_on: c.held_on,
            recommendations_due: c.recommendations_due,
            done_on: c.recommendations_done_on,
        })
        .collect())
}
