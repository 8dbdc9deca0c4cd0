//! The iCalendar text (RFC 5545) of a feed: `VCALENDAR` with its `PRODID`, the town's
//! `VTIMEZONE`, and one `VEVENT` per event with a stable `UID`, `DTSTAMP`, a `DTSTART` in the
//! town's zone (`TZID`), `SUMMARY`, `DESCRIPTION` and `URL`. Text values are escaped (§ 3.3.11),
//! lines end in CRLF and are folded at 75 octets without splitting a character (§ 3.1).
//!
//! A deadline is an instant, not a stretch of time: the event has no `DTEND`, which RFC 5545
//! § 3.6.1 reads as ending when it starts. It is marked `TRANSP:TRANSPARENT` so it never shows
//! its owner as busy.

use super::zone::vtimezone;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;

/// A calendar as written.
pub struct Calendar<'a> {
    /// `-//Granty//…//EN`.
    pub prodid: &'a str,
    /// What calendar applications name the subscription.
    pub name: &'a str,
    pub zone: Tz,
    /// The host the `UID`s end in (`…@granty.example.org`).
    pub host: &'a str,
    /// When the feed was written (`DTSTAMP` of every event: with `METHOD:PUBLISH`, the moment
    /// the object was made).
    pub stamp: DateTime<Utc>,
    pub events: Vec<Event>,
}

/// An event as written: words already in the owner's language.
pub struct Event {
    /// Without the host.
    pub uid: String,
    pub at: DateTime<Utc>,
    pub summary: String,
    pub description: String,
    /// An absolute URL of the page in Granty.
    pub url: String,
}

/// The whole `text/calendar` body.
pub fn write(calendar: &Calendar<'_>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{}", escape_text(calendar.prodid)),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        // RFC 7986 names and refresh hint, and the names older clients read.
        format!("NAME:{}", escape_text(calendar.name)),
        format!("X-WR-CALNAME:{}", escape_text(calendar.name)),
        format!("X-WR-TIMEZONE:{}", calendar.zone.name()),
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H".to_string(),
        "X-PUBLISHED-TTL:PT1H".to_string(),
    ];
    let (from, to) = span(calendar);
    lines.extend(vtimezone(calendar.zone, from, to));
    for event in &calendar.events {
        event_lines(&mut lines, calendar, event);
    }
    lines.push("END:VCALENDAR".to_string());
    let mut text = String::new();
    for line in &lines {
        text.push_str(&fold(line));
    }
    text
}

/// The years the zone must be described for: a year before the first event and after the
/// last (or around the moment of writing, for an empty feed).
fn span(calendar: &Calendar<'_>) -> (DateTime<Utc>, DateTime<Utc>) {
    let years = calendar.events.iter().map(|e| e.at.year());
    let first = years.clone().min().unwrap_or(calendar.stamp.year());
    let last = years.max().unwrap_or(calendar.stamp.year());
    let new_year = |year: i32| {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc())
    };
    let from = new_year(first - 1).unwrap_or(calendar.stamp);
    let to = new_year(last + 2).unwrap_or(calendar.stamp);
    (from, to)
}

fn event_lines(lines: &mut Vec<String>, calendar: &Calendar<'_>, event: &Event) {
    let local = event.at.with_timezone(&calendar.zone);
    lines.extend([
        "BEGIN:VEVENT".to_string(),
        format!(
            "UID:{}@{}",
            escape_text(&event.uid),
            escape_text(calendar.host)
        ),
        format!("DTSTAMP:{}", calendar.stamp.format("%Y%m%dT%H%M%SZ")),
        format!(
            "DTSTART;TZID={}:{}",
            calendar.zone.name(),
            local.format("%Y%m%dT%H%M%S")
        ),
        format!("SUMMARY:{}", escape_text(&event.summary)),
        format!("DESCRIPTION:{}", escape_text(&event.description)),
        format!("URL:{}", uri(&event.url)),
        "TRANSP:TRANSPARENT".to_string(),
        "END:VEVENT".to_string(),
    ]);
}

/// A TEXT value (RFC 5545 § 3.3.11): backslash, semicolon and comma escaped, a line break as
/// `\n`; other control characters, which TEXT may not hold, dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value is not escaped like TEXT; only characters a URI cannot hold are left out.
fn uri(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// One content line, folded (RFC 5545 § 3.1): no line longer than 75 octets without its CRLF,
/// each continuation starting with a space, never inside a UTF-8 character.
pub fn fold(line: &str) -> String {
    const LIMIT: usize = 75;
    let mut out = String::with_capacity(line.len() + line.len() / LIMIT * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > LIMIT {
            out.push_str("\r\n ");
            // The continuation's leading space counts towards its 75 octets.
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}
