//! Signing a frozen version: the town first (PAdES with its key when configured, else recorded
//! by the clerk), then the organisation — its signed copy is verified (every signature, the
//! chain to the town's trust anchors, nothing appended, built on the town's file) and its
//! signatures counted against the representation rule; or, where the town takes scans, the
//! clerk confirms a signed scan. With every party signed the version binds: the original moves
//! the agreement into realisation, an annex's terms come into force.

use super::access::{self, AgreementRole};
use super::document::{document_key, sha256};
use super::notify::{notify_parties, AgreementEvent};
use super::settings;
use super::view::{signatures_of, view_of, working_version, AgreementView};
use super::{
    audit_row, in_state, refused, save_row, state_of, with_terms, write_rows, AgreementServices,
};
use crate::entities::{agreement, agreement_signature, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_documents::pades::{self, SignOptions, Signer, TrustAnchors, VerifyError};
use granty_domain::agreement::{apply_action, AgreementAction, AgreementState, AgreementTerms};
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, Set, TransactionTrait};

/// A signature found on a signed copy (or typed by the clerk for a scan).
#[derive(Debug, Clone)]
pub(super) struct FoundSignature {
    pub signer: String,
    pub certificate_sha256: String,
}

/// The clerk's confirmation of a signed scan: who signed for the organisation.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ScanConfirmation {
    pub signers: Vec<String>,
}

/// The version a party may sign now: frozen (not a draft), not yet signed by `party`.
async fn signable(
    txn: &DatabaseTransaction,
    row: &agreement::Model,
    party: &str,
) -> StoreResult<agreement_version::Model> {
    let version = working_version(txn, row.id).await?;
    let signed = signatures_of(txn, version.id).await?;
    if version.state == "draft" {
        return Err(refused("state", Rule::SigningADraft));
    }
    if version.state == "signed" || signed.iter().any(|s| s.party == party) {
        return Err(refused("state", Rule::AlreadySigned));
    }
    if party != "town" && !signed.iter().any(|s| s.party == "town") {
        return Err(refused("state", Rule::TownNotSigned));
    }
    if version.kind == "original" {
        let action = match party {
            "town" => AgreementAction::TownSigns,
            _ => AgreementAction::PartiesSign,
        };
        apply_action(state_of(row)?, action).map_err(|r| refused("state", r))?;
    }
    Ok(version)
}

