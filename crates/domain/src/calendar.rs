//! The Polish public-holiday calendar and working days, for deadlines: a deadline that falls on
//! a Saturday, a Sunday or a public holiday moves to the next working day (art. 115 of the civil
//! code), which is how reports and returns of a grant are due.
//!
//! The holidays are those of the Act on days free from work (ustawa z 18 stycznia 1951 r. o
//! dniach wolnych od pracy, t.j. Dz.U. 2020 poz. 1920, as amended), each dated by the year it
//! became a holiday. The calendar is exact from 1990 on (the 1990 act restored 3 May and ended
//! 22 July); the earlier history (Epiphany and the Assumption dropped 1960–1989, 22 July
//! 1951–1989) is not modelled, as no grant Granty settles falls there.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A public holiday (art. 1 of the 1951 act).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYear,
    Epiphany,
    EasterSunday,
    EasterMonday,
    LabourDay,
    ConstitutionDay,
    PentecostSunday,
    CorpusChristi,
    Assumption,
    AllSaints,
    IndependenceDay,
    ChristmasEve,
    ChristmasDay,
    SecondDayOfChristmas,
}

/// When a holiday falls: a fixed day, or days after Easter Sunday.
#[derive(Debug, Clone, Copy)]
enum When {
    Fixed { month: u32, day: u32 },
    AfterEaster(u64),
}

/// A holiday with the first year it has been one (without interruption up to now).
struct Entry {
    holiday: Holiday,
    when: When,
    since: i32,
}

const fn fixed(holiday: Holiday, month: u32, day: u32, since: i32) -> Entry {
    Entry {
        holiday,
        when: When::Fixed { month, day },
        since,
    }
}

const fn movable(holiday: Holiday, after_easter: u64, since: i32) -> Entry {
    Entry {
        holiday,
        when: When::AfterEaster(after_easter),
        since,
    }
}

/// The holidays of art. 1 of the 1951 act, with the year each (re)entered it.
const HOLIDAYS: [Entry; 14] = [
    fixed(Holiday::NewYear, 1, 1, 1951),
    // Restored by the act of 24 November 2010 (Dz.U. 2010 nr 224 poz. 1459), from 2011.
    fixed(Holiday::Epiphany, 1, 6, 2011),
    movable(Holiday::EasterSunday, 0, 1951),
    movable(Holiday::EasterMonday, 1, 1951),
    fixed(Holiday::LabourDay, 5, 1, 1951),
    // Restored by the act of 6 April 1990 (Dz.U. 1990 nr 28 poz. 160).
    fixed(Holiday::ConstitutionDay, 5, 3, 1990),
    // Pentecost ("pierwszy dzień Zielonych Świątek") is 49 days after Easter: always a Sunday.
    movable(Holiday::PentecostSunday, 49, 1951),
    // Corpus Christi ("dzień Bożego Ciała"): the Thursday 60 days after Easter.
    movable(Holiday::CorpusChristi, 60, 1951),
    // Restored by an act of July 1989.
    fixed(Holiday::Assumption, 8, 15, 1989),
    fixed(Holiday::AllSaints, 11, 1, 1951),
    // Restored by the act of 15 February 1989 (Dz.U. 1989 nr 6 poz. 34).
    fixed(Holiday::IndependenceDay, 11, 11, 1989),
    // Added by the act of 6 December 2024, from 2025.
    fixed(Holiday::ChristmasEve, 12, 24, 2025),
    fixed(Holiday::ChristmasDay, 12, 25, 1951),
    fixed(Holiday::SecondDayOfChristmas, 12, 26, 1951),
];

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, also called Meeus/Jones/
/// Butcher); `None` before 1583, when the Gregorian calendar did not exist yet.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    NaiveDate::from_ymd_opt(year, (n / 31) as u32, (n % 31 + 1) as u32)
}

/// The public holidays of a year, in the order of the act (not sorted by date).
pub fn public_holidays(year: i32) -> Vec<(NaiveDate, Holiday)> {
    let easter = easter_sunday(year);
    HOLIDAYS
        .iter()
        .filter(|entry| year >= entry.since)
        .filter_map(|entry| {
            let date = match entry.when {
                When::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
                When::AfterEaster(days) => easter?.checked_add_days(Days::new(days)),
            };
            date.map(|date| (date, entry.holiday))
        })
        .collect()
}

/// The holiday falling on `day`, if any.
pub fn holiday_on(day: NaiveDate) -> Option<Holiday> {
    public_holidays(day.year())
        .into_iter()
        .find(|(date, _)| *date == day)
        .map(|(_, holiday)| holiday)
}

/// A day that is neither a Saturday, a Sunday nor a public holiday (art. 115 of the civil code
/// treats Saturday like a day free from work).
pub fn is_working_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && holiday_on(day).is_none()
}

