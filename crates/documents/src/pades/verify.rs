//! Verifying every signature of a PDF: its byte range covers the file but its own hole, nothing
//! was appended after the last one, the digest matches, the CMS signature verifies with the
//! signer's certificate and that certificate leads to a trust anchor.

use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object};
use sha2::{Digest, Sha256};

use super::certs::{self, KeyCheck, TrustAnchors};
use super::cms::{self, ParsedCms};
use super::pdf;

/// One signature that verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedSignature {
    /// The common name of the signer's certificate.
    pub signer_name: String,
    /// SHA-256 of the signer's certificate, lower-case hex.
    pub certificate_sha256: String,
    /// The claimed time (/M, else the CMS signing-time attribute): not a trusted timestamp.
    pub signing_time: Option<DateTime<Utc>>,
    /// Whether this signature covers the file as it is (a later signature's update follows an
    /// earlier one; only the last covers the whole file).
    pub covers_whole_file: bool,
}

/// Why a file's signatures do not verify. Codes with values; `signature` is the signature's
/// position in the file (0 the first signed).
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum VerifyError {
    #[error("no_signature")]
    NoSignature,
    #[error("malformed: {0:?}")]
    Malformed(Malformed),
    /// The bytes signed are not the bytes in the file.
    #[error("digest_mismatch: signature {signature}")]
    DigestMismatch { signature: usize },
    /// Bytes follow the last signature's range (a change nobody signed).
    #[error("appended_after_signature: {bytes} bytes")]
    AppendedAfterSignature { bytes: usize },
    /// The CMS signature does not verify with the signer's certificate.
    #[error("bad_signature: {signer}")]
    BadSignature { signer: String },
    /// The signer's certificate is not for signing (its key usage), or was not valid at the
    /// claimed signing time.
    #[error("certificate_not_usable: {signer}")]
    CertificateNotUsable { signer: String },
    /// The signer's certificate does not lead to a trust anchor.
    #[error("untrusted: {signer}")]
    Untrusted { signer: String },
    /// A key or algorithm Granty does not verify (its OID).
    #[error("unsupported_algorithm: {0}")]
    UnsupportedAlgorithm(String),
}

/// What is malformed, with the signature's position where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// lopdf could not read the file.
    Pdf,
    /// /ByteRange is not four offsets starting at 0 around exactly the /Contents hole.
    ByteRange { signature: usize },
    /// /Contents is not a DER SignedData with one signer, its certificate and a digest.
    Cms { signature: usize },
}

impl From<Malformed> for VerifyError {
    fn from(m: Malformed) -> Self {
        VerifyError::Malformed(m)
    }
}

/// A signature dictionary found in the file, with its checked byte range.
struct Found {
    ranges: [usize; 4],
    contents: Vec<u8>,
    claimed_time: Option<DateTime<Utc>>,
}

impl Found {
    fn end(&self) -> usize {
        self.ranges[2] + self.ranges[3]
    }
}

/// How many signature dictionaries the (merged) document holds.
pub(crate) fn signature_count(document: &Document) -> usize {
    document
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| is_signature(d))
        .count()
}

fn is_signature(dict: &Dictionary) -> bool {
    dict.has(b"ByteRange")
        && dict.has(b"Contents")
        && dict
            .get(b"Type")
            .and_then(Object::as_name)
            .is_ok_and(|n| n == b"Sig" || n == b"DocTimeStamp")
}

/// Verifies every signature of `pdf` against `anchors`, in the order they were made.
pub fn verify(pdf: &[u8], anchors: &TrustAnchors) -> Result<Vec<VerifiedSignature>, VerifyError> {
    let document = Document::load_mem(pdf).map_err(|_| Malformed::Pdf)?;
    let mut found = Vec::new();
    for dict in document.objects.values().filter_map(|o| o.as_dict().ok()) {
        if is_signature(dict) {
            found.push(read_dictionary(dict));
        }
    }
    if found.is_empty() {
        return Err(VerifyError::NoSignature);
    }
    found.sort_by_key(|f| f.as_ref().map(Found::end).unwrap_or(usize::MAX));
    let found = found
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            f.and_then(|f| check_hole(pdf, f))
                .ok_or(Malformed::ByteRange { signature: i })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let last_end = found.last().map(Found::end).unwrap_or(0);
    if last_end != pdf.len() {
        return Err(VerifyError::AppendedAfterSignature {
            bytes: pdf.len().saturating_sub(last_end),
        });
    }
    found
        .iter()
        .enumerate()
        .map(|(i, f)| verify_one(pdf, i, f, anchors))
        .collect()
}