#[allow(clippy::too_many_arguments)]
async fn record_signature(
    txn: &DatabaseTransaction,
    actor: &Actor,
    version: &agreement_version::Model,
    (party, organisation_id): (&str, Option<i64>),
    method: &str,
    found: &FoundSignature,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    agreement_signature::ActiveModel {
        version_id: Set(version.id),
        party: Set(party.to_string()),
        organisation_id: Set(organisation_id),
        method: Set(method.to_string()),
        signer: Set(found.signer.chars().take(300).collect()),
        certificate_sha256: Set(found.certificate_sha256.clone()),
        signed_at: Set(now),
        recorded_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The town signs the version being worked on.
pub async fn sign_by_town(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let version = signable(&txn, &row, "town").await?;
    let (method, found, signed) = town_signature(services, actor, &version, now).await?;
    if let Some(bytes) = signed {
        let key = document_key(&row, version.version_no, "-town");
        services.storage.put(&key, bytes.clone().into()).await?;
        let mut active = agreement_version::ActiveModel::from(version.clone());
        active.signed_key = Set(Some(key));
        active.signed_sha256 = Set(Some(sha256(&bytes)));
        active.updated_at = Set(now);
        active.update(&txn).await?;
    }
    record_signature(&txn, actor, &version, ("town", None), method, &found, now).await?;
    let mut saved = row.clone();
    if version.kind == "original" {
        let active = in_state(&row, AgreementState::Signed);
        saved = save_row(&txn, active, &row, now).await?;
    }
    audit_row(&txn, actor, (&row, &saved), "agreement_sign_town", now).await?;
    let detail = serde_json::json!({ "version_no": version.version_no, "method": method });
    crate::audit::record(
        &txn,
        actor,
        "agreement",
        id,
        "agreement_signature",
        detail,
        now,
    )
    .await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

/// The town's signature: PAdES over the frozen file when the town has a signing key (then the
/// signed bytes too), else recorded in the clerk's name.
async fn town_signature(
    services: AgreementServices<'_>,
    actor: &Actor,
    version: &agreement_version::Model,
    now: DateTime<Utc>,
) -> StoreResult<(&'static str, FoundSignature, Option<Vec<u8>>)> {
    let Some(signer) = services.signer else {
        let found = FoundSignature {
            signer: actor.display_name.clone(),
            certificate_sha256: String::new(),
        };
        return Ok(("recorded", found, None));
    };
    let key = version
        .document_key
        .as_ref()
        .ok_or_else(|| StoreError::Corrupt(format!("version {} has no document", version.id)))?;
    let frozen = services.storage.get(key).await?;
    let options = SignOptions {
        signing_time: now,
        reason: Some(format!("{} ({})", actor.tenant.name, actor.display_name)),
        location: None,
        signer_name: None,
    };
    let signed = pades::sign(&frozen, signer, options)
        .map_err(|e| StoreError::Corrupt(format!("signing version {}: {e}", version.id)))?;
    let found = FoundSignature {
        signer: signer.signer_name(),
        certificate_sha256: signer.certificate_sha256(),
    };
    Ok(("pades", found, Some(signed)))
}

/// The organisation uploads its signed copy of the version being worked on.
pub async fn upload_signed_copy(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    bytes: Vec<u8>,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_organisation(&txn, actor, id).await?;
    let version = signable(&txn, &row, "organisation").await?;
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    let settings = settings::for_tenant(&txn, row.tenant_id).await?;
    let found = verify_copy(services, &version, &bytes, &settings.trust_anchors_pem).await?;
    count_enough(&terms, found.len())?;
    let key = document_key(&row, version.version_no, "-signed");
    services.storage.put(&key, bytes.clone().into()).await?;
    for signature in &found {
        let party = ("organisation", Some(row.organisation_id));
        record_signature(&txn, actor, &version, party, "pades", signature, now).await?;
    }
    let saved = complete(&txn, actor, &row, version, (key, sha256(&bytes)), now).await?;
    let view = view_of(&txn, saved, AgreementRole::Organisation).await?;
    txn.commit().await?;
    Ok(view)
}

/// Refuses a copy with fewer signatures than the organisation's representation rule needs.
fn count_enough(terms: &AgreementTerms, found: usize) -> StoreResult<()> {
    let required = usize::try_from(terms.signatures_required.max(1)).unwrap_or(1);
    if found >= required {
        return Ok(());
    }
    let mut v = Violations::new();
    v.push("file", Rule::TooFewSignatures { required, found });
    Err(StoreError::Invalid(v))
}

/// The organisation's signatures on a copy: the copy must be the town's file with signatures
/// appended (incremental updates), every signature must verify and lead to an anchor the town
/// trusts (its settings' certificates, and its own signing chain), and nothing may follow the
/// last one. The town's own signature is not counted.
async fn verify_copy(
    services: AgreementServices<'_>,
    version: &agreement_version::Model,
    bytes: &[u8],
    anchors_pem: &str,
) -> StoreResult<Vec<FoundSignature>> {
    let invalid = || refused("file", Rule::SignatureInvalid);
    let base_key = version
        .signed_key
        .as_ref()
        .or(version.document_key.as_ref());
    let base = match base_key {
        Some(key) => services.storage.get(key).await?,
        None => return Err(invalid()),
    };
    if bytes.len() <= base.len() || !bytes.starts_with(&base) {
        return Err(invalid());
    }
    let town_chain = services.signer.map(Signer::chain_pem).unwrap_or_default();
    let anchors = TrustAnchors::from_pem(&format!("{anchors_pem}\n{town_chain}"))
        .or_else(|_| TrustAnchors::from_pem(&town_chain))
        .unwrap_or_default();
    let verified = pades::verify(bytes, &anchors).map_err(|e| match e {
        VerifyError::Untrusted { .. } => refused("file", Rule::SignatureUntrusted),
        _ => invalid(),
    })?;
    // One person signing twice is one signature: they are counted by certificate.
    let mut seen: Vec<String> = services
        .signer
        .map(Signer::certificate_sha256)
        .into_iter()
        .collect();
    let mut found = Vec::new();
    for signature in verified {
        if seen.contains(&signature.certificate_sha256) {
            continue;
        }
        seen.push(signature.certificate_sha256.clone());
        found.push(FoundSignature {
            signer: signature.signer_name,
            certificate_sha256: signature.certificate_sha256,
        });
    }
    Ok(found)
}

/// The clerk confirms a scan of the version signed by hand by the organisation's
/// representatives, where the town takes scans.
pub async fn confirm_scan(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    confirmation: ScanConfirmation,
    bytes: Vec<u8>,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let row = access::for_staff(&txn, actor, id).await?;
    let version = signable(&txn, &row, "organisation").await?;
    let settings = settings::for_tenant(&txn, row.tenant_id).await?;
    if !settings.allow_scans {
        return Err(refused("file", Rule::ScansNotAllowed));
    }
    let signers = checked_signers(&confirmation)?;
    if bytes.is_empty() {
        return Err(refused("file", Rule::FileEmpty));
    }
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    count_enough(&terms, signers.len())?;
    let key = document_key(&row, version.version_no, "-scan");
    services.storage.put(&key, bytes.clone().into()).await?;
    for signer in signers {
        let found = FoundSignature {
            signer,
            certificate_sha256: String::new(),
        };
        let party = ("organisation", Some(row.organisation_id));
        record_signature(&txn, actor, &version, party, "scan", &found, now).await?;
    }
    let saved = complete(&txn, actor, &row, version, (key, sha256(&bytes)), now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

fn checked_signers(confirmation: &ScanConfirmation) -> StoreResult<Vec<String>> {
    let mut v = Violations::new();
    let names: Vec<String> = confirmation
        .signers
        .iter()
        .enumerate()
        .filter(|(_, name)| !name.trim().is_empty())
        .map(|(i, name)| v.text(&format!("signers[{i}]"), name, 300))
        .collect();
    v.into_result(names).map_err(StoreError::Invalid)
}

/// Every party signed `version`: it binds. The original moves the agreement into realisation;
/// an annex's terms come into force.
async fn complete(
    txn: &DatabaseTransaction,
    actor: &Actor,
    row: &agreement::Model,
    version: agreement_version::Model,
    (key, sha): (String, String),
    now: DateTime<Utc>,
) -> StoreResult<agreement::Model> {
    let version_no = version.version_no;
    let original = version.kind == "original";
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    let mut active = agreement_version::ActiveModel::from(version);
    active.state = Set("signed".to_string());
    active.signed_key = Set(Some(key));
    active.signed_sha256 = Set(Some(sha));
    active.signed_at = Set(Some(now));
    active.updated_at = Set(now);
    active.update(txn).await?;
    let mut changed = with_terms(row, &terms)?;
    if original {
        let next = apply_action(state_of(row)?, AgreementAction::PartiesSign)
            .map_err(|r| refused("state", r))?;
        changed.state = Set(next.code().to_string());
        changed.signed_at = Set(Some(now));
    } else {
        changed.current_version = Set(version_no);
    }
    let saved = save_row(txn, changed, row, now).await?;
    write_rows(txn, row.id, &terms, now).await?;
    audit_row(txn, actor, (row, &saved), "agreement_signed", now).await?;
    notify_parties(txn, &saved, &AgreementEvent::Signed { version_no }, now).await?;
    Ok(saved)
}
