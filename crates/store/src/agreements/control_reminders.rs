//! The `control_recommendations_due` reminder: a control's recommendations not yet carried out,
//! told to the organisation's members (each in their language) before the day they are due
//! (7 and 1 days before by default), once per (control, offset, due day).

use super::notify::party_recipients;
use super::view::terms_of;
use crate::entities::{agreement, agreement_control};
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use crate::reminders::{dedupe_key, end_of};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::{due_offset, Event, ReminderKind, ReminderSettings};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const KIND: ReminderKind = ReminderKind::ControlRecommendationsDue;

/// Queues the reminders due now for the town's open recommendations; returns how many.
pub(crate) async fn control_reminders(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let today = now.with_timezone(&tenant.time_zone).date_naive();
    let open = agreement_control::Entity::find()
        .filter(agreement_control::Column::TenantId.eq(tenant.id))
        .filter(agreement_control::Column::RecommendationsDoneOn.is_null())
        .filter(agreement_control::Column::RecommendationsDue.gte(today))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for control in open {
        queued += remind(db, tenant, settings, &control, now).await?;
    }
    Ok(queued)
}

async fn remind(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    control: &agreement_control::Model,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let Some(target) = control
        .recommendations_due
        .and_then(|due| end_of(due, tenant.time_zone))
    else {
        return Ok(0);
    };
    let offsets = settings.offsets(KIND);
    let Some(offset) = due_offset(offsets, target, now, tenant.time_zone, settings.scan_time)
    else {
        return Ok(0);
    };
    let Some(row) = agreement::Entity::find_by_id(control.agreement_id)
        .one(&db.reader)
        .await?
    else {
        return Ok(0);
    };
    let event = Event::Reminder {
        reminder: KIND,
        about: None,
        offset,
        // The reminder's two titles carry the agreement's number and the task's title.
        call_title: row.number.clone(),
        application_title: terms_of(&row)?.task_title,
        target,
        pending: 0,
    };
    let subject = Subject {
        tenant_id: tenant.id,
        entity: "agreement",
        entity_id: row.id,
        link_path: format!("/agreements/{}", row.id),
    };
    let recipients = party_recipients(&db.reader, &row).await?;
    let key = dedupe_key(KIND, control.id, offset, target);
    notifications::enqueue(&db.writer, &subject, &recipients, &event, Some(&key), now).await
}
