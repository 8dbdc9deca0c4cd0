//! Fixed wording per language (`pdf-templates/texts/<lang>.ftl`, Project Fluent) and the
//! formatting helpers templates call: `t`, `money`, `number`, `date`.

use chrono::{DateTime, Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use minijinja::value::{Kwargs, Value};
use minijinja::{Error, ErrorKind};
use std::sync::Arc;

/// The language every template falls back to (the Polish text is the legal one).
pub(crate) const FALLBACK: &str = "pl";

pub(crate) type Bundle = FluentBundle<Arc<FluentResource>>;

/// A bundle where the first resource with a key wins: `resources` is in order of preference
/// (tenant's language, shipped language, tenant's Polish, shipped Polish).
pub(crate) fn bundle(language: &str, resources: &[Arc<FluentResource>]) -> Bundle {
    let id = language
        .parse()
        .unwrap_or_else(|_| unic_langid::langid!("pl"));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for resource in resources.iter().rev() {
        bundle.add_resource_overriding(Arc::clone(resource));
    }
    bundle
}

/// `t("key", name=value, …)`: the text in the document's language, Polish when missing.
pub(crate) fn translate(bundle: &Bundle, key: &str, kwargs: &Kwargs) -> Result<String, Error> {
    let message = bundle
        .get_message(key)
        .and_then(|message| message.value())
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("no text \"{key}\" in texts/"),
            )
        })?;
    let mut args = FluentArgs::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let value = match (value.as_i64(), value.as_str()) {
            (Some(number), _) => FluentValue::from(number),
            (None, Some(text)) => FluentValue::from(text.to_string()),
            _ => FluentValue::from(value.to_string()),
        };
        args.set(name.to_string(), value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(message, Some(&args), &mut errors);
    match errors.first() {
        Some(error) => Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("text \"{key}\": {error}"),
        )),
        None => Ok(text.into_owned()),
    }
}

/// `money(minor, "PLN")`: "12 345,67 zł" (pl, cs, uk) or "PLN 12,345.67" (en). The thousands
/// separator is a no-break space so an amount never breaks across lines.
pub(crate) fn money(language: &str, minor: i64, currency: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let units = (minor.unsigned_abs() / 100).to_string();
    let cents = minor.unsigned_abs() % 100;
    let english = language == "en";
    let grouped = grouped(language, &units);
    if english {
        return format!("{currency}\u{a0}{sign}{grouped}.{cents:02}");
    }
    let symbol = match currency {
        "PLN" => "zł",
        "CZK" => "Kč",
        "EUR" => "€",
        "UAH" => "грн",
        other => other,
    };
    format!("{sign}{grouped},{cents:02}\u{a0}{symbol}")
}

/// The whole part's digits in groups of three: a no-break space between them (",", in English).
fn grouped(language: &str, units: &str) -> String {
    let separator = if language == "en" { ',' } else { '\u{a0}' };
    let mut grouped = String::new();
    for (index, digit) in units.chars().enumerate() {
        if index > 0 && (units.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// `number("72.50")`: "72,50" (pl, cs, uk) or "72.50" (en). The data carries decimals (scores,
/// spreads, shares) as digits with a point; this writes them with the language's decimal mark
/// and groups the thousands as `money` does. Anything but a number is a template error.
pub(crate) fn number(language: &str, value: &Value) -> Result<String, Error> {
    let text = match value.as_str() {
        Some(text) => text.trim().to_string(),
        None if value.is_number() => value.to_string(),
        None => String::new(),
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("\"{value}\" is not a number"),
        ));
    }
    let mark = if language == "en" { '.' } else { ',' };
    let whole = grouped(language, whole);
    Ok(match fraction {
        "" => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}{mark}{fraction}"),
    })
}

/// `date("2026-12-01")`: "1 grudnia 2026"; `date(value, "short")`: "01.12.2026". A date-time
/// (RFC 3339) is shown by its own date: the store passes dates already in the tenant's zone.
pub(crate) fn date(language: &str, value: &str, style: &str) -> Result<String, Error> {
    let day = NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .or_else(|| {
            DateTime::parse_from_rfc3339(value)
                .ok()
                .map(|t| t.date_naive())
        })
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                format!("\"{value}\" is not a date"),
            )
        })?;
    match style {
        "short" if language == "en" => Ok(day.format("%d/%m/%Y").to_string()),
        "short" => Ok(day.format("%d.%m.%Y").to_string()),
        "long" => {
            let month = MONTHS
                .iter()
                .find(|(lang, _)| *lang == language)
                .map_or(MONTHS[0].1, |(_, months)| *months)[day.month0() as usize];
            Ok(match language {
                "cs" => format!("{}. {month} {}", day.day(), day.year()),
                _ => format!("{} {month} {}", day.day(), day.year()),
            })
        }
        other => Err(Error::new(
            ErrorKind::InvalidOperation,
            format!("date style \"{other}\": write \"long\" or \"short\""),
        )),
    }
}

/// Month names as they follow a day number (the genitive in pl, cs, uk).
const MONTHS: [(&str, [&str; 12]); 4] = [
    (
        "pl",
        [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
    ),
    (
        "cs",
        [
            "ledna",
            "února",
            "března",
            "dubna",
            "května",
            "června",
            "července",
            "srpna",
            "září",
            "října",
            "listopadu",
            "prosince",
        ],
    ),
    (
        "uk",
        [
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
    ),
    (
        "en",
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_decimal_takes_the_languages_mark() {
        let n = |language: &str, value: Value| number(language, &value).unwrap();
        assert_eq!(n("pl", Value::from("72.50")), "72,50");
        assert_eq!(n("cs", Value::from("-0.5")), "-0,5");
        assert_eq!(n("uk", Value::from("12345.25")), "12\u{a0}345,25");
        assert_eq!(n("en", Value::from("12345.25")), "12,345.25");
        assert_eq!(n("pl", Value::from(30)), "30");
        for bad in ["", "7,5", "1.2.3", "pass", "-"] {
            assert!(number("pl", &Value::from(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn money_is_grouped_in_the_language() {
        assert_eq!(money("pl", 1_234_567, "PLN"), "12\u{a0}345,67\u{a0}zł");
        assert_eq!(money("cs", 5, "CZK"), "0,05\u{a0}Kč");
        assert_eq!(money("en", -100_000, "PLN"), "PLN\u{a0}-1,000.00");
    }

    #[test]
    fn dates_are_written_out_or_short() {
        assert_eq!(date("pl", "2026-12-01", "long").unwrap(), "1 grudnia 2026");
        assert_eq!(
            date("cs", "2026-12-01", "long").unwrap(),
            "1. prosince 2026"
        );
        assert_eq!(
            date("uk", "2026-03-05T10:00:00+01:00", "long").unwrap(),
            "5 березня 2026"
        );
        assert_eq!(date("pl", "2026-12-01", "short").unwrap(), "01.12.2026");
        assert!(date("pl", "1.12.2026", "long").is_err());
    }
}
