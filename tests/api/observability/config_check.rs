//! `granty config check`: every bad key at once, one line each, and a non-zero exit.

use std::process::{Command, Output};

fn config_check(variables: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_granty"));
    command
        .args(["config", "check"])
        .current_dir(dir.path())
        .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
        .env(
            "GRANTY_CONFIG_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
        )
        .env_remove("GRANTY_DATABASE_URL")
        .env_remove("GRANTY_STORAGE_URL");
    for (name, value) in variables {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn config_check_names_every_bad_key_and_fails() {
    let checked = config_check(&[
        ("GRANTY_PUBLIC_URL", "granty.gmina.pl"),
        ("GRANTY_SMTP_URL", "smtp://"),
        ("GRANTY_WORKER_POLL_MS", "soon"),
        ("GRANTY_MAX_ATTACHMENT_MB", "0"),
        ("GRANTY_RETENTION_CRON", "every night"),
        ("GRANTY_METRICS_TOKEN", "123"),
        ("GRANTY_STORAGE_URLS", "s3://typo"),
    ]);
    assert_eq!(checked.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&checked.stdout);
    let lines: Vec<&str> = printed.lines().collect();
    for key in [
        "`public_url` (from GRANTY_PUBLIC_URL)",
        "`smtp_url` (from GRANTY_SMTP_URL)",
        "`worker_poll_ms` (from GRANTY_WORKER_POLL_MS): expected a whole number from 10 to 600000, found `soon`",
        "`max_attachment_mb` (from GRANTY_MAX_ATTACHMENT_MB)",
        "`retention_cron` (from GRANTY_RETENTION_CRON)",
        "`metrics_token` (from GRANTY_METRICS_TOKEN): too short",
        "unknown variable GRANTY_STORAGE_URLS",
    ] {
        let naming = lines.iter().filter(|line| line.contains(key)).count();
        assert_eq!(naming, 1, "{key}:\n{printed}");
    }
    assert_eq!(
        lines.last(),
        Some(&"7 problem(s) in the configuration"),
        "{printed}"
    );
}

#[test]
fn config_check_passes_a_good_configuration() {
    let checked = config_check(&[("GRANTY_LOG_FORMAT", "json")]);
    let printed = String::from_utf8_lossy(&checked.stdout);
    assert_eq!(checked.status.code(), Some(0), "{printed}");
    assert!(printed.contains("is fine"), "{printed}");
}

#[test]
fn start_up_refuses_a_bad_configuration_with_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(["migrate"])
        .current_dir(dir.path())
        .env(
            "GRANTY_CONFIG_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
        )
        .env("GRANTY_LISTEN", "everywhere")
        .env("GRANTY_LOG_FORMAT", "yaml")
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("2 problems in the configuration"), "{said}");
    assert!(
        said.contains("`listen`") && said.contains("`log_format`"),
        "{said}"
    );
}
