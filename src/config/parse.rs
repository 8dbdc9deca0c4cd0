//! Each key's check: what its value must be and the sentence that says so. [`build`] runs every
//! check before it gives up, so all the problems are noted in one pass.

use super::check::Checker;
use super::{plain, Config, LogFormat, MailConfig, Secret};
use granty_store::StorageConfig;
use std::net::SocketAddr;

/// The configuration, or `None` with the problems noted in `check`.
pub fn build(check: &mut Checker, env: Option<&str>) -> Option<Config> {
    let listen = check.parsed("listen", listen);
    let public_url = check.parsed("public_url", public_url);
    let database_url = check.parsed("database_url", database_url);
    let storage = check.parsed("storage_url", storage_url);
    let mail = check.parsed("smtp_url", smtp_url);
    let mail_from = check.parsed("mail_from", |t| t.parse().map_err(|e| format!("{e}")));
    let max_mb = check.number("max_attachment_mb", 1..=1024);
    let worker = worker(check, public_url.as_ref());
    let accounts = accounts(check);
    let log = check.parsed("log", log_filter);
    let log_format = check.parsed("log_format", log_format);
    let metrics_token = check.parsed("metrics_token", metrics_token);
    let values = plain(check.settings);
    let secret_key = check
        .problems
        .note(crate::secret_key::settings(&values, env));
    let signing = check.problems.note(crate::signing::settings(&values, env));
    let templates_dir = check.text("templates_dir");
    Some(Config {
        listen: listen?,
        public_url: public_url?,
        database_url: Secret(database_url?),
        storage: storage?,
        mail: mail?,
        mail_from: mail_from?,
        worker: worker?,
        max_attachment_bytes: max_mb? as usize * 1024 * 1024,
        accounts: accounts?,
        log: log?,
        log_format: log_format?,
        metrics_token: metrics_token?,
        secret_key: secret_key?,
        templates_dir: templates_dir?.into(),
        signing: signing?,
    })
}

fn listen(text: &str) -> Result<SocketAddr, String> {
    text.parse()
        .map_err(|_| format!("`{text}` is not address:port (e.g. 127.0.0.1:8080)"))
}

fn public_url(text: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(text).map_err(|e| format!("`{text}` is not a URL: {e}"))?;
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(url),
        _ => Err(format!("`{text}`: expected http://host or https://host")),
    }
}

fn database_url(text: &str) -> Result<String, String> {
    if text.starts_with("sqlite:") {
        return Ok(text.to_string());
    }
    if !(text.starts_with("postgres://") || text.starts_with("postgresql://")) {
        return Err("expected sqlite:… or postgres://…".into());
    }
    match url::Url::parse(text) {
        Ok(url) if url.host().is_some() => Ok(text.to_string()),
        // The URL may hold a password: the message leaves it out.
        _ => Err("not a PostgreSQL URL (postgres://user@host:5432/database)".into()),
    }
}

fn storage_url(text: &str) -> Result<StorageConfig, String> {
    StorageConfig::parse(text)
}

fn smtp_url(text: &str) -> Result<MailConfig, String> {
    if text.starts_with("smtp://") || text.starts_with("smtps://") {
        match url::Url::parse(text) {
            Ok(url) if url.host().is_some() => Ok(MailConfig::Smtp {
                url: Secret(text.to_string()),
            }),
            _ => Err("not an SMTP URL (smtp://user:pass@host:587)".into()),
        }
    } else if text.contains("://") {
        Err("expected smtp://, smtps:// or a folder".into())
    } else if text.is_empty() {
        Err("expected smtp://, smtps:// or a folder, found nothing".into())
    } else {
        Ok(MailConfig::Outbox(text.into()))
    }
}

/// A cron schedule with seconds, parsed as the worker's scheduler parses it.
fn cron(text: &str) -> Result<String, String> {
    let parser = croner::parser::CronParser::builder()
        .seconds(croner::parser::Seconds::Required)
        .dom_and_dow(true)
        .build();
    match parser.parse(text) {
        Ok(_) => Ok(text.to_string()),
        Err(e) => Err(format!(
            "`{text}` is not a cron schedule with seconds first (e.g. \"0 * * * * *\"): {e}"
        )),
    }
}

