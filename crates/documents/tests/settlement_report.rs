//! The shipped settlement and report templates rendered with their sample data and read back
//! with poppler: the figures with their explanations, the interest with the floor rule, the
//! decision; the report's parts with planned against actual; diacritics and amounts in Polish
//! and Czech; a long cost table spanning pages with its header repeated; the same bytes for
//! the same input; pages saved under target/documents/ to look at.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use granty_documents::data::{ReportData, SettlementData};
use granty_documents::testing::{page_count, pdf_text, save_pages};
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use std::path::PathBuf;

fn render(kind: DocumentKind, language: &str, data: serde_json::Value) -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../pdf-templates");
    let engine = Engine::load(&root).unwrap_or_else(|errors| panic!("{errors}"));
    let branding = Branding {
        tenant_slug: "przykladowo".into(),
        tenant_name: "Gmina Miasto Przykładowo".into(),
        logo: None,
    };
    let request = RenderRequest {
        kind,
        language,
        branding: &branding,
        data,
        created_at: Utc.with_ymd_and_hms(2027, 12, 20, 9, 0, 0).unwrap(),
        title: "UM/12/2027".into(),
    };
    engine.render(&request).unwrap_or_else(|e| panic!("{e}"))
}

fn settlement(language: &str) -> Vec<u8> {
    let data = serde_json::to_value(SettlementData::sample()).unwrap();
    render(DocumentKind::Settlement, language, data)
}

fn report(language: &str, data: &ReportData) -> Vec<u8> {
    render(
        DocumentKind::Report,
        language,
        serde_json::to_value(data).unwrap(),
    )
}

/// The text with the lines of a wrapped cell joined by single spaces.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn assert_contains(text: &str, expected: &[&str]) {
    let text = flat(text);
    for e in expected {
        assert!(text.contains(e), "{e:?} not in:\n{text}");
    }
}

#[test]
fn the_settlement_reads_back_in_polish_with_interest_and_decision() {
    let pdf = settlement("pl");
    save_pages("settlement-pl", &pdf);
    assert_contains(
        &pdf_text(&pdf),
        &[
            "ROZLICZENIE DOTACJI",
            "UM/12/2027",
            "Fundacja Śląskich Zespołów Ćwiczeń",
            "Letnie koncerty w parku „Źródełko”",
            "Dotacja przyznana 20 000,00 zł",
            "12 000,00 zł",
            "Dotacja wykorzystana 18 500,00 zł",
            "art. 251 ust. 3 ustawy o finansach publicznych",
            "termin wykorzystania: 30.09.2027",
            "15 dni",
            "niewykorzystana dotacja",
            "15.10.2027",
            "16.10.2027",
            "11,00%",
            "Odsetki dokładnie 27,12 zł, po zaokrągleniu 27,00 zł.",
            "Naliczone: 27,00 zł (próg 26,10 zł).",
            "Nie pobiera się: kwota nie przekracza progu 26,10 zł.",
            "Pozostaje do zapłaty (z odsetkami) 0,00 zł",
            "Anna Kowalska",
            "2027-10-28 09:30:00 CET",
            "rozliczona",
            "31.12.2032",
        ],
    );
}

#[test]
fn the_settlement_reads_back_in_czech_with_its_diacritics() {
    let pdf = settlement("cs");
    save_pages("settlement-cs", &pdf);
    assert_contains(
        &pdf_text(&pdf),
        &[
            "VYÚČTOVÁNÍ DOTACE",
            "Přiznaná dotace 20 000,00 zł",
            "Částky k vrácení",
            "Úrok přesně 27,12 zł, po zaokrouhlení 27,00 zł.",
            "11,00%",
            "15 dní",
            "vypořádáno",
        ],
    );
}

#[test]
fn an_outstanding_settlement_says_what_is_left() {
    let mut data = SettlementData::sample();
    data.state = "outstanding".into();
    data.decision = None;
    data.totals.left_to_pay = granty_documents::data::Amount::pln(152_934);
    let pdf = render(
        DocumentKind::Settlement,
        "pl",
        serde_json::to_value(data).unwrap(),
    );
    assert_contains(
        &pdf_text(&pdf),
        &[
            "Sprawozdanie końcowe nie zostało przyjęte",
            "pozostaje do zapłaty: 1 529,34 zł",
        ],
    );
}

#[test]
fn the_report_reads_back_in_polish_part_by_part() {
    let pdf = report("pl", &ReportData::sample());
    save_pages("report-pl", &pdf);
    assert_contains(
        &pdf_text(&pdf),
        &[
            "SPRAWOZDANIE KOŃCOWE Z WYKONANIA ZADANIA PUBLICZNEGO",
            "01.03.2027 – 30.09.2027",
            "Spolek Přátel Hudby z.s.",
            "wersja 2, 2027-10-20 14:05:00 CEST",
            "Część I. Sprawozdanie merytoryczne",
            "Liczba koncertów",
            "przeniesiono na",
            "11 lipca z powodu burzy.",
            "Rodzaj kosztu",
            "Faktycznie",
            "11 000,00 zł",
            "10 750,00 zł",
            "Wkład własny finansowy",
            "25,00%",
            "Odsetki bankowe od dotacji 12,34 zł",
            "Zestawienie dokumentów księgowych",
            "Żywiec Nagłośnienie sp. z o.o.",
            "Oświadczenia",
        ],
    );
}

#[test]
fn the_report_reads_back_in_czech_with_its_diacritics() {
    let pdf = report("cs", &ReportData::sample());
    save_pages("report-cs", &pdf);
    assert_contains(
        &pdf_text(&pdf),
        &[
            "ZÁVĚREČNÁ ZPRÁVA O REALIZACI VEŘEJNÉ ÚLOHY",
            "Část II. Zpráva o výdajích",
            "Skutečné",
            "10 750,00 zł",
            "Vlastní finanční podíl",
            "25,00%",
        ],
    );
}

#[test]
fn a_long_cost_table_spans_pages_with_its_header_repeated() {
    let pdf = report("pl", &ReportData::with_lines(90));
    save_pages("report-long", &pdf);
    let text = pdf_text(&pdf);
    let pages: Vec<String> = text.split('\u{c}').map(flat).collect();
    let with_costs: Vec<&String> = pages.iter().filter(|p| p.contains("I.45 ")).collect();
    assert_eq!(with_costs.len(), 1, "line I.45 on one page");
    // The header's first cell names the column only the cost table has; a page with it but
    // without the part's heading is a continuation.
    let headed = pages.iter().filter(|p| p.contains("Rodzaj kosztu")).count();
    assert!(headed >= 2, "the cost table's header on {headed} page(s)");
    let continued = pages
        .iter()
        .filter(|p| p.contains("Rodzaj kosztu") && !p.contains("Część II."))
        .count();
    assert!(
        continued >= 1,
        "no page continues the cost table under its header"
    );
    assert!(page_count(&pdf) >= 3);
    assert_contains(&text, &["I.90", "Oświadczenia"]);
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    assert_eq!(settlement("pl"), settlement("pl"));
    assert_ne!(settlement("pl"), settlement("cs"));
    let data = ReportData::sample();
    assert_eq!(report("pl", &data), report("pl", &data));
}
