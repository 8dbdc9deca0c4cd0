//! The reminder scan: finds the objects with a deadline ahead and queues the reminder that is due
//! for each, once per (object, kind, offset) however often and by however many workers it runs.

use crate::accounts::tenant_from_model;
use crate::applications::record_from_model;
use crate::entities::{application, call, tenant};
use crate::error::StoreResult;
use crate::notifications::{self, reminder_settings, Subject};
use crate::Db;
use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use granty_domain::application::ApplicationState;
use granty_domain::call::CallState;
use granty_domain::notification::{
    due_offset, overdue_offsets, Event, Offset, ReminderKind, ReminderSettings,
};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// Runs one scan over every tenant; returns how many messages were queued.
pub async fn scan(db: &Db, now: DateTime<Utc>) -> StoreResult<u64> {
    let mut queued = 0;
    for model in tenant::Entity::find().all(&db.reader).await? {
        let tenant = tenant_from_model(model)?;
        let settings = reminder_settings(&db.reader, tenant.id).await?;
        let scan = TenantScan {
            db,
            tenant: &tenant,
            settings: &settings,
            now,
        };
        queued += scan.drafts().await? + scan.formal_checks().await? + scan.corrections().await?;
        queued += crate::evaluation::reminders::scoring_due(db, &tenant, &settings, now).await?;
        queued += crate::agreements::unsigned_reminders(db, &tenant, &settings, now).await?;
        queued += crate::agreements::control_reminders(db, &tenant, &settings, now).await?;
        queued += crate::reports::report_reminders(db, &tenant, &settings, now).await?;
        queued += crate::settlement::return_reminders(db, &tenant, &settings, now).await?;
    }
    Ok(queued)
}

/// One tenant's scan at `now`, with its reminder plan.
struct TenantScan<'a> {
    db: &'a Db,
    tenant: &'a Tenant,
    settings: &'a ReminderSettings,
    now: DateTime<Utc>,
}

