//! Telling people about results through the outbox, each in their own language, in the same
//! transaction as the change (a change rolled back sends nothing).

use super::{awards_of, submitted_offers};
use crate::calls::CallRecord;
use crate::entities::{application, award};
use crate::error::StoreResult;
use crate::notifications::{self, Recipient, Subject};
use chrono::{DateTime, Utc};
use granty_domain::money::Currency;
use granty_domain::notification::Event;
use granty_domain::offer::OfferInput;
use granty_domain::results::{AwardDecision, UpdateState};
use granty_domain::{Language, Money};
use sea_orm::ConnectionTrait;
use std::collections::BTreeMap;

/// The offer's title as filed (the working copy's; every submitted offer has one).
pub(super) fn title_of(offer: &application::Model) -> String {
    serde_json::from_str::<OfferInput>(&offer.content)
        .map(|content| content.title)
        .unwrap_or_default()
}

/// Tells every member of the offer's organisation.
pub(super) async fn notify_applicant(
    conn: &impl ConnectionTrait,
    offer: &application::Model,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients = notifications::organisation_recipients(conn, offer.organisation_id).await?;
    let subject = Subject {
        tenant_id: offer.tenant_id,
        entity: "application",
        entity_id: offer.id,
        link_path: format!("/applications/{}", offer.id),
    };
    notifications::enqueue(conn, &subject, &recipients, event, None, now).await?;
    Ok(())
}

/// Tells the town's clerks about an offer (an updated estimate filed or withdrawn).
pub(super) async fn notify_clerks(
    conn: &impl ConnectionTrait,
    offer: &application::Model,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipients = notifications::staff_recipients(conn, offer.tenant_id).await?;
    let subject = Subject {
        tenant_id: offer.tenant_id,
        entity: "application",
        entity_id: offer.id,
        link_path: format!("/clerk/calls/{}/results", offer.call_id),
    };
    notifications::enqueue(conn, &subject, &recipients, event, None, now).await?;
    Ok(())
}

/// Writes to one address that has no account (a justification's requester).
pub(super) async fn notify_address(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    entity: (&str, i64),
    link_path: String,
    to: (&str, Language),
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let recipient = Recipient {
        email: to.0.to_string(),
        user_id: None,
        language: to.1,
    };
    let subject = Subject {
        tenant_id,
        entity: entity.0,
        entity_id: entity.1,
        link_path,
    };
    notifications::enqueue(conn, &subject, &[recipient], event, None, now).await?;
    Ok(())
}

/// Every applicant of the call hears its result: chosen with the amount (and whether to file an
/// updated estimate), or not chosen with its score.
pub(super) async fn notify_results(
    conn: &impl ConnectionTrait,
    call: &CallRecord,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let awards: BTreeMap<i64, award::Model> = awards_of(conn, call.id)
        .await?
        .into_iter()
        .map(|a| (a.application_id, a))
        .collect();
    for offer in submitted_offers(conn, call.id).await? {
        let event = result_event(call, &offer, awards.get(&offer.id));
        notify_applicant(conn, &offer, &event, now).await?;
    }
    Ok(())
}

fn result_event(
    call: &CallRecord,
    offer: &application::Model,
    award: Option<&award::Model>,
) -> Event {
    let call_title = call.terms.title.clone();
    let application_title = title_of(offer);
    match award.filter(|a| AwardDecision::parse(&a.decision) == Some(AwardDecision::Awarded)) {
        Some(chosen) => {
            let currency: Currency = chosen.currency.parse().unwrap_or_default();
            Event::ResultChosen {
                call_title,
                application_title,
                amount: Money::new(chosen.amount_minor, currency),
                requested: Money::new(chosen.requested_minor, currency),
                update_needed: chosen.update_state == UpdateState::Awaiting.code(),
            }
        }
        None => Event::ResultNotChosen {
            call_title,
            application_title,
            total_centi: award.and_then(|a| a.total_centi),
        },
    }
}
