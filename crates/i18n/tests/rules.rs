//! Every broken rule has its sentence in every language, with the rule's values as the
//! message's variables; counts take the plural form CLDR gives each language.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use granty_domain::{Currency, Language, Money, Percent, Rule};
use granty_i18n::rule_message as message;
use sample::{day, one_of_each, place, pln, VARIANTS};
use std::collections::BTreeSet;

#[path = "support/rule_sample.rs"]
mod sample;

#[test]
fn the_sample_covers_every_variant_once() {
    let places: Vec<usize> = one_of_each().iter().map(place).collect();
    let distinct: BTreeSet<usize> = places.iter().copied().collect();
    assert_eq!(distinct.len(), places.len(), "a variant is listed twice");
    assert_eq!(distinct, (0..VARIANTS).collect(), "a variant has no sample");
}

#[test]
fn every_rule_has_a_translated_message_in_every_language() {
    for rule in one_of_each() {
        let en = message(&rule, Language::En);
        for lang in Language::ALL {
            let text = message(&rule, lang);
            assert!(!text.trim().is_empty(), "{rule:?} in {lang}");
            assert!(
                !text.contains('{') && !text.contains("rule-"),
                "unfilled: {text}"
            );
            if lang != Language::En {
                assert_ne!(text, en, "{rule:?} is not translated to {lang}");
            }
        }
        let pl = message(&rule, Language::Pl);
        let cs = message(&rule, Language::Cs);
        let uk = message(&rule, Language::Uk);
        assert_ne!(pl, cs, "{rule:?}");
        assert_ne!(pl, uk, "{rule:?}");
        assert_ne!(cs, uk, "{rule:?}");
    }
}

#[test]
fn each_rule_message_uses_exactly_the_rules_values() {
    let variable = regex_lite::Regex::new(r"\{\s*\$([a-z_]+)").unwrap();
    let source = granty_i18n::source(Language::Pl);
    for rule in one_of_each() {
        let id = format!("rule-{} =", rule.code());
        let start = source.find(&id).unwrap_or_else(|| panic!("no {id}"));
        // A message runs until the next line that starts a new entry.
        let body: String = source[start + id.len()..]
            .lines()
            .enumerate()
            .take_while(|(i, line)| *i == 0 || line.starts_with(' '))
            .map(|(_, line)| line)
            .collect();
        let used: BTreeSet<&str> = variable
            .captures_iter(&body)
            .map(|c| c.get(1).map_or("", |m| m.as_str()))
            .collect();
        let given: BTreeSet<&str> = rule.args().into_iter().map(|(name, _)| name).collect();
        assert_eq!(used, given, "{}", rule.code());
    }
}

#[test]
fn every_rule_in_every_language() {
    for lang in Language::ALL {
        let listing: Vec<String> = one_of_each()
            .iter()
            .map(|rule| format!("{}: {}", rule.code(), message(rule, lang)))
            .collect();
        insta::assert_snapshot!(format!("rules_{lang}"), listing.join("\n"));
    }
}

#[test]
fn polish_counts_agree_with_the_number() {
    let too_long = |max| message(&Rule::TooLong { max }, Language::Pl);
    let expected = [
        (1, "1 znak"),
        (2, "2 znaki"),
        (4, "4 znaki"),
        (5, "5 znaków"),
        (11, "11 znaków"),
        (12, "12 znaków"),
        (14, "14 znaków"),
        (21, "21 znaków"),
        (22, "22 znaki"),
        (25, "25 znaków"),
        (101, "101 znaków"),
        (102, "102 znaki"),
        (112, "112 znaków"),
        (300, "300 znaków"),
    ];
    for (n, words) in expected {
        assert_eq!(too_long(n), format!("Wpisz najwyżej {words}."));
    }
    assert_eq!(
        message(&Rule::TooShort { min: 3 }, Language::Pl),
        "Wpisz co najmniej 3 znaki."
    );
    assert_eq!(
        message(&Rule::TooManyDecimals { max: 2 }, Language::Pl),
        "Podaj najwyżej 2 miejsca po przecinku."
    );
    assert_eq!(
        message(&Rule::TooManyItems { max: 100 }, Language::Pl),
        "Możesz dodać najwyżej 100 pozycji."
    );
    assert_eq!(
        message(&Rule::YearValuesCount { expected: 2 }, Language::Pl),
        "Podaj wartość osobno dla każdego roku realizacji zadania – zadanie obejmuje 2 lata."
    );
    assert!(message(&Rule::YearValuesCount { expected: 5 }, Language::Pl).ends_with("5 lat."));
    let soon = message(
        &Rule::DeadlineTooSoon {
            days: 1,
            minimum: 21,
        },
        Language::Pl,
    );
    assert!(soon.contains("zaledwie 1 dzień po"), "{soon}");
    assert!(soon.contains("co najmniej 21 dni."), "{soon}");
}

