//! What counts as typed text: "required" means something a reader can see, and a stored text
//! holds no control characters a database or a terminal would mishandle.
//!
//! A title of zero-width spaces, bidi marks or a soft hyphen looks empty on every screen, so it
//! is empty. The invisible characters are listed here by hand (Unicode's general category Cf,
//! plus the few letters and marks that render as nothing) rather than pulled from a crate: the
//! list changes rarely and a test walks it.

/// Unicode format characters (general category Cf, Unicode 15.1) and characters that render as
/// blank although they are letters or marks (Hangul fillers, the braille blank, variation
/// selectors, the combining grapheme joiner).
const INVISIBLE_RANGES: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'), // soft hyphen
    ('\u{034F}', '\u{034F}'), // combining grapheme joiner
    ('\u{0600}', '\u{0605}'), // Arabic number signs
    ('\u{061C}', '\u{061C}'), // Arabic letter mark
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{115F}', '\u{1160}'), // Hangul fillers
    ('\u{17B4}', '\u{17B5}'), // Khmer inherent vowels
    ('\u{180B}', '\u{180F}'), // Mongolian variation selectors and vowel separator
    ('\u{200B}', '\u{200F}'), // zero-width space, joiners, LRM, RLM
    ('\u{202A}', '\u{202E}'), // bidi embeddings and overrides
    ('\u{2060}', '\u{2064}'), // word joiner, invisible operators
    ('\u{2066}', '\u{206F}'), // bidi isolates, deprecated format characters
    ('\u{2800}', '\u{2800}'), // braille blank
    ('\u{3164}', '\u{3164}'), // Hangul filler
    ('\u{FE00}', '\u{FE0F}'), // variation selectors
    ('\u{FEFF}', '\u{FEFF}'), // byte order mark / zero-width no-break space
    ('\u{FFA0}', '\u{FFA0}'), // halfwidth Hangul filler
    ('\u{FFF9}', '\u{FFFB}'), // interlinear annotation
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'), // Egyptian hieroglyph format controls
    ('\u{1BCA0}', '\u{1BCA3}'), // shorthand format controls
    ('\u{1D173}', '\u{1D17A}'), // musical symbol format controls
    ('\u{E0001}', '\u{E0001}'), // language tag
    ('\u{E0020}', '\u{E007F}'), // tag characters
    ('\u{E0100}', '\u{E01EF}'), // variation selectors supplement
];

/// Whether `c` shows nothing on a screen: whitespace, a control character or an invisible
/// format character.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || INVISIBLE_RANGES
            .iter()
            .any(|&(first, last)| (first..=last).contains(&c))
}

/// Whether a typed text is empty to a reader: nothing, or only invisible characters. Every
/// "required" rule on text asks this.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_invisible)
}

/// How many characters of `text` a reader sees: leading and trailing whitespace and invisible
/// format characters (zero-width spaces, bidi marks) do not count, spaces between words do. A
/// minimum length ("a justification of at least 30 characters") asks this.
pub fn visible_len(text: &str) -> usize {
    text.trim_matches(is_invisible)
        .chars()
        .filter(|&c| c.is_whitespace() || !is_invisible(c))
        .count()
}

/// Whether `c` may not be stored in a text: NUL (PostgreSQL refuses it in text columns) and the
/// other C0/C1 control characters, except the tab and line breaks people type.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// Whether a text holds a character that may not be stored (see [`is_forbidden`]).
pub fn has_forbidden(text: &str) -> bool {
    text.chars().any(is_forbidden)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_alone_are_blank() {
        for text in [
            "",
            "   ",
            "\u{200B}\u{200B}\u{200B}",
            "\u{FEFF}",
            "\u{202E}\u{202D}\u{2066}\u{2069}",
            "\u{200E}\u{200F} \u{00A0}\u{3000}",
            "\u{00AD}\u{2060}\u{3164}\u{2800}",
            "\t\n\r\u{0}",
            "\u{E0020}\u{E007F}\u{FE0F}",
        ] {
            assert!(is_blank(text), "{:?} should count as empty", text);
        }
    }

    #[test]
    fn anything_visible_is_filled() {
        for text in [
            "a",
            "\u{200B}x\u{200B}",
            "Żółć",
            "😀",
            "\u{202E}fdp.exe",
            "٣",
            "—",
            "\u{0301}",
        ] {
            assert!(!is_blank(text), "{:?} should count as filled", text);
        }
    }

    #[test]
    fn every_listed_range_is_ordered_and_invisible() {
        for &(first, last) in INVISIBLE_RANGES {
            assert!(first <= last, "{first:?}..{last:?}");
            assert!(is_invisible(first) && is_invisible(last));
        }
        // Letters, digits and punctuation next to the ranges stay visible.
        for c in [
            '\u{00AC}', '\u{00AE}', '\u{200A}', '\u{2010}', '\u{2065}', 'ę',
        ] {
            assert_eq!(is_invisible(c), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn the_visible_length_skips_padding_and_format_characters() {
        assert_eq!(visible_len("  ab c  "), 4);
        assert_eq!(visible_len("\u{200B}a\u{200B}b\u{FEFF}"), 2);
        assert_eq!(visible_len("\u{200B} \u{200B}"), 0);
        assert_eq!(visible_len("Żółć"), 4);
    }

    #[test]
    fn nul_and_control_characters_are_forbidden_but_line_breaks_are_not() {
        assert!(has_forbidden("a\u{0}b"));
        assert!(has_forbidden("\u{1B}[31m"));
        assert!(has_forbidden("\u{85}"));
        assert!(!has_forbidden("line one\r\nline two\tend"));
        assert!(!has_forbidden("\u{200B}\u{202E}😀"));
    }
}
