//! Anyone may ask why an offer was chosen or rejected, within 30 days of the results (art. 15
//! ust. 2i): the request is judged by its arrival, stored, listed for the clerk, answered by
//! email; both steps are in the audit trail. The public form is throttled per address and call.

use super::notify::notify_address;
use super::{published_result, staff_call};
use crate::audit;
use crate::entities::{application, call, justification_request};
use crate::error::{StoreError, StoreResult};
use crate::tenants::tenant_by_slug;
use crate::{Actor, Db};
use chrono::{DateTime, Duration, Utc};
use granty_domain::call::CallState;
use granty_domain::notification::Event;
use granty_domain::organisation::is_plausible_email;
use granty_domain::results::justification_closes_at;
use granty_domain::{Language, Rule, Violations};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};

/// Requests one address may file about one call in a day, and all requests about one call in
/// an hour: enough for any honest asker, too few to flood the clerks.
const PER_ADDRESS_PER_DAY: u64 = 5;
const PER_CALL_PER_HOUR: u64 = 100;
const MAX_QUESTION_CHARS: usize = 5000;
const MAX_ANSWER_CHARS: usize = 20_000;

/// What the public form sends.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct JustificationInput {
    pub requester_name: String,
    pub requester_email: String,
    /// The offer asked about (optional: one may ask about the whole choice).
    pub application_id: Option<i64>,
    pub question: String,
}

/// A request as the clerk sees it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct JustificationView {
    pub id: i64,
    pub call_id: i64,
    pub application_id: Option<i64>,
    pub requester_name: String,
    pub requester_email: String,
    pub language: String,
    pub question: String,
    pub received_at: DateTime<Utc>,
    pub answer: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
}

impl From<justification_request::Model> for JustificationView {
    fn from(m: justification_request::Model) -> Self {
        JustificationView {
            id: m.id,
            call_id: m.call_id,
            application_id: m.application_id,
            requester_name: m.requester_name,
            requester_email: m.requester_email,
            language: m.language,
            question: m.question,
            received_at: m.received_at,
            answer: m.answer,
            answered_at: m.answered_at,
        }
    }
}

impl JustificationInput {
    fn checked(&self) -> Result<JustificationInput, Violations> {
        let mut v = Violations::new();
        let requester_name = v.text("requester_name", &self.requester_name, 300);
        let requester_email = v.text("requester_email", &self.requester_email, 254);
        if !requester_email.is_empty() && !is_plausible_email(&requester_email) {
            v.push("requester_email", Rule::InvalidEmail);
        }
        let question = v.text("question", &self.question, MAX_QUESTION_CHARS);
        v.into_result(JustificationInput {
            requester_name,
            requester_email: requester_email.to_lowercase(),
            application_id: self.application_id,
            question,
        })
    }
}

