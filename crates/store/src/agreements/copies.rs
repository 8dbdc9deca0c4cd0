//! The other parties' signatures on a version the town signed: each party's signed copy (the
//! organisation's, and each partner's of a joint offer) verified and counted against that party's
//! representation rule (a scan signed on paper is `scans`). Each copy is built on the one before
//! (the town's file with signatures appended); once no party is awaited the version binds.

use super::access::{self, AgreementRole};
use super::document::{document_key, sha256};
use super::notify::{notify_parties, AgreementEvent};
use super::signing::{is_party, record_signature, signable, FoundSignature, Signable};
use super::view::{view_of, working_version, AgreementView};
use super::{audit_row, refused, save_row, state_of, with_terms, write_rows, AgreementServices};
use crate::entities::{agreement, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{agreement_settings, organisations, Actor, Db};
use chrono::{DateTime, Utc};
use granty_documents::pades::{self, Signer, TrustAnchors, VerifyError};
use granty_domain::agreement::{apply_action, AgreementAction, AgreementTerms, PartyRole, Signed};
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseTransaction, Set, TransactionTrait};

/// A member of the organisation or of a partner uploads its signed copy of the version being
/// worked on.
pub async fn upload_signed_copy(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    bytes: Vec<u8>,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let (row, role) = access::for_signing(&txn, actor, id).await?;
    let party = signing_party(&txn, actor, &row, role).await?;
    let s = signable(&txn, &row, Some(party)).await?;
    let settings = agreement_settings::of_tenant(&txn, row.tenant_id).await?;
    let found = verify_copy(services, &s, &bytes, &settings.trust_anchors_pem).await?;
    let needed = s.awaited.iter().find(|a| is_party(a, party));
    count_enough(needed.map_or(1, |a| a.missing), found.len())?;
    let suffix = match party.organisation_id {
        Some(partner) if party.role == PartyRole::Partner => format!("-signed-{partner}"),
        _ => "-signed".to_string(),
    };
    let key = document_key(&row, s.version.version_no, &suffix);
    services.storage.put(&key, bytes.clone().into()).await?;
    for signature in &found {
        record_signature(&txn, actor, &s.version, (party, "pades"), signature, now).await?;
    }
    let last = s.awaited.iter().all(|a| is_party(a, party));
    let copy = (key, sha256(&bytes));
    let saved = if last {
        complete(&txn, actor, &row, s.version, copy, now).await?
    } else {
        keep_copy(&txn, actor, &row, s.version, copy, now).await?
    };
    let view = view_of(&txn, saved, role).await?;
    txn.commit().await?;
    Ok(view)
}

/// Whom the caller signs for: the applicant, or the first partner of the terms whose member
/// they are (a member of a partner without a link to the offer signs for no one).
pub(super) async fn signing_party(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    row: &agreement::Model,
    role: AgreementRole,
) -> StoreResult<Signed> {
    if role == AgreementRole::Organisation {
        return Ok(Signed {
            role: PartyRole::Organisation,
            organisation_id: Some(row.organisation_id),
        });
    }
    let terms: AgreementTerms = serde_json::from_str(&working_version(conn, row.id).await?.terms)?;
    let mine = organisations::member_organisation_ids(conn, actor).await?;
    terms
        .parties
        .iter()
        .filter(|p| p.role == PartyRole::Partner)
        .find_map(|p| p.organisation_id.filter(|id| mine.contains(id)))
        .map(|id| Signed {
            role: PartyRole::Partner,
            organisation_id: Some(id),
        })
        .ok_or(StoreError::Forbidden)
}

/// Whether the caller signs now: a member of a party the version being signed still awaits,
/// after the town signed it.
pub(super) async fn awaits_caller(
    conn: &impl ConnectionTrait,
    actor: &Actor,
    found: &access::Found,
) -> bool {
    if found.role == AgreementRole::Staff {
        return false;
    }
    match signing_party(conn, actor, &found.row, found.role).await {
        Ok(party) => signable(conn, &found.row, Some(party)).await.is_ok(),
        Err(_) => false,
    }
}

/// Refuses fewer signatures than the party's representation rule needs.
pub(super) fn count_enough(required: u32, found: usize) -> StoreResult<()> {
    let required = usize::try_from(required.max(1)).unwrap_or(1);
    if found >= required {
        return Ok(());
    }
    let mut v = Violations::new();
    v.push("file", Rule::TooFewSignatures { required, found });
    Err(StoreError::Invalid(v))
}

/// The new signatures on a copy: the copy must be the last file kept (the town's, or the copy of
/// the party before) with signatures appended (incremental updates), every signature must
/// verify and lead to an anchor the town trusts (its settings' certificates, and its own signing
/// chain), and nothing may follow the last one. Signatures already recorded are not counted
/// again, nor is one person signing twice.
async fn verify_copy(
    services: AgreementServices<'_>,
    s: &Signable,
    bytes: &[u8],
    anchors_pem: &str,
) -> StoreResult<Vec<FoundSignature>> {
    let invalid = || refused("file", Rule::SignatureInvalid);
    let base_key = s
        .version
        .signed_key
        .as_ref()
        .or(s.version.document_key.as_ref());
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
    let mut seen: Vec<String> = services
        .signer
        .map(Signer::certificate_sha256)
        .into_iter()
        .collect();
    seen.extend(
        s.recorded
            .iter()
            .map(|r| r.certificate_sha256.clone())
            .filter(|c| !c.is_empty()),
    );
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

/// A party signed but others are awaited: its copy is kept for the next party to sign.
async fn keep_copy(
    txn: &DatabaseTransaction,
    actor: &Actor,
    row: &agreement::Model,
    version: agreement_version::Model,
    (key, sha): (String, String),
    now: DateTime<Utc>,
) -> StoreResult<agreement::Model> {
    let version_no = version.version_no;
    let mut active = agreement_version::ActiveModel::from(version);
    active.signed_key = Set(Some(key));
    active.signed_sha256 = Set(Some(sha));
    active.updated_at = Set(now);
    active.update(txn).await?;
    let detail = serde_json::json!({ "version_no": version_no, "method": "pades" });
    let action = "agreement_signature";
    crate::audit::record(txn, actor, "agreement", row.id, action, detail, now).await?;
    Ok(row.clone())
}

/// Every party signed `version`: it binds. The original moves the agreement into realisation;
/// an annex's terms come into force.
pub(super) async fn complete(
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
