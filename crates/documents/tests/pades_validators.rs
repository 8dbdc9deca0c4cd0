//! Independent validators accept Granty's signatures: poppler's `pdfsig` (with the test CA in a
//! throw-away NSS database made by `certutil`) and pyHanko. Under CI=true a missing validator
//! fails the test; elsewhere the test is skipped with a note (`make test` installs them through
//! scripts/ensure-test-services.sh).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod pades_support;

use granty_documents::pades::sign;
use pades_support::*;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `program` with `args`; None (after a note) when it is not installed outside CI.
fn run(program: &str, args: &[&str]) -> Option<Output> {
    match Command::new(program).args(args).output() {
        Ok(output) => Some(output),
        Err(error) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{program} is required under CI=true: {error}")
        }
        Err(error) => {
            eprintln!("{program} not available ({error}): skipping; scripts/ensure-test-services.sh installs it");
            None
        }
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A PDF signed by the town, then by the NGO, written to `dir`.
fn doubly_signed(dir: &Path) -> std::path::PathBuf {
    let by_town = sign(&small_pdf(2), &town(), options("2026-12-01T10:00:00Z")).expect("town");
    let by_both = sign(&by_town, &ngo(), options("2026-12-02T09:30:00Z")).expect("ngo");
    let path = dir.join("signed.pdf");
    std::fs::write(&path, by_both).expect("write");
    path
}

/// An NSS database trusting only the test CA, or None when certutil is missing outside CI.
fn nss_database(dir: &Path) -> Option<String> {
    let db = format!("sql:{}", dir.join("nss").display());
    std::fs::create_dir_all(dir.join("nss")).expect("nss dir");
    let created = run("certutil", &["-N", "-d", &db, "--empty-password"])?;
    assert!(created.status.success(), "{}", text(&created));
    let ca = fixture_path("ca.pem");
    let ca = ca.to_str().expect("path");
    let added = run(
        "certutil",
        &[
            "-A",
            "-d",
            &db,
            "-n",
            "Granty Test CA",
            "-t",
            "CT,C,C",
            "-a",
            "-i",
            ca,
        ],
    )?;
    assert!(added.status.success(), "{}", text(&added));
    Some(db)
}

#[test]
fn pdfsig_finds_both_signatures_valid_trusted_and_the_last_covering_the_file() {
    let dir = tempfile::tempdir().expect("dir");
    let file = doubly_signed(dir.path());
    let file = file.to_str().expect("path");
    let Some(db) = nss_database(dir.path()) else {
        return;
    };
    let Some(output) = run("pdfsig", &["-nssdir", &db, file]) else {
        return;
    };
    let report = text(&output);
    assert_eq!(report.matches("Signature is Valid.").count(), 2, "{report}");
    assert_eq!(
        report.matches("Certificate is Trusted.").count(),
        2,
        "{report}"
    );
    assert_eq!(
        report.matches("Total document signed").count(),
        1,
        "{report}"
    );
    assert!(report.contains("ETSI.CAdES.detached"), "{report}");

    let mut tampered = std::fs::read(file).expect("read");
    let at = tampered
        .windows(8)
        .position(|w| w == b"strona 1")
        .expect("text")
        + 7;
    tampered[at] = b'9';
    std::fs::write(file, tampered).expect("write");
    let output = run("pdfsig", &["-nssdir", &db, file]).expect("ran before");
    let report = text(&output);
    assert!(!report.contains("Signature is Valid."), "{report}");
}

/// pyHanko's one-line summaries (`field:sha256:INTACT:TRUSTED,...`), trusting only the test CA.
fn pyhanko_validate(file: &str) -> Option<String> {
    let ca = fixture_path("ca.pem");
    let ca = ca.to_str().expect("path");
    let args = [
        "sign",
        "validate",
        "--trust-replace",
        "--trust",
        ca,
        "--no-revocation-check",
        file,
    ];
    let output = run("pyhanko", &args)?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn pyhanko_judges_both_signatures_intact_and_trusted() {
    let dir = tempfile::tempdir().expect("dir");
    let file = doubly_signed(dir.path());
    let file = file.to_str().expect("path");
    let Some(summary) = pyhanko_validate(file) else {
        return;
    };
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines.len(), 2, "{summary}");
    assert!(lines[0].starts_with("Signature1:"), "{summary}");
    assert!(lines[1].starts_with("Signature2:"), "{summary}");
    for line in &lines {
        assert!(line.contains(":INTACT:TRUSTED"), "{summary}");
    }
    // The town's signature is followed only by the NGO's signing update.
    assert!(lines[0].contains("ACCEPTABLE_MODIFICATIONS"), "{summary}");
    assert!(lines[1].contains("UNTOUCHED"), "{summary}");
    assert!(lines[1].contains(&ngo().certificate_sha256()), "{summary}");

    let untrusted = dir.path().join("stranger.pdf");
    let by_stranger =
        sign(&small_pdf(1), &stranger(), options("2026-12-01T10:00:00Z")).expect("signed");
    std::fs::write(&untrusted, by_stranger).expect("write");
    let summary = pyhanko_validate(untrusted.to_str().expect("path")).expect("ran before");
    assert!(!summary.contains(":TRUSTED"), "{summary}");
}
