//! Password hashing: argon2id with stated parameters, run on tokio's blocking threads behind a
//! small semaphore. A hash takes tens of milliseconds of CPU; on the async threads a flood of
//! logins would hold every other request (an on-time submission included) behind it.

use crate::error::{StoreError, StoreResult};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::RngCore;
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// Memory per hash in KiB (19 MiB), iterations and lanes: OWASP's recommended argon2id
/// configuration, the same as the argon2 crate's defaults, written out so docs/security.md and
/// the code cannot drift apart silently.
pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

fn argon2() -> StoreResult<Argon2<'static>> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes at once: half the cores (at least one), so hashing never takes the whole machine
/// and the async threads always have a core for other requests. More logins wait their turn.
fn slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Semaphore::new((cores / 2).max(1))
    })
}

/// Runs CPU-heavy `work` on a blocking thread once a hashing slot is free.
async fn off_the_async_threads<T: Send + 'static>(
    work: impl FnOnce() -> StoreResult<T> + Send + 'static,
) -> StoreResult<T> {
    let _slot = slots()
        .acquire()
        .await
        .map_err(|e| StoreError::Corrupt(format!("hashing slots closed: {e}")))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| StoreError::Corrupt(format!("hashing task failed: {e}")))?
}

/// A new argon2id hash of `password` with a random salt (PHC string format).
pub async fn hash(password: &str) -> StoreResult<String> {
    let password = password.to_owned();
    off_the_async_threads(move || {
        let mut salt_bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut salt_bytes);
        let salt =
            SaltString::encode_b64(&salt_bytes).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        argon2()?
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| StoreError::Corrupt(e.to_string()))
    })
    .await
}

/// Whether `password` is the one `stored_hash` was made from (with the parameters stored in
/// the hash, so older hashes keep working if the parameters change).
pub async fn matches(stored_hash: &str, password: &str) -> StoreResult<bool> {
    let (stored, password) = (stored_hash.to_owned(), password.to_owned());
    off_the_async_threads(move || {
        let parsed = PasswordHash::new(&stored).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        Ok(argon2()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

/// Spends the time of a real check for an email that has no account, so timing does not tell
/// which addresses exist.
pub async fn waste_a_check(password: &str) {
    let _ = hash(password).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_states_its_parameters_and_checks_only_its_own_password() {
        let stored = hash("correct horse battery").await.unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(matches(&stored, "correct horse battery").await.unwrap());
        assert!(!matches(&stored, "correct horse battery!").await.unwrap());
    }
}
