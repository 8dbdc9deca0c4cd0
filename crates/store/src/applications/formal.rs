//! The clerk's formal check: accepted, needs correction (with a deadline), or rejected. It runs
//! in steps: check the clerk's input, record the check, move the application, notify.

use super::access::{self, Seen};
use super::notify::notify_applicant;
use crate::audit;
use crate::entities::{application, formal_check};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::application::{correction_due, ApplicationState, FormalOutcome};
use granty_domain::formal::{check_checklist, Checklist};
use granty_domain::notification::Event;
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set, TransactionTrait};

/// The most deficiencies one check may list, and the longest text of one.
const MAX_DEFICIENCIES: usize = 50;
const MAX_DEFICIENCY_CHARS: usize = 2000;

pub struct FormalCheckInput {
    pub outcome: FormalOutcome,
    pub deficiencies: Vec<String>,
    pub reason: String,
    /// The answers per condition; the web form always sends them, API clients may leave them out.
    pub checklist: Option<Checklist>,
}

/// The clerk's input once checked: blank deficiencies dropped, texts trimmed.
struct Decision {
    outcome: FormalOutcome,
    deficiencies: Vec<String>,
    reason: String,
    checklist: Option<Checklist>,
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
    let decision = input.checked().map_err(StoreError::Invalid)?;
    let txn = db.writer.begin().await?;
    let seen = access::visible(&txn, actor, id).await?;
    let next = seen.transition(
        decision.outcome.action(),
        granty_domain::application::Actor::Staff,
        now,
    )?;
    let due = (decision.outcome == FormalOutcome::NeedsCorrection)
        .then(|| correction_due(now, seen.call.terms.correction_days, actor.tenant.time_zone));
    record_check(&txn, actor, &seen, &decision, due, now).await?;
    move_application(&txn, &seen, next, due, now).await?;
    let was = serde_json::json!({ "state": seen.record.state.code() });
    let is = serde_json::json!({
        "state": next.code(),
        "outcome": decision.outcome.code(),
        "correction_due_at": due,
        "deficiencies": decision.deficiencies,
        "reason": decision.reason,
    });
    audit::record_change(&txn, actor, "application", id, "formal_check", was, is, now).await?;
    notify_applicant(&txn, &seen, &decision.event(&seen, due, now), now).await?;
    txn.commit().await?;
    Ok(next)
}

impl FormalCheckInput {
    /// Step 1: deficiencies for a correction, a reason for a rejection, every condition
    /// answered (when the checklist is sent) and none unmet for an acceptance.
    fn checked(self) -> Result<Decision, Violations> {
        let mut v = Violations::new();
        let deficiencies: Vec<String> = self
            .deficiencies
            .iter()
            .map(|d| d.trim().to_string())
            .filter(|d| !granty_domain::text::is_blank(d))
            .collect();
        for (i, d) in deficiencies.iter().enumerate() {
            if d.chars().count() > MAX_DEFICIENCY_CHARS {
                let max = MAX_DEFICIENCY_CHARS;
                v.push(format!("deficiencies[{i}]"), Rule::TooLong { max });
            }
        }
        if deficiencies.len() > MAX_DEFICIENCIES {
            let max = MAX_DEFICIENCIES;
            v.push("deficiencies", Rule::TooManyItems { max });
        }
        if self.outcome == FormalOutcome::NeedsCorrection && deficiencies.is_empty() {
            v.push("deficiencies", Rule::DeficienciesRequired);
        }
        let reason = v.optional_text("reason", &self.reason, 5000);
        if self.outcome == FormalOutcome::Rejected && granty_domain::text::is_blank(&reason) {
            v.push("reason", Rule::ReasonRequired);
        }
        if let Some(checklist) = &self.checklist {
            v.extend(check_checklist(self.outcome, checklist));
        }
        v.into_result(Decision {
            outcome: self.outcome,
            deficiencies,
            reason,
            checklist: self.checklist,
        })
    }
}

impl Decision {
    /// What the applicant is told.
    fn event(&self, seen: &Seen, due: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Event {
        let call_title = seen.call.terms.title.clone();
        let application_title = seen.record.content.title.clone();
        match self.outcome {
            FormalOutcome::Accepted => Event::FormallyAccepted {
                call_title,
                application_title,
            },
            FormalOutcome::Rejected => Event::FormallyRejected {
                call_title,
                application_title,
                reason: self.reason.clone(),
            },
            FormalOutcome::NeedsCorrection => Event::CorrectionRequested {
                call_title,
                application_title,
                deficiencies: self.deficiencies.clone(),
                due: due.unwrap_or(now),
                justification: self.reason.clone(),
            },
        }
    }
}

/// Step 2: the check is kept with the version it judged, answers and all.
async fn record_check(
    txn: &DatabaseTransaction,
    actor: &Actor,
    seen: &Seen,
    decision: &Decision,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let checklist = match &decision.checklist {
        Some(checklist) => Some(serde_json::to_string(checklist)?),
        None => None,
    };
    formal_check::ActiveModel {
        application_id: Set(seen.record.id),
        version_no: Set(seen.record.current_version_no),
        outcome: Set(decision.outcome.code().to_string()),
        deficiencies: Set(serde_json::to_string(&decision.deficiencies)?),
        reason: Set(decision.reason.clone()),
        correction_due_at: Set(due),
        checked_by: Set(actor.user_id),
        checked_at: Set(now),
        checklist: Set(checklist),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// Step 3: the application's new state, and the correction deadline when one was set (an
/// earlier one stays on record otherwise).
async fn move_application(
    txn: &DatabaseTransaction,
    seen: &Seen,
    next: ApplicationState,
    due: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    application::ActiveModel {
        id: Set(seen.record.id),
        state: Set(next.code().to_string()),
        correction_due_at: Set(due.or(seen.record.correction_due_at)),
        lock_version: Set(seen.record.version + 1),
        updated_at: Set(now),
        ..Default::default()
    }
    .update(txn)
    .await?;
    Ok(())
}
