//! The applicant's track record as the scoring screen lists it (art. 15 ust. 1 pkt 6).

use crate::pages::texts::text;
use granty_domain::Language;
use granty_i18n::format::money;
use granty_store::evaluation::track_record::EarlierOffer;
use serde::Serialize;

/// One earlier offer, its values written for the reader.
#[derive(Serialize)]
pub struct RecordRow {
    call: String,
    year: i32,
    title: String,
    state: &'static str,
    formal_outcome: &'static str,
    corrections: usize,
    awarded: String,
}

pub fn record_rows(earlier: &[EarlierOffer], lang: Language) -> Vec<RecordRow> {
    earlier
        .iter()
        .map(|e| RecordRow {
            call: e.call_title.clone(),
            year: e.year,
            title: e.title.clone(),
            state: text(lang, &format!("state-{}", e.state.code())),
            formal_outcome: match &e.formal_outcome {
                Some(outcome) => text(lang, &format!("outcome_{outcome}")),
                None => "—",
            },
            corrections: e.corrections_asked,
            awarded: e
                .awarded
                .map(|m| money(m, lang))
                .unwrap_or_else(|| "—".into()),
        })
        .collect()
}
