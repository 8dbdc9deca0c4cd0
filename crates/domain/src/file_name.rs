//! An uploaded file's name as people will see it: readable (Polish, Czech and Ukrainian letters
//! kept) but unable to lie. A name typed as `faktura`, U+202E, `fdp.exe` *displays* as
//! `fakturaexe.pdf`; with the override gone it shows what it is, `fakturafdp.exe`.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// What a name becomes when nothing of it is left.
pub const FALLBACK_FILE_NAME: &str = "plik";

/// The longest name kept, in characters.
pub const MAX_FILE_NAME_CHARS: usize = 200;

/// Drops folders (`C:\…\`, `../`) and every character that changes how the rest displays or is
/// parsed: controls (Cc), format characters (Cf: bidirectional overrides and isolates U+202A–202E
/// and U+2066–2069, zero-width spaces and joiners, the BOM, soft hyphens), line and paragraph
/// separators, and the double quote that would end a `Content-Disposition` value.
pub fn clean_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !hides_or_misleads(*c))
        .take(MAX_FILE_NAME_CHARS)
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.trim_matches('.').is_empty() {
        FALLBACK_FILE_NAME.to_string()
    } else {
        trimmed.to_string()
    }
}

fn hides_or_misleads(c: char) -> bool {
    c == '"'
        || matches!(
            c.general_category(),
            GeneralCategory::Control
                | GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
                | GeneralCategory::Unassigned
                | GeneralCategory::Surrogate
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_to_left_override_cannot_disguise_an_executable() {
        assert_eq!(clean_file_name("faktura\u{202E}fdp.exe"), "fakturafdp.exe");
        for override_or_isolate in ('\u{202A}'..='\u{202E}').chain('\u{2066}'..='\u{2069}') {
            let name = format!("a{override_or_isolate}b.pdf");
            assert_eq!(
                clean_file_name(&name),
                "ab.pdf",
                "{:X}",
                override_or_isolate as u32
            );
        }
    }

    #[test]
    fn invisible_and_control_characters_go() {
        let invisible = "sta\u{200B}tut\u{200D}\u{FEFF}\u{2060}\u{00AD}.pdf";
        assert_eq!(clean_file_name(invisible), "statut.pdf");
        assert_eq!(clean_file_name("a\u{0}b\u{7}\r\n\u{2028}c.pdf"), "abc.pdf");
        assert_eq!(clean_file_name("\u{200B}\u{200B}"), FALLBACK_FILE_NAME);
        assert_eq!(clean_file_name(" \"\u{7}"), FALLBACK_FILE_NAME);
        assert_eq!(clean_file_name(".."), FALLBACK_FILE_NAME);
    }

    #[test]
    fn letters_of_every_language_and_emoji_stay() {
        let names = [
            "Statut łódź.pdf",
            "Příloha č. 2.pdf",
            "Статут ґанку.pdf",
            "plan 🎻.png",
        ];
        for name in names {
            assert_eq!(clean_file_name(name), name);
        }
    }

    #[test]
    fn folders_go_and_long_names_are_cut() {
        assert_eq!(clean_file_name("C:\\Users\\a\\Statut.pdf"), "Statut.pdf");
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        let long = "ą".repeat(500);
        assert_eq!(clean_file_name(&long).chars().count(), MAX_FILE_NAME_CHARS);
    }
}
