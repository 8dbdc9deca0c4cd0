//! A call's documents as lists show them: title, file name, type and size, and when each was
//! added (the public call page and the clerk's documents page).

use granty_domain::Language;
use granty_i18n::format::minute;
use granty_store::call_documents::CallDocumentView;
use serde::Serialize;

/// A document as a list shows it.
#[derive(Serialize)]
pub struct DocumentRow {
    id: i64,
    title: String,
    file_name: String,
    size: String,
    added: String,
}

pub fn rows(
    documents: &[CallDocumentView],
    zone: chrono_tz::Tz,
    lang: Language,
) -> Vec<DocumentRow> {
    documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id,
            title: d.title.clone(),
            file_name: d.file_name.clone(),
            size: size_text(d.size_bytes, &d.content_type, lang),
            added: minute(d.created_at, zone, lang),
        })
        .collect()
}

/// `PDF, 120 kB`: what a person needs before downloading.
fn size_text(bytes: i64, content_type: &str, lang: Language) -> String {
    let kind = match content_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.oasis.opendocument.text" => "ODT",
        _ => "",
    };
    let size = if bytes >= 1_000_000 {
        // One decimal, rounded down, with the language's decimal mark.
        let mark = if lang == Language::En { '.' } else { ',' };
        format!(
            "{}{mark}{} MB",
            bytes / 1_000_000,
            bytes % 1_000_000 / 100_000
        )
    } else {
        format!("{} kB", (bytes + 999) / 1000)
    };
    if kind.is_empty() {
        size
    } else {
        format!("{kind}, {size}")
    }
}
