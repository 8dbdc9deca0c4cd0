//! A call's documents as lists show them: title, file name, type and size, and when each was
//! added (the public call page and the clerk's documents page).

use crate::pages::texts::text;
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
    let kind = type_name(content_type);
    let size = size_only(bytes, lang);
    if kind.is_empty() {
        size
    } else {
        format!("{kind}, {size}")
    }
}

/// The file type as people know it (`PDF`); empty for a type Granty does not take.
pub fn type_name(content_type: &str) -> &'static str {
    match content_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.oasis.opendocument.text" => "ODT",
        _ => "",
    }
}

/// `120 kB`, or `1,2 MB` with the language's decimal mark and its unit (`1,2 МБ` in Ukrainian).
pub fn size_only(bytes: i64, lang: Language) -> String {
    if bytes >= 1_000_000 {
        // One decimal, rounded down.
        let mark = if lang == Language::En { '.' } else { ',' };
        format!(
            "{}{mark}{} {}",
            bytes / 1_000_000,
            bytes % 1_000_000 / 100_000,
            text(lang, "size_megabytes")
        )
    } else {
        format!("{} {}", (bytes + 999) / 1000, text(lang, "size_kilobytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::size_only;
    use granty_domain::Language;

    #[test]
    fn sizes_use_the_languages_mark_and_unit() {
        assert_eq!(size_only(1_200, Language::Pl), "2 kB");
        assert_eq!(size_only(1_250_000, Language::En), "1.2 MB");
        assert_eq!(size_only(1_250_000, Language::Uk), "1,2 МБ");
        assert_eq!(size_only(999, Language::Uk), "1 кБ");
    }
}
