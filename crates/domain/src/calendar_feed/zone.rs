//! The `VTIMEZONE` of a time zone (RFC 5545 § 3.6.5), computed from the time-zone database
//! that chrono-tz compiles in: one observance per change of offset in the years the feed's
//! events span (and one before, for the time in force at their start). Explicit observances
//! rather than yearly rules: a rule would have to be inferred from the changes and would be
//! wrong the year a country changes its law; a list of the actual changes is exact for every
//! year it covers, and calendars need no more than the years the events fall in.

use chrono::{DateTime, Duration, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// The offset in force at an instant: total seconds east of UTC, its abbreviation, and
/// whether it is daylight-saving time.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observed {
    seconds: i32,
    name: String,
    daylight: bool,
}

fn observed(zone: Tz, at: DateTime<Utc>) -> Observed {
    let offset = zone.offset_from_utc_datetime(&at.naive_utc());
    Observed {
        seconds: offset.fix().local_minus_utc(),
        name: offset.abbreviation().unwrap_or("").to_string(),
        daylight: offset.dst_offset() != Duration::zero(),
    }
}

/// One observance: from `onset` on, `to` is in force (it was `from` before).
struct Onset {
    onset: DateTime<Utc>,
    from: Observed,
    to: Observed,
}

/// Steps through `from..to` a quarter of a day at a time (no zone changes twice in six hours)
/// and finds each change to the second.
fn onsets(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Onset> {
    let step = Duration::hours(6);
    let mut found = Vec::new();
    let mut at = from;
    let mut before = observed(zone, at);
    while at < to {
        let next = at + step;
        let after = observed(zone, next);
        if after != before {
            let onset = first_second_of(zone, at, next, &after);
            found.push(Onset {
                onset,
                from: before,
                to: after.clone(),
            });
        }
        at = next;
        before = after;
    }
    found
}

/// The first second in `(low, high]` at which `zone` observes `after`.
fn first_second_of(
    zone: Tz,
    mut low: DateTime<Utc>,
    mut high: DateTime<Utc>,
    after: &Observed,
) -> DateTime<Utc> {
    while high - low > Duration::seconds(1) {
        let middle = low + (high - low) / 2;
        if observed(zone, middle) == *after {
            high = middle;
        } else {
            low = middle;
        }
    }
    high
}

/// `+0100`, `-0330`, or with seconds where the offset has them (old local mean times).
fn utc_offset(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let total = seconds.unsigned_abs();
    let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60);
    if rest == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{rest:02}")
    }
}

fn observance(lines: &mut Vec<String>, onset: &Onset) {
    let component = if onset.to.daylight {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    // The onset is written in the local time that was in force just before it (RFC 5545
    // § 3.6.5: "DTSTART … local time", offset TZOFFSETFROM): 02:00 in March, 03:00 in October.
    let local = onset.onset + Duration::seconds(i64::from(onset.from.seconds));
    lines.push(format!("BEGIN:{component}"));
    lines.push(format!("DTSTART:{}", local.format("%Y%m%dT%H%M%S")));
    lines.push(format!("TZOFFSETFROM:{}", utc_offset(onset.from.seconds)));
    lines.push(format!("TZOFFSETTO:{}", utc_offset(onset.to.seconds)));
    if !onset.to.name.is_empty() {
        lines.push(format!(
            "TZNAME:{}",
            super::ics::escape_text(&onset.to.name)
        ));
    }
    lines.push(format!("END:{component}"));
}

/// The `VTIMEZONE` lines (unfolded) describing `zone` from `from` to `to`: the observance in
/// force at `from`, then each change up to `to`.
pub fn vtimezone(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{}", zone.name()),
    ];
    let start = observed(zone, from);
    observance(
        &mut lines,
        &Onset {
            onset: from,
            from: start.clone(),
            to: start,
        },
    );
    for onset in onsets(zone, from, to) {
        observance(&mut lines, &onset);
    }
    lines.push("END:VTIMEZONE".to_string());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    #[test]
    fn warsaw_changes_at_two_in_march_and_three_in_october() {
        let lines = vtimezone(
            chrono_tz::Europe::Warsaw,
            utc("2027-01-01T00:00:00Z"),
            utc("2028-01-01T00:00:00Z"),
        );
        let text = lines.join("\n");
        assert!(text.starts_with("BEGIN:VTIMEZONE\nTZID:Europe/Warsaw\nBEGIN:STANDARD\n"));
        // 28 March 2027, 01:00 UTC: 02:00 CET becomes 03:00 CEST.
        assert!(text.contains(
            "BEGIN:DAYLIGHT\nDTSTART:20270328T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nTZNAME:CEST\nEND:DAYLIGHT"
        ), "{text}");
        // 31 October 2027, 01:00 UTC: 03:00 CEST becomes 02:00 CET.
        assert!(text.contains(
            "BEGIN:STANDARD\nDTSTART:20271031T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nTZNAME:CET\nEND:STANDARD"
        ), "{text}");
        assert_eq!(text.matches("BEGIN:DAYLIGHT").count(), 1);
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 2);
        assert!(text.ends_with("END:VTIMEZONE"));
    }

    #[test]
    fn a_zone_without_daylight_saving_has_one_standard_observance() {
        let lines = vtimezone(
            chrono_tz::UTC,
            utc("2027-01-01T00:00:00Z"),
            utc("2029-01-01T00:00:00Z"),
        );
        let text = lines.join("\n");
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 1);
        assert!(text.contains("TZOFFSETFROM:+0000\nTZOFFSETTO:+0000"));
        assert!(!text.contains("DAYLIGHT"));
    }

    #[test]
    fn offsets_with_minutes_and_seconds_and_west_of_greenwich() {
        assert_eq!(utc_offset(3600), "+0100");
        assert_eq!(utc_offset(-12_600), "-0330");
        assert_eq!(utc_offset(5040), "+0124");
        assert_eq!(utc_offset(5044), "+012404");
        assert_eq!(utc_offset(0), "+0000");
    }

    #[test]
    fn kyiv_and_prague_are_described_too() {
        let (from, to) = (utc("2027-01-01T00:00:00Z"), utc("2028-01-01T00:00:00Z"));
        let kyiv = vtimezone(chrono_tz::Europe::Kyiv, from, to).join("\n");
        assert!(kyiv.contains("DTSTART:20270328T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0300"));
        let prague = vtimezone(chrono_tz::Europe::Prague, from, to).join("\n");
        assert!(prague.contains("TZID:Europe/Prague"));
        assert!(prague.contains("DTSTART:20271031T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100"));
    }
}
