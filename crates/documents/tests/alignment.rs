//! Numbers in the shipped documents as a reader checks them: amounts of different widths end at
//! the same right edge in their column (the header with them), and decimals carry the
//! language's mark ("29,86" in Polish, Czech and Ukrainian; "29.86" in English).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{TimeZone, Utc};
use granty_documents::data::{AgreementData, AnnexData, OfferData, ProtocolData};
use granty_documents::testing::{pdf_text, pdf_words, Word};
use granty_documents::{Branding, DocumentKind, Engine, RenderRequest};
use std::path::Path;

fn render(kind: DocumentKind, language: &str, data: serde_json::Value) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../pdf-templates");
    let engine = Engine::load(&root).expect("the shipped templates load");
    let branding = Branding {
        tenant_slug: "przykladowo".into(),
        tenant_name: "Gmina Przykładowo".into(),
        logo: None,
    };
    let request = RenderRequest {
        kind,
        language,
        branding: &branding,
        data,
        created_at: Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap(),
        title: "U/7/2026/1".into(),
    };
    engine.render(&request).expect("rendered")
}

/// Where `text` (its words, in order on one line) is printed: (page, left, right, top) of each
/// occurrence. No-break spaces count as spaces, as a reader sees them.
fn boxes(words: &[Word], text: &str) -> Vec<(usize, f32, f32, f32)> {
    let tokens: Vec<(usize, String, f32, f32, f32)> = words
        .iter()
        .flat_map(|w| {
            w.text
                .split(['\u{a0}', ' '])
                .filter(|t| !t.is_empty())
                .map(|t| (w.page, t.to_string(), w.x_min, w.x_max, w.y_min))
                .collect::<Vec<_>>()
        })
        .collect();
    let needle: Vec<&str> = text.split(['\u{a0}', ' ']).collect();
    tokens
        .windows(needle.len())
        .filter(|run| {
            run.iter().zip(&needle).all(|(t, n)| t.1 == *n)
                && run
                    .iter()
                    .all(|t| t.0 == run[0].0 && (t.4 - run[0].4).abs() < 1.0)
        })
        .map(|run| (run[0].0, run[0].2, run[needle.len() - 1].3, run[0].4))
        .collect()
}

fn only(words: &[Word], text: &str) -> (usize, f32, f32, f32) {
    let found = boxes(words, text);
    assert_eq!(found.len(), 1, "{text:?} printed {} times", found.len());
    found[0]
}

/// The header `text` over a cell: on its page, the closest above it.
fn header_over(words: &[Word], text: &str, cell: (usize, f32, f32, f32)) -> (usize, f32, f32, f32) {
    boxes(words, text)
        .into_iter()
        .filter(|b| b.0 == cell.0 && b.3 < cell.3)
        .max_by(|a, b| a.3.total_cmp(&b.3))
        .unwrap_or_else(|| panic!("no {text:?} above {cell:?}"))
}

/// Two cells of one column: different widths, one right edge (so not left-aligned).
fn right_aligned(a: (usize, f32, f32, f32), b: (usize, f32, f32, f32), what: &str) {
    assert!((a.2 - b.2).abs() < 0.6, "{what}: right edges {a:?} {b:?}");
    assert!((a.1 - b.1).abs() > 2.0, "{what}: left edges {a:?} {b:?}");
}

#[test]
fn the_annex_changes_line_up_their_amounts_in_the_language() {
    let pdf = render(
        DocumentKind::Annex,
        "pl",
        serde_json::to_value(AnnexData::sample()).unwrap(),
    );
    let words = pdf_words(&pdf);
    // "Jest": 900,00 zł for line I.1.1 and 1 100,00 zł for I.1.2, one under the other.
    let after = boxes(&words, "900,00 zł");
    let after_wide = boxes(&words, "1 100,00 zł");
    assert_eq!(
        (after.len(), after_wide.len()),
        (1, 1),
        "{}",
        pdf_text(&pdf)
    );
    right_aligned(after[0], after_wide[0], "annex, after");
    let text = pdf_text(&pdf);
    assert!(
        !text.contains("PLN"),
        "amounts as the language writes them:\n{text}"
    );
    assert!(
        text.contains("2027-10-31"),
        "a date stays as recorded:\n{text}"
    );
}

#[test]
fn the_agreements_cost_table_lines_up_under_its_header() {
    let mut data = AgreementData::sample();
    data.cost_lines[0].value.minor = 90_000_000;
    let wide = "900 000,00 zł";
    let narrow_minor = data.cost_lines[1].value.minor;
    assert!(
        narrow_minor < 10_000_000,
        "the sample's second line is narrower"
    );
    let pdf = render(
        DocumentKind::Agreement,
        "pl",
        serde_json::to_value(&data).unwrap(),
    );
    let words = pdf_words(&pdf);
    let wide = only(&words, wide);
    let header = header_over(&words, "Wartość", wide);
    let narrow = boxes(&words, &money_pl(narrow_minor));
    assert!(!narrow.is_empty(), "{}", pdf_text(&pdf));
    let narrow = *narrow.iter().find(|b| b.0 == wide.0).expect("on one page");
    right_aligned(wide, narrow, "agreement, value");
    assert!(
        (header.2 - wide.2).abs() < 0.6,
        "the header ends where its amounts do: {header:?} {wide:?}"
    );
}

/// The engine's Polish amount ("1 234,56 zł"), for finding one.
fn money_pl(minor: i64) -> String {
    let units = (minor / 100).to_string();
    let mut grouped = String::new();
    for (i, d) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(' ');
        }
        grouped.push(d);
    }
    format!("{grouped},{:02} zł", minor % 100)
}

#[test]
fn the_protocols_scores_take_the_languages_decimal_mark() {
    let data = serde_json::to_value(ProtocolData::sample()).unwrap();
    // The first offer: 9.95 + 9.95 + 9.96 = 29.86 of 30.00; a spread of 12.00.
    for language in ["pl", "cs", "uk"] {
        let text = pdf_text(&render(DocumentKind::Protocol, language, data.clone()));
        for expected in ["29,86", "9,95", "9,96", "30,00", "12,00"] {
            assert!(
                text.contains(expected),
                "{language}: {expected} in:\n{text}"
            );
        }
        assert!(!text.contains("29.86"), "{language}: no decimal point");
    }
    let english = pdf_text(&render(DocumentKind::Protocol, "en", data));
    assert!(english.contains("29.86") && !english.contains("29,86"));
}

#[test]
fn the_offers_shares_and_the_protocols_totals_are_right_aligned() {
    let offer = render(
        DocumentKind::Offer,
        "pl",
        serde_json::to_value(OfferData::sample()).unwrap(),
    );
    let text = pdf_text(&offer);
    assert!(text.contains("75,00%"), "{text}");
    let words = pdf_words(&offer);
    let whole = only(&words, "100,00%");
    let share = only(&words, "75,00%");
    right_aligned(whole, share, "offer, shares");

    let protocol = render(
        DocumentKind::Protocol,
        "pl",
        serde_json::to_value(ProtocolData::sample()).unwrap(),
    );
    let words = pdf_words(&protocol);
    let first = only(&words, "29,86");
    let total = header_over(&words, "Suma", first);
    assert!(
        (total.2 - first.2).abs() < 0.6,
        "the total's header ends where the totals do: {total:?} {first:?}"
    );
}
