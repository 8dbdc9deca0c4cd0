//! Nothing is drawn outside its box: long texts wrap inside their cell, unbroken words break by
//! character, tables continue on the next page under their repeated header.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use granty_documents::testing::{pdf_text, pdf_words, save_pages, Word};
use serde_json::json;
use support::*;

const MM: f32 = 72.0 / 25.4;
const PAGE: (f32, f32) = (210.0 * MM, 297.0 * MM);
const MARGIN: f32 = 20.0 * MM;
/// The specimen's cost-name column: after a 10 mm column, 4 of 7 shares of the other 160 mm.
const NAME_COLUMN: (f32, f32) = (30.0 * MM, (30.0 + 160.0 * 4.0 / 7.0) * MM);
/// pdftotext's boxes use the font's ascent and descent; allow a hair of rounding.
const SLACK: f32 = 0.5;

fn marked(word: &Word) -> bool {
    word.text.contains('ŵ') || word.text.contains('Ŵ')
}

#[test]
fn a_600_character_cost_name_and_a_40_character_word_stay_inside_their_cell() {
    let long_name = "ŵŵŵŵŵ ".repeat(100).trim_end().to_string();
    assert!(long_name.chars().count() >= 599);
    let unbroken = "Ŵ".repeat(40);
    let costs = vec![
        json!({"name": "Zwykły koszt", "amount": 100, "own": 0}),
        json!({"name": long_name, "amount": 200, "own": 0}),
        json!({"name": unbroken, "amount": 300, "own": 0}),
    ];
    let branding = branding("zolkiewka");
    let pdf = engine()
        .render(&request(&branding, "pl", with_costs(costs, false)))
        .unwrap();
    save_pages("long-cell", &pdf);
    let words = pdf_words(&pdf);
    let marked_words: Vec<&Word> = words.iter().filter(|w| marked(w)).collect();
    let letters: usize = marked_words.iter().map(|w| w.text.chars().count()).sum();
    assert_eq!(
        letters,
        500 + 40,
        "every letter comes back: {marked_words:?}"
    );
    for word in &marked_words {
        assert!(
            word.x_min >= NAME_COLUMN.0 - SLACK && word.x_max <= NAME_COLUMN.1 + SLACK,
            "outside the column {NAME_COLUMN:?}: {word:?}"
        );
    }
    everything_inside_the_margins(&words);
}

#[test]
fn a_cost_table_spans_three_pages_repeating_its_header() {
    let branding = branding("zolkiewka");
    let pdf = engine()
        .render(&request(&branding, "pl", data(90, false)))
        .unwrap();
    let pages = save_pages("long-table", &pdf);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let text = pdf_text(&pdf);
    let page_texts: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    for (index, page) in page_texts.iter().enumerate() {
        if page.contains("Koszt numer") {
            assert!(
                page.contains("Rodzaj kosztu"),
                "page {} has rows but no header:\n{page}",
                index + 1
            );
        }
    }
    for n in 1..=90 {
        let row = format!("Koszt numer {n}: wynajem sali i catering");
        assert_eq!(
            text.matches(&format!("{row}\n")).count() + text.matches(&format!("{row} ")).count(),
            1,
            "{row}"
        );
    }
    everything_inside_the_margins(&pdf_words(&pdf));
}

fn everything_inside_the_margins(words: &[Word]) {
    for word in words {
        assert!(
            word.x_min >= MARGIN - SLACK
                && word.x_max <= PAGE.0 - MARGIN + SLACK
                && word.y_min >= MARGIN - SLACK
                && word.y_max <= PAGE.1 - MARGIN + SLACK,
            "outside the margins: {word:?}"
        );
    }
}
