use super::*;

fn with_variables(variables: &[(&str, &str)]) -> Result<Config, Problems> {
    let variables = variables
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()));
    let (settings, problems) = gather(Path::new("config"), None, variables);
    Config::from_settings(&settings, problems, None)
}

fn problems(variables: &[(&str, &str)]) -> Vec<String> {
    with_variables(variables)
        .expect_err("invalid")
        .lines()
        .to_vec()
}

#[test]
fn the_defaults_are_valid() {
    let config = with_variables(&[]).expect("valid");
    assert!(matches!(config.mail, MailConfig::Outbox(_)));
    assert_eq!(config.max_attachment_bytes, 10 * 1024 * 1024);
    assert_eq!(config.accounts.policy, Default::default());
    assert!(config.accounts.trusted_proxies.is_empty());
    assert_eq!(config.log_format, LogFormat::Pretty);
    assert!(config.metrics_token.is_none());
}

#[test]
fn trusted_proxies_must_be_addresses() {
    let config = with_variables(&[("GRANTY_TRUSTED_PROXIES", "10.0.0.1, ::1")]).expect("valid");
    assert_eq!(config.accounts.trusted_proxies.len(), 2);
    let found = problems(&[("GRANTY_TRUSTED_PROXIES", "proxy.example")]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("`trusted_proxies`"), "{found:?}");
}

#[test]
fn every_bad_key_is_reported_at_once_naming_the_key_and_its_origin() {
    let found = problems(&[
        ("GRANTY_LISTEN", "nowhere"),
        ("GRANTY_DATABASE_URL", "mysql://x"),
        ("GRANTY_PUBLIC_URL", "granty.example"),
        ("GRANTY_WORKER_BATCH_SIZE", "0"),
        ("GRANTY_REMINDER_CRON", "0 61 * * * *"),
        ("GRANTY_LOG_FORMAT", "xml"),
        ("GRANTY_METRICS_TOKEN", "short"),
        ("GRANTY_SESSION_IDLE_MINUTES", "600"),
        ("GRANTY_SESSION_HOURS", "2"),
        ("GRANTY_DATABSE_URL", "sqlite://typo"),
    ]);
    let named = |key: &str| found.iter().filter(|p| p.contains(key)).count();
    for key in [
        "`listen` (from GRANTY_LISTEN)",
        "`database_url`",
        "`public_url`",
        "`worker_batch_size` (from GRANTY_WORKER_BATCH_SIZE): expected a whole number from 1 to 1000, found `0`",
        "`reminder_cron`",
        "`log_format`",
        "`metrics_token`",
        "`session_idle_minutes` (600) and `session_hours` (2)",
        "unknown variable GRANTY_DATABSE_URL",
    ] {
        assert_eq!(named(key), 1, "{key} in {found:#?}");
    }
    assert_eq!(found.len(), 9, "{found:#?}");
}

#[test]
fn files_report_unknown_keys_and_wrong_types_together() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("config/default.toml", dir.path().join("default.toml")).expect("copy");
    std::fs::write(
        dir.path().join("staging.toml"),
        "lsiten = \"0.0.0.0:80\"\nworker_poll_ms = \"fast\"\nlisten = 8080\n",
    )
    .expect("write");
    let (settings, problems) = gather(dir.path(), Some("staging"), std::iter::empty());
    let found = Config::from_settings(&settings, problems, Some("staging"))
        .expect_err("invalid")
        .to_string();
    assert!(
        found.starts_with("3 problems in the configuration:"),
        "{found}"
    );
    assert!(
        found.contains("unknown configuration key `lsiten`"),
        "{found}"
    );
    assert!(found.contains("`worker_poll_ms` in"), "{found}");
    assert!(
        found.contains("expected a whole number (no quotes), found string"),
        "{found}"
    );
    assert!(found.contains("`listen` in"), "{found}");
    assert!(
        found.contains("expected a string in quotes, found integer `8080`"),
        "{found}"
    );
}

#[test]
fn secrets_are_redacted_in_debug_output() {
    let config = with_variables(&[("GRANTY_METRICS_TOKEN", "a-long-enough-metrics-token-1")])
        .expect("valid");
    let shown = format!("{config:?}");
    assert!(!shown.contains("granty.sqlite"), "{shown}");
    assert!(!shown.contains("a-long-enough"), "{shown}");
    let config = with_variables(&[
        ("GRANTY_SIGNING_PKCS12_FILE", "town.p12"),
        ("GRANTY_SIGNING_PKCS12_PASSWORD", "hunter2"),
    ])
    .expect("valid");
    assert!(!format!("{config:?}").contains("hunter2"));
}

#[test]
fn a_password_in_a_bad_database_url_is_not_repeated() {
    let found = problems(&[("GRANTY_DATABASE_URL", "postgres://granty:hunter2@")]);
    assert!(found[0].contains("`database_url`"), "{found:?}");
    assert!(!found[0].contains("hunter2"), "{found:?}");
}
