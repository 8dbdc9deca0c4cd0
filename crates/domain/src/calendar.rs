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
#[path = "calendar_tests.rs"]
mod tests;
