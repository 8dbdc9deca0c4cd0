//! Amounts in form fields: shown as the reader's language writes them ("9 000,00" in Polish,
//! Czech and Ukrainian, "9,000.00" in English), without a currency, and read back the same way,
//! so a prefilled value that is sent unchanged means what it showed.

use granty_domain::money::{parse_fixed, AmountError};
use granty_domain::Language;

/// `900000` → "9 000,00" (pl, cs, uk) or "9,000.00" (en). The groups are plain spaces: the
/// field is edited by hand, and `read_amount` takes either kind of space.
pub fn amount_input(minor: i64, lang: Language) -> String {
    let (group, decimal) = marks(lang);
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let units = (abs / 100).to_string();
    let mut grouped = String::with_capacity(units.len() + units.len() / 3);
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(group);
        }
        grouped.push(digit);
    }
    format!("{sign}{grouped}{decimal}{:02}", abs % 100)
}

/// What was typed in an amount field, in minor units: "9 000,00", "9000,5" and "9000.00" in
/// any language; in English a comma only groups digits ("9,000.00"), elsewhere it is the
/// decimal mark.
pub fn read_amount(typed: &str, lang: Language) -> Result<i64, AmountError> {
    match lang {
        Language::En => parse_fixed(&typed.replace(',', ""), 2),
        _ => parse_fixed(typed, 2),
    }
}

fn marks(lang: Language) -> (char, char) {
    match lang {
        Language::En => (',', '.'),
        _ => (' ', ','),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_is_shown_as_the_language_writes_it() {
        assert_eq!(amount_input(900_000, Language::Pl), "9 000,00");
        assert_eq!(amount_input(123_456_789, Language::Cs), "1 234 567,89");
        assert_eq!(amount_input(-5, Language::Uk), "-0,05");
        assert_eq!(amount_input(900_000, Language::En), "9,000.00");
        assert_eq!(amount_input(99_900, Language::En), "999.00");
    }

    #[test]
    fn what_is_shown_reads_back_as_the_same_amount() {
        for lang in Language::ALL {
            for minor in [0, 5, 99_900, 900_000, 123_456_789, -250] {
                assert_eq!(read_amount(&amount_input(minor, lang), lang), Ok(minor));
            }
        }
        assert_eq!(read_amount("9 000,5", Language::Pl), Ok(900_050));
        assert_eq!(read_amount("9\u{a0}000.00", Language::Pl), Ok(900_000));
        assert_eq!(read_amount("9,000.00", Language::En), Ok(900_000));
        assert_eq!(
            read_amount("9,000.00", Language::Pl),
            Err(AmountError::NotANumber)
        );
        assert_eq!(
            read_amount("dużo", Language::Pl),
            Err(AmountError::NotANumber)
        );
    }
}
