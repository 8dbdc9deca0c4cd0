//! Polish registry identifiers and bank accounts, parsed with their checksums: if a value of one of
//! these types exists, it is valid.

use crate::violation::Rule;
use serde::{Serialize, Serializer};
use std::fmt;

fn digits_only(input: &str, separators: &[char]) -> Option<String> {
    let cleaned: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && !separators.contains(c))
        .collect();
    if cleaned.chars().all(|c| c.is_ascii_digit()) {
        Some(cleaned)
    } else {
        None
    }
}

/// A number of zeros only passes the mod-11 checks (the weighted sum is 0) but names nobody.
fn refuse_zeros(digits: &str) -> Result<(), Rule> {
    if digits.chars().all(|c| c == '0') {
        Err(Rule::AllZeros)
    } else {
        Ok(())
    }
}

fn digit_values(digits: &str) -> Vec<u32> {
    digits.chars().filter_map(|c| c.to_digit(10)).collect()
}

/// Tax identification number (NIP): 10 digits, the last a mod-11 check digit. People type it as
/// printed on invoices (`526-000-12-46`, `526 000 12 46`) or as an EU VAT number (`PL5260001246`);
/// it is kept as the 10 digits alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Nip(String);

impl Nip {
    pub fn parse(input: &str) -> Result<Nip, Rule> {
        let trimmed = input.trim();
        let without_prefix = match trimmed.get(..2) {
            Some(prefix) if prefix.eq_ignore_ascii_case("PL") => &trimmed[2..],
            _ => trimmed,
        };
        let digits = digits_only(without_prefix, &['-']).ok_or(Rule::NipLength)?;
        if digits.len() != 10 {
            return Err(Rule::NipLength);
        }
        refuse_zeros(&digits)?;
        let d = digit_values(&digits);
        const WEIGHTS: [u32; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        let sum: u32 = WEIGHTS.iter().zip(&d).map(|(w, v)| w * v).sum();
        let check = sum % 11;
        if check == 10 || check != d[9] {
            return Err(Rule::NipChecksum);
        }
        Ok(Nip(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Statistical number (REGON): 9 digits, or 14 for local units, each with a mod-11 check digit.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Regon(String);

impl Regon {
    pub fn parse(input: &str) -> Result<Regon, Rule> {
        let digits = digits_only(input, &['-']).ok_or(Rule::RegonLength)?;
        if matches!(digits.len(), 9 | 14) {
            refuse_zeros(&digits)?;
        }
        let d = digit_values(&digits);
        let valid = match digits.len() {
            9 => regon_check(&d, &[8, 9, 2, 3, 4, 5, 6, 7]),
            // A 14-digit REGON extends a valid 9-digit one.
            14 => {
                regon_check(&d[..9], &[8, 9, 2, 3, 4, 5, 6, 7])
                    && regon_check(&d, &[2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8])
            }
            _ => return Err(Rule::RegonLength),
        };
        if valid {
            Ok(Regon(digits))
        } else {
            Err(Rule::RegonChecksum)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn regon_check(digits: &[u32], weights: &[u32]) -> bool {
    let sum: u32 = weights.iter().zip(digits).map(|(w, v)| w * v).sum();
    let check = match sum % 11 {
        10 => 0,
        other => other,
    };
    digits.get(weights.len()) == Some(&check)
}

/// National Court Register number (KRS): up to 10 digits, written zero-padded to 10.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Krs(String);

impl Krs {
    pub fn parse(input: &str) -> Result<Krs, Rule> {
        let digits = digits_only(input, &['-']).ok_or(Rule::KrsFormat)?;
        if digits.is_empty() || digits.len() > 10 || digits.chars().all(|c| c == '0') {
            return Err(Rule::KrsFormat);
        }
        Ok(Krs(format!("{digits:0>10}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Polish bank account as an IBAN: `PL` and 26 digits with valid mod-97 check digits.
/// The 26-digit domestic form (NRB) is accepted and given the `PL` prefix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Iban(String);

impl Iban {
    pub fn parse(input: &str) -> Result<Iban, Rule> {
        let compact: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        let compact = compact.to_ascii_uppercase();
        let body = if let Some(rest) = compact.strip_prefix("PL") {
            rest.to_string()
        } else if compact
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        {
            return Err(Rule::IbanCountry);
        } else {
            compact
        };
        if !body.chars().all(|c| c.is_ascii_digit()) {
            return Err(Rule::IbanCharacters);
        }
        if body.len() != 26 {
            return Err(Rule::IbanLength);
        }
        // Move country and check digits to the end; P=25, L=21.
        let rearranged = format!("{}2521{}", &body[2..], &body[..2]);
        let remainder = rearranged
            .chars()
            .filter_map(|c| c.to_digit(10))
            .fold(0u32, |acc, digit| (acc * 10 + digit) % 97);
        if remainder != 1 {
            return Err(Rule::IbanChecksum);
        }
        Ok(Iban(format!("PL{body}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The account grouped in fours, as printed on documents.
    pub fn grouped(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        chars
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

macro_rules! text_identifier {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }
    )*};
}
text_identifier!(Nip, Regon, Krs, Iban);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nip_accepts_valid_numbers_in_common_spellings() {
        assert_eq!(
            Nip::parse("526-000-12-46").map(|n| n.0),
            Ok("5260001246".into())
        );
        assert_eq!(
            Nip::parse("PL 5260001246").map(|n| n.0),
            Ok("5260001246".into())
        );
        assert_eq!(
            Nip::parse("7740001454").map(|n| n.0),
            Ok("7740001454".into())
        );
    }

    #[test]
    fn nip_with_pl_prefix_dashes_or_spaces_is_normalised() {
        for typed in [
            "PL5260001246",
            "pl 526-000-12-46",
            "Pl-526-000-12-46",
            " 526 000 12 46 ",
            "526-00-01-246",
        ] {
            assert_eq!(
                Nip::parse(typed).map(|n| n.0),
                Ok("5260001246".into()),
                "{typed}"
            );
        }
        assert_eq!(Nip::parse("DE5260001246"), Err(Rule::NipLength));
    }

    #[test]
    fn nip_and_regon_of_zeros_are_refused() {
        assert_eq!(Nip::parse("0000000000"), Err(Rule::AllZeros));
        assert_eq!(Nip::parse("PL 000-000-00-00"), Err(Rule::AllZeros));
        assert_eq!(Regon::parse("000000000"), Err(Rule::AllZeros));
        assert_eq!(Regon::parse("00000000000000"), Err(Rule::AllZeros));
        assert_eq!(Regon::parse("0000"), Err(Rule::RegonLength));
    }

    #[test]
    fn nip_names_the_failed_check() {
        assert_eq!(Nip::parse("5260001247"), Err(Rule::NipChecksum));
        assert_eq!(Nip::parse("526000124"), Err(Rule::NipLength));
        assert_eq!(Nip::parse("52600O1246"), Err(Rule::NipLength));
        // Weighted sum mod 11 == 10 can never be a valid check digit.
        assert_eq!(Nip::parse("1000000000"), Err(Rule::NipChecksum));
    }

    #[test]
    fn regon_checks_nine_and_fourteen_digits() {
        assert!(Regon::parse("123456785").is_ok());
        assert_eq!(Regon::parse("123456786"), Err(Rule::RegonChecksum));
        assert!(Regon::parse("12345678512347").is_ok());
        assert_eq!(Regon::parse("12345678512348"), Err(Rule::RegonChecksum));
        assert_eq!(Regon::parse("12345"), Err(Rule::RegonLength));
    }

    #[test]
    fn krs_is_zero_padded() {
        assert_eq!(Krs::parse("123456").map(|k| k.0), Ok("0000123456".into()));
        assert_eq!(Krs::parse("12345678901"), Err(Rule::KrsFormat));
        assert_eq!(Krs::parse("0000"), Err(Rule::KrsFormat));
        assert_eq!(Krs::parse("12a"), Err(Rule::KrsFormat));
    }

    #[test]
    fn iban_checks_mod_97() {
        let iban = Iban::parse("PL61 1090 1014 0000 0712 1981 2874");
        assert_eq!(
            iban.clone().map(|i| i.0),
            Ok("PL61109010140000071219812874".into())
        );
        assert_eq!(
            iban.map(|i| i.grouped()),
            Ok("PL61 1090 1014 0000 0712 1981 2874".into())
        );
        assert!(Iban::parse("61109010140000071219812874").is_ok());
        assert_eq!(
            Iban::parse("PL62109010140000071219812874"),
            Err(Rule::IbanChecksum)
        );
        assert_eq!(
            Iban::parse("DE89370400440532013000"),
            Err(Rule::IbanCountry)
        );
        assert_eq!(
            Iban::parse("PL6110901014000007121981287"),
            Err(Rule::IbanLength)
        );
        assert_eq!(
            Iban::parse("PL61109010140000071219812X74"),
            Err(Rule::IbanCharacters)
        );
    }
}
