//! The engine end to end: the specimen template rendered, read back with poppler, and looked at.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use granty_documents::testing::{page_count, pdf_text, save_pages};
use granty_documents::{DocumentKind, RenderError};
use sha2::{Digest, Sha256};
use support::*;

#[test]
fn the_specimen_reads_back_in_polish_with_its_diacritics_and_page_numbers() {
    let branding = branding("zolkiewka");
    let pdf = engine()
        .render(&request(&branding, "pl", data(5, true)))
        .unwrap();
    save_pages("specimen-pl", &pdf);
    let text = pdf_text(&pdf);
    for expected in [
        "Umowa o wsparcie realizacji zadania publicznego",
        "Gmina Żółkiewka",
        "OF/2026/0042",
        "Zażółć gęślą jaźń — ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ",
        "Rodzaj kosztu",
        "18 518,40 zł",
        "1 grudnia 2026",
        "(01.12.2026)",
        "Anna Żądło",
        "Prezeska Zarządu",
        "Strona 1 / 2",
        "Strona 2 / 2",
        "Załącznik nr 1 do umowy",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert_eq!(page_count(&pdf), 2);
}

#[test]
fn czech_and_ukrainian_texts_come_back_and_a_missing_text_falls_back_to_polish() {
    let branding = branding("zolkiewka");
    let engine = engine();
    let czech = pdf_text(
        &engine
            .render(&request(&branding, "cs", data(3, false)))
            .unwrap(),
    );
    assert!(
        czech.contains("Příliš žluťoučký kůň úpěl ďábelské ódy — ěščřžýáíéůú"),
        "{czech}"
    );
    assert!(czech.contains("1. prosince 2026"), "{czech}");
    assert!(czech.contains("7 407,36 zł"), "{czech}");
    let ukrainian_pdf = engine
        .render(&request(&branding, "uk", data(3, false)))
        .unwrap();
    save_pages("specimen-uk", &ukrainian_pdf);
    let ukrainian = pdf_text(&ukrainian_pdf);
    assert!(
        ukrainian.contains("Ґанок, єнот, їжак, ірис — ґєії ҐЄЇІ"),
        "{ukrainian}"
    );
    assert!(ukrainian.contains("1 грудня 2026"), "{ukrainian}");
    // uk.ftl has no "own": the Polish wording stands in.
    assert!(ukrainian.contains("Wkład własny"), "{ukrainian}");
}

#[test]
fn the_same_request_gives_the_same_bytes() {
    let branding = branding("zolkiewka");
    let engine = engine();
    let hash = |pdf: Vec<u8>| hex::encode(Sha256::digest(pdf));
    let first = hash(
        engine
            .render(&request(&branding, "pl", data(30, true)))
            .unwrap(),
    );
    let second = hash(
        engine
            .render(&request(&branding, "pl", data(30, true)))
            .unwrap(),
    );
    assert_eq!(first, second);
    let mut later = request(&branding, "pl", data(30, true));
    later.created_at += chrono::Duration::days(1);
    assert_ne!(
        first,
        hash(engine.render(&later).unwrap()),
        "the date is in the bytes"
    );
}

#[test]
fn metadata_names_the_title_the_town_and_the_language() {
    let branding = branding("zolkiewka");
    let pdf = engine()
        .render(&request(&branding, "cs", data(1, false)))
        .unwrap();
    let file = tempfile::Builder::new().suffix(".pdf").tempfile().unwrap();
    std::fs::write(file.path(), &pdf).unwrap();
    let info = std::process::Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout).to_string();
    assert!(
        info.contains("Umowa o wsparcie realizacji zadania publicznego"),
        "{info}"
    );
    assert!(info.contains("Author:          Gmina Żółkiewka"), "{info}");
    assert!(
        info.contains("CreationDate:    Tue Dec  1 09:30:00 2026"),
        "{info}"
    );
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("/Lang(cs)") || raw.contains("/Lang (cs)"),
        "no /Lang in the catalog"
    );
}

#[test]
fn a_tenant_override_replaces_the_shipped_template_and_its_texts() {
    let branding = branding("gdynia");
    let text = pdf_text(
        &engine()
            .render(&request(&branding, "pl", data(1, false)))
            .unwrap(),
    );
    assert!(
        text.contains("Własny wzór miasta Gmina Żółkiewka"),
        "{text}"
    );
    assert!(!text.contains("Rodzaj kosztu"), "{text}");
}

#[test]
fn a_kind_without_a_template_is_an_error_at_render_not_at_load() {
    let branding = branding("zolkiewka");
    let mut request = request(&branding, "pl", data(1, false));
    request.kind = DocumentKind::Agreement;
    let error = engine().render(&request).unwrap_err();
    assert!(
        matches!(error, RenderError::MissingTemplate(DocumentKind::Agreement)),
        "{error}"
    );
}

#[test]
fn data_that_the_template_does_not_expect_is_a_template_error() {
    let branding = branding("zolkiewka");
    let error = engine()
        .render(&request(&branding, "pl", serde_json::json!({})))
        .unwrap_err();
    assert!(matches!(error, RenderError::Template { .. }), "{error}");
    assert!(error.to_string().contains("offer.xml"), "{error}");
}

#[test]
fn the_logo_is_drawn_when_the_town_has_one() {
    let mut branding = branding("zolkiewka");
    let without = engine()
        .render(&request(&branding, "pl", data(1, false)))
        .unwrap();
    branding.logo = Some(logo());
    let with = engine()
        .render(&request(&branding, "pl", data(1, false)))
        .unwrap();
    save_pages("specimen-logo", &with);
    let raw = String::from_utf8_lossy(&with);
    assert!(
        raw.contains("/Subtype/Image") || raw.contains("/Subtype /Image"),
        "no image"
    );
    assert!(!String::from_utf8_lossy(&without).contains("/Subtype/Image"));
}
