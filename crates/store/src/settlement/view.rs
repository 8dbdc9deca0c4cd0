//! An agreement's settlement as the clerk and the organisation read it: the figures computed
//! from the final report (each explained), the returns decided with their payments and
//! interest, and what is left to pay.

use super::standing::{standing_in, Standing};
use crate::agreements::access::{self, AgreementRole};
use crate::entities::{agreement, agreement_return};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::settlement::Settlement;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct SettlementView {
    pub agreement_id: i64,
    pub state: String,
    pub role: AgreementRole,
    /// The settlement of the final report, when one is filed.
    pub settlement: Option<Settlement>,
    pub standing: Standing,
}

/// Whether the final report was accepted: its returns are decided, or the agreement settled.
async fn report_accepted(conn: &impl ConnectionTrait, row: &agreement::Model) -> StoreResult<bool> {
    if row.state == AgreementState::Settled.code() {
        return Ok(true);
    }
    let decided = agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(row.id))
        .filter(agreement_return::Column::ReportId.is_not_null())
        .one(conn)
        .await?;
    Ok(decided.is_some())
}

/// The settlement, for the town's staff, and for the applicant organisation's members once the
/// final report is accepted; anyone else is told it does not exist.
pub async fn get(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<SettlementView> {
    let conn = &db.reader;
    let found = access::visible(conn, actor, id).await?;
    let readable = match found.role {
        AgreementRole::Staff => true,
        AgreementRole::Organisation => report_accepted(conn, &found.row).await?,
        AgreementRole::Partner => false,
    };
    if !readable {
        return Err(StoreError::NotFound);
    }
    let today = now.with_timezone(&actor.tenant.time_zone).date_naive();
    let standing = standing_in(conn, &found.row, today).await?;
    Ok(SettlementView {
        agreement_id: found.row.id,
        state: found.row.state.clone(),
        role: found.role,
        settlement: None,
        standing,
    })
}
