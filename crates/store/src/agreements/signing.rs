//! Signing a frozen version: the town first (PAdES with its key when configured, else recorded
//! by the clerk), then every other party — the organisation and each partner of a joint offer —
//! with its signed copy (`copies`), or the clerk confirms a scan signed on paper. With every
//! party signed the version binds: the original moves the agreement into realisation, an annex's
//! terms come into force.

use super::access::{self, AgreementRole};
use super::document::{document_key, sha256};
use super::view::{view_of, working_version, AgreementView};
use super::{audit_row, in_state, refused, save_row, state_of, AgreementServices};
use crate::entities::{agreement, agreement_signature, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{Actor, Db};
use chrono::{DateTime, Utc};
use granty_documents::pades::{self, SignOptions};
use granty_domain::agreement::{
    apply_action, awaited, AgreementAction, AgreementState, AgreementTerms, Awaited, PartyRole,
    Signed,
};
use granty_domain::Rule;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

/// A signature found on a signed copy (or typed by the clerk for a scan).
#[derive(Debug, Clone)]
pub(super) struct FoundSignature {
    pub signer: String,
    pub certificate_sha256: String,
}

/// The clerk's confirmation of a signed scan: who signed it, one name a line, the organisation's
/// representatives first, then each partner's.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ScanConfirmation {
    pub signers: Vec<String>,
}

/// The version being signed, the signatures on it and the parties still awaited.
pub(super) struct Signable {
    pub version: agreement_version::Model,
    pub recorded: Vec<agreement_signature::Model>,
    pub awaited: Vec<Awaited>,
}

/// Whether `party` (by role, and organisation for a partner) is `a`.
pub(super) fn is_party(a: &Awaited, party: Signed) -> bool {
    a.role == party.role
        && (a.role != PartyRole::Partner || a.organisation_id == party.organisation_id)
}

/// The version `party` may sign now: frozen (not a draft), awaiting that party's signatures,
/// and, for any party but the town, already signed by the town. `None`: every party still
/// awaited (a scan signed on paper).
pub(super) async fn signable(
    txn: &impl ConnectionTrait,
    row: &agreement::Model,
    party: Option<Signed>,
) -> StoreResult<Signable> {
    let version = working_version(txn, row.id).await?;
    if version.state == "draft" {
        return Err(refused("state", Rule::SigningADraft));
    }
    let terms: AgreementTerms = serde_json::from_str(&version.terms)?;
    let recorded = agreement_signature::Entity::find()
        .filter(agreement_signature::Column::VersionId.eq(version.id))
        .all(txn)
        .await?;
    let signed: Vec<Signed> = recorded
        .iter()
        .filter_map(|s| {
            let role = PartyRole::parse(&s.party)?;
            Some(Signed {
                role,
                organisation_id: s.organisation_id,
            })
        })
        .collect();
    let waiting = awaited(&terms, &signed);
    let town_waits = waiting.iter().any(|a| a.role == PartyRole::Town);
    let this_waits = match party {
        Some(p) => waiting.iter().any(|a| is_party(a, p)),
        None => waiting.iter().any(|a| a.role != PartyRole::Town),
    };
    if version.state == "signed" || !this_waits {
        return Err(refused("state", Rule::AlreadySigned));
    }
    let town = party.is_some_and(|p| p.role == PartyRole::Town);
    if !town && town_waits {
        return Err(refused("state", Rule::TownNotSigned));
    }
    if version.kind == "original" {
        let action = match town {
            true => AgreementAction::TownSigns,
            false => AgreementAction::PartiesSign,
        };
        apply_action(state_of(row)?, action).map_err(|r| refused("state", r))?;
    }
    Ok(Signable {
        version,
        recorded,
        awaited: waiting,
    })
}

pub(super) async fn record_signature(
    txn: &DatabaseTransaction,
    actor: &Actor,
    version: &agreement_version::Model,
    (party, method): (Signed, &str),
    found: &FoundSignature,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    agreement_signature::ActiveModel {
        version_id: Set(version.id),
        party: Set(party.role.code().to_string()),
        organisation_id: Set(party.organisation_id),
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
    let town = Signed {
        role: PartyRole::Town,
        organisation_id: None,
    };
    let version = signable(&txn, &row, Some(town)).await?.version;
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
    record_signature(&txn, actor, &version, (town, method), &found, now).await?;
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
