//! The scoring-deadline reminder (`reminder_scoring_due`), run by the reminder scan: before a
//! call's scoring deadline, each scoring member with assigned cards not yet submitted hears how
//! many are left, once per (call, offset, deadline) and member.

use super::queue::assigned_offers;
use super::scorecards::CardProgress;
use crate::entities::{call, call_evaluation, committee_member};
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use crate::reminders::dedupe_key;
use crate::Db;
use chrono::{DateTime, Utc};
use granty_domain::notification::{due_offset, Event, Offset, ReminderKind, ReminderSettings};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const KIND: ReminderKind = ReminderKind::ScoringDue;

/// Queues the scoring reminders due now in `tenant`; returns how many were added.
pub(crate) async fn scoring_due(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let deadlines = call_evaluation::Entity::find()
        .filter(call_evaluation::Column::ScoringDeadline.gt(now))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for row in deadlines {
        let Some(target) = row.scoring_deadline else {
            continue;
        };
        let offsets = settings.offsets(KIND);
        let zone = tenant.time_zone;
        let Some(offset) = due_offset(offsets, target, now, zone, settings.scan_time) else {
            continue;
        };
        let Some(call) = call::Entity::find_by_id(row.call_id)
            .one(&db.reader)
            .await?
            .filter(|c| c.tenant_id == tenant.id)
        else {
            continue;
        };
        let ask = Ask {
            call: &call,
            target,
            offset,
            now,
        };
        queued += ask.remind_members(db).await?;
    }
    Ok(queued)
}

/// One call's reminder: its deadline and the offset due.
struct Ask<'a> {
    call: &'a call::Model,
    target: DateTime<Utc>,
    offset: Offset,
    now: DateTime<Utc>,
}

impl Ask<'_> {
    async fn remind_members(&self, db: &Db) -> StoreResult<u64> {
        let members = committee_member::Entity::find()
            .filter(committee_member::Column::CallId.eq(self.call.id))
            .filter(committee_member::Column::RemovedAt.is_null())
            .filter(committee_member::Column::Scores.eq(true))
            .all(&db.reader)
            .await?;
        let mut queued = 0;
        for member in members {
            let (call, user) = (self.call.id, member.user_id);
            let cards =
                assigned_offers(&db.reader, call, user, Some(self.target), self.now).await?;
            let pending = cards
                .iter()
                .filter(|c| c.progress != CardProgress::Submitted)
                .count();
            if pending > 0 {
                queued += self.remind(db, user, pending).await?;
            }
        }
        Ok(queued)
    }

    async fn remind(&self, db: &Db, user_id: i64, pending: usize) -> StoreResult<u64> {
        let recipients = notifications::user_recipients(&db.reader, [user_id]).await?;
        let event = Event::Reminder {
            reminder: KIND,
            about: None,
            offset: self.offset,
            call_title: self.call.title.clone(),
            application_title: String::new(),
            target: self.target,
            pending: u32::try_from(pending).unwrap_or(u32::MAX),
        };
        let subject = Subject {
            tenant_id: self.call.tenant_id,
            entity: "call",
            entity_id: self.call.id,
            link_path: "/evaluations".to_string(),
        };
        // The recipient's address completes the key: one letter per member and offset.
        let key = dedupe_key(KIND, self.call.id, self.offset, self.target);
        notifications::enqueue(
            &db.writer,
            &subject,
            &recipients,
            &event,
            Some(&key),
            self.now,
        )
        .await
    }
}
