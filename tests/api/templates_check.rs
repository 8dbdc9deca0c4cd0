//! `granty templates check`: the shipped templates pass; a broken one fails naming file and line.

use std::path::Path;
use std::process::{Command, Output};

fn check(templates: &Path) -> Output {
    let config_dir = concat!(env!("CARGO_MANIFEST_DIR"), "/config");
    Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(["templates", "check"])
        .current_dir(templates)
        .env("GRANTY_CONFIG_DIR", config_dir)
        .env("GRANTY_TEMPLATES_DIR", templates)
        .env_remove("GRANTY_DATABASE_URL")
        .env_remove("GRANTY_STORAGE_URL")
        .output()
        .unwrap()
}

#[test]
fn templates_check_passes_the_shipped_templates_and_names_a_broken_line() {
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("pdf-templates");
    let fine = check(&shipped);
    assert!(
        fine.status.success(),
        "{}",
        String::from_utf8_lossy(&fine.stderr)
    );
    assert!(String::from_utf8_lossy(&fine.stdout).contains("are fine"));

    let broken = tempfile::tempdir().unwrap();
    let template = "<document>\n  <h1>Umowa</h1>\n  <p align=\"middle\">tekst</p>\n</document>\n";
    std::fs::write(broken.path().join("agreement.xml"), template).unwrap();
    let refused = check(broken.path());
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("agreement.xml:3: align=\"middle\""),
        "{stderr}"
    );
}
