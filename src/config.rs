//! Layered configuration: `config/default.toml`, then `config/<GRANTY_ENV>.toml` if present, then
//! `GRANTY_*` variables. A bad value stops start-up with one line that names the key.

use anyhow::{anyhow, bail, Context, Result};
use granty_store::StorageConfig;
use std::collections::BTreeMap;
use std::fmt;
use std::net::SocketAddr;
use std::path::Path;

/// A value that must not appear in logs.
#[derive(Clone)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Where email goes.
#[derive(Debug, Clone)]
pub enum MailConfig {
    Smtp { url: Secret },
    Outbox(std::path::PathBuf),
}

impl MailConfig {
    /// Where mail goes, for the start-up log line (no credentials).
    pub fn describe(&self) -> String {
        match self {
            MailConfig::Smtp { url } => match url::Url::parse(&url.0) {
                Ok(parsed) => format!(
                    "SMTP {}:{}",
                    parsed.host_str().unwrap_or("?"),
                    parsed.port_or_known_default().unwrap_or(25)
                ),
                Err(_) => "SMTP".into(),
            },
            MailConfig::Outbox(folder) => format!("outbox folder {}", folder.display()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub public_url: url::Url,
    pub database_url: Secret,
    pub storage: StorageConfig,
    pub mail: MailConfig,
    pub mail_from: lettre::message::Mailbox,
    pub worker: granty_worker::WorkerConfig,
    pub max_attachment_bytes: usize,
    pub accounts: granty_web::AccountSettings,
    pub log: String,
    /// Seals two-factor secrets and keys the hashes of recovery codes.
    pub secret_key: crate::secret_key::KeySettings,
    /// The document templates (`pdf-templates/`), with per-tenant overrides under `tenants/<slug>/`.
    pub templates_dir: std::path::PathBuf,
    /// The certificate agreements are signed with (PAdES), or a development one.
    pub signing: crate::signing::SigningSource,
}

/// A whole number within `range`, or an error naming the key.
fn number(
    values: &BTreeMap<String, String>,
    key: &str,
    range: std::ops::RangeInclusive<u64>,
) -> Result<u64> {
    let text = values
        .get(key)
        .ok_or_else(|| anyhow!("configuration key `{key}` is missing"))?;
    text.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| {
            anyhow!(
                "configuration key `{key}`: expected a whole number from {} to {}",
                range.start(),
                range.end()
            )
        })
}

const KEYS: &[&str] = &[
    "listen",
    "public_url",
    "database_url",
    "storage_url",
    "smtp_url",
    "mail_from",
    "worker_batch_size",
    "worker_poll_ms",
    "worker_lease_seconds",
    "reminder_cron",
    "retention_cron",
    "retention_sent_notifications_days",
    "retention_unconfirmed_accounts_days",
    "retention_spent_tokens_days",
    "max_attachment_mb",
    "session_idle_minutes",
    "session_hours",
    "login_window_minutes",
    "login_failures_per_account",
    "login_failures_per_address",
    "trusted_proxies",
    "log",
    "secret_key",
    "secret_key_file",
    "secret_key_previous",
    "templates_dir",
    "signing_pkcs12_file",
    "signing_pkcs12_password",
    "signing_key_pem_file",
    "signing_certificate_pem_file",
    "signing_development_file",
];

/// Sessions, login throttling and trusted proxies, each key checked.
fn account_settings(values: &BTreeMap<String, String>) -> Result<granty_web::AccountSettings> {
    use chrono::Duration;
    use granty_domain::throttle::ThrottlePolicy;
    use granty_domain::tokens::SessionPolicy;
    let minutes = |key, range| number(values, key, range).map(|n| Duration::minutes(n as i64));
    let count = |key| number(values, key, 1..=10_000).map(|n| n as u32);
    let policy = granty_store::accounts::AccountPolicy {
        sessions: SessionPolicy {
            idle: minutes("session_idle_minutes", 5..=7 * 24 * 60)?,
            absolute: Duration::hours(number(values, "session_hours", 1..=30 * 24)? as i64),
        },
        throttle: ThrottlePolicy {
            window: minutes("login_window_minutes", 1..=24 * 60)?,
            account_failures: count("login_failures_per_account")?,
            address_failures: count("login_failures_per_address")?,
        },
    };
    let proxies = values
        .get("trusted_proxies")
        .map(String::as_str)
        .unwrap_or("");
    let trusted_proxies = proxies
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.parse().map_err(|_| {
                anyhow!("configuration key `trusted_proxies`: `{p}` is not an IP address")
            })
        })
        .collect::<Result<_>>()?;
    Ok(granty_web::AccountSettings {
        policy,
        trusted_proxies,
    })
}

impl Config {
    pub fn load(dir: &Path) -> Result<Config> {
        let mut values = read_file(&dir.join("default.toml"))?;
        let env = std::env::var("GRANTY_ENV").ok();
        if let Some(env) = &env {
            let path = dir.join(format!("{env}.toml"));
            if path.exists() {
                values.extend(read_file(&path)?);
            }
        }
        for key in KEYS {
            if let Ok(value) = std::env::var(format!("GRANTY_{}", key.to_uppercase())) {
                values.insert(key.to_string(), value);
            }
        }
        Config::from_values(&values, env.as_deref())
    }