/// Files a request that arrived at `arrived`; refused (422) after the 30 days with the day the
/// period ended, 404 before the results.
pub async fn file_request(
    db: &Db,
    tenant_slug: &str,
    call_id: i64,
    input: JustificationInput,
    language: Language,
    arrived: DateTime<Utc>,
) -> StoreResult<JustificationView> {
    let tenant = tenant_by_slug(&db.reader, tenant_slug).await?;
    let txn = db.writer.begin().await?;
    let call = call::Entity::find_by_id(call_id)
        .one(&txn)
        .await?
        .filter(|c| c.tenant_id == tenant.id && c.state != CallState::Draft.code())
        .ok_or(StoreError::NotFound)?;
    check_period(&txn, call.id, tenant.time_zone, arrived).await?;
    let input = input.checked().map_err(StoreError::Invalid)?;
    check_offer_of_call(&txn, call.id, input.application_id).await?;
    throttle(&txn, call.id, &input.requester_email, arrived).await?;
    let saved = justification_request::ActiveModel {
        tenant_id: Set(tenant.id),
        call_id: Set(call.id),
        application_id: Set(input.application_id),
        requester_name: Set(input.requester_name),
        requester_email: Set(input.requester_email),
        language: Set(language.code().to_string()),
        question: Set(input.question),
        received_at: Set(arrived),
        created_at: Set(arrived),
        updated_at: Set(arrived),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let detail = serde_json::json!({ "request": saved.id, "application_id": saved.application_id });
    audit::record_by_system(
        &txn,
        tenant.id,
        "call",
        call.id,
        "justification_requested",
        detail,
        arrived,
    )
    .await?;
    txn.commit().await?;
    Ok(saved.into())
}

/// The request arrived within 30 days of the results; otherwise refused with the day the period
/// ended, in the town's calendar.
async fn check_period(
    conn: &impl ConnectionTrait,
    call_id: i64,
    zone: chrono_tz::Tz,
    arrived: DateTime<Utc>,
) -> StoreResult<()> {
    let published = published_result(conn, call_id)
        .await?
        .published_at
        .unwrap_or(arrived);
    let closes = justification_closes_at(published);
    if arrived <= closes {
        return Ok(());
    }
    let closed_on = closes.with_timezone(&zone).date_naive();
    let mut v = Violations::new();
    v.push("received_at", Rule::JustificationPeriodOver { closed_on });
    Err(StoreError::Invalid(v))
}

/// The offer asked about must be one submitted in this call.
async fn check_offer_of_call(
    conn: &impl ConnectionTrait,
    call_id: i64,
    application_id: Option<i64>,
) -> StoreResult<()> {
    let Some(id) = application_id else {
        return Ok(());
    };
    let found = application::Entity::find_by_id(id)
        .one(conn)
        .await?
        .filter(|a| a.call_id == call_id && a.submitted_at.is_some());
    if found.is_none() {
        let mut v = Violations::new();
        v.push("application_id", Rule::UnknownReference);
        return Err(StoreError::Invalid(v));
    }
    Ok(())
}

async fn throttle(
    conn: &impl ConnectionTrait,
    call_id: i64,
    email: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    use justification_request::Column as C;
    let day_ago = now - Duration::days(1);
    let hour_ago = now - Duration::hours(1);
    let by_address = justification_request::Entity::find()
        .filter(C::CallId.eq(call_id))
        .filter(C::RequesterEmail.eq(email))
        .filter(C::ReceivedAt.gt(day_ago))
        .count(conn)
        .await?;
    let by_call = justification_request::Entity::find()
        .filter(C::CallId.eq(call_id))
        .filter(C::ReceivedAt.gt(hour_ago))
        .count(conn)
        .await?;
    let until = if by_address >= PER_ADDRESS_PER_DAY {
        now + Duration::days(1)
    } else if by_call >= PER_CALL_PER_HOUR {
        now + Duration::hours(1)
    } else {
        return Ok(());
    };
    Err(StoreError::Throttled {
        until,
        retry_after_seconds: (until - now).num_seconds(),
    })
}

/// The call's requests, newest first, for the town's staff.
pub async fn list_requests(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> StoreResult<Vec<JustificationView>> {
    staff_call(&db.reader, actor, call_id).await?;
    Ok(justification_request::Entity::find()
        .filter(justification_request::Column::CallId.eq(call_id))
        .order_by_desc(justification_request::Column::ReceivedAt)
        .order_by_desc(justification_request::Column::Id)
        .all(&db.reader)
        .await?
        .into_iter()
        .map(JustificationView::from)
        .collect())
}

/// Answers a request (or corrects the answer): stored, emailed to the requester in the language
/// they asked in, recorded with the answer before and after.
pub async fn answer_request(
    db: &Db,
    actor: &Actor,
    id: i64,
    answer: &str,
    now: DateTime<Utc>,
) -> StoreResult<JustificationView> {
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let request = justification_request::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .filter(|r| r.tenant_id == actor.tenant_id())
        .ok_or(StoreError::NotFound)?;
    let call = staff_call(&txn, actor, request.call_id).await?;
    let mut v = Violations::new();
    let answer = v.text("answer", answer, MAX_ANSWER_CHARS);
    v.into_result(()).map_err(StoreError::Invalid)?;
    let mut row = justification_request::ActiveModel::from(request.clone());
    row.answer = Set(Some(answer));
    row.answered_at = Set(Some(now));
    row.answered_by = Set(Some(actor.user_id));
    row.updated_at = Set(now);
    let saved = row.update(&txn).await?;
    let (was, is) = audit::row_changes(&request, &saved)?;
    audit::record_change(
        &txn,
        actor,
        "justification_request",
        id,
        "answer",
        was,
        is,
        now,
    )
    .await?;
    let link = format!("/{}/calls/{}", actor.tenant.slug, call.id);
    email_answer(&txn, &saved, &call.terms.title, link, now).await?;
    txn.commit().await?;
    Ok(saved.into())
}

/// Emails the answer to the requester in the language they asked in; the link leads to the
/// call's public page, with its published results.
async fn email_answer(
    conn: &impl ConnectionTrait,
    saved: &justification_request::Model,
    call_title: &str,
    link: String,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let event = Event::JustificationAnswered {
        call_title: call_title.to_string(),
        question: saved.question.clone(),
        answer: saved.answer.clone().unwrap_or_default(),
    };
    let language = saved.language.parse().unwrap_or_default();
    let to = (saved.requester_email.as_str(), language);
    let entity = ("justification_request", saved.id);
    notify_address(conn, saved.tenant_id, entity, link, to, &event, now).await
}

/// The call a request of the caller's town belongs to (to go back to its list), for the staff.
pub async fn request_call(db: &Db, actor: &Actor, id: i64) -> StoreResult<i64> {
    actor.require_staff()?;
    justification_request::Entity::find_by_id(id)
        .one(&db.reader)
        .await?
        .filter(|r| r.tenant_id == actor.tenant_id())
        .map(|r| r.call_id)
        .ok_or(StoreError::NotFound)
}
