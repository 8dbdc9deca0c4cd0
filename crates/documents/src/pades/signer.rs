//! The server's signing identity: a P-256 private key and its certificate chain, read from a
//! PKCS#12 file or PEM text, or generated as a self-signed development certificate.

use chrono::{DateTime, Utc};
use der::{Decode, EncodePem};
use p256::pkcs8::{DecodePrivateKey, EncodePrivateKey, LineEnding};
use std::str::FromStr;
use std::time::Duration;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::Validity;
use x509_cert::Certificate;

use super::certs;

/// How long a generated development certificate is valid (it is regenerated only when its file
/// is deleted; development data does not outlive that).
const DEVELOPMENT_VALIDITY_DAYS: u64 = 3650;

/// Why a signing identity could not be read. Codes with values, no sentences.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SignerError {
    #[error("pkcs12_unreadable")]
    Pkcs12Unreadable,
    #[error("pem_unreadable: {0}")]
    PemUnreadable(String),
    #[error("no_private_key")]
    NoPrivateKey,
    #[error("no_certificate")]
    NoCertificate,
    /// RSA signing keys are refused: the `rsa` crate's private-key operations carry an unfixed
    /// timing advisory (RUSTSEC-2023-0071). Use a P-256 key.
    #[error("rsa_key_refused")]
    RsaKeyRefused,
    /// A key type or curve other than P-256 (its algorithm, if known).
    #[error("unsupported_key: {0}")]
    UnsupportedKey(String),
    #[error("key_does_not_match_certificate")]
    KeyDoesNotMatchCertificate,
    #[error("certificate_generation: {0}")]
    CertificateGeneration(String),
}

/// A private key and its chain, the signer's certificate first.
#[derive(Clone)]
pub struct Signer {
    pub(crate) key: p256::ecdsa::SigningKey,
    pub(crate) chain: Vec<Certificate>,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer")
            .field("name", &self.signer_name())
            .field("certificate_sha256", &self.certificate_sha256())
            .finish_non_exhaustive()
    }
}

impl Signer {
    /// Reads a PKCS#12 file (AES or legacy encryption) holding one key and its chain.
    pub fn from_pkcs12(bytes: &[u8], password: &str) -> Result<Self, SignerError> {
        let store = p12_keystore::KeyStore::from_pkcs12(bytes, password)
            .map_err(|_| SignerError::Pkcs12Unreadable)?;
        let (_, entry) = store.private_key_chain().ok_or(SignerError::NoPrivateKey)?;
        let key = key_from_pkcs8(entry.key())?;
        let chain = entry
            .chain()
            .iter()
            .map(|c| Certificate::from_der(c.as_der()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| SignerError::PemUnreadable(e.to_string()))?;
        Self::assemble(key, chain)
    }

    /// Reads the key (PKCS#8 `PRIVATE KEY` or SEC1 `EC PRIVATE KEY`) from `key_pem` and every
    /// `CERTIFICATE` from `chain_pem` (the signer's and its issuers', in any order). The two may
    /// be the same text.
    pub fn from_pem(key_pem: &str, chain_pem: &str) -> Result<Self, SignerError> {
        let key = pem_blocks(key_pem)?
            .into_iter()
            .find_map(|(label, der)| match label.as_str() {
                "PRIVATE KEY" => Some(key_from_pkcs8(&der)),
                "EC PRIVATE KEY" => Some(
                    p256::SecretKey::from_sec1_der(&der)
                        .map(|k| p256::ecdsa::SigningKey::from(&k))
                        .map_err(|_| SignerError::UnsupportedKey("sec1".into())),
                ),
                "RSA PRIVATE KEY" => Some(Err(SignerError::RsaKeyRefused)),
                "ENCRYPTED PRIVATE KEY" => {
                    Some(Err(SignerError::UnsupportedKey("encrypted_pkcs8".into())))
                }
                _ => None,
            })
            .ok_or(SignerError::NoPrivateKey)??;
        let chain = pem_blocks(chain_pem)?
            .into_iter()
            .filter(|(label, _)| label == "CERTIFICATE")
            .map(|(_, der)| Certificate::from_der(&der))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| SignerError::PemUnreadable(e.to_string()))?;
        Self::assemble(key, chain)
    }

    /// Puts the certificate of `key` first; refuses a chain without it.
    fn assemble(
        key: p256::ecdsa::SigningKey,
        mut chain: Vec<Certificate>,
    ) -> Result<Self, SignerError> {
        if chain.is_empty() {
            return Err(SignerError::NoCertificate);
        }
        let public = SubjectPublicKeyInfoOwned::from_key(*key.verifying_key())
            .map_err(|e| SignerError::UnsupportedKey(e.to_string()))?;
        let own = chain
            .iter()
            .position(|c| c.tbs_certificate.subject_public_key_info == public)
            .ok_or(SignerError::KeyDoesNotMatchCertificate)?;
        let certificate = chain.remove(own);
        chain.insert(0, certificate);
        Ok(Self { key, chain })
    }

    /// The common name of the signer's certificate (the town, as its certificate names it).
    pub fn signer_name(&self) -> String {
        certs::common_name(&self.chain[0].tbs_certificate.subject)
    }

    /// SHA-256 of the signer's certificate, lower-case hex.
    pub fn certificate_sha256(&self) -> String {
        certs::sha256_hex(&self.chain[0])
    }

