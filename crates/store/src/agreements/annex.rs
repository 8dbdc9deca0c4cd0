//! An annex: a new version of the terms, with the list of what it changes. It is prepared on
//! an agreement in force, then made ready, signed by the town and by the organisation on the
//! same path as the original; only then do its terms come into force. The original and every
//! annex stay readable.

use super::access::{self, AgreementRole};
use super::input::AnnexInput;
use super::view::{terms_of, view_of, working_version, AgreementView};
use super::{audit_row, next_state, refused, save_row};
use crate::entities::{agreement, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::{check_terms, diff_terms, AgreementAction};
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};

/// Starts an annex changing the terms in force (as a draft version, made ready next).
pub async fn start_annex(
    db: &Db,
    actor: &Actor,
    id: i64,
    input: AnnexInput,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    next_state(&row, AgreementAction::StartAnnex)?;
    let latest = working_version(&txn, id).await?;
    if latest.state != "signed" {
        return Err(refused("state", Rule::AnnexPending));
    }
    let mut v = Violations::new();
    let reason = v.text("reason", &input.reason, 2000);
    v.into_result(()).map_err(StoreError::Invalid)?;
    let before = terms_of(&row)?;
    let after = input.changes.apply(&before).map_err(StoreError::Invalid)?;
    check_terms(&after)
        .into_result(())
        .map_err(StoreError::Invalid)?;
    let changes = diff_terms(&before, &after);
    if changes.is_empty() {
        return Err(refused("changes", Rule::NothingChanged));
    }
    let version_no = latest.version_no + 1;
    agreement_version::ActiveModel {
        agreement_id: Set(id),
        version_no: Set(version_no),
        kind: Set("annex".to_string()),
        state: Set("draft".to_string()),
        terms: Set(serde_json::to_string(&after)?),
        changes: Set(serde_json::to_string(&changes)?),
        reason: Set(reason),
        created_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let saved = save_row(&txn, agreement::ActiveModel::from(row.clone()), &row, now).await?;
    audit_row(&txn, actor, (&row, &saved), "annex_start", now).await?;
    let detail = serde_json::json!({ "version_no": version_no, "changes": changes });
    audit::record(&txn, actor, "agreement", id, "annex_changes", detail, now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}
