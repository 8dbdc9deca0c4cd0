//! Exact money: integer minor units (grosze, haléře, kopiyky, cents) with a currency, and percents
//! as basis points. No floats anywhere.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The currencies of Granty's tenants.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default, utoipa::ToSchema,
)]
pub enum Currency {
    #[default]
    PLN,
    CZK,
    EUR,
    UAH,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::PLN => "PLN",
            Currency::CZK => "CZK",
            Currency::EUR => "EUR",
            Currency::UAH => "UAH",
        }
    }
}

impl FromStr for Currency {
    type Err = UnknownCurrency;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().as_str() {
            "PLN" => Ok(Currency::PLN),
            "CZK" => Ok(Currency::CZK),
            "EUR" => Ok(Currency::EUR),
            "UAH" => Ok(Currency::UAH),
            _ => Err(UnknownCurrency(s.to_string())),
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unsupported currency `{0}` (expected PLN, CZK, EUR or UAH)")]
pub struct UnknownCurrency(pub String);

/// An amount in minor units (1/100 of the currency unit) with its currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// The largest amount Granty accepts anywhere: a trillion units keeps every sum far from overflow.
pub const MAX_MINOR: i64 = 100_000_000_000_000;

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    /// Adds two amounts of the same currency; `None` on a currency mismatch or overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        if self.currency != other.currency {
            return None;
        }
        self.minor
            .checked_add(other.minor)
            .map(|minor| Money::new(minor, self.currency))
    }

    /// Sums amounts in one currency; `None` when the sum passes `MAX_MINOR` (or below its
    /// negative), or an item is in another currency. Never saturates: a total that cannot be
    /// held must be refused, not quietly capped (a capped V.A could equal a capped V.B).
    pub fn sum<I: IntoIterator<Item = Money>>(currency: Currency, items: I) -> Option<Money> {
        items
            .into_iter()
            .try_fold(Money::zero(currency), Money::checked_add)
            // `unsigned_abs`: `i64::MIN` has no positive twin, and `abs` overflows on it (found
            // by `make fuzz`, target `money`).
            .filter(|total| total.minor.unsigned_abs() <= MAX_MINOR.unsigned_abs())
    }

    /// `self` as a share of `whole`, in basis points rounded half up; zero when `whole` is zero.
    pub fn share_of(self, whole: Money) -> Percent {
        if whole.minor <= 0 {
            return Percent::from_basis_points(0);
        }
        let bp =
            (self.minor as i128 * 10_000 * 2 + whole.minor as i128) / (whole.minor as i128 * 2);
        Percent::from_basis_points(bp.clamp(0, i64::MAX as i128) as i64)
    }

    /// The smallest amount that is at least `percent` of `self` (used for "at least x% of costs").
    pub fn percent_ceil(self, percent: Percent) -> Money {
        let numerator = self.minor as i128 * percent.basis_points() as i128;
        let minor = (numerator + 9_999).div_euclid(10_000);
        Money::new(minor as i64, self.currency)
    }

    /// The largest amount that is at most `percent` of `self` (used for caps).
    pub fn percent_floor(self, percent: Percent) -> Money {
        let numerator = self.minor as i128 * percent.basis_points() as i128;
        Money::new(numerator.div_euclid(10_000) as i64, self.currency)
    }

    /// Parses a decimal amount such as `1234.56` or `1 234,56` into minor units.
    pub fn parse_decimal(text: &str, currency: Currency) -> Result<Money, AmountError> {
        parse_fixed(text, 2).map(|minor| Money::new(minor, currency))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        write!(f, "{sign}{}.{:02} {}", abs / 100, abs % 100, self.currency)
    }
}

/// A percentage in basis points (hundredths of a percent): 12.5% is 1250.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(i64);

impl Percent {
    pub const HUNDRED: Percent = Percent(10_000);

    pub fn from_basis_points(bp: i64) -> Percent {
        Percent(bp)
    }

    pub fn basis_points(self) -> i64 {
        self.0
    }

    /// Parses `12.5`, `12,5` or `12` (percent) into basis points; at most two decimals.
    pub fn parse(text: &str) -> Result<Percent, AmountError> {
        parse_fixed(text, 2).map(Percent)
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        if abs.is_multiple_of(100) {
            write!(f, "{sign}{}%", abs / 100)
        } else {
            write!(f, "{sign}{}.{:02}%", abs / 100, abs % 100)
        }
    }
}

// In the API's document a percent is the decimal string it is written as.
impl utoipa::PartialSchema for Percent {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .pattern(Some(r"^-?[0-9]+(\.[0-9]{1,2})?$"))
            .description(Some("A percentage as a decimal string (`12.5`)."))
            .examples(["12.5"])
            .into()
    }
}

impl utoipa::ToSchema for Percent {}

// Percents travel in JSON as decimal strings ("12.5") and are accepted as numbers too.
impl Serialize for Percent {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = self.to_string();
        s.serialize_str(text.trim_end_matches('%'))
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = DecimalText::deserialize(d)?;
        Percent::parse(&value.0).map_err(serde::de::Error::custom)
    }
}

/// A decimal that may arrive as a JSON string or number; kept as text so no float is involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecimalText(pub String);

