//! The server's secret key (32 random bytes from the `secret_key` setting). It seals what must
//! not sit readable in the database, so a copy of the database alone (a stolen backup, a leaked
//! dump) does not give a second factor away: TOTP secrets are encrypted with AES-256-GCM, and
//! recovery codes are stored as HMAC-SHA-256 under a key derived from it.
//!
//! A sealed value names the key that sealed it by a short fingerprint, so a server started with
//! another key says exactly that instead of failing in some vaguer way (or letting anyone in).

use crate::error::{StoreError, StoreResult};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::fmt;

/// The format tag of a sealed value: `v1.<fingerprint>.<base64url(nonce ‖ ciphertext ‖ tag)>`.
const SEALED_V1: &str = "v1";
const NONCE_BYTES: usize = 12;

/// Why a configured key was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("expected base64 (e.g. the output of `openssl rand -base64 32`)")]
    NotBase64,
    #[error("expected 32 bytes once decoded, found {0}")]
    WrongLength(usize),
}

/// 32 bytes that seal TOTP secrets and key the hashes of recovery codes; never logged.
#[derive(Clone)]
pub struct SecretKey {
    bytes: [u8; 32],
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({}, ***)", self.fingerprint())
    }
}

impl SecretKey {
    /// Reads the key as configured: base64 (standard, padding optional) of exactly 32 bytes.
    pub fn from_base64(text: &str) -> Result<SecretKey, KeyError> {
        let trimmed = text.trim().trim_end_matches('=');
        let decoded = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(trimmed)
            .map_err(|_| KeyError::NotBase64)?;
        let bytes: [u8; 32] = decoded
            .as_slice()
            .try_into()
            .map_err(|_| KeyError::WrongLength(decoded.len()))?;
        Ok(SecretKey { bytes })
    }

    /// A fresh random key (for a development set-up's key file, and tests).
    pub fn generate() -> SecretKey {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        SecretKey { bytes }
    }

    /// The key as it is configured (standard base64 with padding).
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.bytes)
    }

    /// Eight hex digits that name the key (a hash of it, not a part of it): shown in errors and
    /// logs so an operator sees which key sealed what.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::new()
            .chain_update(b"granty key fingerprint")
            .chain_update(self.bytes)
            .finalize();
        hex::encode(&digest[..4])
    }

    /// Encrypts `plain`, bound to `context` (e.g. the row it belongs to, so a sealed value
    /// copied onto another row does not open there).
    pub(crate) fn seal(&self, plain: &[u8], context: &str) -> StoreResult<String> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rng().fill_bytes(&mut nonce);
        let payload = Payload {
            msg: plain,
            aad: context.as_bytes(),
        };
        let sealed = self
            .cipher()
            .encrypt(Nonce::from_slice(&nonce), payload)
            .map_err(|_| StoreError::Corrupt("sealing failed".into()))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        let body = URL_SAFE_NO_PAD.encode(bytes);
        Ok(format!("{SEALED_V1}.{}.{body}", self.fingerprint()))
    }

    /// Decrypts what [`SecretKey::seal`] made with this key for `context`. Another key's value,
    /// or one changed or moved, is an error naming the cause: never a guess.
    pub(crate) fn open(&self, sealed: &str, context: &str) -> StoreResult<Vec<u8>> {
        let mut parts = sealed.splitn(3, '.');
        let (Some(SEALED_V1), Some(fingerprint), Some(body)) =
            (parts.next(), parts.next(), parts.next())
        else {
            return Err(StoreError::Corrupt(format!(
                "{context}: not a sealed value"
            )));
        };
        if fingerprint != self.fingerprint() {
            return Err(StoreError::Corrupt(format!(
                "{context}: sealed with the key {fingerprint}, but the configured secret_key is {}",
                self.fingerprint()
            )));
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| StoreError::Corrupt(format!("{context}: sealed value is not base64")))?;
        if bytes.len() <= NONCE_BYTES {
            return Err(StoreError::Corrupt(format!(
                "{context}: sealed value too short"
            )));
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        let payload = Payload {
            msg: sealed,
            aad: context.as_bytes(),
        };
        self.cipher()
            .decrypt(Nonce::from_slice(nonce), payload)
            .map_err(|_| StoreError::Corrupt(format!("{context}: sealed value does not open")))
    }

    /// HMAC-SHA-256 of `text` under a key derived for `purpose`, as hex.
    pub(crate) fn keyed_hash(&self, purpose: &str, text: &str) -> String {
        let derived = Sha256::new()
            .chain_update(b"granty keyed hash:")
            .chain_update(purpose.as_bytes())
            .chain_update(self.bytes)
            .finalize();
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&derived)
            .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
        mac.update(text.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&self.bytes))
    }
}

