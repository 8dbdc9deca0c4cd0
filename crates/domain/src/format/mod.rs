//! Formatting for people: amounts, dates and instants per language and time zone, and the text of
//! every broken rule (`messages`).

pub mod messages;

use crate::language::Language;
use crate::money::{Currency, Money, Percent};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

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
    let number = format!(
        "{}{whole}{decimal}{:02}",
        if negative { "-" } else { "" },
        abs % 100
    );
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

/// The last second that is still in time for a deadline that ends a local day: a correction due
/// at 00:00 on 1 December is shown as 23:59:59 on 30 November, the day the applicant was given.
/// Other deadlines are shown as they are.
pub fn last_moment(due: DateTime<Utc>, zone: Tz, lang: Language) -> String {
    use chrono::Timelike;
    let local = due.with_timezone(&zone);
    if local.num_seconds_from_midnight() == 0 {
        instant(due - chrono::Duration::seconds(1), zone, lang)
    } else {
        instant(due, zone, lang)
    }
}

/// The name of an application's state as people say it.
pub fn application_state(
    state: crate::application::ApplicationState,
    lang: Language,
) -> &'static str {
    use crate::application::ApplicationState as S;
    let names: [&str; 4] = match state {
        S::Draft => ["wersja robocza", "draft", "rozpracovaná", "чернетка"],
        S::Submitted => ["złożona", "submitted", "podaná", "подана"],
        S::NeedsCorrection => [
            "do uzupełnienia",
            "needs correction",
            "k doplnění",
            "потребує виправлення",
        ],
        S::Resubmitted => ["uzupełniona", "corrected", "doplněná", "виправлена"],
        S::FormallyAccepted => [
            "poprawna formalnie",
            "formally accepted",
            "formálně v pořádku",
            "формально прийнята",
        ],
        S::FormallyRejected => [
            "odrzucona formalnie",
            "formally rejected",
            "formálně vyřazená",
            "формально відхилена",
        ],
        S::Withdrawn => ["wycofana", "withdrawn", "stažená", "відкликана"],
    };
    pick(names, lang)
}

/// The name of a call's phase as people say it.
pub fn call_phase(phase: crate::call::CallPhase, lang: Language) -> &'static str {
    use crate::call::CallPhase as P;
    let names: [&str; 4] = match phase {
        P::Draft => ["projekt", "draft", "návrh", "проєкт"],
        P::Published => [
            "ogłoszony, nabór jeszcze nie trwa",
            "announced, not yet open",
            "vyhlášená, příjem ještě nezačal",
            "оголошений, прийом ще не розпочато",
        ],
        P::Open => [
            "trwa nabór ofert",
            "open for offers",
            "příjem žádostí probíhá",
            "триває прийом заявок",
        ],
        P::Closed => [
            "nabór zakończony",
            "closed",
            "příjem ukončen",
            "прийом завершено",
        ],
        P::InEvaluation => [
            "ocena ofert",
            "in evaluation",
            "hodnocení žádostí",
            "оцінювання заявок",
        ],
        P::ResultsPublished => [
            "wyniki ogłoszone",
            "results published",
            "výsledky zveřejněny",
            "результати оголошено",
        ],
        P::Archived => ["zarchiwizowany", "archived", "archivovaná", "в архіві"],
        P::Cancelled => ["unieważniony", "cancelled", "zrušená", "скасований"],
    };
    pick(names, lang)
}

fn pick(names: [&'static str; 4], lang: Language) -> &'static str {
    match lang {
        Language::Pl => names[0],
        Language::En => names[1],
        Language::Cs => names[2],
        Language::Uk => names[3],
    }
}

/// Time left until a deadline, as people say it: "3 dni 4 godziny", "2 hours 5 minutes".
pub fn time_left(seconds: i64, lang: Language) -> String {
    use messages::count;
    let seconds = seconds.max(0) as u64;
    let (days, hours, minutes) = (
        seconds / 86_400,
        seconds % 86_400 / 3600,
        seconds % 3600 / 60,
    );
    let day = |n| match lang {
        Language::Pl => count(lang, n, ["dzień", "dni", "dni"]),
        Language::En => count(lang, n, ["day", "days", "days"]),
        Language::Cs => count(lang, n, ["den", "dny", "dní"]),
        Language::Uk => count(lang, n, ["день", "дні", "днів"]),
    };
    let hour = |n| match lang {
        Language::Pl => count(lang, n, ["godzina", "godziny", "godzin"]),
        Language::En => count(lang, n, ["hour", "hours", "hours"]),
        Language::Cs => count(lang, n, ["hodina", "hodiny", "hodin"]),
        Language::Uk => count(lang, n, ["година", "години", "годин"]),
    };
    let minute = |n| match lang {
        Language::Pl => count(lang, n, ["minuta", "minuty", "minut"]),
        Language::En => count(lang, n, ["minute", "minutes", "minutes"]),
        Language::Cs => count(lang, n, ["minuta", "minuty", "minut"]),
        Language::Uk => count(lang, n, ["хвилина", "хвилини", "хвилин"]),
    };
    if days > 0 {
        format!("{} {}", day(days), hour(hours))
    } else {
        format!("{} {}", hour(hours), minute(minutes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

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
            "30.11.2026 15:00:00 CET"
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
