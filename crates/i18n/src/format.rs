//! Formatting for people: amounts, percents, dates and instants per language and time zone, and
//! the names of call phases, application states and languages from the catalogue.

use crate::catalogue::{message_with, text};
use chrono::{DateTime, NaiveDate, Timelike, Utc};
use chrono_tz::Tz;
use granty_domain::application::ApplicationState;
use granty_domain::call::CallPhase;
use granty_domain::{Currency, Language, Money, Percent};

/// Formats an amount as people in that language write it: `1 234,56 zł`, `PLN 1,234.56`.
pub fn money(amount: Money, lang: Language) -> String {
    let negative = amount.minor < 0;
    let abs = amount.minor.unsigned_abs();
    let (group, decimal) = match lang {
        Language::En => (',', '.'),
        // A no-break space keeps "1 234" on one line.
        _ => ('\u{a0}', ','),
    };
    let whole = group_digits(abs / 100, group);
    let sign = if negative { "-" } else { "" };
    let number = format!("{sign}{whole}{decimal}{:02}", abs % 100);
    match lang {
        Language::En => format!("{} {number}", amount.currency.code()),
        _ => format!("{number}\u{a0}{}", symbol(amount.currency, lang)),
    }
}

fn symbol(currency: Currency, lang: Language) -> &'static str {
    match (currency, lang) {
        (Currency::PLN, _) => "zł",
        (Currency::CZK, _) => "Kč",
        (Currency::EUR, _) => "€",
        (Currency::UAH, Language::Uk) => "грн",
        (Currency::UAH, _) => "UAH",
    }
}

fn group_digits(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// Formats a percent with the language's decimal mark: `12,5%` / `12.5%`.
pub fn percent(value: Percent, lang: Language) -> String {
    let text = value.to_string();
    let text = if text.contains('.') {
        // "12.50%" → "12.5%", "16.67%" stays; never a doubled sign.
        text.trim_end_matches('%').trim_end_matches('0').to_string() + "%"
    } else {
        text
    };
    match lang {
        Language::En => text,
        _ => text.replace('.', ","),
    }
}

/// Formats a calendar date: `31.12.2026` (pl, cs, uk) or `2026-12-31` (en).
pub fn date(value: NaiveDate, lang: Language) -> String {
    match lang {
        Language::En => value.format("%Y-%m-%d").to_string(),
        _ => value.format("%d.%m.%Y").to_string(),
    }
}

/// Formats an instant in the tenant's time zone, to the second, with the zone's abbreviation.
pub fn instant(value: DateTime<Utc>, zone: Tz, lang: Language) -> String {
    let local = value.with_timezone(&zone);
    match lang {
        Language::En => local.format("%Y-%m-%d %H:%M:%S %Z").to_string(),
        _ => local.format("%d.%m.%Y %H:%M:%S %Z").to_string(),
    }
}

/// Formats an instant in the tenant's time zone to the minute, for times where seconds tell
/// nobody anything (when a check was made, a letter sent, a document added). Deadlines use
/// [`last_moment`]; receipts and the audit trail keep [`instant`]: there the second decides.
pub fn minute(value: DateTime<Utc>, zone: Tz, lang: Language) -> String {
    let local = value.with_timezone(&zone);
    match lang {
        Language::En => local.format("%Y-%m-%d %H:%M %Z").to_string(),
        _ => local.format("%d.%m.%Y %H:%M %Z").to_string(),
    }
}

/// Formats a time someone set (a call's opening, a deadline): to the minute when it falls on a
/// whole minute, as nearly all do, and to the second otherwise, because then the second was
/// chosen and decides. Receipts and the audit trail keep [`instant`]: they are evidence.
pub fn scheduled(value: DateTime<Utc>, zone: Tz, lang: Language) -> String {
    if value.with_timezone(&zone).second() == 0 {
        minute(value, zone, lang)
    } else {
        instant(value, zone, lang)
    }
}

/// The last moment that is still in time for a deadline (offers count while `now < deadline`).
/// A deadline that ends a local day, 00:00 on 1 December, is shown as the day the applicant was
/// given, 23:59:59 on 30 November; so is one set to 23:59:59 itself. Other deadlines are shown as
/// [`scheduled`]: 15:00, not 15:00:00.
pub fn last_moment(due: DateTime<Utc>, zone: Tz, lang: Language) -> String {
    if due.with_timezone(&zone).num_seconds_from_midnight() == 0 {
        instant(due - chrono::Duration::seconds(1), zone, lang)
    } else {
        scheduled(due, zone, lang)
    }
}

/// The name of an application's state as people say it.
pub fn application_state(state: ApplicationState, lang: Language) -> &'static str {
    text(lang, &format!("state-{}", state.code()))
}

