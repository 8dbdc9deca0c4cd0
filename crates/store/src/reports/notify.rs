//! Telling the reporting organisation's members what the clerk did about a report, each in
//! their own language, through the outbox in the same transaction as the change.

use super::access::Seen;
use crate::error::StoreResult;
use crate::notifications::{self, Subject};
use chrono::{DateTime, NaiveDate, Utc};
use granty_domain::agreement::AgreementTerms;
use granty_domain::notification::Event;
use granty_domain::report::ReviewDecision;
use sea_orm::ConnectionTrait;
use std::collections::BTreeMap;

/// The clerk's decision as the letter tells it.
pub(super) struct Reviewed<'a> {
    pub decision: ReviewDecision,
    pub comments: &'a BTreeMap<String, String>,
    pub correct_by: Option<NaiveDate>,
}

fn task_title(seen: &Seen) -> StoreResult<String> {
    let terms: AgreementTerms = serde_json::from_str(&seen.agreement.terms)?;
    Ok(terms.task_title)
}

async fn send(
    conn: &impl ConnectionTrait,
    seen: &Seen,
    event: &Event,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let subject = Subject {
        tenant_id: seen.row.tenant_id,
        entity: "report",
        entity_id: seen.row.id,
        link_path: format!("/reports/{}", seen.row.id),
    };
    let recipients = notifications::organisation_recipients(conn, seen.row.organisation_id).await?;
    notifications::enqueue(conn, &subject, &recipients, event, None, now).await?;
    Ok(())
}

/// The report was accepted, sent back for corrections (with the comments, each after its field
/// path, and the day they are due) or rejected (with the reason).
pub(super) async fn notify_review(
    conn: &impl ConnectionTrait,
    seen: &Seen,
    what: &Reviewed<'_>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let rejected = what.decision == ReviewDecision::Reject;
    let reason = match rejected {
        true => what.comments.get("reason").cloned().unwrap_or_default(),
        false => String::new(),
    };
    let comments = match rejected {
        true => Vec::new(),
        false => what
            .comments
            .iter()
            .map(|(path, text)| format!("{path}: {text}"))
            .collect(),
    };
    let event = Event::ReportReviewed {
        agreement_number: seen.agreement.number.clone(),
        task_title: task_title(seen)?,
        decision: what.decision.code().to_string(),
        comments,
        reason,
        correct_by: what.correct_by,
    };
    send(conn, seen, &event, now).await
}

/// The clerk called for a report (a partial one during the year, or the written call for a
/// missing final report), due on `due_on`.
pub(super) async fn notify_call(
    conn: &impl ConnectionTrait,
    seen: &Seen,
    due_on: NaiveDate,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let event = Event::ReportCalled {
        agreement_number: seen.agreement.number.clone(),
        task_title: task_title(seen)?,
        report_kind: seen.row.kind.clone(),
        due_on,
    };
    send(conn, seen, &event, now).await
}
