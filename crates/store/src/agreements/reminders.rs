//! The `agreement_unsigned` reminder: an agreement (or annex) ready to sign for days. Whoever
//! has not signed hears it: the town's clerks until the town signed, then the organisation's
//! members. The days count from the version's last step (made ready, or signed by the town).

use super::notify::party_recipients;
use super::view::{signatures_of, working_version};
use crate::entities::{agreement, call};
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use crate::reminders::dedupe_key;
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::notification::{due_offset, Event, ReminderKind, ReminderSettings};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const KIND: ReminderKind = ReminderKind::AgreementUnsigned;

/// Queues the reminders due now for the town's unsigned agreements; returns how many.
pub(crate) async fn unsigned_reminders(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let waiting = [
        AgreementState::Ready.code(),
        AgreementState::Signed.code(),
        AgreementState::Realisation.code(),
        AgreementState::Reporting.code(),
    ];
    let rows = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(tenant.id))
        .filter(agreement::Column::State.is_in(waiting))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for row in rows {
        queued += remind(db, tenant, settings, &row, now).await?;
    }
    Ok(queued)
}

async fn remind(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    row: &agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let version = working_version(&db.reader, row.id).await?;
    if version.state != "ready" {
        return Ok(0);
    }
    let target = version.updated_at;
    let zone = tenant.time_zone;
    let Some(offset) = due_offset(
        settings.offsets(KIND),
        target,
        now,
        zone,
        settings.scan_time,
    ) else {
        return Ok(0);
    };
    let town_signed = signatures_of(&db.reader, version.id)
        .await?
        .iter()
        .any(|s| s.party == "town");
    let (recipients, link_path) = match town_signed {
        true => (
            party_recipients(&db.reader, row).await?,
            format!("/agreements/{}", row.id),
        ),
        false => (
            notifications::staff_recipients(&db.reader, tenant.id).await?,
            format!("/clerk/agreements/{}", row.id),
        ),
    };
    let call_title = call::Entity::find_by_id(row.call_id)
        .one(&db.reader)
        .await?
        .map(|c| c.title)
        .unwrap_or_default();
    let task_title = super::view::terms_of(row)?.task_title;
    let event = Event::Reminder {
        reminder: KIND,
        about: None,
        offset,
        call_title,
        application_title: task_title,
        target,
        pending: 0,
    };
    let subject = Subject {
        tenant_id: tenant.id,
        entity: "agreement",
        entity_id: row.id,
        link_path,
    };
    let key = dedupe_key(KIND, version.id, offset, target);
    notifications::enqueue(&db.writer, &subject, &recipients, &event, Some(&key), now).await
}