impl TenantScan<'_> {
    /// The offset due now before or after `target`, if any, per the tenant's plan.
    fn due(&self, kind: ReminderKind, target: DateTime<Utc>) -> Option<Offset> {
        due_offset(
            self.settings.offsets(kind),
            target,
            self.now,
            self.tenant.time_zone,
            self.settings.scan_time,
        )
    }

    /// Unsubmitted drafts of the calls open now, against the call's deadline.
    async fn drafts(&self) -> StoreResult<u64> {
        let open_calls = call::Entity::find()
            .filter(call::Column::TenantId.eq(self.tenant.id))
            .filter(call::Column::State.eq(CallState::Published.code()))
            .filter(call::Column::Deadline.gt(self.now))
            .filter(call::Column::OpensAt.lte(self.now))
            .all(&self.db.reader)
            .await?;
        let mut queued = 0;
        for open_call in &open_calls {
            let drafts = application::Entity::find()
                .filter(application::Column::CallId.eq(open_call.id))
                .filter(application::Column::State.eq(ApplicationState::Draft.code()))
                .all(&self.db.reader)
                .await?;
            for draft in drafts {
                let kind = ReminderKind::DraftDeadline;
                queued += self
                    .remind(kind, draft, &open_call.title, open_call.deadline)
                    .await?;
            }
        }
        Ok(queued)
    }

    /// Offers awaiting a correction, against its due date.
    async fn corrections(&self) -> StoreResult<u64> {
        let corrections = application::Entity::find()
            .filter(application::Column::TenantId.eq(self.tenant.id))
            .filter(application::Column::State.eq(ApplicationState::NeedsCorrection.code()))
            .filter(application::Column::CorrectionDueAt.gt(self.now))
            .all(&self.db.reader)
            .await?;
        let mut queued = 0;
        for correction in corrections {
            let Some(target) = correction.correction_due_at else {
                continue;
            };
            let title = call::Entity::find_by_id(correction.call_id)
                .one(&self.db.reader)
                .await?
                .map(|c| c.title)
                .unwrap_or_default();
            let kind = ReminderKind::CorrectionDue;
            queued += self.remind(kind, correction, &title, target).await?;
        }
        Ok(queued)
    }

    /// Tells the applicant's members about `model`, if an offset is due.
    async fn remind(
        &self,
        kind: ReminderKind,
        model: application::Model,
        call_title: &str,
        target: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let Some(offset) = self.due(kind, target) else {
            return Ok(0);
        };
        let record = record_from_model(model)?;
        let recipients =
            notifications::organisation_recipients(&self.db.reader, record.organisation_id).await?;
        let event = Event::Reminder {
            reminder: kind,
            about: None,
            offset,
            call_title: call_title.to_string(),
            application_title: record.content.title.clone(),
            target,
            pending: 0,
        };
        let subject = Subject {
            tenant_id: self.tenant.id,
            entity: "application",
            entity_id: record.id,
            link_path: format!("/applications/{}", record.id),
        };
        let key = dedupe_key(kind, record.id, offset, target);
        self.enqueue(&subject, &recipients, &event, &key).await
    }

    /// Clerks hear when submitted offers still await the formal check as its date nears.
    async fn formal_checks(&self) -> StoreResult<u64> {
        let closed = call::Entity::find()
            .filter(call::Column::TenantId.eq(self.tenant.id))
            .filter(
                call::Column::State
                    .is_in([CallState::Published.code(), CallState::InEvaluation.code()]),
            )
            .filter(call::Column::Deadline.lte(self.now))
            .all(&self.db.reader)
            .await?;
        let mut queued = 0;
        for model in closed {
            let record = crate::calls::record_from_model(model)?;
            queued += self.formal_check(&record).await?;
        }
        Ok(queued)
    }

    async fn formal_check(&self, record: &crate::calls::CallRecord) -> StoreResult<u64> {
        let target = record.terms.formal_check_due(self.tenant.time_zone);
        let kind = ReminderKind::FormalCheckDue;
        let Some(offset) = self.due(kind, target) else {
            return Ok(0);
        };
        let pending = application::Entity::find()
            .filter(application::Column::CallId.eq(record.id))
            .filter(application::Column::State.is_in([
                ApplicationState::Submitted.code(),
                ApplicationState::Resubmitted.code(),
            ]))
            .count(&self.db.reader)
            .await?;
        if pending == 0 {
            return Ok(0);
        }
        let recipients = notifications::staff_recipients(&self.db.reader, self.tenant.id).await?;
        let event = Event::Reminder {
            reminder: kind,
            about: None,
            offset,
            call_title: record.terms.title.clone(),
            application_title: String::new(),
            target,
            pending: u32::try_from(pending).unwrap_or(u32::MAX),
        };
        let subject = Subject {
            tenant_id: self.tenant.id,
            entity: "call",
            entity_id: record.id,
            link_path: format!("/clerk/calls/{}/applications", record.id),
        };
        let key = dedupe_key(kind, record.id, offset, target);
        self.enqueue(&subject, &recipients, &event, &key).await
    }

    async fn enqueue(
        &self,
        subject: &Subject<'_>,
        recipients: &[notifications::Recipient],
        event: &Event,
        key: &str,
    ) -> StoreResult<u64> {
        notifications::enqueue(
            &self.db.writer,
            subject,
            recipients,
            event,
            Some(key),
            self.now,
        )
        .await
    }
}

/// The end of a due day in the town's zone: the midnight starting the next day, so "1 day
/// before" falls on the day before the last day, as for other deadlines given as a day.
pub(crate) fn end_of(day: NaiveDate, zone: Tz) -> Option<DateTime<Utc>> {
    let next = day.checked_add_days(Days::new(1))?;
    zone.from_local_datetime(&next.and_hms_opt(0, 0, 0)?)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// The reminder due now for a deadline kept as a day: `before` (its offsets from the tenant's
/// plan) while the day lasts, then `overdue` every `every_days` from the day after. `None` when
/// neither has an offset due.
pub(crate) fn before_or_overdue(
    (before, overdue): (ReminderKind, ReminderKind),
    target: DateTime<Utc>,
    (settings, every_days): (&ReminderSettings, u32),
    zone: Tz,
    now: DateTime<Utc>,
) -> Option<(ReminderKind, Offset)> {
    let (kind, offsets) = if now >= target {
        (overdue, overdue_offsets(every_days))
    } else {
        (before, settings.offsets(before).to_vec())
    };
    due_offset(&offsets, target, now, zone, settings.scan_time).map(|offset| (kind, offset))
}

/// A reminder is queued once per (kind, object, offset, target): the target is part of the key,
/// so a new correction period earns its own reminders.
pub(crate) fn dedupe_key(
    kind: ReminderKind,
    id: i64,
    offset: Offset,
    target: DateTime<Utc>,
) -> String {
    format!("{}:{id}:{offset}:{}", kind.code(), target.timestamp())
}
