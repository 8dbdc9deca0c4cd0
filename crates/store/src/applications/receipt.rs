//! The receipt an applicant keeps for each submitted version.

use crate::entities::{application, application_version, call};
use crate::error::{StoreError, StoreResult};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter};
use serde::Serialize;

/// The confirmation an applicant keeps (UPO-like).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Receipt {
    pub application_id: i64,
    pub receipt_number: String,
    pub version_no: i32,
    pub kind: String,
    pub submitted_at: DateTime<Utc>,
    pub content_sha256: String,
    pub call_id: i64,
    pub call_title: String,
    pub organisation_id: i64,
    /// False when this request found the offer already submitted and returned the same receipt.
    pub newly_submitted: bool,
}

/// The receipt of the application's latest version.
pub(super) async fn latest_receipt(
    txn: &DatabaseTransaction,
    id: i64,
    newly_submitted: bool,
) -> StoreResult<Receipt> {
    use sea_orm::QueryOrder;
    let app = application::Entity::find_by_id(id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(id))
        .order_by_desc(application_version::Column::VersionNo)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let call = call::Entity::find_by_id(app.call_id)
        .one(txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(Receipt {
        application_id: id,
        receipt_number: version.receipt_number,
        version_no: version.version_no,
        kind: version.kind,
        submitted_at: version.submitted_at,
        content_sha256: version.content_sha256,
        call_id: call.id,
        call_title: call.title,
        organisation_id: app.organisation_id,
        newly_submitted,
    })
}
