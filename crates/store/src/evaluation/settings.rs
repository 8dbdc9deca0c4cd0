//! A call's evaluation settings as stored, or the defaults while the clerk has set none.

use crate::entities::call_evaluation;
use crate::error::{StoreError, StoreResult};
use granty_domain::evaluation::{EvaluationSettings, TieBreaker};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// The settings of call `call_id` (the caller has already been checked against the call).
pub async fn settings(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<EvaluationSettings> {
    let row = call_evaluation::Entity::find()
        .filter(call_evaluation::Column::CallId.eq(call_id))
        .one(conn)
        .await?;
    match row {
        Some(row) => from_row(&row),
        None => Ok(EvaluationSettings::default()),
    }
}

pub(crate) fn from_row(row: &call_evaluation::Model) -> StoreResult<EvaluationSettings> {
    let codes: Vec<String> = serde_json::from_str(&row.tie_breakers)
        .map_err(|e| StoreError::Corrupt(format!("tie_breakers of call {}: {e}", row.call_id)))?;
    let tie_breakers = codes
        .iter()
        .map(|code| {
            TieBreaker::parse(code)
                .ok_or_else(|| StoreError::Corrupt(format!("tie-breaker `{code}`")))
        })
        .collect::<StoreResult<_>>()?;
    let count =
        |value: i32| u32::try_from(value).map_err(|_| StoreError::Corrupt(format!("{value}")));
    Ok(EvaluationSettings {
        half_points: row.half_points,
        min_justification_chars: count(row.min_justification_chars)?,
        min_total_centi: row.min_total_centi.map(|v| v.max(0) as u64),
        divergence_bp: count(row.divergence_bp)?,
        per_offer: row.per_offer.map(count).transpose()?,
        tie_breakers,
    })
}

/// The stored form of the tie-breakers.
#[allow(clippy::expect_used, reason = "a list of strings always serialises")]
pub fn tie_breaker_codes(settings: &EvaluationSettings) -> String {
    let codes: Vec<String> = settings.tie_breakers.iter().map(|b| b.code()).collect();
    serde_json::to_string(&codes).unwrap_or_else(|_| "[]".into())
}

/// The clerk's settings for a call, typed (the pages and the API read the tenant's local time
/// and the decimal total before this).
#[derive(Debug, Clone)]
pub struct SettingsInput {
    pub settings: EvaluationSettings,
    /// The scoring deadline, to the minute.
    pub scoring_deadline: Option<chrono::DateTime<chrono::Utc>>,
    pub no_ngo_reason: Option<granty_domain::evaluation::NoNgoReason>,
    /// The version the clerk saw; `None` for the first save.
    pub lock_version: Option<i32>,
}

/// The stored row of call `call_id`, if the clerk has saved settings.
pub async fn settings_row(
    conn: &impl ConnectionTrait,
    call_id: i64,
) -> StoreResult<Option<call_evaluation::Model>> {
    Ok(call_evaluation::Entity::find()
        .filter(call_evaluation::Column::CallId.eq(call_id))
        .one(conn)
        .await?)
}

/// The limits of each setting.
fn check(input: &SettingsInput, criteria: usize) -> granty_domain::Violations {
    use granty_domain::Rule;
    let mut v = granty_domain::Violations::new();
    let s = &input.settings;
    if s.min_justification_chars > 5000 {
        let (min, max) = (0, 5000);
        v.push(
            "min_justification_chars",
            Rule::WholeNumberBetween { min, max },
        );
    }
    if s.divergence_bp == 0 || s.divergence_bp > 10_000 {
        v.push("divergence_percent", Rule::PercentOutOfRange);
    }
    if s.per_offer.is_some_and(|n| n == 0 || n > 50) {
        v.push("per_offer", Rule::WholeNumberBetween { min: 1, max: 50 });
    }
    let unknown = s.tie_breakers.iter().any(|b| match b {
        TieBreaker::Criterion(i) => *i >= criteria,
        TieBreaker::Received => false,
    });
    if unknown {
        v.push("tie_breakers", Rule::UnknownReference);
    }
    v
}

/// Saves the call's evaluation settings (the clerk, on the call's committee page); refuses a
/// stale version, and any change once the results are out; writes the change to the audit trail.
pub async fn save_settings(
    db: &crate::Db,
    actor: &crate::Actor,
    call_id: i64,
    input: SettingsInput,
    now: chrono::DateTime<chrono::Utc>,
) -> StoreResult<call_evaluation::Model> {
    use sea_orm::{ActiveModelTrait, Set, TransactionTrait};
    actor.require_staff()?;
    let txn = db.writer.begin().await?;
    let call = crate::calls::visible(&txn, actor, call_id).await?;
    // The published ranking was made under these settings: they stay with it.
    if super::gate::scoring_closed(call.state.code()) {
        return Err(StoreError::Call(
            granty_domain::call::CallError::NotAllowed {
                action: "evaluation_settings",
                phase: call.phase(now),
            },
        ));
    }
    let violations = check(&input, call.terms.criteria.len());
    violations.into_result(()).map_err(StoreError::Invalid)?;
    let before = settings_row(&txn, call_id).await?;
    let current = before.as_ref().map(|r| r.lock_version);
    if current.is_some() && input.lock_version != current {
        return Err(StoreError::Stale {
            current: current.unwrap_or_default(),
        });
    }
    let s = &input.settings;
    let mut row = call_evaluation::ActiveModel {
        call_id: Set(call_id),
        half_points: Set(s.half_points),
        min_justification_chars: Set(s.min_justification_chars as i32),
        min_total_centi: Set(s
            .min_total_centi
            .map(|c| i64::try_from(c).unwrap_or(i64::MAX))),
        divergence_bp: Set(s.divergence_bp as i32),
        per_offer: Set(s.per_offer.map(|n| n as i32)),
        scoring_deadline: Set(input.scoring_deadline),
        no_ngo_reason: Set(input.no_ngo_reason.map(|r| r.code().to_string())),
        tie_breakers: Set(tie_breaker_codes(s)),
        lock_version: Set(current.unwrap_or(0) + 1),
        updated_at: Set(now),
        ..Default::default()
    };
    let saved = match &before {
        Some(existing) => {
            row.id = Set(existing.id);
            row.update(&txn).await?
        }
        None => {
            row.created_at = Set(now);
            // Two first saves at once: the later one is stale, as for any other version.
            row.insert(&txn)
                .await
                .map_err(|e| match StoreError::from(e) {
                    StoreError::Duplicate { .. } => StoreError::Stale { current: 1 },
                    other => other,
                })?
        }
    };
    let was = before
        .as_ref()
        .map(audit_view)
        .unwrap_or_else(|| serde_json::json!({}));
    let (was, is) = crate::audit::differences(&was, &audit_view(&saved));
    crate::audit::record_change(
        &txn,
        actor,
        "call",
        call_id,
        "evaluation_settings",
        was,
        is,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(saved)
}

fn audit_view(row: &call_evaluation::Model) -> serde_json::Value {
    serde_json::json!({
        "half_points": row.half_points,
        "min_justification_chars": row.min_justification_chars,
        "min_total_centi": row.min_total_centi,
        "divergence_bp": row.divergence_bp,
        "per_offer": row.per_offer,
        "scoring_deadline": row.scoring_deadline,
        "no_ngo_reason": row.no_ngo_reason,
        "tie_breakers": row.tie_breakers,
    })
}
