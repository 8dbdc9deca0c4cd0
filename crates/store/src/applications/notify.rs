//! Telling an application's people what happened to it, through the outbox.

use super::access::Seen;
use crate::error::StoreResult;
use crate::notifications;
use chrono::{DateTime, Utc};
use granty_domain::notification::Event;
use sea_orm::DatabaseTransaction;

/// Tells every member of the applicant organisation, in the same transaction as the change, so
/// that a change rolled back sends nothing.
pub(crate) async fn notify_applicant(
    txn: &DatabaseTransaction,
    seen: &Seen,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients =
        notifications::organisation_recipients(txn, seen.record.organisation_id).await?;
    let subject = notifications::Subject {
        tenant_id: seen.record.tenant_id,
        entity: "application",
        entity_id: seen.record.id,
        link_path: format!("/applications/{}", seen.record.id),
    };
    notifications::enqueue(txn, &subject, &recipients, event, None, now).await?;
    Ok(())
}
