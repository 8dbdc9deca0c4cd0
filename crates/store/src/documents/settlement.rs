//! The settlement of an agreement as a PDF, for whoever reads the settlement (the town's staff,
//! the organisation's members once the final report is accepted): the settlement view as the
//! screens show it, with the transfers and the clerk's decision, read in one transaction.

use super::settlement_data::{settlement_data, Gathered};
use super::{allowed_language, render, safe_file_part, Document, Pdf};
use crate::entities::{agreement, report_version, user};
use crate::error::{StoreError, StoreResult};
use crate::settlement::{self, input::transfers};
use crate::{Actor, Db};
use chrono::{DateTime, NaiveDate, Utc};
use granty_documents::{DocumentKind, Engine};
use granty_domain::report::ReportState;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, TransactionTrait};

/// The clerk's acceptance of the final report: the version, who and when.
pub(super) struct Acceptance {
    pub version: report_version::Model,
    pub reviewer: String,
}

/// The settlement of agreement `id` in `language` on `now` (interest on unpaid returns runs to
/// the day). Dated by the day it is computed on: a settled agreement's by its last payment, so
/// its document no longer changes.
pub async fn settlement_pdf(
    db: &Db,
    engine: &Engine,
    actor: &Actor,
    id: i64,
    language: &str,
    now: DateTime<Utc>,
) -> StoreResult<Pdf> {
    let txn = db.reader.begin().await?;
    let view = settlement::read_in(&txn, actor, id, now).await?;
    allowed_language(&txn, actor, language).await?;
    let row = agreement::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let transfers = transfers(&txn, id).await?;
    let acceptance = match view.report_id {
        Some(report_id) => acceptance(&txn, report_id).await?,
        None => None,
    };
    txn.commit().await?;
    let data = settlement_data(&Gathered {
        actor,
        row: &row,
        view: &view,
        transfers: &transfers,
        acceptance: acceptance.as_ref(),
    })?;
    let as_of: NaiveDate = data.as_of.parse().unwrap_or(view.standing.as_of);
    let bytes = render(
        engine,
        Document {
            kind: DocumentKind::Settlement,
            tenant: &actor.tenant,
            language,
            data: &data,
            created_at: as_of.and_time(chrono::NaiveTime::MIN).and_utc(),
            title: row.number.clone(),
        },
    )?;
    Ok(Pdf {
        bytes,
        file_name: format!("rozliczenie-{}-{language}.pdf", safe_file_part(&row.number)),
    })
}

/// The version of the report the clerk accepted, and the clerk's name.
async fn acceptance(
    conn: &impl ConnectionTrait,
    report_id: i64,
) -> StoreResult<Option<Acceptance>> {
    let Some(version) = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report_id))
        .filter(report_version::Column::Decision.eq(ReportState::Accepted.code()))
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let reviewer = match version.reviewed_by {
        Some(user_id) => user::Entity::find_by_id(user_id)
            .one(conn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(Some(Acceptance { version, reviewer }))
}
