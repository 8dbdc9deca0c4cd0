//! Hostile input, table-driven: script tags, SQL fragments, right-to-left and zero-width
//! characters, emoji, a 1 MB string and invalid UTF-8, sent into every field of the JSON API and
//! of the page forms, on both databases. Whatever is sent: never a 5xx; text is either stored
//! and comes back exactly, or refused with a 4xx that names the field; and every page that
//! shows it shows it escaped (no `<script>` or event handler from the input is live).
//!
//! `api.rs` sends the texts into every field of the JSON API, `pages.rs` into every page form.

mod api;
mod pages;

/// A script tag and an event handler: neither may ever run in a page.
pub const SCRIPT: &str = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

/// The texts every field receives.
fn hostile_texts() -> Vec<String> {
    vec![
        SCRIPT.to_string(),
        "'; DROP TABLE users; -- \" OR 1=1 --".to_string(),
        "\u{202E}fdp.exe \u{5E9}\u{5DC}\u{5D5}\u{5DD} \u{645}\u{631}\u{62D}\u{628}\u{627}"
            .to_string(),
        "a\u{200B}b\u{200D}c\u{FEFF}d".to_string(),
        "Zespół 🎻🎶 👩‍👩‍👧 ⚽".to_string(),
        "NUL\u{0}byte".to_string(),
        // One megabyte of UTF-8 (two bytes a letter), just under the JSON body limit.
        "ż".repeat(500_000),
    ]
}