    /// The configuration from its values; `env` is `GRANTY_ENV` (production requires a key).
    fn from_values(values: &BTreeMap<String, String>, env: Option<&str>) -> Result<Config> {
        let get = |key: &str| {
            values
                .get(key)
                .cloned()
                .ok_or_else(|| anyhow!("configuration key `{key}` is missing"))
        };
        let listen = get("listen")?;
        let listen = listen
            .parse()
            .map_err(|_| anyhow!("configuration key `listen`: `{listen}` is not address:port"))?;
        let public_url = get("public_url")?;
        let public_url = url::Url::parse(&public_url)
            .map_err(|e| anyhow!("configuration key `public_url`: {e}"))?;
        let database_url = get("database_url")?;
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            bail!("configuration key `database_url`: expected sqlite:… or postgres://…");
        }
        let storage = StorageConfig::parse(&get("storage_url")?)
            .map_err(|e| anyhow!("configuration key `storage_url`: {e}"))?;
        let smtp = get("smtp_url")?;
        let mail = if smtp.starts_with("smtp://") || smtp.starts_with("smtps://") {
            url::Url::parse(&smtp).map_err(|e| anyhow!("configuration key `smtp_url`: {e}"))?;
            MailConfig::Smtp { url: Secret(smtp) }
        } else if smtp.contains("://") {
            bail!("configuration key `smtp_url`: expected smtp://, smtps:// or a folder");
        } else {
            MailConfig::Outbox(smtp.into())
        };
        let max_mb: usize = get("max_attachment_mb")?
            .parse()
            .ok()
            .filter(|mb| (1..=1024).contains(mb))
            .ok_or_else(|| {
                anyhow!(
                    "configuration key `max_attachment_mb`: expected a whole number from 1 to 1024"
                )
            })?;
        let mail_from = get("mail_from")?
            .parse()
            .map_err(|e| anyhow!("configuration key `mail_from`: {e}"))?;
        let reminder_cron = get("reminder_cron")?;
        if reminder_cron.split_whitespace().count() != 6 {
            bail!("configuration key `reminder_cron`: expected six fields, seconds first (e.g. \"0 * * * * *\")");
        }
        let retention_cron = get("retention_cron")?;
        if retention_cron.split_whitespace().count() != 6 {
            bail!("configuration key `retention_cron`: expected six fields, seconds first");
        }
        let worker = granty_worker::WorkerConfig {
            public_url: public_url.to_string(),
            batch_size: number(values, "worker_batch_size", 1..=1000)?,
            lease: chrono::Duration::seconds(
                number(values, "worker_lease_seconds", 1..=3600)? as i64
            ),
            poll_interval: std::time::Duration::from_millis(number(
                values,
                "worker_poll_ms",
                10..=600_000,
            )?),
            reminder_cron,
            retention_cron,
            retention: granty_store::personal::retention::RetentionPolicy {
                sent_notifications_days: number(
                    values,
                    "retention_sent_notifications_days",
                    1..=3650,
                )? as i64,
                unconfirmed_accounts_days: number(
                    values,
                    "retention_unconfirmed_accounts_days",
                    1..=3650,
                )? as i64,
                spent_tokens_days: number(values, "retention_spent_tokens_days", 1..=3650)? as i64,
            },
            ..granty_worker::WorkerConfig::default()
        };
        Ok(Config {
            mail_from,
            worker,
            listen,
            public_url,
            database_url: Secret(database_url),
            storage,
            mail,
            max_attachment_bytes: max_mb * 1024 * 1024,
            accounts: account_settings(values)?,
            log: get("log")?,
            secret_key: crate::secret_key::settings(values, env)?,
            templates_dir: get("templates_dir")?.into(),
            signing: crate::signing::settings(values, env)?,
        })
    }
}

fn read_file(path: &Path) -> Result<BTreeMap<String, String>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let table: toml::Table = text
        .parse()
        .with_context(|| format!("parsing {}", path.display()))?;
    let mut values = BTreeMap::new();
    for (key, value) in table {
        if !KEYS.contains(&key.as_str()) {
            bail!("{}: unknown configuration key `{key}`", path.display());
        }
        let text = match value {
            toml::Value::String(s) => s,
            other => other.to_string(),
        };
        values.insert(key, text);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> BTreeMap<String, String> {
        read_file(Path::new("config/default.toml")).expect("default config")
    }

    #[test]
    fn the_defaults_are_valid() {
        let config = Config::from_values(&defaults(), None).expect("valid");
        assert!(matches!(config.mail, MailConfig::Outbox(_)));
        assert_eq!(config.max_attachment_bytes, 10 * 1024 * 1024);
        assert_eq!(config.accounts.policy, Default::default());
        assert!(config.accounts.trusted_proxies.is_empty());
    }

    #[test]
    fn trusted_proxies_must_be_addresses() {
        let mut values = defaults();
        values.insert("trusted_proxies".into(), "10.0.0.1, ::1".into());
        let config = Config::from_values(&values, None).expect("valid");
        assert_eq!(config.accounts.trusted_proxies.len(), 2);
        values.insert("trusted_proxies".into(), "proxy.example".into());
        let error = Config::from_values(&values, None)
            .expect_err("invalid")
            .to_string();
        assert!(error.contains("`trusted_proxies`"), "{error}");
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let mut values = defaults();
        values.insert("listen".into(), "nowhere".into());
        let error = Config::from_values(&values, None)
            .expect_err("invalid")
            .to_string();
        assert!(error.contains("`listen`"), "{error}");
        let mut values = defaults();
        values.insert("database_url".into(), "mysql://x".into());
        assert!(Config::from_values(&values, None)
            .expect_err("invalid")
            .to_string()
            .contains("`database_url`"));
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let config = Config::from_values(&defaults(), None).expect("valid");
        assert!(!format!("{config:?}").contains("granty.sqlite"));
        let mut values = defaults();
        values.insert("signing_pkcs12_file".into(), "town.p12".into());
        values.insert("signing_pkcs12_password".into(), "hunter2".into());
        let config = Config::from_values(&values, None).expect("valid");
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
