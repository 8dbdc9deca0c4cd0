//! The `granty` command line, run as an operator would: from an empty folder, with the test's
//! configuration and the settings given.

use std::process::{Command, Output};

/// The `secret_key` of every `granty` command a test runs (base64 of 32 bytes).
pub const CLI_SECRET_KEY: &str = "Z3JhbnR5LXRlc3Qta2V5LTMyLWJ5dGVzLWxvbmchISE=";

/// The shipped document templates (the commands run in an empty folder).
pub const TEMPLATES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/pdf-templates");

/// Runs `granty <args>` with the environment variables in `env`; what it answered.
pub fn granty_cli(args: &[&str], env: &[(&str, &str)]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(args)
        .current_dir(dir.path())
        .env(
            "GRANTY_CONFIG_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
        )
        // Each call runs in a folder of its own, where a development key file would differ from
        // one call to the next: one key for all, as a deployment has (a test may pass another).
        .env("GRANTY_SECRET_KEY", CLI_SECRET_KEY)
        .env("GRANTY_TEMPLATES_DIR", TEMPLATES_DIR)
        .envs(env.iter().copied())
        .output()
        .unwrap()
}
