//! The interface's words for pages, from the message catalogue (granty-i18n, one Fluent file per
//! language). The catalogue's tests check that every id a page or template asks for exists in all
//! four languages.

use granty_domain::Language;
use std::collections::BTreeMap;

/// All texts of one language, for templates (`{{ t.log_in }}`): every message that takes no
/// argument. The page environment is strict, so `{{ t.typo }}` fails instead of showing nothing.
pub fn for_language(lang: Language) -> BTreeMap<&'static str, &'static str> {
    granty_i18n::texts(lang)
        .iter()
        .map(|(id, text)| (*id, text.as_str()))
        .collect()
}

/// The language's own name, for the switch.
pub fn language_name(lang: Language) -> &'static str {
    granty_i18n::format::language_name(lang)
}

/// One text; a missing id shows `?` (and is logged) rather than failing the page.
pub fn text(lang: Language, key: &str) -> &'static str {
    granty_i18n::text(lang, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_in_each_language_and_a_visible_gap_for_a_missing_key() {
        assert_eq!(text(Language::Cs, "log_in"), "Přihlásit se");
        assert_eq!(text(Language::Pl, "no-such-key"), "?");
        assert_eq!(for_language(Language::Uk).get("log_in"), Some(&"Увійти"));
        assert_eq!(language_name(Language::Cs), "Čeština");
    }
}
