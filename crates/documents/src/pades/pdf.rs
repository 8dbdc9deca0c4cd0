//! Small PDF helpers for signatures: text strings, dates, and finding bytes in the file.

use chrono::{DateTime, NaiveDateTime, Utc};
use lopdf::{Object, StringFormat};

/// A PDF text string: PDFDocEncoding's ASCII part as a literal, anything else as UTF-16BE with
/// its byte order mark (ISO 32000-1 §7.9.2.2), so Polish names read back right.
pub(crate) fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        return Object::String(text.as_bytes().to_vec(), StringFormat::Literal);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// A PDF date in UTC (ISO 32000-1 §7.9.4): `D:YYYYMMDDHHmmSS+00'00'`.
pub(crate) fn date(at: DateTime<Utc>) -> Object {
    let text = format!("D:{}+00'00'", at.format("%Y%m%d%H%M%S"));
    Object::String(text.into_bytes(), StringFormat::Literal)
}

/// Reads a PDF date with its offset (`Z`, `+HH'mm'`, `-HH'mm'`, or none meaning UTC); the
/// seconds and later parts may be missing.
pub(crate) fn parse_date(bytes: &[u8]) -> Option<DateTime<Utc>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() < 8 {
        return None;
    }
    // Missing parts take their defaults: month and day 01, hours to seconds 00.
    let defaults = "00000101000000";
    let full = match digits.get(..14) {
        Some(all) => all.to_owned(),
        None => format!("{digits}{}", &defaults[digits.len()..]),
    };
    let local = NaiveDateTime::parse_from_str(&full, "%Y%m%d%H%M%S").ok()?;
    let rest = &text[digits.len()..];
    let offset_minutes = match rest.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let numbers: Vec<i64> = rest[1..]
                .split(['\'', ':'])
                .filter(|p| !p.is_empty())
                .filter_map(|p| p.parse().ok())
                .collect();
            let minutes =
                numbers.first().copied().unwrap_or(0) * 60 + numbers.get(1).copied().unwrap_or(0);
            if sign == '-' {
                -minutes
            } else {
                minutes
            }
        }
        _ => 0,
    };
    Some(local.and_utc() - chrono::Duration::minutes(offset_minutes))
}

/// The first position of `needle` in `haystack` at or after `from`.
pub(crate) fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_back_with_their_offsets() {
        let at = DateTime::from_timestamp(1_796_000_000, 0).unwrap_or_default();
        let Object::String(bytes, _) = date(at) else {
            panic!("a string")
        };
        assert_eq!(parse_date(&bytes), Some(at));
        let warsaw = parse_date(b"D:20261201100000+01'00'").expect("date");
        assert_eq!(warsaw.to_rfc3339(), "2026-12-01T09:00:00+00:00");
        let bare = parse_date(b"D:20261201").expect("date");
        assert_eq!(bare.to_rfc3339(), "2026-12-01T00:00:00+00:00");
        assert_eq!(parse_date(b"D:2026"), None);
    }

    #[test]
    fn non_ascii_text_is_utf16_with_a_byte_order_mark() {
        let Object::String(bytes, _) = text_string("Łódź") else {
            panic!("a string")
        };
        assert_eq!(&bytes[..4], &[0xFE, 0xFF, 0x01, 0x41]);
        assert!(
            matches!(text_string("Gmina"), Object::String(b, StringFormat::Literal) if b == b"Gmina")
        );
    }
}