/// The first working day on or after `day`: a deadline ending on a Saturday, a Sunday or a public
/// holiday ends on the next day that is none of these (art. 115 of the civil code).
pub fn next_working_day(day: NaiveDate) -> NaiveDate {
    let mut current = day;
    // At most five free days follow each other (Wednesday 24 to Sunday 28 December 2025); the
    // bound only guards against the end of chrono's calendar.
    for _ in 0..10 {
        if is_working_day(current) {
            return current;
        }
        match current.succ_opt() {
            Some(next) => current = next,
            None => return current,
        }
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_sunday_by_the_gregorian_computus() {
        // Dates from the published Easter tables (not from this code).
        let known = [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2030, 4, 21),
            (2038, 4, 25),
            // The earliest and the latest possible dates.
            (2285, 3, 22),
            (1943, 4, 25),
        ];
        for (y, m, d) in known {
            assert_eq!(easter_sunday(y), Some(day(y, m, d)), "{y}");
        }
        assert_eq!(easter_sunday(1582), None);
    }

    #[test]
    fn movable_feasts_follow_easter() {
        // 2026: Easter 5 April, Monday 6 April, Pentecost 24 May (+49), Corpus Christi 4 June (+60).
        assert_eq!(holiday_on(day(2026, 4, 6)), Some(Holiday::EasterMonday));
        assert_eq!(holiday_on(day(2026, 5, 24)), Some(Holiday::PentecostSunday));
        assert_eq!(holiday_on(day(2026, 6, 4)), Some(Holiday::CorpusChristi));
        assert_eq!(day(2026, 6, 4).weekday(), Weekday::Thu);
        // 2025: Easter 20 April, Corpus Christi 19 June.
        assert_eq!(holiday_on(day(2025, 6, 19)), Some(Holiday::CorpusChristi));
        assert!(!is_working_day(day(2025, 4, 21)));
        assert!(is_working_day(day(2025, 4, 22)));
    }

    #[test]
    fn fixed_feasts_are_dated_by_the_year_they_became_holidays() {
        // Christmas Eve: a working day in 2024, a holiday from 2025 (a Thursday in 2026).
        assert!(is_working_day(day(2024, 12, 24)));
        assert_eq!(holiday_on(day(2025, 12, 24)), Some(Holiday::ChristmasEve));
        assert!(!is_working_day(day(2026, 12, 24)));
        // Epiphany: 6 January 2010 was a Wednesday and a working day; 2011 (Thursday) was not.
        assert!(is_working_day(day(2010, 1, 6)));
        assert!(!is_working_day(day(2011, 1, 6)));
        for (m, d) in [
            (1, 1),
            (5, 1),
            (5, 3),
            (8, 15),
            (11, 1),
            (11, 11),
            (12, 25),
            (12, 26),
        ] {
            assert!(holiday_on(day(2026, m, d)).is_some(), "{m}-{d}");
        }
        assert_eq!(public_holidays(2026).len(), 14);
        assert_eq!(public_holidays(2024).len(), 13);
    }

    #[test]
    fn weekends_are_not_working_days() {
        assert!(!is_working_day(day(2026, 10, 3))); // Saturday
        assert!(!is_working_day(day(2026, 10, 4))); // Sunday
        assert!(is_working_day(day(2026, 10, 5))); // Monday
    }

    #[test]
    fn next_working_day_skips_weekends_and_holidays() {
        // A working day stays.
        assert_eq!(next_working_day(day(2026, 10, 15)), day(2026, 10, 15));
        // Saturday 3 October 2026 → Monday the 5th.
        assert_eq!(next_working_day(day(2026, 10, 3)), day(2026, 10, 5));
        // Easter Sunday 2026 → Easter Monday is free too → Tuesday 7 April.
        assert_eq!(next_working_day(day(2026, 4, 5)), day(2026, 4, 7));
        // Corpus Christi 2026 (Thursday 4 June) → Friday 5 June.
        assert_eq!(next_working_day(day(2026, 6, 4)), day(2026, 6, 5));
        // 24 December 2025 (Wednesday) to 28 December (Sunday) are free → Monday 29 December.
        assert_eq!(next_working_day(day(2025, 12, 24)), day(2025, 12, 29));
        // 24 December 2024 was still a working day (a Tuesday).
        assert_eq!(next_working_day(day(2024, 12, 24)), day(2024, 12, 24));
        // Saturday 1 May 2027, Sunday, Monday 3 May → Tuesday 4 May.
        assert_eq!(next_working_day(day(2027, 5, 1)), day(2027, 5, 4));
        // Saturday 31 October 2026, Sunday 1 November → Monday 2 November.
        assert_eq!(next_working_day(day(2026, 10, 31)), day(2026, 11, 2));
    }

    #[test]
    fn every_day_of_several_years_moves_to_a_working_day_within_five_days() {
        let mut current = day(2024, 1, 1);
        while current < day(2040, 1, 1) {
            let next = next_working_day(current);
            assert!(is_working_day(next), "{current}");
            assert!((next - current).num_days() <= 5, "{current}");
            current = current.succ_opt().unwrap();
        }
    }
}
