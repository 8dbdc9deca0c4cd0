//! The shipped offer and protocol templates (`pdf-templates/`) rendered with their sample data,
//! read back with poppler: the 2018 form's sections, diacritics in Polish and Czech, amounts and
//! dates in the language's form, the same bytes for the same input, pages saved to look at.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use granty_documents::data::{OfferData, ProtocolData};
use granty_documents::testing::{pdf_text, save_pages};
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use std::path::PathBuf;

fn shipped() -> Engine {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../pdf-templates");
    Engine::load(&root).unwrap_or_else(|errors| panic!("{errors}"))
}

fn branding() -> Branding {
    Branding {
        tenant_slug: "przykladowo".into(),
        tenant_name: "Gmina Miasto Przykładowo".into(),
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
        title: "K1/2026/0001".into(),
    };
    shipped().render(&request).unwrap_or_else(|e| panic!("{e}"))
}

fn offer(language: &str) -> Vec<u8> {
    render(
        DocumentKind::Offer,
        language,
        serde_json::to_value(OfferData::sample()).unwrap(),
    )
}

fn assert_contains(text: &str, expected: &[&str]) {
    // Lines of a wrapped cell or heading read as one, separated by single spaces.
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for e in expected {
        assert!(text.contains(e), "{e:?} not in:\n{text}");
    }
}

#[test]
fn the_offer_reads_back_in_polish_section_by_section() {
    let pdf = offer("pl");
    save_pages("offer-pl", &pdf);
    let text = pdf_text(&pdf);
    assert_contains(
        &text,
        &[
            "OFERTA WSPÓLNA REALIZACJI ZADANIA",
            "I. Podstawowe informacje o złożonej ofercie",
            "Gmina Miasto Przykładowo",
            "II. Dane oferenta(-tów)",
            "Fundacja Śląskich Zespołów Ćwiczeń",
            "Spolek Přátel Hudby z.s.",
            "III. Opis zadania",
            "Letnie koncerty w parku „Źródełko”",
            "01.03.2027",
            "V.A Zestawienie kosztów realizacji zadania",
            "Honoraria zespołów",
            "12 000,00 zł",
            "Suma wszystkich kosztów realizacji zadania",
            "20 000,00 zł",
            "Planowana dotacja w ramach niniejszej oferty",
            "75,00%",
            "V.C Podział kosztów realizacji zadania pomiędzy oferentów",
            "VII. Oświadczenia",
            "K1/2026/0001",
            "2026-12-01 10:00:00 CET",
        ],
    );
}

#[test]
fn the_offer_reads_back_in_czech_with_its_diacritics() {
    let pdf = offer("cs");
    save_pages("offer-cs", &pdf);
    let text = pdf_text(&pdf);
    assert_contains(
        &text,
        &[
            "SPOLEČNÁ NABÍDKA NA REALIZACI VEŘEJNÉ ÚLOHY",
            "Údaje o předkladateli",
            "Náměstí Svobody 1, 602 00 Brno",
            "Přehled nákladů",
            "Požadovaná dotace v této nabídce",
            "20 000,00 zł",
            "Prohlášení",
        ],
    );
}

#[test]
fn the_same_offer_gives_the_same_bytes() {
    assert_eq!(offer("pl"), offer("pl"));
    assert_ne!(offer("pl"), offer("en"));
}

#[test]
fn the_protocol_reads_back_with_committee_ranking_and_decision() {
    let data = serde_json::to_value(ProtocolData::sample()).unwrap();
    let pdf = render(DocumentKind::Protocol, "pl", data.clone());
    save_pages("protocol-pl", &pdf);
    let text = pdf_text(&pdf);
    assert_contains(
        &text,
        &[
            "PROTOKÓŁ Z PRAC KOMISJI KONKURSOWEJ",
            "Łucja Ćwiek",
            "pozarządowe",
            "Stowarzyszenie „Źródło”",
            "zadeklarowane powiązanie z oferentem",
            "Możliwość realizacji zadania",
            "K1/2026/0003",
            "Rozbieżność omówiona na posiedzeniu",
            "12 000,00 zł",
            "Zarządzenie nr 123/2027",
            "20.01.2027",
        ],
    );
    let czech = pdf_text(&render(DocumentKind::Protocol, "cs", data));
    assert_contains(
        &czech,
        &[
            "PROTOKOL O PRÁCI HODNOTÍCÍ KOMISE",
            "Složení komise a prohlášení o nepodjatosti",
        ],
    );
}

#[test]
fn a_protocol_of_two_hundred_offers_spans_pages() {
    let data = serde_json::to_value(ProtocolData::with_offers(200)).unwrap();
    let pdf = render(DocumentKind::Protocol, "pl", data);
    let text = pdf_text(&pdf);
    assert_contains(
        &text,
        &[
            "K1/2026/0200",
            "edycja 200",
            "Razem przyznano 1 200 000,00 zł",
        ],
    );
    assert!(granty_documents::testing::page_count(&pdf) > 5);
}
