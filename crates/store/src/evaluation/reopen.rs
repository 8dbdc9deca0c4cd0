//! The clerk's side of the scoring cards: any member's card on an offer of the town, and
//! reopening a submitted card with a reason (audited; the member is told by email).

use super::scorecards::{assemble, progress_of, stored, Card, CardProgress};
use crate::applications::record_from_model;
use crate::audit;
use crate::entities::{application, call, scorecard, user};
use crate::error::{StoreError, StoreResult};
use crate::notifications::{self, Recipient, Subject};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::ApplicationState;
use granty_domain::evaluation::CardState;
use granty_domain::notification::Event;
use granty_domain::{Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

/// The longest reason for reopening a card.
const MAX_REASON_CHARS: usize = 2000;

/// The offer and its call, as the town's staff see them (another town's or unknown: 404).
pub(crate) async fn staff_offer(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    application_id: i64,
) -> StoreResult<(application::Model, call::Model)> {
    actor.require_staff()?;
    let application = application::Entity::find_by_id(application_id)
        .one(conn)
        .await?
        .filter(|a| a.tenant_id == actor.tenant_id())
        .filter(|a| a.state != ApplicationState::Draft.code())
        .ok_or(StoreError::NotFound)?;
    let call = call::Entity::find_by_id(application.call_id)
        .one(conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok((application, call))
}

/// One member's card on an offer, with the member's name, for the clerk.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct MemberCard {
    pub member_name: String,
    pub card: Card,
}

/// Every card written on offer `application_id` (drafts and submitted), read by the clerk.
pub async fn clerk_cards(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    now: DateTime<Utc>,
) -> StoreResult<Vec<MemberCard>> {
    let conn = &db.reader;
    let (_, call) = staff_offer(conn, actor, application_id).await?;
    let rows = scorecard::Entity::find()
        .filter(scorecard::Column::ApplicationId.eq(application_id))
        .order_by_asc(scorecard::Column::Id)
        .all(conn)
        .await?;
    let mut cards = Vec::new();
    for row in rows {
        let member_name = user::Entity::find_by_id(row.user_id)
            .one(conn)
            .await?
            .map(|u| u.display_name)
            .unwrap_or_default();
        let card = assemble(conn, &call, application_id, row.user_id, now).await?;
        cards.push(MemberCard { member_name, card });
    }
    Ok(cards)
}

/// Reopens member `user_id`'s submitted card on offer `application_id`: a draft again, the reason
/// kept on the card and in the audit trail, the member told by email.
pub async fn reopen(
    db: &Db,
    actor: &Actor,
    application_id: i64,
    user_id: i64,
    reason: &str,
    now: DateTime<Utc>,
) -> StoreResult<Card> {
    let txn = db.writer.begin().await?;
    // Who may ask first, then what they sent: a refusal never depends on the body.
    let (application, call) = staff_offer(&txn, actor, application_id).await?;
    let reason = checked_reason(reason)?;
    if super::gate::scoring_closed(&call.state) {
        return Err(StoreError::CardState("closed"));
    }
    let Some(row) = stored(&txn, application_id, user_id).await? else {
        let mut v = Violations::new();
        v.push("member_user_id", Rule::UnknownReference);
        return Err(StoreError::Invalid(v));
    };
    if progress_of(&row)? != CardProgress::Submitted {
        return Err(StoreError::CardState("not submitted"));
    }
    scorecard::ActiveModel {
        id: Set(row.id),
        state: Set(CardState::Draft.code().to_string()),
        reopened_at: Set(Some(now)),
        reopen_reason: Set(Some(reason.clone())),
        reopened_by: Set(Some(actor.user_id)),
        lock_version: Set(row.lock_version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(&txn)
    .await?;
    let was = serde_json::json!({ "state": row.state, "submitted_at": row.submitted_at });
    let is = serde_json::json!({
        "state": CardState::Draft.code(),
        "reason": reason,
        "member_user_id": user_id,
        "application_id": application_id,
    });
    audit::record_change(&txn, actor, "scorecard", row.id, "reopen", was, is, now).await?;
    let title = record_from_model(application)?.content.title;
    let event = Event::ScorecardReopened {
        call_title: call.title.clone(),
        application_title: title,
        reason,
    };
    tell_member(
        &txn,
        actor.tenant_id(),
        user_id,
        application_id,
        &event,
        now,
    )
    .await?;
    txn.commit().await?;
    assemble(&db.reader, &call, application_id, user_id, now).await
}

fn checked_reason(reason: &str) -> StoreResult<String> {
    let mut v = Violations::new();
    let reason = v.optional_text("reason", reason, MAX_REASON_CHARS);
    if granty_domain::text::is_blank(&reason) {
        v.push("reason", Rule::ReasonRequired);
    }
    v.into_result(reason).map_err(StoreError::Invalid)
}

async fn tell_member(
    conn: &impl ConnectionTrait,
    tenant_id: i64,
    user_id: i64,
    application_id: i64,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let Some(member) = user::Entity::find_by_id(user_id).one(conn).await? else {
        return Ok(());
    };
    let recipient = Recipient {
        email: member.email,
        user_id: Some(member.id),
        language: member.language.parse().unwrap_or_default(),
    };
    let subject = Subject {
        tenant_id,
        entity: "application",
        entity_id: application_id,
        link_path: format!("/evaluations/applications/{application_id}"),
    };
    notifications::enqueue(conn, &subject, &[recipient], event, None, now).await?;
    Ok(())
}
