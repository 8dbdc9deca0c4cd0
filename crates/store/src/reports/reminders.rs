//! The report reminders, to the organisation's members in their language: a report the
//! agreement owes and has not filed (never opened, or a draft; a clerk's call included) 7 and 1
//! days before its due day, then the day after it and every `overdue_every_days` (a town
//! setting) until it is filed or the grant is found misused; and corrections the clerk asked
//! for, before the day they are due. Each once per (report, kind, offset, due day).

use super::{kind_of, state_of};
use crate::agreements::party_recipients;
use crate::agreements::view::terms_of;
use crate::entities::{agreement, report};
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use crate::reminders::{before_or_overdue, end_of};
use crate::{settlement, Db};
use chrono::{DateTime, Days, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::notification::{
    due_offset, Event, Offset, ReminderAbout, ReminderKind, ReminderSettings,
};
use granty_domain::report::{due_reports, ReportKind, ReportState};
use granty_domain::tenant::Tenant;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A report the agreement owes, with its row once opened.
struct Owed {
    kind: ReportKind,
    period_from: NaiveDate,
    period_to: NaiveDate,
    due_on: NaiveDate,
    row: Option<report::Model>,
}

/// One tenant's scan: its plan, the town's overdue interval and correction days, and `now`.
struct Scan<'a> {
    db: &'a Db,
    tenant: &'a Tenant,
    settings: &'a ReminderSettings,
    every_days: u32,
    correction_days: u32,
    now: DateTime<Utc>,
}

/// Queues the report reminders due now in the town; returns how many messages.
pub(crate) async fn report_reminders(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let town = settlement::settings::of_tenant(&db.reader, tenant.id).await?;
    let scan = Scan {
        db,
        tenant,
        settings,
        every_days: town.overdue_every_days,
        correction_days: town.correction_days,
        now,
    };
    // Reports are owed while the task is carried out; the final report's acceptance (or the
    // misuse case) moves the agreement on to its settlement.
    let in_realisation = agreement::Entity::find()
        .filter(agreement::Column::TenantId.eq(tenant.id))
        .filter(agreement::Column::State.eq(AgreementState::Realisation.code()))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for row in in_realisation {
        for owed in owed_reports(db, &row).await? {
            queued += scan.remind(&row, &owed).await?;
        }
    }
    Ok(queued)
}

/// The reports `due_reports` lists, each with its row once opened, then the agreement's other
/// reports (a clerk's calls).
async fn owed_reports(db: &Db, row: &agreement::Model) -> StoreResult<Vec<Owed>> {
    let mut rows = report::Entity::find()
        .filter(report::Column::AgreementId.eq(row.id))
        .all(&db.reader)
        .await?;
    let mut owed = Vec::new();
    for due in due_reports(&terms_of(row)?) {
        let opened = rows
            .iter()
            .position(|r| r.kind == due.kind.code() && r.period_from == due.period_from)
            .map(|i| rows.remove(i));
        owed.push(Owed {
            kind: due.kind,
            period_from: due.period_from,
            period_to: due.period_to,
            due_on: opened.as_ref().map_or(due.due_on, |r| r.due_on),
            row: opened,
        });
    }
    for other in rows {
        owed.push(Owed {
            kind: kind_of(&other)?,
            period_from: other.period_from,
            period_to: other.period_to,
            due_on: other.due_on,
            row: Some(other),
        });
    }
    Ok(owed)
}

impl Scan<'_> {
    async fn remind(&self, row: &agreement::Model, owed: &Owed) -> StoreResult<u64> {
        let state = owed.row.as_ref().map(state_of).transpose()?;
        let misused = owed
            .row
            .as_ref()
            .is_some_and(|r| r.misuse_recorded_on.is_some());
        let due = match state {
            _ if misused => None,
            None | Some(ReportState::Draft) => self.filing_due(owed),
            Some(ReportState::Corrections) => self.correction_due(owed),
            Some(_) => None,
        };
        let Some((kind, offset, target)) = due else {
            return Ok(0);
        };
        self.enqueue(row, owed, (kind, offset, target)).await
    }

    /// Before the due day, or overdue after it.
    fn filing_due(&self, owed: &Owed) -> Option<(ReminderKind, Offset, DateTime<Utc>)> {
        let target = end_of(owed.due_on, self.tenant.time_zone)?;
        let kinds = (ReminderKind::ReportDue, ReminderKind::ReportOverdue);
        let plan = (self.settings, self.every_days);
        before_or_overdue(kinds, target, plan, self.tenant.time_zone, self.now)
            .map(|(kind, offset)| (kind, offset, target))
    }

    /// Before the day the corrections are due: the day the clerk set, or for a request kept
    /// without one, the town's correction days after it (the last change of the report).
    fn correction_due(&self, owed: &Owed) -> Option<(ReminderKind, Offset, DateTime<Utc>)> {
        let row = owed.row.as_ref()?;
        let requested = row.updated_at.with_timezone(&self.tenant.time_zone);
        let day = row.correction_due_on.or_else(|| {
            requested
                .date_naive()
                .checked_add_days(Days::new(u64::from(self.correction_days)))
        })?;
        let target = end_of(day, self.tenant.time_zone)?;
        let kind = ReminderKind::ReportCorrectionDue;
        let offsets = self.settings.offsets(kind);
        let zone = self.tenant.time_zone;
        due_offset(offsets, target, self.now, zone, self.settings.scan_time)
            .map(|offset| (kind, offset, target))
    }

    async fn enqueue(
        &self,
        row: &agreement::Model,
        owed: &Owed,
        (kind, offset, target): (ReminderKind, Offset, DateTime<Utc>),
    ) -> StoreResult<u64> {
        let event = Event::Reminder {
            reminder: kind,
            about: Some(ReminderAbout::Report {
                report_kind: owed.kind.code().to_string(),
                period_from: owed.period_from,
                period_to: owed.period_to,
            }),
            offset,
            // The reminder's two titles carry the agreement's number and the task's title.
            call_title: row.number.clone(),
            application_title: terms_of(row)?.task_title,
            target,
            pending: 0,
        };
        let link_path = match &owed.row {
            Some(opened) => format!("/reports/{}", opened.id),
            None => format!("/agreements/{}", row.id),
        };
        let subject = Subject {
            tenant_id: self.tenant.id,
            entity: "agreement",
            entity_id: row.id,
            link_path,
        };
        let recipients = party_recipients(&self.db.reader, row).await?;
        // A report not yet opened has no id: the agreement, kind and period name it.
        let key = format!(
            "{}:{}:{}:{}:{offset}:{}",
            kind.code(),
            row.id,
            owed.kind.code(),
            owed.period_from,
            target.timestamp()
        );
        notifications::enqueue(
            &self.db.writer,
            &subject,
            &recipients,
            &event,
            Some(&key),
            self.now,
        )
        .await
    }
}
