//! The configuration's keys and where their values come from: TOML files (each value of the type
//! its key expects) and `GRANTY_*` variables. Every unknown key, unknown variable and value of the
//! wrong type is reported, not only the first.

use super::check::Problems;
use std::collections::BTreeMap;
use std::path::Path;

/// What a key's value must be in a TOML file (variables are text and parsed as such).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    WholeNumber,
}

use Kind::{Text, WholeNumber};

pub const KEYS: &[(&str, Kind)] = &[
    ("listen", Text),
    ("public_url", Text),
    ("database_url", Text),
    ("storage_url", Text),
    ("smtp_url", Text),
    ("mail_from", Text),
    ("worker_batch_size", WholeNumber),
    ("worker_poll_ms", WholeNumber),
    ("worker_lease_seconds", WholeNumber),
    ("reminder_cron", Text),
    ("retention_cron", Text),
    ("retention_sent_notifications_days", WholeNumber),
    ("retention_unconfirmed_accounts_days", WholeNumber),
    ("retention_spent_tokens_days", WholeNumber),
    ("max_attachment_mb", WholeNumber),
    ("session_idle_minutes", WholeNumber),
    ("session_hours", WholeNumber),
    ("login_window_minutes", WholeNumber),
    ("login_failures_per_account", WholeNumber),
    ("login_failures_per_address", WholeNumber),
    ("trusted_proxies", Text),
    ("log", Text),
    ("log_format", Text),
    ("metrics_token", Text),
    ("secret_key", Text),
    ("secret_key_file", Text),
    ("secret_key_previous", Text),
    ("templates_dir", Text),
    ("signing_pkcs12_file", Text),
    ("signing_pkcs12_password", Text),
    ("signing_key_pem_file", Text),
    ("signing_certificate_pem_file", Text),
    ("signing_development_file", Text),
];

/// `GRANTY_*` variables that are not configuration keys: the environment's name, the
/// configuration folder, `user add`'s password, the S3 endpoint, and the test suite's own.
const OTHER_VARIABLES: &[&str] = &[
    "ENV",
    "CONFIG_DIR",
    "PASSWORD",
    "S3_ENDPOINT",
    "WRITE_DOCS",
    "FUZZ_SEED",
    "FUZZ_SECONDS",
];

fn kind_of(key: &str) -> Option<Kind> {
    KEYS.iter().find(|(k, _)| *k == key).map(|(_, kind)| *kind)
}

/// A value and where it was set, for messages that say where to fix it.
#[derive(Debug, Clone)]
pub struct Setting {
    pub text: String,
    pub origin: String,
}

pub type Settings = BTreeMap<String, Setting>;

/// Reads one TOML file's keys into `settings`, reporting unknown keys and values of the wrong type.
pub fn read_file(path: &Path, settings: &mut Settings, problems: &mut Problems) {
    let origin = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => return problems.add(format!("{origin}: cannot be read: {error}")),
    };
    let table: toml::Table = match text.parse() {
        Ok(table) => table,
        Err(error) => return problems.add(format!("{origin}: not TOML: {error}")),
    };
    for (key, value) in table {
        let Some(kind) = kind_of(&key) else {
            problems.add(format!("{origin}: unknown configuration key `{key}`"));
            continue;
        };
        let text = match (kind, value) {
            (Text, toml::Value::String(text)) => text,
            (WholeNumber, toml::Value::Integer(n)) => n.to_string(),
            (kind, other) => {
                let expected = match kind {
                    Text => "a string in quotes",
                    WholeNumber => "a whole number (no quotes)",
                };
                problems.add(format!(
                    "configuration key `{key}` in {origin}: expected {expected}, found {} `{other}`",
                    other.type_str()
                ));
                continue;
            }
        };
        let origin = origin.clone();
        settings.insert(key, Setting { text, origin });
    }
}

/// Takes every `GRANTY_<KEY>` variable over the files; reports `GRANTY_*` variables that name
/// no key (a misspelt variable would otherwise be ignored without a word).
pub fn read_variables(
    variables: impl Iterator<Item = (String, String)>,
    settings: &mut Settings,
    problems: &mut Problems,
) {
    for (name, text) in variables {
        let Some(rest) = name.strip_prefix("GRANTY_") else {
            continue;
        };
        let key = rest.to_lowercase();
        if kind_of(&key).is_some() {
            settings.insert(key, Setting { text, origin: name });
        } else if !OTHER_VARIABLES.contains(&rest) && !rest.starts_with("TEST_") {
            problems.add(format!(
                "unknown variable {name}: no configuration key `{key}` (see config/default.toml)"
            ));
        }
    }
}
