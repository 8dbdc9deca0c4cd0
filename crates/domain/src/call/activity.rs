//! A call's activity over time for the clerk's chart: offers started and submitted per local day,
//! and per hour in the last 48 hours before the deadline, when the rush comes.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::Tz;

/// How long before the deadline the chart counts by the hour.
pub const HOURLY_BEFORE_DEADLINE: Duration = Duration::hours(48);

/// One bar of the chart: a local day, or an hour near the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub hourly: bool,
}

/// One period with what happened in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub period: Period,
    pub started: u32,
    pub submitted: u32,
}

/// The periods from the call's opening to its deadline: whole local days (the first and the
/// last cut at the opening and where the hours begin), then hours (local hours, the first cut at
/// 48 hours before the deadline). Days follow the town's clock, clock changes included.
pub fn periods(opens: DateTime<Utc>, deadline: DateTime<Utc>, zone: Tz) -> Vec<Period> {
    let hours_from = (deadline - HOURLY_BEFORE_DEADLINE).max(opens);
    let mut out = Vec::new();
    let mut start = opens;
    while start < hours_from {
        let end = next_midnight(start, zone).min(hours_from);
        out.push(Period {
            start,
            end,
            hourly: false,
        });
        start = end;
    }
    while start < deadline {
        let end = next_full_hour(start).min(deadline);
        out.push(Period {
            start,
            end,
            hourly: true,
        });
        start = end;
    }
    out
}

/// The first local midnight after `at` (the day's first instant when midnight does not exist).
fn next_midnight(at: DateTime<Utc>, zone: Tz) -> DateTime<Utc> {
    let mut day = at.with_timezone(&zone).date_naive();
    loop {
        day = day.succ_opt().unwrap_or(day);
        let midnight = day.and_time(NaiveTime::MIN);
        // A clock change at midnight skips it: the day then starts at the first hour that exists.
        let first = (0..24).find_map(|h| {
            zone.from_local_datetime(&(midnight + Duration::hours(h)))
                .earliest()
        });
        if let Some(first) = first.map(|t| t.with_timezone(&Utc)) {
            if first > at {
                return first;
            }
        }
    }
}

/// The start of the next whole hour (UTC hours are local hours in every zone a town uses).
fn next_full_hour(at: DateTime<Utc>) -> DateTime<Utc> {
    let floor = at
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at);
    floor + Duration::hours(1)
}

/// Counts each offer's start and submission into its period; instants outside every period
/// (before the opening, after the deadline) are not counted.
pub fn tally(
    periods: &[Period],
    started: &[DateTime<Utc>],
    submitted: &[DateTime<Utc>],
) -> Vec<Tally> {
    let count = |p: &Period, instants: &[DateTime<Utc>]| {
        let n = instants
            .iter()
            .filter(|t| p.start <= **t && **t < p.end)
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    };
    periods
        .iter()
        .map(|p| Tally {
            period: *p,
            started: count(p, started),
            submitted: count(p, submitted),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn days_in_local_time_then_hours_before_the_deadline() {
        let warsaw = chrono_tz::Europe::Warsaw;
        // Opens on 1 Dec 10:00 local, deadline 5 Dec 16:00 local (15:00 UTC).
        let p = periods(
            at("2026-12-01T09:00:00Z"),
            at("2026-12-05T15:00:00Z"),
            warsaw,
        );
        let days: Vec<_> = p.iter().filter(|p| !p.hourly).collect();
        let hours: Vec<_> = p.iter().filter(|p| p.hourly).collect();
        assert_eq!(
            days.len(),
            3,
            "1 Dec (from the opening), 2 Dec, 3 Dec until 16:00"
        );
        assert_eq!(days[1].start, at("2026-12-01T23:00:00Z"), "local midnight");
        assert_eq!(days[2].end, at("2026-12-03T15:00:00Z"), "48 hours before");
        assert_eq!(hours.len(), 48);
        assert_eq!(hours[47].end, at("2026-12-05T15:00:00Z"));
    }

    #[test]
    fn a_day_across_the_clock_change_is_still_one_day() {
        let warsaw = chrono_tz::Europe::Warsaw;
        let p = periods(
            at("2026-10-24T22:00:00Z"),
            at("2026-10-30T23:00:00Z"),
            warsaw,
        );
        // 25 October 2026 has 25 hours in Warsaw.
        assert_eq!(p[0].end - p[0].start, Duration::hours(25));
    }

    #[test]
    fn each_offer_counts_once_in_its_period_and_none_outside() {
        let warsaw = chrono_tz::Europe::Warsaw;
        let p = periods(
            at("2026-12-01T09:00:00Z"),
            at("2026-12-05T15:00:00Z"),
            warsaw,
        );
        let started = [
            at("2026-12-01T09:00:00Z"),
            at("2026-12-01T22:59:59Z"),
            at("2026-11-30T09:00:00Z"),
        ];
        let submitted = [at("2026-12-05T14:59:59Z"), at("2026-12-05T15:00:00Z")];
        let t = tally(&p, &started, &submitted);
        assert_eq!(t[0].started, 2);
        assert_eq!(
            t.iter().map(|t| t.started).sum::<u32>(),
            2,
            "before the opening: none"
        );
        assert_eq!(t.last().unwrap().submitted, 1, "at the deadline: too late");
        assert_eq!(t.iter().map(|t| t.submitted).sum::<u32>(), 1);
    }
}