fn log_filter(text: &str) -> Result<String, String> {
    tracing_subscriber::EnvFilter::try_new(text)
        .map(|_| text.to_string())
        .map_err(|e| format!("`{text}` is not a log filter (e.g. \"info,sqlx=warn\"): {e}"))
}

fn log_format(text: &str) -> Result<LogFormat, String> {
    match text {
        "pretty" => Ok(LogFormat::Pretty),
        "json" => Ok(LogFormat::Json),
        _ => Err(format!("expected \"pretty\" or \"json\", found `{text}`")),
    }
}

/// The token that reads `/metrics`: none, or one too long to guess.
fn metrics_token(text: &str) -> Result<Option<Secret>, String> {
    match text.len() {
        0 => Ok(None),
        1..=23 => Err("too short: at least 24 characters (`openssl rand -hex 24`)".into()),
        _ => Ok(Some(Secret(text.to_string()))),
    }
}

fn worker(
    check: &mut Checker,
    public_url: Option<&url::Url>,
) -> Option<granty_worker::WorkerConfig> {
    use granty_store::personal::retention::RetentionPolicy;
    let batch_size = check.number("worker_batch_size", 1..=1000);
    let lease = check.number("worker_lease_seconds", 1..=3600);
    let poll = check.number("worker_poll_ms", 10..=600_000);
    let reminder_cron = check.parsed("reminder_cron", cron);
    let retention_cron = check.parsed("retention_cron", cron);
    let mut days = |key| check.number(key, 1..=3650).map(|n| n as i64);
    // Each key checked before any is used, so all three are reported.
    let (sent, unconfirmed, spent) = (
        days("retention_sent_notifications_days"),
        days("retention_unconfirmed_accounts_days"),
        days("retention_spent_tokens_days"),
    );
    let retention = RetentionPolicy {
        sent_notifications_days: sent?,
        unconfirmed_accounts_days: unconfirmed?,
        spent_tokens_days: spent?,
    };
    Some(granty_worker::WorkerConfig {
        public_url: public_url?.to_string(),
        batch_size: batch_size?,
        lease: chrono::Duration::seconds(lease? as i64),
        poll_interval: std::time::Duration::from_millis(poll?),
        reminder_cron: reminder_cron?,
        retention_cron: retention_cron?,
        retention,
        ..granty_worker::WorkerConfig::default()
    })
}

/// Sessions, login throttling and trusted proxies, each key checked.
fn accounts(check: &mut Checker) -> Option<granty_web::AccountSettings> {
    use chrono::Duration;
    use granty_domain::throttle::ThrottlePolicy;
    use granty_domain::tokens::SessionPolicy;
    let idle = check.number("session_idle_minutes", 5..=7 * 24 * 60);
    let hours = check.number("session_hours", 1..=30 * 24);
    let window = check.number("login_window_minutes", 1..=24 * 60);
    let per_account = check.number("login_failures_per_account", 1..=10_000);
    let per_address = check.number("login_failures_per_address", 1..=10_000);
    let trusted_proxies = check.parsed("trusted_proxies", trusted_proxies);
    if let (Some(idle), Some(hours)) = (idle, hours) {
        if idle > hours * 60 {
            check.problems.add(format!(
                "configuration keys `session_idle_minutes` ({idle}) and `session_hours` ({hours}): \
                 a session cannot stay idle longer than it may last"
            ));
        }
    }
    let policy = granty_store::accounts::AccountPolicy {
        sessions: SessionPolicy {
            idle: Duration::minutes(idle? as i64),
            absolute: Duration::hours(hours? as i64),
        },
        throttle: ThrottlePolicy {
            window: Duration::minutes(window? as i64),
            account_failures: per_account? as u32,
            address_failures: per_address? as u32,
        },
    };
    Some(granty_web::AccountSettings {
        policy,
        trusted_proxies: trusted_proxies?,
    })
}

fn trusted_proxies(text: &str) -> Result<Vec<std::net::IpAddr>, String> {
    let listed = text.split(',').map(str::trim).filter(|p| !p.is_empty());
    listed
        .map(|p| p.parse().map_err(|_| format!("`{p}` is not an IP address")))
        .collect()
}
