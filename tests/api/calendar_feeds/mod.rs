//! Calendar feeds (issue 15) on SQLite and PostgreSQL: an organisation's feed holds its
//! deadlines and no other organisation's; a clerk's holds the town's formal checks, scoring
//! deadlines and reports to review; rotating an address stops the old one at once; only the
//! organisation's members (and the town's staff, for their own) make an address. Each feed is
//! also read by an independent parser, Python's `icalendar` (`validate.py`).

mod access;
mod content;
mod pages;

use crate::support::*;
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::process::Command;

/// Makes an address through the API as the holder of `token`; returns the status and body.
pub async fn issue(app: &TestApp, token: &str, path: &str) -> (StatusCode, Value) {
    app.post(token, path, json!({})).await
}

pub fn organisation_feed(organisation: i64) -> String {
    format!("/api/v1/organisations/{organisation}/calendar-feed")
}

pub const CLERK_FEED: &str = "/api/v1/clerk/calendar-feed";

/// The feed at `url`, read without a session: status, content type and body.
pub async fn fetch(app: &TestApp, url: &str) -> (StatusCode, String, String) {
    let response = app.client.get(url).send().await.expect("request");
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, kind, response.text().await.expect("body"))
}

/// The address an API answer made, checked to be on the app's public address.
pub fn url_of(app: &TestApp, made: &Value) -> String {
    let url = made["url"].as_str().expect("url").to_string();
    assert!(url.starts_with(&app.url("/calendar/")), "{url}");
    assert!(url.ends_with(".ics"), "{url}");
    url
}

/// Content lines with their folds undone (RFC 5545 § 3.1).
pub fn unfold(body: &str) -> String {
    body.replace("\r\n ", "")
}

/// The feed as Python's `icalendar` reads it (see `validate.py`); `None` when the parser is not
/// installed outside CI (`scripts/ensure-test-services.sh` installs it).
pub fn parsed(body: &str) -> Option<Value> {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("feed.ics");
    std::fs::write(&file, body).expect("write");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/api/calendar_feeds/validate.py"
    );
    let output = Command::new("python3").arg(script).arg(&file).output();
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let output = match output {
        Ok(output) => output,
        Err(error) if !in_ci => {
            eprintln!("python3 not available ({error}): the feed is not parsed independently");
            return None;
        }
        Err(error) => panic!("python3 is required under CI=true: {error}"),
    };
    let errors = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() && errors.contains("No module named 'icalendar'") && !in_ci {
        eprintln!("Python's icalendar is not installed: the feed is not parsed independently");
        return None;
    }
    assert!(
        output.status.success(),
        "icalendar refused the feed: {errors}\n{body}"
    );
    Some(serde_json::from_slice(&output.stdout).expect("json"))
}

/// Every line of the feed ends in CRLF and is at most 75 octets long.
pub fn assert_folded(body: &str) {
    assert!(body.ends_with("\r\n"));
    for line in body.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'), "a bare line feed: {line}");
    }
}
