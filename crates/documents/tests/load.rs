//! Loading refuses a broken template naming the file, the line and what is wrong.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use granty_documents::{Engine, TemplateErrors};
use std::path::Path;

fn load(files: &[(&str, &str)]) -> Result<Engine, TemplateErrors> {
    let root = tempfile::tempdir().unwrap();
    for (name, text) in files {
        let path = root.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    Engine::load(root.path())
}

#[test]
fn the_specimen_loads_and_a_missing_root_is_no_error() {
    support::engine();
    Engine::load(Path::new("/nonexistent/templates")).unwrap();
}

#[test]
fn an_unknown_element_is_refused_with_its_file_and_line() {
    let template =
        "<document>\n  <h1>Umowa</h1>\n  <tabel widths=\"1\">\n  </tabel>\n</document>\n";
    let errors = load(&[("offer.xml", template)]).unwrap_err();
    let error = &errors.0[0];
    assert_eq!(
        (error.file.as_str(), error.line),
        ("offer.xml", 3),
        "{errors}"
    );
    assert!(
        error.message.contains("unknown element <tabel>"),
        "{errors}"
    );
    assert!(
        errors
            .to_string()
            .starts_with("offer.xml:3: unknown element <tabel>"),
        "{errors}"
    );
}

#[test]
fn bad_widths_and_unknown_attributes_are_refused_with_their_lines() {
    let template = "<document>\n<table widths=\"1,abc\">\n<row><cell colour=\"red\">x</cell></row>\n</table>\n</document>";
    let errors = load(&[("agreement.xml", template)]).unwrap_err();
    let found: Vec<(usize, bool)> = errors
        .0
        .iter()
        .map(|e| {
            (
                e.line,
                e.message.contains("abc") || e.message.contains("colour"),
            )
        })
        .collect();
    assert_eq!(found, vec![(2, true), (3, true)], "{errors}");
}

#[test]
fn a_placeholder_syntax_error_is_refused_with_its_line() {
    let template = "<document>\n<p>{{ data.name }}</p>\n<p>{% if data.x %}</p>\n</document>";
    let errors = load(&[("protocol.xml", template)]).unwrap_err();
    assert_eq!(errors.0[0].file, "protocol.xml");
    assert!(errors.0[0].line >= 3, "{errors}");
    assert!(errors.0[0].message.contains("syntax error"), "{errors}");
}

#[test]
fn an_unclosed_element_is_refused() {
    let errors = load(&[("annex.xml", "<document>\n<p>a\n</document>")]).unwrap_err();
    assert_eq!(errors.0[0].line, 3, "{errors}");
}

#[test]
fn a_tenant_override_and_a_text_file_are_checked_too() {
    let errors = load(&[
        ("offer.xml", "<document><p>ok</p></document>"),
        (
            "tenants/gdynia/offer.xml",
            "<document>\n<p align=\"middle\">x</p></document>",
        ),
        ("texts/pl.ftl", "ok = dobrze\nbroken = {\n"),
    ])
    .unwrap_err();
    let files: Vec<(&str, usize)> = errors.0.iter().map(|e| (e.file.as_str(), e.line)).collect();
    assert!(files.contains(&("tenants/gdynia/offer.xml", 2)), "{errors}");
    assert!(
        files.iter().any(|(file, _)| *file == "texts/pl.ftl"),
        "{errors}"
    );
}

#[test]
fn a_text_defined_twice_is_refused_with_its_line() {
    let texts = "offer-no = nie\noffer-title = Oferta\noffer-no = Lp.\n";
    let errors = load(&[("texts/pl.ftl", texts)]).unwrap_err();
    assert!(
        errors.0.iter().any(|e| e.file == "texts/pl.ftl"
            && e.line == 3
            && e.message.contains("`offer-no` is defined twice")),
        "{errors}"
    );
}
