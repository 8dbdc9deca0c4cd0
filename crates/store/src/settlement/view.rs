//! An agreement's settlement as the clerk and the organisation read it: the figures computed
//! from the final report (each explained), the returns decided with their payments and
//! interest, and what is left to pay.

use super::report::{final_report, settlement_of_final_report};
use super::standing::{standing_in, Standing};
use crate::agreements::access::{self, AgreementRole};
use crate::entities::agreement;
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::report::ReportState;
use granty_domain::settlement::{written_call_deadline, Settlement};
use sea_orm::ConnectionTrait;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SettlementView {
    pub agreement_id: i64,
    pub state: String,
    pub role: AgreementRole,
    /// The final report the settlement is computed from (its latest submitted version).
    pub report_id: Option<i64>,
    /// The settlement of the final report, when one is filed: as accepted, or as it would be if
    /// accepted today.
    /// Its figures, the cost lines' shift outcomes, the flags and the returns, each with its
    /// explanation (rule, legal basis, inputs).
    #[schema(value_type = Option<Object>)]
    pub settlement: Option<Settlement>,
    pub standing: Standing,
    /// The misuse case once the clerk sent the written call for the final report and none was
    /// filed; absent otherwise.
    pub misuse: Option<MisuseCase>,
}

/// Where the misuse case stands (§ 9 of the model agreement, ufp art. 252).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MisuseCase {
    /// The last day of the written call (moved to a working day).
    pub call_deadline: NaiveDate,
    /// The day the clerk recorded the case, if done.
    pub recorded_on: Option<NaiveDate>,
    /// Whether the clerk may record it now: the call's days passed, no report, not recorded.
    pub open: bool,
}

/// Whether the final report was accepted, the misuse case recorded, or the agreement settled.
async fn report_accepted(conn: &impl ConnectionTrait, row: &agreement::Model) -> StoreResult<bool> {
    if row.state == AgreementState::Settled.code() {
        return Ok(true);
    }
    let report = final_report(conn, row.id).await?;
    if report.is_some_and(|r| r.state == ReportState::Accepted.code()) {
        return Ok(true);
    }
    // The misuse case settles the agreement without a report: its returns are the
    // organisation's to read as well.
    let called = super::misuse::called_final_report(conn, row.id).await?;
    Ok(called.is_some_and(|r| r.misuse_recorded_on.is_some()))
}

/// The settlement, for the town's staff, and for the applicant organisation's members once the
/// final report is accepted; anyone else is told it does not exist.
pub async fn get(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<SettlementView> {
    read_in(&db.reader, actor, id, now).await
}

/// [`get`] on a connection or transaction (the settlement's document reads it with the rest of
/// its data in one transaction).
pub async fn read_in(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<SettlementView> {
    let found = access::visible(conn, actor, id).await?;
    let readable = match found.role {
        AgreementRole::Staff => true,
        AgreementRole::Organisation => report_accepted(conn, &found.row).await?,
        AgreementRole::Partner => false,
    };
    if !readable {
        return Err(StoreError::NotFound);
    }
    let zone = actor.tenant.time_zone;
    let today = now.with_timezone(&zone).date_naive();
    let standing = standing_in(conn, &found.row, today).await?;
    let computed = settlement_of_final_report(conn, &found.row, zone, today).await?;
    let misuse = misuse_case(conn, &found.row, today).await?;
    Ok(SettlementView {
        agreement_id: found.row.id,
        state: found.row.state.clone(),
        role: found.role,
        report_id: computed.as_ref().map(|(r, _)| r.id),
        settlement: computed.map(|(_, s)| s),
        standing,
        misuse,
    })
}

async fn misuse_case(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    today: NaiveDate,
) -> StoreResult<Option<MisuseCase>> {
    let Some(called) = super::misuse::called_final_report(conn, row.id).await? else {
        return Ok(None);
    };
    let (Some(call_on), true) = (
        called.written_call_on,
        called.state == ReportState::Draft.code(),
    ) else {
        return Ok(None);
    };
    let town = super::settings::of_tenant(conn, row.tenant_id).await?;
    let call_deadline = written_call_deadline(call_on, &town.settlement);
    let open = called.misuse_recorded_on.is_none()
        && today > call_deadline
        && row.state == AgreementState::Realisation.code();
    Ok(Some(MisuseCase {
        call_deadline,
        recorded_on: called.misuse_recorded_on,
        open,
    }))
}
