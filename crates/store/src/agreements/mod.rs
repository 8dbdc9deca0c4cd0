//! Agreements (art. 16; the 2018 model agreement, Annex 3): created from an award, edited as a
//! draft, frozen with its PDF, signed by the town and then by the organisation (PAdES, or a scan
//! the clerk confirms), changed by annexes (new versions, each signed the same way), paid in
//! tranches, or terminated.
//!
//! Every use case runs in one transaction, checks the caller's role and town first, writes the
//! audit trail and tells people through the outbox in the same transaction. The version being
//! worked on is always the latest one (the original while the agreement is unsigned, else an
//! annex); the version in force is `agreements.current_version`.

pub(crate) mod access;
mod annex;
mod control_reminders;
mod controls;
mod copies;
mod create;
mod document;
mod draft;
mod input;
mod notify;
mod partners;
mod payments;
mod reminders;
mod scans;
mod signing;
mod terminate;
pub(crate) mod view;

pub use access::AgreementRole;
pub use annex::start_annex;
pub(crate) use control_reminders::control_reminders;
pub use controls::{recommendations_done, record_control, ControlForm, ControlView, DoneForm};
pub use copies::upload_signed_copy;
pub use create::create_from_award;
pub(crate) use create::final_content;
pub use document::{pdf, PdfFile};
pub use draft::{mark_ready, patch_draft};
pub use input::{
    AgreementPatch, AnnexInput, CostLineChange, PaymentForm, SignatoryInput, TermsChanges,
    TrancheInput,
};
pub(crate) use notify::party_recipients;
pub use payments::record_payment;
pub(crate) use reminders::unsigned_reminders;
pub use scans::{confirm_scan, upload_scan, uploaded_scan};
pub use signing::{sign_by_town, ScanConfirmation};
pub use terminate::{end_realisation, settle, terminate};
pub(crate) use terminate::{reporting_in, settle_in};
pub use view::{
    get, list, AgreementSummary, AgreementView, PaymentView, SignatureView, TrancheView,
    VersionView,
};

use crate::Storage;
use granty_documents::pades::Signer;
use granty_documents::Engine;

/// The outside services the agreement use cases need: where PDFs are kept, the templates they
/// are rendered from, and the town's signing key (absent: the town's signature is recorded by
/// the clerk without PAdES).
#[derive(Clone, Copy)]
pub struct AgreementServices<'a> {
    pub storage: &'a Storage,
    pub documents: &'a Engine,
    pub signer: Option<&'a Signer>,
}

use crate::entities::{agreement, agreement_signatory, agreement_tranche};
use crate::error::StoreResult;
use crate::{audit, Actor};
use chrono::{DateTime, Utc};
use granty_domain::agreement::AgreementTerms;
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, Set};

/// Mirrors the terms in force into the tranche and signatory rows (payments point at tranches
/// by id, so tranches are updated by number rather than replaced).
async fn write_rows(
    txn: &DatabaseTransaction,
    agreement_id: i64,
    terms: &AgreementTerms,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let old = agreement_tranche::Entity::find()
        .filter(agreement_tranche::Column::AgreementId.eq(agreement_id))
        .all(txn)
        .await?;
    for (i, tranche) in terms.tranches.iter().enumerate() {
        let number = i32::try_from(i + 1).unwrap_or(i32::MAX);
        let mut row = match old.iter().find(|t| t.number == number) {
            Some(found) => agreement_tranche::ActiveModel::from(found.clone()),
            None => agreement_tranche::ActiveModel {
                agreement_id: Set(agreement_id),
                number: Set(number),
                created_at: Set(now),
                ..Default::default()
            },
        };
        row.amount_minor = Set(tranche.amount.minor);
        row.due_on = Set(tranche.due_on);
        row.updated_at = Set(now);
        row.save(txn).await?;
    }
    let kept = i32::try_from(terms.tranches.len()).unwrap_or(i32::MAX);
    agreement_tranche::Entity::delete_many()
        .filter(agreement_tranche::Column::AgreementId.eq(agreement_id))
        .filter(agreement_tranche::Column::Number.gt(kept))
        .exec(txn)
        .await?;
    agreement_signatory::Entity::delete_many()
        .filter(agreement_signatory::Column::AgreementId.eq(agreement_id))
        .exec(txn)
        .await?;
    for (i, person) in terms.signatories.iter().enumerate() {
        agreement_signatory::ActiveModel {
            agreement_id: Set(agreement_id),
            party: Set(person.party.code().to_string()),
            organisation_id: Set(None),
            name: Set(person.name.clone()),
            function: Set(person.function.clone()),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// The agreement row with `terms` in force (its columns follow the terms).
fn with_terms(
    row: &agreement::Model,
    terms: &AgreementTerms,
) -> StoreResult<agreement::ActiveModel> {
    let mut active = agreement::ActiveModel::from(row.clone());
    active.terms = Set(serde_json::to_string(terms)?);
    active.grant_minor = Set(terms.grant.minor);
    active.starts_on = Set(terms.starts_on);
    active.ends_on = Set(terms.ends_on);
    active.use_by = Set(terms.use_by);
    active.return_by = Set(terms.return_by());
    active.shift_bp = Set(i32::try_from(terms.shift.basis_points()).unwrap_or(0));
    active.shift_basis = Set(terms.shift_basis.code().to_string());
    active.bank_account = Set(terms.bank_account.clone());
    Ok(active)
}

/// Saves a changed agreement row, one version later.
async fn save_row(
    txn: &DatabaseTransaction,
    mut active: agreement::ActiveModel,
    before: &agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<agreement::Model> {
    active.lock_version = Set(before.lock_version + 1);
    active.updated_at = Set(now);
    Ok(active.update(txn).await?)
}

async fn audit_created(
    txn: &DatabaseTransaction,
    actor: &Actor,
    row: &agreement::Model,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let after = serde_json::to_value(row)?;
    let before = serde_json::Value::Null;
    audit::record_change(
        txn,
        actor,
        "agreement",
        row.id,
        "agreement_create",
        before,
        after,
        now,
    )
    .await
}

async fn audit_row(
    txn: &DatabaseTransaction,
    actor: &Actor,
    (before, after): (&agreement::Model, &agreement::Model),
    action: &str,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let (was, is) = audit::row_changes(before, after)?;
    audit::record_change(txn, actor, "agreement", before.id, action, was, is, now).await
}

/// The agreement's state as stored.
fn state_of(row: &agreement::Model) -> StoreResult<granty_domain::agreement::AgreementState> {
    granty_domain::agreement::AgreementState::parse(&row.state)
        .ok_or_else(|| crate::StoreError::Corrupt(format!("agreement state {}", row.state)))
}

/// The state `action` leads to from the agreement's, or the rule that refuses it.
fn next_state(
    row: &agreement::Model,
    action: granty_domain::agreement::AgreementAction,
) -> StoreResult<granty_domain::agreement::AgreementState> {
    granty_domain::agreement::apply_action(state_of(row)?, action)
        .map_err(|rule| refused("state", rule))
}

/// A refusal named by one rule on one field.
fn refused(field: &str, rule: granty_domain::Rule) -> crate::StoreError {
    let mut v = granty_domain::Violations::new();
    v.push(field, rule);
    crate::StoreError::Invalid(v)
}

/// The agreement row moved to `state`.
fn in_state(
    row: &agreement::Model,
    state: granty_domain::agreement::AgreementState,
) -> agreement::ActiveModel {
    let mut active = agreement::ActiveModel::from(row.clone());
    active.state = Set(state.code().to_string());
    active
}
