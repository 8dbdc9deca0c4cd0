//! The clerk's edits of a draft and its freezing: "ready to sign" checks the terms, renders the
//! PDF, keeps it with its SHA-256 and tells the organisation. The same step freezes an annex.

use super::access::{self, AgreementRole};
use super::document::{document_key, render, sha256};
use super::input::AgreementPatch;
use super::notify::{notify_parties, AgreementEvent};
use super::view::{terms_of, view_of, working_version, AgreementView};
use super::{
    audit_row, in_state, next_state, refused, save_row, state_of, with_terms, write_rows,
    AgreementServices,
};
use crate::entities::agreement_version;
use crate::error::{StoreError, StoreResult};
use crate::{audit, Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::{
    apply_action, check_signatories, check_terms, AgreementAction, AgreementTerms,
};
use sea_orm::{ActiveModelTrait, Set, TransactionTrait};

/// Changes the draft's terms (the clerk's form or the API's PATCH), against the version the
/// clerk saw.
pub async fn patch_draft(
    db: &Db,
    actor: &Actor,
    id: i64,
    patch: AgreementPatch,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    next_state(&row, AgreementAction::Edit)?;
    if patch.lock_version != row.lock_version {
        return Err(StoreError::Stale {
            current: row.lock_version,
        });
    }
    let terms = patch
        .changes
        .apply(&terms_of(&row)?)
        .map_err(StoreError::Invalid)?;
    check_terms(&terms)
        .into_result(())
        .map_err(StoreError::Invalid)?;
    let version = working_version(&txn, id).await?;
    let mut active = agreement_version::ActiveModel::from(version);
    active.terms = Set(serde_json::to_string(&terms)?);
    active.updated_at = Set(now);
    active.update(&txn).await?;
    let saved = save_row(&txn, with_terms(&row, &terms)?, &row, now).await?;
    write_rows(&txn, id, &terms, now).await?;
    audit_row(&txn, actor, (&row, &saved), "agreement_edit", now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

/// Freezes the version being worked on (the original, or an annex): its terms must hold and
/// name enough signatories; its PDF is rendered and kept; the organisation is told.
pub async fn mark_ready(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let version = working_version(&txn, id).await?;
    if version.state != "draft" {
        return Err(refused("state", granty_domain::Rule::AgreementNotDraft));
    }
    let original = version.kind == "original";
    let state = state_of(&row)?;
    let next = match original {
        true => apply_action(state, AgreementAction::MarkReady).map_err(|r| refused("state", r))?,
        false => state,
    };
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    let mut v = check_terms(&terms);
    v.extend(check_signatories(&terms));
    v.into_result(()).map_err(StoreError::Invalid)?;
    let bytes = render(&txn, services, actor, (&row, &version), "pl").await?;
    let key = document_key(&row, version.version_no, "");
    services.storage.put(&key, bytes.clone().into()).await?;
    let mut active = agreement_version::ActiveModel::from(version.clone());
    active.state = Set("ready".to_string());
    active.document_key = Set(Some(key));
    active.document_sha256 = Set(Some(sha256(&bytes)));
    active.updated_at = Set(now);
    active.update(&txn).await?;
    let mut changed = in_state(&row, next);
    changed.updated_at = Set(now);
    let saved = save_row(&txn, changed, &row, now).await?;
    audit_row(&txn, actor, (&row, &saved), "agreement_ready", now).await?;
    let detail = serde_json::json!({ "version_no": version.version_no, "sha256": sha256(&bytes) });
    audit::record(
        &txn,
        actor,
        "agreement",
        id,
        "agreement_document",
        detail,
        now,
    )
    .await?;
    notify_parties(
        &txn,
        &saved,
        &AgreementEvent::Ready {
            version_no: version.version_no,
        },
        now,
    )
    .await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}
