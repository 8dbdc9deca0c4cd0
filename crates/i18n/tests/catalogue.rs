//! The catalogue is whole: every file parses, every message exists in all four languages with
//! the same variables, and every id the sources ask for exists.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use fluent_syntax::ast;
use granty_domain::application::ApplicationState;
use granty_domain::call::CallPhase;
use granty_domain::Language;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each message's variables (`$name`), by id.
fn messages(lang: Language) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(granty_i18n::source(lang)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{lang}.ftl does not parse: {errors:?}"),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                found.insert(id.clone(), variables).is_none(),
                "{id} twice in {lang}"
            );
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_variables() {
    let polish = messages(Language::Pl);
    assert!(polish.len() > 500, "{} messages", polish.len());
    for lang in [Language::En, Language::Cs, Language::Uk] {
        let other = messages(lang);
        for (id, variables) in &polish {
            assert_eq!(other.get(id), Some(variables), "{id} in {lang}");
        }
        for id in other.keys() {
            assert!(polish.contains_key(id), "{id} is in {lang}.ftl only");
        }
    }
}

#[test]
fn messages_without_variables_are_plain_texts() {
    for lang in Language::ALL {
        for (id, variables) in messages(lang) {
            let text = granty_i18n::texts(lang).get(id.as_str());
            assert_eq!(text.is_some(), variables.is_empty(), "{id} in {lang}");
            if let Some(text) = text {
                assert!(!text.trim().is_empty(), "{id} in {lang} is empty");
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{id}: isolation marks"
                );
            }
        }
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every file under `dir` (recursively) whose name ends with one of `endings`.
fn files(dir: &Path, endings: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files(&path, endings));
        } else if endings.iter().any(|e| path.to_string_lossy().ends_with(e)) {
            found.push(path);
        }
    }
    found
}

/// The ids that match `pattern`'s first group in every file under `dirs`.
fn ids_used(dirs: &[&str], endings: &[&str], pattern: &str) -> BTreeMap<String, PathBuf> {
    let pattern = regex_lite::Regex::new(pattern).unwrap();
    let mut used = BTreeMap::new();
    for dir in dirs {
        for path in files(&workspace().join(dir), endings) {
            let source = std::fs::read_to_string(&path).unwrap();
            for found in pattern.captures_iter(&source) {
                used.insert(found[1].to_string(), path.clone());
            }
        }
    }
    used
}

fn assert_all_exist(used: &BTreeMap<String, PathBuf>) {
    let known = messages(Language::Pl);
    let missing: Vec<String> = used
        .iter()
        // Tests ask for `no-such-…` on purpose, to see the gap.
        .filter(|(id, _)| !known.contains_key(id.as_str()) && !id.starts_with("no-such-"))
        .map(|(id, path)| format!("{id} ({})", path.display()))
        .collect();
    assert!(missing.is_empty(), "ids not in the catalogue: {missing:?}");
}

#[test]
fn every_id_the_rust_sources_ask_for_exists() {
    let used = ids_used(
        &["crates", "src"],
        &[".rs"],
        r#"\b(?:text|message|message_with)\(\s*[^,()"]+,\s*"([^"]+)""#,
    );
    assert!(used.len() > 20, "the scan found only {used:?}");
    assert_all_exist(&used);
}

#[test]
fn every_id_the_page_templates_ask_for_exists() {
    let used = ids_used(
        &["crates/web/templates"],
        &[".html"],
        r"\bt\.([a-zA-Z_][a-zA-Z0-9_]*)",
    );
    assert!(used.len() > 100, "the scan found only {}", used.len());
    assert_all_exist(&used);
}

#[test]
fn every_id_the_email_templates_ask_for_exists() {
    let used = ids_used(
        &["crates/worker/templates/email"],
        &[".txt", ".html"],
        r#"\bt\(\s*"([^"]+)""#,
    );
    assert!(used.len() > 30, "the scan found only {}", used.len());
    assert_all_exist(&used);
}

#[test]
fn every_phase_and_state_has_a_name() {
    let phases = [
        CallPhase::Draft,
        CallPhase::Published,
        CallPhase::Open,
        CallPhase::Closed,
        CallPhase::InEvaluation,
        CallPhase::ResultsPublished,
        CallPhase::Archived,
        CallPhase::Cancelled,
    ];
    let known = messages(Language::Pl);
    for phase in phases {
        assert!(
            known.contains_key(&format!("phase-{}", phase.code())),
            "{phase:?}"
        );
    }
    for state in ApplicationState::ALL {
        assert!(
            known.contains_key(&format!("state-{}", state.code())),
            "{state:?}"
        );
    }
}

#[test]
fn a_text_in_each_language_and_a_visible_gap_for_a_missing_id() {
    assert_eq!(granty_i18n::text(Language::Cs, "log_in"), "Přihlásit se");
    assert_eq!(granty_i18n::text(Language::Pl, "no-such-id"), "?");
    assert_eq!(
        granty_i18n::message(Language::En, "no-such-id"),
        "no-such-id"
    );
}
