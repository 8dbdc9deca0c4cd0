//! The identity agreements are signed with (PAdES): a PKCS#12 file and its password
//! (`signing_pkcs12_file`, `signing_pkcs12_password`), or a PEM key and certificate chain
//! (`signing_key_pem_file`, `signing_certificate_pem_file`). In development, when neither is
//! set, a self-signed P-256 certificate is generated once into `signing_development_file`, with a
//! warning. In production (`GRANTY_ENV=production`) without one, the server signs nothing: a town
//! without a certificate (or seal) still makes agreements, signed by people outside Granty.

use crate::config::Secret;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use granty_documents::pades::{Signer, SignerError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where the signing identity comes from.
#[derive(Debug, Clone)]
pub enum SigningSource {
    Pkcs12 {
        file: PathBuf,
        password: Secret,
    },
    Pem {
        key_file: PathBuf,
        certificate_file: PathBuf,
    },
    /// Development: generated into this file on first start.
    Development(PathBuf),
    /// Production without a certificate: agreements are not signed by the server.
    Unsigned,
}

/// Reads the signing keys; a half-configured or doubly-configured identity stops start-up
/// naming the keys.
pub fn settings(values: &BTreeMap<String, String>, env: Option<&str>) -> Result<SigningSource> {
    let set = |key: &str| {
        values
            .get(key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let pkcs12 = set("signing_pkcs12_file");
    let key_file = set("signing_key_pem_file");
    let certificate_file = set("signing_certificate_pem_file");
    match (pkcs12, key_file, certificate_file) {
        (Some(_), Some(_), _) | (Some(_), _, Some(_)) => bail!(
            "configuration keys `signing_pkcs12_file` and `signing_key_pem_file`/`signing_certificate_pem_file`: set one way of giving the signing certificate, not both"
        ),
        (Some(file), None, None) => Ok(SigningSource::Pkcs12 {
            file,
            password: Secret(values.get("signing_pkcs12_password").cloned().unwrap_or_default()),
        }),
        (None, Some(key_file), Some(certificate_file)) => Ok(SigningSource::Pem {
            key_file,
            certificate_file,
        }),
        (None, Some(_), None) | (None, None, Some(_)) => bail!(
            "configuration keys `signing_key_pem_file` and `signing_certificate_pem_file` go together: set both"
        ),
        (None, None, None) if env == Some("production") => Ok(SigningSource::Unsigned),
        (None, None, None) => set("signing_development_file")
            .map(SigningSource::Development)
            .ok_or_else(|| anyhow!("configuration key `signing_development_file` is missing")),
    }
}

impl SigningSource {
    /// The signer, read now so a wrong password or a key that is not the certificate's stops
    /// start-up; `now` dates a generated development certificate.
    pub fn load(&self, now: DateTime<Utc>) -> Result<Option<Signer>> {
        match self {
            SigningSource::Pkcs12 { file, password } => {
                let bytes = std::fs::read(file)
                    .with_context(|| format!("reading {} (signing_pkcs12_file)", file.display()))?;
                let signer = Signer::from_pkcs12(&bytes, &password.0).map_err(|e| {
                    anyhow!("{} (signing_pkcs12_file): {}", file.display(), explain(&e))
                })?;
                Ok(Some(announce(signer, "configured")))
            }
            SigningSource::Pem {
                key_file,
                certificate_file,
            } => {
                let read = |path: &Path, key: &str| {
                    std::fs::read_to_string(path)
                        .with_context(|| format!("reading {} ({key})", path.display()))
                };
                let key = read(key_file, "signing_key_pem_file")?;
                let chain = read(certificate_file, "signing_certificate_pem_file")?;
                let signer = Signer::from_pem(&key, &chain).map_err(|e| {
                    anyhow!(
                        "signing_key_pem_file / signing_certificate_pem_file: {}",
                        explain(&e)
                    )
                })?;
                Ok(Some(announce(signer, "configured")))
            }
            SigningSource::Development(path) => development(path, now).map(Some),
            SigningSource::Unsigned => {
                tracing::warn!("no signing certificate configured: agreements are not signed by the server (set signing_pkcs12_file or signing_key_pem_file)");
                Ok(None)
            }
        }
    }
}

fn announce(signer: Signer, how: &str) -> Signer {
    tracing::info!(
        signer = %signer.signer_name(),
        certificate_sha256 = %signer.certificate_sha256(),
        "agreements are signed with the {how} certificate"
    );
    signer
}

/// The development identity: read from its file, generated there first if missing.
fn development(path: &Path, now: DateTime<Utc>) -> Result<Signer> {
    if !path.exists() {
        let pem = Signer::development_pem("Granty development", now)
            .map_err(|e| anyhow!("generating a development signing certificate: {e}"))?;
        crate::secret_key::write_new_file(path, &pem)
            .with_context(|| format!("signing_development_file {}", path.display()))?;
    }
    let pem = std::fs::read_to_string(path)
        .with_context(|| format!("reading {} (signing_development_file)", path.display()))?;
    let signer = Signer::from_pem(&pem, &pem).map_err(|e| {
        anyhow!(
            "{} (signing_development_file): {}",
            path.display(),
            explain(&e)
        )
    })?;
    tracing::warn!(
        file = %path.display(),
        "agreements are signed with a development certificate nobody trusts; configure signing_pkcs12_file in production"
    );
    Ok(signer)
}

/// A sentence for an administrator reading the start-up error.
fn explain(error: &SignerError) -> String {
    match error {
        SignerError::Pkcs12Unreadable => {
            "not a PKCS#12 file, or the password (signing_pkcs12_password) is wrong".into()
        }
        SignerError::PemUnreadable(what) => format!("unreadable PEM ({what})"),
        SignerError::NoPrivateKey => "no private key found".into(),
        SignerError::NoCertificate => "no certificate found".into(),
        SignerError::RsaKeyRefused => {
            "RSA signing keys are not supported; use a P-256 (prime256v1) key".into()
        }
        SignerError::UnsupportedKey(what) => {
            format!("unsupported key ({what}); use an unencrypted P-256 (prime256v1) key")
        }
        SignerError::KeyDoesNotMatchCertificate => {
            "the private key does not belong to any of the certificates".into()
        }
        SignerError::CertificateGeneration(what) => format!("certificate generation: {what}"),
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

    fn fixture(name: &str) -> String {
        format!("crates/documents/tests/fixtures/pades/{name}")
    }

    #[test]
    fn half_or_double_configurations_name_their_keys() {
        let half = values(&[("signing_key_pem_file", "k.pem")]);
        let error = settings(&half, None).expect_err("half").to_string();
        assert!(error.contains("`signing_certificate_pem_file`"), "{error}");
        let both = values(&[
            ("signing_pkcs12_file", "a.p12"),
            ("signing_key_pem_file", "k"),
        ]);
        let error = settings(&both, None).expect_err("both").to_string();
        assert!(error.contains("`signing_pkcs12_file`"), "{error}");
        let none = values(&[("signing_development_file", "dev.pem")]);
        assert!(matches!(
            settings(&none, Some("production")),
            Ok(SigningSource::Unsigned)
        ));
        assert!(matches!(
            settings(&none, None),
            Ok(SigningSource::Development(_))
        ));
    }

    #[test]
    fn a_wrong_password_stops_start_up_with_a_sentence() {
        let source = settings(
            &values(&[
                ("signing_pkcs12_file", &fixture("town.p12")),
                ("signing_pkcs12_password", "wrong"),
            ]),
            None,
        )
        .expect("settings");
        let error = source
            .load(Utc::now())
            .expect_err("wrong password")
            .to_string();
        assert!(error.contains("signing_pkcs12_password"), "{error}");
        let right = SigningSource::Pkcs12 {
            file: fixture("town.p12").into(),
            password: Secret("test-only".into()),
        };
        let signer = right.load(Utc::now()).expect("loads").expect("a signer");
        assert_eq!(signer.signer_name(), "Gmina Testowa");
        let rsa = SigningSource::Pem {
            key_file: fixture("rsa.key.pem").into(),
            certificate_file: fixture("rsa.pem").into(),
        };
        let error = rsa.load(Utc::now()).expect_err("rsa").to_string();
        assert!(error.contains("P-256"), "{error}");
    }

    #[test]
    fn development_generates_once_and_reuses_the_file() {
        let dir = tempfile::tempdir().expect("dir");
        let source = SigningSource::Development(dir.path().join("data/signing.pem"));
        let first = source.load(Utc::now()).expect("generated").expect("signer");
        let again = source.load(Utc::now()).expect("read").expect("signer");
        assert_eq!(first.certificate_sha256(), again.certificate_sha256());
    }
}
