//! A version signed on paper, for a town that takes scans (issue 12: "without PAdES a signed
//! scan is uploaded and the clerk confirms it"). A member of a party that signs uploads the scan
//! (a newer upload replaces it) and the clerk confirms it with the names of who signed; or the
//! clerk uploads a scan brought to the office and confirms it in one step. A scan is not an
//! electronic signature: only the town's staff can make it bind.

use super::access::{self, AgreementRole};
use super::copies::{complete, count_enough, signing_party};
use super::document::{document_key, sha256};
use super::signing::{record_signature, signable, FoundSignature, ScanConfirmation, Signable};
use super::view::{view_of, AgreementView};
use super::{refused, AgreementServices, PdfFile};
use crate::entities::{agreement, agreement_version};
use crate::error::{StoreError, StoreResult};
use crate::{agreement_settings, Actor, Db};
use chrono::{DateTime, Utc};
use granty_domain::agreement::{PartyRole, Signed};
use granty_domain::{Rule, Violations};
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseTransaction, Set, TransactionTrait};

/// A member of the organisation (or of a partner) uploads the scan of the version being signed,
/// signed on paper by its representatives (or the clerk uploads one brought to the office); it
/// waits for the clerk's confirmation.
pub async fn upload_scan(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
    bytes: Vec<u8>,
    now: DateTime<Utc>,
) -> StoreResult<AgreementView> {
    let txn = db.writer.begin().await?;
    let found = access::visible(&txn, actor, id).await?;
    let (row, role) = (found.row, found.role);
    let party = match role {
        AgreementRole::Staff => None,
        _ => Some(signing_party(&txn, actor, &row, role).await?),
    };
    let s = signable(&txn, &row, party).await?;
    scans_allowed(&txn, &row).await?;
    checked_pdf(&bytes)?;
    let key = document_key(&row, s.version.version_no, "-scan");
    services.storage.put(&key, bytes.clone().into()).await?;
    let version_no = s.version.version_no;
    let mut active = agreement_version::ActiveModel::from(s.version);
    active.scan_key = Set(Some(key));
    active.scan_sha256 = Set(Some(sha256(&bytes)));
    active.scan_uploaded_at = Set(Some(now));
    active.scan_uploaded_by = Set(Some(actor.user_id));
    active.updated_at = Set(now);
    active.update(&txn).await?;
    let detail = serde_json::json!({ "version_no": version_no, "bytes": bytes.len() });
    let action = "agreement_scan_uploaded";
    crate::audit::record(&txn, actor, "agreement", row.id, action, detail, now).await?;
    let view = view_of(&txn, row, role).await?;
    txn.commit().await?;
    Ok(view)
}

/// The clerk confirms a scan of the version signed on paper by every party still awaited: the
/// one uploaded now, else the one the organisation uploaded. The names are typed one a line in
/// the parties' order: the organisation's representatives, then each partner's, as many as each
/// still needs.
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
    let s = signable(&txn, &row, None).await?;
    scans_allowed(&txn, &row).await?;
    let signers = checked_signers(&confirmation)?;
    let scan = match (bytes.is_empty(), &s.version.scan_key) {
        (false, _) => uploaded_now(services, &row, &s, &bytes).await?,
        (true, Some(key)) => (
            key.clone(),
            s.version.scan_sha256.clone().unwrap_or_default(),
        ),
        (true, None) => return Err(refused("file", Rule::FileEmpty)),
    };
    let parties: Vec<_> = s
        .awaited
        .iter()
        .filter(|a| a.role != PartyRole::Town)
        .collect();
    count_enough(parties.iter().map(|a| a.missing).sum(), signers.len())?;
    let mut names = signers.into_iter();
    for (i, awaited) in parties.iter().enumerate() {
        let party = Signed {
            role: awaited.role,
            organisation_id: awaited
                .organisation_id
                .or(Some(row.organisation_id).filter(|_| awaited.role == PartyRole::Organisation)),
        };
        // The last party takes any names beyond the count.
        let take = if i + 1 == parties.len() {
            usize::MAX
        } else {
            awaited.missing as usize
        };
        for signer in names.by_ref().take(take) {
            record_scan_signer(&txn, actor, &s, party, signer, now).await?;
        }
    }
    let saved = complete(&txn, actor, &row, s.version, scan, now).await?;
    let view = view_of(&txn, saved, AgreementRole::Staff).await?;
    txn.commit().await?;
    Ok(view)
}

/// The scan the organisation uploaded for the version being signed, for the clerk (and the
/// organisation) to look at before it is confirmed.
pub async fn uploaded_scan(
    db: &Db,
    services: AgreementServices<'_>,
    actor: &Actor,
    id: i64,
) -> StoreResult<PdfFile> {
    let found = access::visible(&db.reader, actor, id).await?;
    let version = super::view::working_version(&db.reader, id).await?;
    let key = version.scan_key.ok_or(StoreError::NotFound)?;
    let bytes = services.storage.get(&key).await?;
    let number = found.row.number.replace('/', "-");
    let file_name = format!("{number}-v{}-scan.pdf", version.version_no);
    Ok(PdfFile { file_name, bytes })
}

async fn uploaded_now(
    services: AgreementServices<'_>,
    row: &agreement::Model,
    s: &Signable,
    bytes: &[u8],
) -> StoreResult<(String, String)> {
    checked_pdf(bytes)?;
    let key = document_key(row, s.version.version_no, "-scan");
    services.storage.put(&key, bytes.to_vec().into()).await?;
    Ok((key, sha256(bytes)))
}

async fn record_scan_signer(
    txn: &DatabaseTransaction,
    actor: &Actor,
    s: &Signable,
    party: Signed,
    signer: String,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let found = FoundSignature {
        signer,
        certificate_sha256: String::new(),
    };
    record_signature(txn, actor, &s.version, (party, "scan"), &found, now).await
}

async fn scans_allowed(conn: &impl ConnectionTrait, row: &agreement::Model) -> StoreResult<()> {
    let settings = agreement_settings::of_tenant(conn, row.tenant_id).await?;
    match settings.allow_scans {
        true => Ok(()),
        false => Err(refused("file", Rule::ScansNotAllowed)),
    }
}

/// A scan is kept as the signed agreement: it must be a PDF by its content, not by its name.
fn checked_pdf(bytes: &[u8]) -> StoreResult<()> {
    if bytes.is_empty() {
        return Err(refused("file", Rule::FileEmpty));
    }
    match infer::get(bytes).map(|found| found.mime_type()) {
        Some("application/pdf") => Ok(()),
        _ => Err(refused(
            "file",
            Rule::FileContentNotAllowed {
                allowed: "PDF".to_string(),
            },
        )),
    }
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
