//! The interface languages Granty speaks.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A supported language; Polish is the default everywhere.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Pl,
    En,
    Cs,
    Uk,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Pl, Language::En, Language::Cs, Language::Uk];

    pub fn code(self) -> &'static str {
        match self {
            Language::Pl => "pl",
            Language::En => "en",
            Language::Cs => "cs",
            Language::Uk => "uk",
        }
    }

    /// Picks the best supported language from an HTTP `Accept-Language` value, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Language> {
        let mut best: Option<(u32, Language)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(parse_quality)
                .unwrap_or(1000);
            let primary = tag.split('-').next().unwrap_or("");
            if let Ok(lang) = primary.parse::<Language>() {
                if quality > 0 && best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map(|(_, lang)| lang)
    }
}

/// q-values in thousandths, so no floats are needed ("0.8" → 800).
fn parse_quality(text: &str) -> u32 {
    let mut parts = text.trim().splitn(2, '.');
    let whole: u32 = parts.next().and_then(|w| w.parse().ok()).unwrap_or(0);
    let fraction = parts.next().unwrap_or("");
    let mut thousandths = 0;
    for (i, digit) in fraction.chars().take(3).enumerate() {
        thousandths += digit.to_digit(10).unwrap_or(0) * 10u32.pow(2 - i as u32);
    }
    (whole * 1000 + thousandths).min(1000)
}

impl FromStr for Language {
    type Err = UnknownLanguage;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "pl" => Ok(Language::Pl),
            "en" => Ok(Language::En),
            "cs" => Ok(Language::Cs),
            "uk" => Ok(Language::Uk),
            _ => Err(UnknownLanguage(s.to_string())),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unsupported language `{0}` (expected pl, en, cs or uk)")]
pub struct UnknownLanguage(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_honours_quality() {
        assert_eq!(
            Language::from_accept_language("cs-CZ,cs;q=0.9,en;q=0.8"),
            Some(Language::Cs)
        );
        assert_eq!(
            Language::from_accept_language("de,en;q=0.5,uk;q=0.7"),
            Some(Language::Uk)
        );
        assert_eq!(Language::from_accept_language("de-DE"), None);
        assert_eq!(
            Language::from_accept_language("pl;q=0,en"),
            Some(Language::En)
        );
    }
}
