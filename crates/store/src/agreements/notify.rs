//! Telling people about an agreement through the outbox, each in their own language, in the
//! same transaction as the change.

use super::view::terms_of;
use crate::entities::{agreement, application_partner};
use crate::error::StoreResult;
use crate::notifications::{self, Recipient, Subject};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::notification::Event;
use granty_domain::Money;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// What happened to the agreement.
pub(super) enum AgreementEvent {
    /// Version `version_no` is ready to sign (1: the agreement; more: an annex).
    Ready { version_no: i32 },
    /// Every party signed version `version_no`.
    Signed { version_no: i32 },
    /// A transfer was recorded.
    Paid {
        amount: Money,
        paid_on: NaiveDate,
        paid_total: Money,
    },
}

fn annex_no(version_no: i32) -> Option<i32> {
    (version_no > 1).then_some(version_no - 1)
}

fn event_of(row: &agreement::Model, what: &AgreementEvent) -> StoreResult<Event> {
    let agreement_number = row.number.clone();
    let task_title = terms_of(row)?.task_title;
    Ok(match what {
        AgreementEvent::Ready { version_no } => Event::AgreementReady {
            agreement_number,
            task_title,
            annex_no: annex_no(*version_no),
        },
        AgreementEvent::Signed { version_no } => Event::AgreementSigned {
            agreement_number,
            task_title,
            annex_no: annex_no(*version_no),
        },
        AgreementEvent::Paid {
            amount,
            paid_on,
            paid_total,
        } => Event::TranchePaid {
            agreement_number,
            task_title,
            amount: *amount,
            paid_on: *paid_on,
            paid_total: *paid_total,
        },
    })
}

/// The members of every party organisation: the applicant and a joint offer's partners.
pub(crate) async fn party_recipients(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
) -> StoreResult<Vec<Recipient>> {
    let mut all = notifications::organisation_recipients(conn, row.organisation_id).await?;
    let partners = application_partner::Entity::find()
        .filter(application_partner::Column::ApplicationId.eq(row.application_id))
        .all(conn)
        .await?;
    for partner in partners {
        for person in notifications::organisation_recipients(conn, partner.organisation_id).await? {
            if !all.iter().any(|r| r.email == person.email) {
                all.push(person);
            }
        }
    }
    Ok(all)
}

/// Tells the party organisations' members; when `staff_too`, the town's clerks as well.
pub(super) async fn notify_parties(
    conn: &impl ConnectionTrait,
    row: &agreement::Model,
    what: &AgreementEvent,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let event = event_of(row, what)?;
    let subject = Subject {
        tenant_id: row.tenant_id,
        entity: "agreement",
        entity_id: row.id,
        link_path: format!("/agreements/{}", row.id),
    };
    let recipients = party_recipients(conn, row).await?;
    notifications::enqueue(conn, &subject, &recipients, &event, None, now).await?;
    if matches!(what, AgreementEvent::Signed { .. }) {
        let staff = notifications::staff_recipients(conn, row.tenant_id).await?;
        let subject = Subject {
            link_path: format!("/clerk/agreements/{}", row.id),
            ..subject
        };
        notifications::enqueue(conn, &subject, &staff, &event, None, now).await?;
    }
    Ok(())
}