#[test]
fn czech_counts_agree_with_the_number() {
    let cs = |max| message(&Rule::TooLong { max }, Language::Cs);
    let expected = [
        (1, "1 znak"),
        (2, "2 znaky"),
        (3, "3 znaky"),
        (5, "5 znaků"),
        (12, "12 znaků"),
        (22, "22 znaků"),
        (25, "25 znaků"),
        (101, "101 znaků"),
    ];
    for (n, words) in expected {
        assert_eq!(cs(n), format!("Zadejte nejvýše {words}."));
    }
    let soon = message(
        &Rule::DeadlineTooSoon {
            days: 2,
            minimum: 21,
        },
        Language::Cs,
    );
    assert!(soon.contains("jen 2 dny po"), "{soon}");
    assert!(soon.contains("alespoň 21 dní."), "{soon}");
    assert!(message(&Rule::YearValuesCount { expected: 2 }, Language::Cs).ends_with("2 roky."));
}

#[test]
fn ukrainian_counts_agree_with_the_number() {
    let uk = |max| message(&Rule::TooLong { max }, Language::Uk);
    let expected = [
        (1, "1 символ"),
        (2, "2 символи"),
        (3, "3 символи"),
        (5, "5 символів"),
        (11, "11 символів"),
        (12, "12 символів"),
        (13, "13 символів"),
        (21, "21 символ"),
        (22, "22 символи"),
        (24, "24 символи"),
        (25, "25 символів"),
        (101, "101 символ"),
        (111, "111 символів"),
    ];
    for (n, words) in expected {
        assert_eq!(uk(n), format!("Введіть не більше ніж {words}."));
    }
    let soon = message(
        &Rule::DeadlineTooSoon {
            days: 2,
            minimum: 21,
        },
        Language::Uk,
    );
    assert!(soon.contains("через 2 дні"), "{soon}");
    assert!(soon.contains("щонайменше 21 день."), "{soon}");
    assert!(message(&Rule::YearValuesCount { expected: 5 }, Language::Uk).ends_with("5 років."));
}

#[test]
fn english_counts_take_the_number_as_it_is() {
    let en = |expected| message(&Rule::YearValuesCount { expected }, Language::En);
    for n in [1, 2, 5, 12, 22, 25, 101] {
        assert_eq!(
            en(n),
            format!("Give the value for each of the task's {n} years.")
        );
    }
    let left = |seconds| granty_i18n::format::time_left(seconds, Language::En);
    assert_eq!(left(86_400 + 3600), "1 day 1 hour");
    assert_eq!(left(2 * 86_400 + 5 * 3600), "2 days 5 hours");
    assert_eq!(left(12 * 60), "0 hours 12 minutes");
    assert_eq!(left(3600 + 60), "1 hour 1 minute");
}

#[test]
fn amounts_percents_and_dates_are_written_per_language() {
    let above = Rule::GrantAboveMaximum {
        maximum: pln(3_000_000),
    };
    assert!(message(&above, Language::Pl).contains("30\u{a0}000,00\u{a0}zł"));
    assert!(message(&above, Language::Cs).contains("30\u{a0}000,00\u{a0}zł"));
    assert!(message(&above, Language::En).contains("PLN 30,000.00"));
    let czk = Rule::GrantBelowMinimum {
        minimum: Money::new(500_050, Currency::CZK),
    };
    assert!(message(&czk, Language::Cs).contains("5\u{a0}000,50\u{a0}Kč"));
    let admin = Rule::AdminCostsAboveCap {
        cap: Percent::from_basis_points(1500),
        actual: Percent::from_basis_points(1650),
    };
    assert_eq!(
        message(&admin, Language::Pl),
        "Koszty administracyjne stanowią 16,5% kosztów, a konkurs dopuszcza najwyżej 15%."
    );
    let window = Rule::DateOutsideWindow {
        from: day(2027, 3, 1),
        to: day(2027, 12, 31),
    };
    assert!(message(&window, Language::Uk).contains("з 01.03.2027 по 31.12.2027"));
    assert!(message(&window, Language::En).contains("2027-03-01 to 2027-12-31"));
    assert!(!message(&window, Language::Pl).contains(['\u{2068}', '\u{2069}']));
}