fn read_dictionary(dict: &Dictionary) -> Option<Found> {
    let numbers = dict.get(b"ByteRange").and_then(Object::as_array).ok()?;
    let ranges: Vec<usize> = numbers
        .iter()
        .filter_map(|n| n.as_i64().ok())
        .filter_map(|n| usize::try_from(n).ok())
        .collect();
    let ranges: [usize; 4] = ranges.try_into().ok()?;
    let contents = match dict.get(b"Contents").ok()? {
        Object::String(bytes, _) => bytes.clone(),
        _ => return None,
    };
    let claimed_time = dict
        .get(b"M")
        .ok()
        .and_then(|m| m.as_str().ok())
        .and_then(pdf::parse_date);
    Some(Found {
        ranges,
        contents,
        claimed_time,
    })
}

/// The range starts at 0, ends inside the file, and the hole between its two parts is exactly
/// the hex string of this dictionary's /Contents.
fn check_hole(pdf: &[u8], found: Found) -> Option<Found> {
    let [start, first_len, second_start, second_len] = found.ranges;
    let hole = pdf.get(first_len..second_start)?;
    let fits = start == 0 && second_start.checked_add(second_len)? <= pdf.len();
    let hex = hole.strip_prefix(b"<")?.strip_suffix(b">")?;
    let decoded = hex::decode(hex).ok()?;
    (fits && decoded == found.contents).then_some(found)
}

fn verify_one(
    pdf: &[u8],
    index: usize,
    found: &Found,
    anchors: &TrustAnchors,
) -> Result<VerifiedSignature, VerifyError> {
    let malformed = || VerifyError::from(Malformed::Cms { signature: index });
    let parsed = ParsedCms::parse(&found.contents).map_err(|_| malformed())?;
    let info = parsed.signer_info().ok_or_else(malformed)?;
    let certificate = parsed.signer_certificate(info).ok_or_else(malformed)?;
    let signer = certs::common_name(&certificate.tbs_certificate.subject);
    // SHA-256 only: what PAdES baseline signers use today (ETSI TS 119 312), and what the
    // signature checks below support.
    if info.digest_alg.oid != const_oid::db::rfc5912::ID_SHA_256 {
        return Err(VerifyError::UnsupportedAlgorithm(
            info.digest_alg.oid.to_string(),
        ));
    }
    let [_, first_len, second_start, second_len] = found.ranges;
    let mut hasher = Sha256::new();
    hasher.update(&pdf[..first_len]);
    hasher.update(&pdf[second_start..second_start + second_len]);
    if cms::message_digest(info).ok_or_else(malformed)? != hasher.finalize().as_slice() {
        return Err(VerifyError::DigestMismatch { signature: index });
    }
    let signed = cms::signed_attributes_der(info).ok_or_else(malformed)?;
    match certs::verify_signature(
        &certificate.tbs_certificate.subject_public_key_info,
        info.signature_algorithm.oid,
        &signed,
        info.signature.as_bytes(),
    ) {
        Ok(()) => {}
        Err(KeyCheck::Unsupported(oid)) => return Err(VerifyError::UnsupportedAlgorithm(oid)),
        Err(KeyCheck::Invalid) => return Err(VerifyError::BadSignature { signer }),
    }
    if !cms::signing_certificate_matches(info, &certificate) {
        return Err(VerifyError::BadSignature { signer });
    }
    if !anchors.trusts(&certificate, &parsed.certificates()) {
        return Err(VerifyError::Untrusted { signer });
    }
    let signing_time = found.claimed_time.or_else(|| cms_signing_time(info));
    let in_validity = signing_time.is_none_or(|at| certs::valid_at(&certificate, at));
    if !certs::may_sign_documents(&certificate) || !in_validity {
        return Err(VerifyError::CertificateNotUsable { signer });
    }
    Ok(VerifiedSignature {
        signer_name: signer,
        certificate_sha256: certs::sha256_hex(&certificate),
        signing_time,
        covers_whole_file: found.end() == pdf.len(),
    })
}

fn cms_signing_time(info: &::cms::signed_data::SignerInfo) -> Option<DateTime<Utc>> {
    let value = cms::signed_attribute(info, const_oid::db::rfc5911::ID_SIGNING_TIME)?;
    let since_epoch = value
        .decode_as::<der::asn1::UtcTime>()
        .map(|t| t.to_unix_duration())
        .or_else(|_| {
            value
                .decode_as::<der::asn1::GeneralizedTime>()
                .map(|t| t.to_unix_duration())
        })
        .ok()?;
    let seconds = since_epoch.as_secs();
    DateTime::from_timestamp(i64::try_from(seconds).ok()?, 0)
}
