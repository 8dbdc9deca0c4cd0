//! Where the server's secret key comes from: the `secret_key` setting (`GRANTY_SECRET_KEY`,
//! base64 of 32 bytes), or, in development, a key file generated on first start under the data
//! folder (`secret_key_file`), with a warning, because that key sits next to the database it
//! protects. In production (`GRANTY_ENV=production`) the setting is required.
//! `secret_key_previous` holds the key before during a rotation: still read, never written.

use anyhow::{anyhow, bail, Context, Result};
use granty_store::{SecretKey, SecretKeys};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The key as configured, or the file it is kept in (development).
#[derive(Debug, Clone)]
pub enum SecretKeySource {
    Configured(SecretKey),
    File(PathBuf),
}

/// The current key's source and, during a rotation, the previous key.
#[derive(Debug, Clone)]
pub struct KeySettings {
    pub current: SecretKeySource,
    pub previous: Option<SecretKey>,
}

impl KeySettings {
    /// The keys the store seals with (current) and still opens (previous).
    pub fn load(&self) -> Result<SecretKeys> {
        Ok(SecretKeys::new(self.current.load()?, self.previous.clone()))
    }
}

/// Reads both settings: `secret_key` (or its file) and the optional `secret_key_previous`.
pub fn settings(values: &BTreeMap<String, String>, env: Option<&str>) -> Result<KeySettings> {
    let previous = values
        .get("secret_key_previous")
        .map(|k| k.trim())
        .filter(|k| !k.is_empty())
        .map(|k| {
            SecretKey::from_base64(k)
                .map_err(|e| anyhow!("configuration key `secret_key_previous`: {e}"))
        })
        .transpose()?;
    Ok(KeySettings {
        current: source(values, env)?,
        previous,
    })
}

/// Reads `secret_key` (checked now, so a malformed key stops start-up naming the key) or, when
/// it is empty outside production, the key file's path.
fn source(values: &BTreeMap<String, String>, env: Option<&str>) -> Result<SecretKeySource> {
    let configured = values.get("secret_key").map(|k| k.trim()).unwrap_or("");
    if !configured.is_empty() {
        let key = SecretKey::from_base64(configured)
            .map_err(|e| anyhow!("configuration key `secret_key`: {e}"))?;
        return Ok(SecretKeySource::Configured(key));
    }
    if env == Some("production") {
        bail!("configuration key `secret_key` is required in production (base64 of 32 random bytes: `openssl rand -base64 32`)");
    }
    let file = values
        .get("secret_key_file")
        .filter(|f| !f.trim().is_empty())
        .ok_or_else(|| anyhow!("configuration key `secret_key_file` is missing"))?;
    Ok(SecretKeySource::File(PathBuf::from(file.trim())))
}

impl SecretKeySource {
    /// The key itself: the configured one, or the file's (made on first use, readable by the
    /// owner only).
    pub fn load(&self) -> Result<SecretKey> {
        match self {
            SecretKeySource::Configured(key) => Ok(key.clone()),
            SecretKeySource::File(path) => from_file(path),
        }
    }
}

/// Seals two-factor secrets stored in the clear (written before sealing existed), reseals those
/// of the previous key with the current one (a rotation), and stops start-up when the keys
/// configured do not open the sealed ones (a changed `secret_key`).
pub async fn seal_two_factor_secrets(db: &granty_store::Db) -> Result<()> {
    let report = granty_store::two_factor::sealing::seal_plaintext_secrets(db)
        .await
        .map_err(|e| anyhow::anyhow!("checking the two-factor secrets against secret_key: {e}"))?;
    if report.sealed > 0 {
        tracing::info!(
            sealed = report.sealed,
            "sealed two-factor secrets stored in the clear"
        );
    }
    if report.resealed > 0 {
        tracing::info!(
            resealed = report.resealed,
            "resealed two-factor secrets with the current secret_key"
        );
    }
    Ok(())
}

fn from_file(path: &Path) -> Result<SecretKey> {
    if !path.exists() {
        create(path)?;
        tracing::warn!(
            file = %path.display(),
            "no secret_key configured: generated a development key file; set GRANTY_SECRET_KEY in production"
        );
    } else {
        tracing::warn!(file = %path.display(), "using the development key file (no secret_key configured)");
    }
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the key file {} (secret_key_file)", path.display()))?;
    SecretKey::from_base64(&text)
        .map_err(|e| anyhow!("the key file {} (secret_key_file): {e}", path.display()))
}

/// Writes a new key to its file (see `write_new_file`).
fn create(path: &Path) -> Result<()> {
    write_new_file(path, &format!("{}\n", SecretKey::generate().to_base64()))
        .with_context(|| format!("creating the key file {}", path.display()))
}

/// Writes `text` to a temporary file (readable by the owner only) and links it into place, so
/// the file appears whole or not at all: two processes starting at once (a web process and a
/// worker) end up with one file (the first one linked), and neither reads a half-written file.
/// Also used for the development signing certificate.
pub(crate) fn write_new_file(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let staging = path.with_extension(format!("{}.new", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(&staging)
        .with_context(|| format!("creating {}", staging.display()))?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", staging.display()))?;
    let linked = std::fs::hard_link(&staging, path);
    let _ = std::fs::remove_file(&staging);
    match linked {
        // Another process put its file there first: that one is the file.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        other => other.with_context(|| format!("creating {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_malformed_key_is_refused_naming_the_setting() {
        for bad in ["not base64!", "c2hvcnQ="] {
            let error = source(&values(&[("secret_key", bad)]), None).expect_err(bad);
            assert!(error.to_string().contains("`secret_key`"), "{error}");
        }
        let good = SecretKey::generate().to_base64();
        let source = source(&values(&[("secret_key", &good)]), None).expect("valid");
        assert!(matches!(source, SecretKeySource::Configured(_)));
    }

    #[test]
    fn the_previous_key_is_optional_and_checked() {
        let current = SecretKey::generate().to_base64();
        let none = settings(&values(&[("secret_key", &current)]), None).expect("valid");
        assert!(none.previous.is_none());
        let bad = values(&[("secret_key", &current), ("secret_key_previous", "xyz!")]);
        let error = settings(&bad, None).expect_err("malformed");
        assert!(
            error.to_string().contains("`secret_key_previous`"),
            "{error}"
        );
    }

    #[test]
    fn production_needs_a_configured_key_and_development_makes_a_file() {
        let file_only = values(&[("secret_key_file", "x")]);
        assert!(source(&file_only, Some("production")).is_err());
        assert!(source(&file_only, None).is_ok());
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("data/secret_key");
        let file = SecretKeySource::File(path.clone());
        let first = file.load().expect("generated");
        assert_eq!(
            file.load().expect("read").fingerprint(),
            first.fingerprint()
        );
        std::fs::write(&path, "garbage").expect("write");
        let error = file.load().expect_err("malformed file");
        assert!(error.to_string().contains("secret_key_file"), "{error}");
    }
}
