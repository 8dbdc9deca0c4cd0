//! Certificates: names, fingerprints, signature checks with a certificate's public key (P-256
//! ECDSA or RSA PKCS#1 v1.5, both with SHA-256) and the path from a signer to a trust anchor.

use chrono::{DateTime, Utc};
use const_oid::db::{rfc4519, rfc5912};
use const_oid::ObjectIdentifier;
use der::asn1::{Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef};
use der::Encode;
use sha2::{Digest, Sha256};
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage};
use x509_cert::name::Name;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::Certificate;

/// A chain longer than this (signer, intermediates, anchor) is not followed: no real PKI
/// needs more, and a loop of cross-signed certificates must end somewhere.
const MAX_CHAIN: usize = 8;

/// The certificates whose holders Granty trusts to issue signers' certificates (a town's CA,
/// the qualified trust service providers it accepts, or the development certificate).
#[derive(Debug, Clone, Default)]
pub struct TrustAnchors {
    certificates: Vec<Certificate>,
}

impl TrustAnchors {
    /// Every `CERTIFICATE` block of `pem` (several may follow each other); none in blank text
    /// (a town that trusts no certificate: x509-cert 0.2.5 overflows on an empty chain).
    pub fn from_pem(pem: &str) -> Result<Self, der::Error> {
        if pem.trim().is_empty() {
            return Ok(Self::default());
        }
        let certificates = Certificate::load_pem_chain(pem.as_bytes())?;
        Ok(Self { certificates })
    }

    /// Anchors from certificates already parsed (a signer's own chain, say).
    pub fn from_certificates(certificates: Vec<Certificate>) -> Self {
        Self { certificates }
    }

    pub fn len(&self) -> usize {
        self.certificates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.certificates.is_empty()
    }

    /// Whether `signer` leads to an anchor: it is one, or each certificate is issued (name and
    /// signature) by the next, taken from `pool` (the certificates the signature carried),
    /// until one is issued by an anchor.
    pub(crate) fn trusts(&self, signer: &Certificate, pool: &[Certificate]) -> bool {
        let mut current = signer.clone();
        for _ in 0..MAX_CHAIN {
            if self.certificates.contains(&current) {
                return true;
            }
            let by_anchor = |a: &Certificate| may_issue(a) && issued_by(&current, a);
            if self.certificates.iter().any(by_anchor) {
                return true;
            }
            let issuer = pool
                .iter()
                .find(|c| **c != current && may_issue(c) && issued_by(&current, c));
            match issuer {
                Some(issuer) => current = issuer.clone(),
                None => return false,
            }
        }
        false
    }
}

/// Whether `certificate` may issue certificates: basicConstraints with cA, and keyCertSign
/// when it states key usage (RFC 5280 §4.2.1.9, §4.2.1.3). Without this any end-entity
/// certificate from a trusted CA could "issue" one naming somebody else.
fn may_issue(certificate: &Certificate) -> bool {
    let tbs = &certificate.tbs_certificate;
    let ca = matches!(tbs.get::<BasicConstraints>(), Ok(Some((_, c))) if c.ca);
    let usage = match tbs.get::<KeyUsage>() {
        Ok(Some((_, usage))) => usage.key_cert_sign(),
        Ok(None) => true,
        Err(_) => false,
    };
    ca && usage
}

/// Whether `certificate` may sign documents: digitalSignature or nonRepudiation when it states
/// key usage (RFC 5280 §4.2.1.3).
pub(crate) fn may_sign_documents(certificate: &Certificate) -> bool {
    match certificate.tbs_certificate.get::<KeyUsage>() {
        Ok(Some((_, usage))) => usage.digital_signature() || usage.non_repudiation(),
        Ok(None) => true,
        Err(_) => false,
    }
}

/// Whether `at` falls within the certificate's validity.
pub(crate) fn valid_at(certificate: &Certificate, at: DateTime<Utc>) -> bool {
    let validity = &certificate.tbs_certificate.validity;
    let seconds = |t: &x509_cert::time::Time| {
        i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
    };
    let at = at.timestamp();
    seconds(&validity.not_before) <= at && at <= seconds(&validity.not_after)
}

