//! The `granty` command line, run as an operator would: from an empty folder, with the test's
//! configuration and the settings given.

use std::process::{Command, Output};

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
        .envs(env.iter().copied())
        .output()
        .unwrap()
}