/// The name of a call's phase as people say it.
pub fn call_phase(phase: CallPhase, lang: Language) -> &'static str {
    text(lang, &format!("phase-{}", phase.code()))
}

/// The language's own name, for the switch: "Polski", "English", "Čeština", "Українська".
pub fn language_name(lang: Language) -> &'static str {
    text(lang, "language-self-name")
}

/// Time left until a deadline, as people say it: "3 dni 4 godziny", "2 hours 5 minutes".
pub fn time_left(seconds: i64, lang: Language) -> String {
    let seconds = seconds.max(0);
    let (days, hours, minutes) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
    );
    if days > 0 {
        message_with(
            lang,
            "time-left-days",
            &[("days", days.into()), ("hours", hours.into())],
        )
    } else {
        message_with(
            lang,
            "time-left-hours",
            &[("hours", hours.into()), ("minutes", minutes.into())],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use granty_domain::{Currency, Money, Percent};

    #[test]
    fn money_is_written_per_language() {
        let amount = Money::new(123456, Currency::PLN);
        assert_eq!(money(amount, Language::Pl), "1\u{a0}234,56\u{a0}zł");
        assert_eq!(money(amount, Language::En), "PLN 1,234.56");
        assert_eq!(
            money(Money::new(-5, Currency::CZK), Language::Cs),
            "-0,05\u{a0}Kč"
        );
        assert_eq!(
            money(Money::new(100000000, Currency::UAH), Language::Uk),
            "1\u{a0}000\u{a0}000,00\u{a0}грн"
        );
    }

    #[test]
    fn a_deadline_that_ends_a_local_day_shows_that_days_last_second() {
        let zone = chrono_tz::Europe::Warsaw;
        // 00:00 on 1 December in Warsaw is 23:00 UTC on 30 November.
        let due = Utc
            .with_ymd_and_hms(2026, 11, 30, 23, 0, 0)
            .single()
            .unwrap();
        assert_eq!(
            last_moment(due, zone, Language::Pl),
            "30.11.2026 23:59:59 CET"
        );
        // In summer the local midnight is 22:00 UTC.
        let summer = Utc
            .with_ymd_and_hms(2026, 7, 31, 22, 0, 0)
            .single()
            .unwrap();
        assert_eq!(
            last_moment(summer, zone, Language::En),
            "2026-07-31 23:59:59 CEST"
        );
        let afternoon = Utc
            .with_ymd_and_hms(2026, 11, 30, 14, 0, 0)
            .single()
            .unwrap();
        assert_eq!(
            last_moment(afternoon, zone, Language::Pl),
            "30.11.2026 15:00 CET"
        );
        let day_end = Utc
            .with_ymd_and_hms(2026, 11, 30, 22, 59, 59)
            .single()
            .unwrap();
        assert_eq!(
            last_moment(day_end, zone, Language::Uk),
            "30.11.2026 23:59:59 CET"
        );
    }

    #[test]
    fn a_set_time_drops_seconds_only_when_they_are_zero() {
        let warsaw: Tz = chrono_tz::Europe::Warsaw;
        let whole = Utc
            .with_ymd_and_hms(2026, 12, 1, 7, 30, 0)
            .single()
            .unwrap();
        assert_eq!(
            scheduled(whole, warsaw, Language::Pl),
            "01.12.2026 08:30 CET"
        );
        assert_eq!(
            scheduled(whole, warsaw, Language::En),
            "2026-12-01 08:30 CET"
        );
        let chosen = Utc
            .with_ymd_and_hms(2026, 12, 1, 7, 30, 15)
            .single()
            .unwrap();
        assert_eq!(
            scheduled(chosen, warsaw, Language::Cs),
            "01.12.2026 08:30:15 CET"
        );
    }

    #[test]
    fn instants_are_shown_in_the_tenant_zone_across_dst() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 13, 0, 0).single().unwrap();
        let winter = Utc
            .with_ymd_and_hms(2026, 12, 1, 13, 0, 0)
            .single()
            .unwrap();
        let warsaw: Tz = chrono_tz::Europe::Warsaw;
        assert_eq!(
            instant(summer, warsaw, Language::Pl),
            "01.07.2026 15:00:00 CEST"
        );
        assert_eq!(
            instant(winter, warsaw, Language::Pl),
            "01.12.2026 14:00:00 CET"
        );
    }

    #[test]
    fn a_time_to_the_minute_drops_the_seconds_only() {
        let at = Utc
            .with_ymd_and_hms(2026, 12, 1, 13, 5, 59)
            .single()
            .unwrap();
        let warsaw: Tz = chrono_tz::Europe::Warsaw;
        assert_eq!(minute(at, warsaw, Language::Pl), "01.12.2026 14:05 CET");
        assert_eq!(minute(at, warsaw, Language::En), "2026-12-01 14:05 CET");
        assert_eq!(instant(at, warsaw, Language::En), "2026-12-01 14:05:59 CET");
    }

    #[test]
    fn time_left_agrees_in_number() {
        assert_eq!(
            time_left(3 * 86_400 + 4 * 3600, Language::Pl),
            "3 dni 4 godziny"
        );
        assert_eq!(time_left(86_400 + 3600, Language::Pl), "1 dzień 1 godzina");
        assert_eq!(
            time_left(2 * 3600 + 5 * 60, Language::En),
            "2 hours 5 minutes"
        );
        assert_eq!(time_left(22 * 86_400, Language::Uk), "22 дні 0 годин");
        assert_eq!(time_left(5 * 86_400, Language::Cs), "5 dní 0 hodin");
        assert_eq!(time_left(-5, Language::Pl), "0 godzin 0 minut");
    }

    #[test]
    fn percents_use_the_decimal_mark_and_one_sign() {
        assert_eq!(
            percent(Percent::from_basis_points(1667), Language::Pl),
            "16,67%"
        );
        assert_eq!(
            percent(Percent::from_basis_points(1837), Language::En),
            "18.37%"
        );
        let p = Percent::from_basis_points(1250);
        assert_eq!(percent(p, Language::Pl), "12,5%");
        assert_eq!(percent(p, Language::En), "12.5%");
        assert_eq!(
            percent(Percent::from_basis_points(1000), Language::Pl),
            "10%"
        );
    }
}

#[cfg(test)]
mod names {
    use super::*;

    #[test]
    fn phases_states_and_languages_have_names() {
        assert_eq!(
            call_phase(CallPhase::Open, Language::Pl),
            "trwa nabór ofert"
        );
        assert_eq!(
            application_state(ApplicationState::NeedsCorrection, Language::Uk),
            "потребує виправлення"
        );
        let names = Language::ALL.map(language_name);
        assert_eq!(names, ["Polski", "English", "Čeština", "Українська"]);
    }
}

/// A total in hundredths of a point, always with two decimals and the language's decimal mark:
/// `72,50` (pl, cs, uk), `72.50` (en). The hundredths are already rounded where they were
/// computed (the ranking); this only writes them.
pub fn points_centi(centi: i64, lang: Language) -> String {
    let sign = if centi < 0 { "-" } else { "" };
    let abs = centi.unsigned_abs();
    let decimal = if lang == Language::En { '.' } else { ',' };
    format!("{sign}{}{decimal}{:02}", abs / 100, abs % 100)
}