/// The configured key and, while a rotation is under way, the one before it: values sealed or
/// hashed under the previous key still open and match; everything new uses the current one.
#[derive(Clone, Debug)]
pub struct SecretKeys {
    current: SecretKey,
    previous: Option<SecretKey>,
}

impl SecretKeys {
    pub fn new(current: SecretKey, previous: Option<SecretKey>) -> SecretKeys {
        SecretKeys { current, previous }
    }

    /// The key everything is sealed and hashed with from now on.
    pub fn current(&self) -> &SecretKey {
        &self.current
    }

    /// The fingerprint a sealed value names (empty when it names none).
    fn sealed_with(sealed: &str) -> &str {
        sealed.split('.').nth(1).unwrap_or("")
    }

    /// Whether `sealed` was sealed with the current key (else a rotation has it to reseal).
    pub(crate) fn is_current(&self, sealed: &str) -> bool {
        Self::sealed_with(sealed) == self.current.fingerprint()
    }

    /// Opens a value sealed with the current or the previous key.
    pub(crate) fn open(&self, sealed: &str, context: &str) -> StoreResult<Vec<u8>> {
        let named = Self::sealed_with(sealed);
        match &self.previous {
            Some(previous) if named == previous.fingerprint() => previous.open(sealed, context),
            _ => self.current.open(sealed, context),
        }
    }

    /// The keyed hashes of `text` under the current key and then the previous one.
    pub(crate) fn keyed_hashes(&self, purpose: &str, text: &str) -> Vec<String> {
        let keys = std::iter::once(&self.current).chain(self.previous.as_ref());
        keys.map(|key| key.keyed_hash(purpose, text)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_configured_key_is_base64_of_32_bytes() {
        let key = SecretKey::generate();
        let again = SecretKey::from_base64(&key.to_base64()).expect("round trip");
        assert_eq!(again.fingerprint(), key.fingerprint());
        assert_eq!(
            SecretKey::from_base64("not base64!").map(|_| ()),
            Err(KeyError::NotBase64)
        );
        assert_eq!(
            SecretKey::from_base64("c2hvcnQ=").map(|_| ()),
            Err(KeyError::WrongLength(5))
        );
        assert!(!format!("{key:?}").contains(&key.to_base64()));
    }

    #[test]
    fn sealed_values_open_only_with_their_key_and_context() {
        let key = SecretKey::generate();
        let sealed = key.seal(b"JBSWY3DPEHPK3PXP", "row 1").expect("seal");
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_eq!(
            key.open(&sealed, "row 1").expect("open"),
            b"JBSWY3DPEHPK3PXP"
        );
        assert!(key.open(&sealed, "row 2").is_err(), "moved to another row");
        let other = SecretKey::generate();
        let error = other.open(&sealed, "row 1").expect_err("another key");
        assert!(error.to_string().contains(&key.fingerprint()), "{error}");
        assert_ne!(key.seal(b"x", "c").unwrap(), key.seal(b"x", "c").unwrap());
    }

    #[test]
    fn during_a_rotation_the_previous_key_still_opens_what_it_sealed() {
        let (old, new) = (SecretKey::generate(), SecretKey::generate());
        let sealed = old.seal(b"secret", "row").expect("seal");
        let rotating = SecretKeys::new(new.clone(), Some(old.clone()));
        assert!(!rotating.is_current(&sealed));
        assert_eq!(rotating.open(&sealed, "row").expect("open"), b"secret");
        let hashes = rotating.keyed_hashes("p", "code");
        assert_eq!(
            hashes,
            [new.keyed_hash("p", "code"), old.keyed_hash("p", "code")]
        );
        let done = SecretKeys::new(new, None);
        assert!(done.open(&sealed, "row").is_err(), "the old key is gone");
    }

    #[test]
    fn keyed_hashes_depend_on_the_key_and_the_purpose() {
        let key = SecretKey::generate();
        let hash = key.keyed_hash("recovery", "ABCDE12345");
        assert_eq!(hash.len(), 64);
        assert_eq!(hash, key.keyed_hash("recovery", "ABCDE12345"));
        assert_ne!(hash, key.keyed_hash("other", "ABCDE12345"));
        assert_ne!(
            hash,
            SecretKey::generate().keyed_hash("recovery", "ABCDE12345")
        );
    }
}