impl<'de> Deserialize<'de> for DecimalText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DecimalText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                // Fractional JSON numbers are refused by serde's default: they would pass through binary
                // floating point. They must come as strings.
                f.write_str(
                    "a whole number; fractional numbers must be sent as strings, e.g. \"12.5\"",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DecimalText, E> {
                Ok(DecimalText(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<DecimalText, E> {
                Ok(DecimalText(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<DecimalText, E> {
                Ok(DecimalText(v.to_string()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("not a number")]
    NotANumber,
    #[error("too many decimal places (at most {0})")]
    TooManyDecimals(u32),
    #[error("number too large")]
    TooLarge,
}

/// Parses a decimal with up to `scale` fraction digits into an integer scaled by 10^scale.
/// Accepts `,` or `.` as the decimal mark and spaces (also non-breaking) as digit groups.
pub fn parse_fixed(text: &str, scale: u32) -> Result<i64, AmountError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next().unwrap_or("");
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !all_digits(whole) || !all_digits(fraction) {
        return Err(AmountError::NotANumber);
    }
    if fraction.len() > scale as usize {
        return Err(AmountError::TooManyDecimals(scale));
    }
    let factor = 10i64.pow(scale);
    let whole_value: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| AmountError::TooLarge)?
    };
    let mut fraction_value: i64 = 0;
    for (i, c) in fraction.chars().enumerate() {
        fraction_value += (c as i64 - '0' as i64) * 10i64.pow(scale - 1 - i as u32);
    }
    let value = whole_value
        .checked_mul(factor)
        .and_then(|v| v.checked_add(fraction_value))
        .ok_or(AmountError::TooLarge)?;
    Ok(if negative { -value } else { value })
}

/// Minor units as a plain decimal string (`123456` → `"1234.56"`), as the API sends amounts.
pub fn decimal_string(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_decimal_amounts_exactly() {
        assert_eq!(
            Money::parse_decimal("1 234,56", Currency::PLN).map(|m| m.minor),
            Ok(123456)
        );
        assert_eq!(
            Money::parse_decimal("0.1", Currency::PLN).map(|m| m.minor),
            Ok(10)
        );
        assert_eq!(
            Money::parse_decimal("12", Currency::PLN).map(|m| m.minor),
            Ok(1200)
        );
        assert_eq!(
            Money::parse_decimal("1.234", Currency::PLN),
            Err(AmountError::TooManyDecimals(2))
        );
        assert_eq!(
            Money::parse_decimal("12a", Currency::PLN),
            Err(AmountError::NotANumber)
        );
        assert_eq!(
            Money::parse_decimal("-5", Currency::PLN).map(|m| m.minor),
            Ok(-500)
        );
    }

    #[test]
    fn shares_round_half_up_in_basis_points() {
        let whole = Money::new(30000, Currency::PLN);
        assert_eq!(
            Money::new(10000, Currency::PLN)
                .share_of(whole)
                .basis_points(),
            3333
        );
        assert_eq!(
            Money::new(20000, Currency::PLN)
                .share_of(whole)
                .basis_points(),
            6667
        );
        assert_eq!(
            Money::new(1, Currency::PLN)
                .share_of(Money::zero(Currency::PLN))
                .basis_points(),
            0
        );
    }

    #[test]
    fn percent_bounds_round_in_the_safe_direction() {
        let total = Money::new(10001, Currency::PLN);
        let ten = Percent::parse("10").unwrap_or_default();
        assert_eq!(total.percent_ceil(ten).minor, 1001);
        assert_eq!(total.percent_floor(ten).minor, 1000);
    }

    #[test]
    fn sums_beyond_the_largest_amount_are_refused_not_capped() {
        let max = Money::new(MAX_MINOR, Currency::PLN);
        let one = Money::new(1, Currency::PLN);
        assert_eq!(Money::sum(Currency::PLN, [max]), Some(max));
        assert_eq!(Money::sum(Currency::PLN, [max, one]), None);
        let huge = Money::new(i64::MAX, Currency::PLN);
        assert_eq!(Money::sum(Currency::PLN, [huge, huge]), None);
        // The most negative amount is refused too, not a panic (`make fuzz` found it).
        let lowest = Money::new(i64::MIN, Currency::PLN);
        assert_eq!(Money::sum(Currency::PLN, [lowest]), None);
        assert_eq!(
            Money::sum(Currency::PLN, [one, Money::new(1, Currency::EUR)]),
            None
        );
        assert_eq!(
            Money::sum(Currency::PLN, []),
            Some(Money::zero(Currency::PLN))
        );
    }

    #[test]
    fn adding_different_currencies_is_refused() {
        let a = Money::new(1, Currency::PLN);
        assert_eq!(a.checked_add(Money::new(1, Currency::CZK)), None);
        assert_eq!(a.checked_add(a), Some(Money::new(2, Currency::PLN)));
    }

    #[test]
    fn percent_round_trips_through_text() {
        assert_eq!(
            Percent::parse("12,5").map(|p| p.to_string()),
            Ok("12.50%".to_string())
        );
        assert_eq!(
            Percent::parse("10").map(|p| p.to_string()),
            Ok("10%".to_string())
        );
        let json: Percent = serde_json::from_str("\"7.25\"").unwrap_or_default();
        assert_eq!(json.basis_points(), 725);
        let int: Percent = serde_json::from_str("20").unwrap_or_default();
        assert_eq!(int.basis_points(), 2000);
        assert!(serde_json::from_str::<Percent>("20.5").is_err());
    }
}
