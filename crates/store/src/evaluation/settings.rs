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
pub fn tie_breaker_codes(settings: &EvaluationSettings) -> String {
    let codes: Vec<String> = settings.tie_breakers.iter().map(|b| b.code()).collect();
    // A list of strings always serialises; the fallback only keeps the request path panic-free.
    serde_json::to_string(&codes).unwrap_or_else(|_| "[]".to_string())
}