    /// The chain as PEM, the signer's certificate first (a development certificate is its own
    /// trust anchor: `TrustAnchors::from_pem(&signer.chain_pem())`).
    pub fn chain_pem(&self) -> String {
        self.chain
            .iter()
            .filter_map(|c| c.to_pem(LineEnding::LF).ok())
            .collect()
    }

    /// A new self-signed P-256 certificate named `common_name`, valid from `now`, with its key:
    /// PEM text (`PRIVATE KEY` then `CERTIFICATE`) that `from_pem` reads back. For development
    /// only: nobody outside trusts it.
    pub fn development_pem(common_name: &str, now: DateTime<Utc>) -> Result<String, SignerError> {
        let failed = |e: &dyn std::fmt::Display| SignerError::CertificateGeneration(e.to_string());
        let secret = p256::SecretKey::random(&mut rand_core::OsRng);
        let key = p256::ecdsa::SigningKey::from(&secret);
        let subject = Name::from_str(&format!(
            "CN={},O=Granty development (not trusted)",
            common_name.replace([',', '+', '=', '\\', '"', '<', '>', ';'], " ")
        ))
        .map_err(|e| failed(&e))?;
        let start = Duration::from_secs(u64::try_from(now.timestamp()).unwrap_or(0));
        let end = start + Duration::from_secs(DEVELOPMENT_VALIDITY_DAYS * 86_400);
        let validity = Validity {
            not_before: x509_cert::time::Time::try_from(std::time::UNIX_EPOCH + start)
                .map_err(|e| failed(&e))?,
            not_after: x509_cert::time::Time::try_from(std::time::UNIX_EPOCH + end)
                .map_err(|e| failed(&e))?,
        };
        let serial = SerialNumber::new(&now.timestamp().to_be_bytes()).map_err(|e| failed(&e))?;
        let public =
            SubjectPublicKeyInfoOwned::from_key(*key.verifying_key()).map_err(|e| failed(&e))?;
        let profile = Profile::Leaf {
            issuer: subject.clone(),
            enable_key_agreement: false,
            enable_key_encipherment: false,
        };
        let certificate = CertificateBuilder::new(profile, serial, validity, subject, public, &key)
            .map_err(|e| failed(&e))?
            .build::<p256::ecdsa::DerSignature>()
            .map_err(|e| failed(&e))?;
        let key_pem = secret
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|e| failed(&e))?;
        let certificate_pem = certificate.to_pem(LineEnding::LF).map_err(|e| failed(&e))?;
        Ok(format!("{}{}", key_pem.as_str(), certificate_pem))
    }
}

/// A P-256 key from PKCS#8 DER; RSA keys are refused by name.
fn key_from_pkcs8(der: &[u8]) -> Result<p256::ecdsa::SigningKey, SignerError> {
    if let Ok(secret) = p256::SecretKey::from_pkcs8_der(der) {
        return Ok(p256::ecdsa::SigningKey::from(&secret));
    }
    let info = p256::pkcs8::PrivateKeyInfo::from_der(der)
        .map_err(|e| SignerError::UnsupportedKey(e.to_string()))?;
    if info.algorithm.oid == const_oid::db::rfc5912::RSA_ENCRYPTION {
        return Err(SignerError::RsaKeyRefused);
    }
    let curve = info
        .algorithm
        .parameters
        .and_then(|p| p.decode_as::<const_oid::ObjectIdentifier>().ok());
    Err(SignerError::UnsupportedKey(
        curve.unwrap_or(info.algorithm.oid).to_string(),
    ))
}

/// Every PEM block of `text`: its label and DER bytes.
fn pem_blocks(text: &str) -> Result<Vec<(String, Vec<u8>)>, SignerError> {
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(begin) = rest.find("-----BEGIN ") {
        let block = &rest[begin..];
        let label_end = block[11..]
            .find("-----")
            .ok_or_else(|| unreadable("begin"))?
            + 11;
        let label = &block[11..label_end];
        let end_marker = format!("-----END {label}-----");
        let end = block.find(&end_marker).ok_or_else(|| unreadable(label))? + end_marker.len();
        let (_, der) = der::pem::decode_vec(&block.as_bytes()[..end])
            .map_err(|e| SignerError::PemUnreadable(e.to_string()))?;
        blocks.push((label.to_owned(), der));
        rest = &block[end..];
    }
    Ok(blocks)
}

fn unreadable(what: &str) -> SignerError {
    SignerError::PemUnreadable(what.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_development_identity_reads_back_and_names_its_holder() {
        let now = DateTime::from_timestamp(1_796_000_000, 0).unwrap_or_default();
        let pem = Signer::development_pem("Gmina Przykładowa", now).expect("generated");
        let signer = Signer::from_pem(&pem, &pem).expect("read back");
        assert_eq!(signer.signer_name(), "Gmina Przykładowa");
        assert_eq!(signer.certificate_sha256().len(), 64);
    }

    #[test]
    fn pem_without_a_key_or_certificate_is_refused_by_code() {
        assert_eq!(
            Signer::from_pem("", "").err(),
            Some(SignerError::NoPrivateKey)
        );
        let now = DateTime::from_timestamp(1_796_000_000, 0).unwrap_or_default();
        let pem = Signer::development_pem("X", now).expect("generated");
        assert_eq!(
            Signer::from_pem(&pem, "").err(),
            Some(SignerError::NoCertificate)
        );
        let other = Signer::development_pem("Y", now).expect("generated");
        assert_eq!(
            Signer::from_pem(&pem, &other).err(),
            Some(SignerError::KeyDoesNotMatchCertificate)
        );
    }
}
