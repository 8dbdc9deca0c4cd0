//! Layered configuration: `config/default.toml`, then `config/<GRANTY_ENV>.toml` if present, then
//! `GRANTY_*` variables. Every bad key is reported at once, one line each naming the key and where
//! its value came from; `granty config check` prints them (see [`check`]).

mod check;
mod keys;
mod parse;
#[cfg(test)]
mod tests;

pub use check::Problems;

use check::Checker;
use granty_store::StorageConfig;
use keys::Settings;
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

/// How log lines are written: readable for a person, or one JSON object per line for a log
/// collector (production).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Pretty,
    Json,
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
    /// The log filter (tracing's EnvFilter syntax) and the lines' format.
    pub log: String,
    pub log_format: LogFormat,
    /// The bearer token `/metrics` asks for; none: `/metrics` answers 404.
    pub metrics_token: Option<Secret>,
    /// Seals two-factor secrets and keys the hashes of recovery codes.
    pub secret_key: crate::secret_key::KeySettings,
    /// The document templates (`pdf-templates/`), with per-tenant overrides under `tenants/<slug>/`.
    pub templates_dir: std::path::PathBuf,
    /// The certificate agreements are signed with (PAdES), or a development one.
    pub signing: crate::signing::SigningSource,
}

impl Config {
    /// Reads the files of `dir` and the process's `GRANTY_*` variables.
    pub fn load(dir: &Path) -> Result<Config, Problems> {
        let env = std::env::var("GRANTY_ENV").ok();
        let (settings, problems) = gather(dir, env.as_deref(), std::env::vars());
        Config::from_settings(&settings, problems, env.as_deref())
    }

    /// The configuration from its settings, or every problem with them (and those already
    /// found while reading them).
    fn from_settings(
        settings: &Settings,
        problems: Problems,
        env: Option<&str>,
    ) -> Result<Config, Problems> {
        let mut check = Checker::new(settings, problems);
        let built = parse::build(&mut check, env);
        match built {
            Some(config) if check.problems.is_empty() => Ok(config),
            _ => Err(check.problems),
        }
    }
}

/// The settings of the layered files and variables, with the problems found reading them.
fn gather(
    dir: &Path,
    env: Option<&str>,
    variables: impl Iterator<Item = (String, String)>,
) -> (Settings, Problems) {
    let mut settings = Settings::new();
    let mut problems = Problems::default();
    keys::read_file(&dir.join("default.toml"), &mut settings, &mut problems);
    if let Some(env) = env {
        let path = dir.join(format!("{env}.toml"));
        if path.exists() {
            keys::read_file(&path, &mut settings, &mut problems);
        }
    }
    keys::read_variables(variables, &mut settings, &mut problems);
    (settings, problems)
}

/// The plain values, for the checks that live beside what they configure (`secret_key`,
/// `signing`).
fn plain(settings: &Settings) -> BTreeMap<String, String> {
    settings
        .iter()
        .map(|(key, setting)| (key.clone(), setting.text.clone()))
        .collect()
}
