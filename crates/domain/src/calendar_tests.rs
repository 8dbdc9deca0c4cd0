#![allow(clippy::unwrap_used, clippy::expect_used)]

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
