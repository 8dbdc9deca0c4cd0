//! The clerk's formal check: accepted, needs correction (with a deadline), or rejected.

use super::access;
use crate::audit;
use crate::entities::{application, formal_check};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{correction_due, ApplicationState, FormalOutcome};
use granty_domain::formal::{check_checklist, Checklist};
use granty_domain::notification::Event;
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, EntityTrait, Set, TransactionTrait};

pub struct FormalCheckInput {
    pub outcome: FormalOutcome,
    pub deficiencies: Vec<String>,
    pub reason: String,
    /// The answers per condition; the web form always sends them, API clients may leave them out.
    pub checklist: Option<Checklist>,
}

/// Records a formal check and moves the application; returns its new state.
pub async fn formal_check(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: FormalCheckInput,
    now: DateTime<Utc>,
) -> StoreResult<ApplicationState> {
    actor.require_staff()?;
    let mut v = Violations::new();
    let deficiencies: Vec<String> = input
        .deficiencies
        .iter()
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
        .collect();
    for (i, d) in deficiencies.iter().enumerate() {
        if d.chars().count() > 2000 {
            v.push(format!("deficiencies[{i}]"), Rule::TooLong { max: 2000 });
        }
    }
    if deficiencies.len() > 50 {
        v.push("deficiencies", Rule::TooManyItems { max: 50 });
    }
    if input.outcome == FormalOutcome::NeedsCorrection && deficiencies.is_empty() {
        v.push("deficiencies", Rule::DeficienciesRequired);
    }
    let reason = v.optional_text("reason", &input.reason, 5000);
    if input.outcome == FormalOutcome::Rejected && reason.is_empty() {
        v.push("reason", Rule::ReasonRequired);
    }
    if let Some(checklist) = &input.checklist {
        v.extend(check_checklist(input.outcome, checklist));
    }
    if !v.is_empty() {
        return Err(StoreError::Invalid(v));
    }
    let checklist = match &input.checklist {
        Some(checklist) => Some(serde_json::to_string(checklist)?),
        None => None,
    };
    let txn = db.writer.begin().await?;
    let seen = access::visible(&txn, actor, id).await?;
    let next = seen.transition(
        input.outcome.action(),
        granty_domain::application::Actor::Staff,
        now,
    )?;
    let due = (input.outcome == FormalOutcome::NeedsCorrection)
        .then(|| correction_due(now, seen.call.terms.correction_days, actor.tenant.time_zone));
    formal_check::ActiveModel {
        application_id: Set(id),
        version_no: Set(seen.record.current_version_no),
        outcome: Set(input.outcome.code().to_string()),
        deficiencies: Set(serde_json::to_string(&deficiencies)?),
        reason: Set(reason.clone()),
        correction_due_at: Set(due),
        checked_by: Set(actor.user_id),
        checked_at: Set(now),
        checklist: Set(checklist),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let stored = application::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mut model: application::ActiveModel = stored.into();
    model.state = Set(next.code().to_string());
    model.correction_due_at = Set(due.or(seen.record.correction_due_at));
    model.lock_version = Set(seen.record.version + 1);
    model.updated_at = Set(now);
    model.update(&txn).await?;
    audit::record(
        &txn,
        actor,
        "application",
        id,
        "formal_check",
        serde_json::json!({ "outcome": input.outcome.code() }),
        now,
    )
    .await?;
    let (reason_text, deficiency_list) = (reason, deficiencies);
    let call_title = seen.call.terms.title.clone();
    let application_title = seen.record.content.title.clone();
    let event = match input.outcome {
        FormalOutcome::Accepted => Event::FormallyAccepted {
            call_title,
            application_title,
        },
        FormalOutcome::Rejected => Event::FormallyRejected {
            call_title,
            application_title,
            reason: reason_text,
        },
        FormalOutcome::NeedsCorrection => Event::CorrectionRequested {
            call_title,
            application_title,
            deficiencies: deficiency_list,
            due: due.unwrap_or(now),
        },
    };
    super::submit::notify_applicant(&txn, &seen, &event, now).await?;
    txn.commit().await?;
    Ok(next)
}
