//! The reminder scan: finds the objects with a deadline ahead and queues the reminder that is due
//! for each, once per (object, kind, offset) however often and by however many workers it runs.

use crate::accounts::tenant_from_model;
use crate::applications::record_from_model;
use crate::entities::{application, call, tenant};
use crate::error::StoreResult;
use crate::notifications::{self, reminder_settings, Subject};
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::call::CallState;
use granty_domain::notification::{due_offset, Event, ReminderKind, ReminderSettings};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// Runs one scan over every tenant; returns how many messages were queued.
pub async fn scan(db: &Db, now: DateTime<Utc>) -> StoreResult<u64> {
    let mut queued = 0;
    for model in tenant::Entity::find().all(&db.reader).await? {
        let tenant = tenant_from_model(model)?;
        let settings = reminder_settings(&db.reader, tenant.id).await?;
        queued += scan_tenant(db, &tenant, &settings, now).await?;
    }
    Ok(queued)
}

async fn scan_tenant(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let open_calls = call::Entity::find()
        .filter(call::Column::TenantId.eq(tenant.id))
        .filter(call::Column::State.eq(CallState::Published.code()))
        .filter(call::Column::Deadline.gt(now))
        .filter(call::Column::OpensAt.lte(now))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for open_call in &open_calls {
        let drafts = application::Entity::find()
            .filter(application::Column::CallId.eq(open_call.id))
            .filter(application::Column::State.eq(ApplicationState::Draft.code()))
            .all(&db.reader)
            .await?;
        for draft in drafts {
            let target = open_call.deadline;
            queued += remind(
                db,
                tenant,
                settings,
                ReminderKind::DraftDeadline,
                draft,
                &open_call.title,
                target,
                now,
            )
            .await?;
        }
    }
    queued += formal_checks(db, tenant, settings, now).await?;
    let corrections = application::Entity::find()
        .filter(application::Column::TenantId.eq(tenant.id))
        .filter(application::Column::State.eq(ApplicationState::NeedsCorrection.code()))
        .filter(application::Column::CorrectionDueAt.gt(now))
        .all(&db.reader)
        .await?;
    for correction in corrections {
        let Some(target) = correction.correction_due_at else {
            continue;
        };
        let title = call::Entity::find_by_id(correction.call_id)
            .one(&db.reader)
            .await?
            .map(|c| c.title)
            .unwrap_or_default();
        queued += remind(
            db,
            tenant,
            settings,
            ReminderKind::CorrectionDue,
            correction,
            &title,
            target,
            now,
        )
        .await?;
    }
    Ok(queued)
}

#[allow(clippy::too_many_arguments)]
async fn remind(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    kind: ReminderKind,
    model: application::Model,
    call_title: &str,
    target: DateTime<Utc>,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let Some(offset) = due_offset(
        settings.offsets(kind),
        target,
        now,
        tenant.time_zone,
        settings.scan_time,
    ) else {
        return Ok(0);
    };
    let record = record_from_model(model)?;
    let recipients =
        notifications::organisation_recipients(&db.reader, record.organisation_id).await?;
    let event = Event::Reminder {
        reminder: kind,
        offset,
        call_title: call_title.to_string(),
        application_title: record.content.title.clone(),
        target,
        pending: 0,
    };
    // The target is part of the key: a new correction period earns its own reminders.
    let key = format!(
        "{}:{}:{offset}:{}",
        kind.code(),
        record.id,
        target.timestamp()
    );
    let subject = Subject {
        tenant_id: tenant.id,
        entity: "application",
        entity_id: record.id,
        link_path: format!("/applications/{}", record.id),
    };
    notifications::enqueue(&db.writer, &subject, &recipients, &event, Some(&key), now).await
}

/// Clerks hear when submitted offers still await the formal check as its date nears.
async fn formal_checks(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let closed = call::Entity::find()
        .filter(call::Column::TenantId.eq(tenant.id))
        .filter(
            call::Column::State
                .is_in([CallState::Published.code(), CallState::InEvaluation.code()]),
        )
        .filter(call::Column::Deadline.lte(now))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for model in closed {
        let record = crate::calls::record_from_model(model)?;
        let target = record.terms.formal_check_due(tenant.time_zone);
        let kind = ReminderKind::FormalCheckDue;
        let Some(offset) = due_offset(
            settings.offsets(kind),
            target,
            now,
            tenant.time_zone,
            settings.scan_time,
        ) else {
            continue;
        };
        let pending = application::Entity::find()
            .filter(application::Column::CallId.eq(record.id))
            .filter(application::Column::State.is_in([
                ApplicationState::Submitted.code(),
                ApplicationState::Resubmitted.code(),
            ]))
            .count(&db.reader)
            .await?;
        if pending == 0 {
            continue;
        }
        let recipients = notifications::staff_recipients(&db.reader, tenant.id).await?;
        let event = Event::Reminder {
            reminder: kind,
            offset,
            call_title: record.terms.title.clone(),
            application_title: String::new(),
            target,
            pending: u32::try_from(pending).unwrap_or(u32::MAX),
        };
        let key = format!(
            "{}:{}:{offset}:{}",
            kind.code(),
            record.id,
            target.timestamp()
        );
        let subject = Subject {
            tenant_id: tenant.id,
            entity: "call",
            entity_id: record.id,
            link_path: format!("/calls/{}", record.id),
        };
        queued +=
            notifications::enqueue(&db.writer, &subject, &recipients, &event, Some(&key), now)
                .await?;
    }
    Ok(queued)
}
