//! The return reminders, to the organisation's members in their language: returns decided on
//! the settlement and unpaid, 7 and 1 days before their deadline (ufp art. 251, 252), then the
//! day after it and every `overdue_every_days` (a town setting) while their principal or the
//! interest is unpaid. Returns due on the same day go in one message (a misuse case writes one
//! return per transfer); each once per (agreement, kind, offset, deadline).

use super::standing::{standing_in, Standing};
use crate::agreements::party_recipients;
use crate::agreements::view::terms_of;
use crate::entities::{agreement, agreement_return};
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use crate::reminders::{before_or_overdue, dedupe_key, end_of};
use crate::Db;
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementState;
use granty_domain::notification::{Event, ReminderAbout, ReminderKind, ReminderSettings};
use granty_domain::tenant::Tenant;
use granty_domain::Money;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::{BTreeMap, BTreeSet};

/// What is left to pay of the returns due on one day.
struct Left {
    due_on: NaiveDate,
    principal: i64,
    interest: i64,
}

/// Queues the return reminders due now in the town; returns how many messages.
pub(crate) async fn return_reminders(
    db: &Db,
    tenant: &Tenant,
    settings: &ReminderSettings,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let every_days = super::settings::of_tenant(&db.reader, tenant.id)
        .await?
        .overdue_every_days;
    let today = now.with_timezone(&tenant.time_zone).date_naive();
    let with_returns: BTreeSet<i64> = agreement_return::Entity::find()
        .filter(agreement_return::Column::TenantId.eq(tenant.id))
        .all(&db.reader)
        .await?
        .iter()
        .map(|r| r.agreement_id)
        .collect();
    let rows = agreement::Entity::find()
        .filter(agreement::Column::Id.is_in(with_returns))
        .filter(agreement::Column::State.ne(AgreementState::Settled.code()))
        .all(&db.reader)
        .await?;
    let mut queued = 0;
    for row in rows {
        let standing = standing_in(&db.reader, &row, today).await?;
        for left in left_by_day(&standing) {
            let Some(target) = end_of(left.due_on, tenant.time_zone) else {
                continue;
            };
            let kinds = (ReminderKind::ReturnDue, ReminderKind::ReturnOverdue);
            let Some((kind, offset)) =
                before_or_overdue(kinds, target, (settings, every_days), tenant.time_zone, now)
            else {
                continue;
            };
            // Before the deadline only unpaid principal is worth a word; after it, interest
            // still owed keeps the reminders going.
            if left.principal == 0 && (kind == ReminderKind::ReturnDue || left.interest == 0) {
                continue;
            }
            let event = event(&row, &standing, &left, (kind, offset, target))?;
            let subject = Subject {
                tenant_id: tenant.id,
                entity: "agreement",
                entity_id: row.id,
                link_path: format!("/agreements/{}/settlement", row.id),
            };
            let recipients = party_recipients(&db.reader, &row).await?;
            let key = dedupe_key(kind, row.id, offset, target);
            queued +=
                notifications::enqueue(&db.writer, &subject, &recipients, &event, Some(&key), now)
                    .await?;
        }
    }
    Ok(queued)
}

/// The unpaid principal per deadline, each with the interest the agreement still owes (it is
/// paid after all principal, so it is not split by return).
fn left_by_day(standing: &Standing) -> Vec<Left> {
    let interest = standing.interest_charged - standing.interest_paid;
    let mut by_day: BTreeMap<NaiveDate, i64> = BTreeMap::new();
    for r in &standing.returns {
        *by_day.entry(r.due_on).or_default() += r.outstanding;
    }
    by_day
        .into_iter()
        .map(|(due_on, principal)| Left {
            due_on,
            principal,
            interest,
        })
        .collect()
}

fn event(
    row: &agreement::Model,
    standing: &Standing,
    left: &Left,
    (kind, offset, target): (
        ReminderKind,
        granty_domain::notification::Offset,
        DateTime<Utc>,
    ),
) -> StoreResult<Event> {
    Ok(Event::Reminder {
        reminder: kind,
        about: Some(ReminderAbout::Return {
            amount: Money::new(left.principal, standing.currency),
            interest: Money::new(left.interest, standing.currency),
        }),
        offset,
        // The reminder's two titles carry the agreement's number and the task's title.
        call_title: row.number.clone(),
        application_title: terms_of(row)?.task_title,
        target,
        pending: 0,
    })
}