/// Whether `issuer` issued `certificate`: the names match and its key verifies the signature.
fn issued_by(certificate: &Certificate, issuer: &Certificate) -> bool {
    if certificate.tbs_certificate.issuer != issuer.tbs_certificate.subject {
        return false;
    }
    let Ok(tbs) = certificate.tbs_certificate.to_der() else {
        return false;
    };
    let Some(signature) = certificate.signature.as_bytes() else {
        return false;
    };
    verify_signature(
        &issuer.tbs_certificate.subject_public_key_info,
        certificate.signature_algorithm.oid,
        &tbs,
        signature,
    )
    .is_ok()
}

/// Why a signature did not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum KeyCheck {
    /// The key or signature algorithm is one Granty does not verify (its OID).
    Unsupported(String),
    /// The signature does not match the message under this key.
    Invalid,
}

/// Checks `signature` over `message` with the key in `spki`; `algorithm` is the signature
/// algorithm named next to the signature (for CMS, rsaEncryption or id-ecPublicKey may stand
/// for "with SHA-256": the digest algorithm was checked to be SHA-256 before).
pub(crate) fn verify_signature(
    spki: &SubjectPublicKeyInfoOwned,
    algorithm: ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> Result<(), KeyCheck> {
    let key_bytes = spki.subject_public_key.raw_bytes();
    match (spki.algorithm.oid, algorithm) {
        (rfc5912::ID_EC_PUBLIC_KEY, rfc5912::ECDSA_WITH_SHA_256 | rfc5912::ID_EC_PUBLIC_KEY) => {
            use p256::ecdsa::signature::Verifier;
            let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(key_bytes)
                .map_err(|_| KeyCheck::Unsupported(curve_of(spki)))?;
            let signature =
                p256::ecdsa::DerSignature::from_bytes(signature).map_err(|_| KeyCheck::Invalid)?;
            key.verify(message, &signature)
                .map_err(|_| KeyCheck::Invalid)
        }
        (
            rfc5912::RSA_ENCRYPTION,
            rfc5912::SHA_256_WITH_RSA_ENCRYPTION | rfc5912::RSA_ENCRYPTION,
        ) => {
            use rsa::pkcs1::DecodeRsaPublicKey;
            use rsa::signature::Verifier;
            let key =
                rsa::RsaPublicKey::from_pkcs1_der(key_bytes).map_err(|_| KeyCheck::Invalid)?;
            let key = rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key);
            let signature =
                rsa::pkcs1v15::Signature::try_from(signature).map_err(|_| KeyCheck::Invalid)?;
            key.verify(message, &signature)
                .map_err(|_| KeyCheck::Invalid)
        }
        (rfc5912::ID_EC_PUBLIC_KEY | rfc5912::RSA_ENCRYPTION, other) => {
            Err(KeyCheck::Unsupported(other.to_string()))
        }
        (key, _) => Err(KeyCheck::Unsupported(key.to_string())),
    }
}

/// The named curve of an EC key (for the error when it is not P-256).
fn curve_of(spki: &SubjectPublicKeyInfoOwned) -> String {
    spki.algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as::<ObjectIdentifier>().ok())
        .map(|oid| oid.to_string())
        .unwrap_or_else(|| rfc5912::ID_EC_PUBLIC_KEY.to_string())
}

/// The subject's common name (CN), or the whole name when it has none.
pub(crate) fn common_name(name: &Name) -> String {
    let cn = name
        .0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .filter(|attribute| attribute.oid == rfc4519::CN)
        .find_map(|attribute| {
            let value = &attribute.value;
            value
                .decode_as::<Utf8StringRef<'_>>()
                .map(|s| s.as_str().to_owned())
                .or_else(|_| {
                    value
                        .decode_as::<PrintableStringRef<'_>>()
                        .map(|s| s.as_str().to_owned())
                })
                .or_else(|_| {
                    value
                        .decode_as::<Ia5StringRef<'_>>()
                        .map(|s| s.as_str().to_owned())
                })
                .or_else(|_| {
                    value
                        .decode_as::<TeletexStringRef<'_>>()
                        .map(|s| s.as_str().to_owned())
                })
                .ok()
        });
    cn.unwrap_or_else(|| name.to_string())
}

/// SHA-256 of the certificate's DER encoding, lower-case hex (what certificate viewers show).
pub(crate) fn sha256_hex(certificate: &Certificate) -> String {
    hex::encode(sha256(certificate))
}

pub(crate) fn sha256(certificate: &Certificate) -> [u8; 32] {
    let der = certificate.to_der().unwrap_or_default();
    Sha256::digest(der).into()
}
