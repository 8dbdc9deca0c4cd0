use super::ics::{escape_text, fold, write, Calendar, Event};
use super::*;
use crate::track_record::{Duty, DutyKind};
use chrono_tz::Europe::Warsaw;

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn label(id: i64) -> AgreementLabel {
    AgreementLabel {
        agreement_id: id,
        number: format!("U/{id}/2027"),
        task_title: "Summer camp".into(),
    }
}

fn duty(due_on: NaiveDate, kind: DutyKind) -> AgreementDuty {
    AgreementDuty {
        duty: Duty {
            agreement_id: 3,
            due_on,
            overdue: false,
            kind,
        },
        agreement: label(3),
        currency: Currency::PLN,
    }
}

fn organisation() -> OrganisationFacts {
    OrganisationFacts {
        organisation_id: 7,
        calls: vec![OpenCall {
            call_id: 12,
            title: "Sport 2027".into(),
            // 15:30 in Warsaw, winter (CET, UTC+1).
            deadline: utc("2027-01-15T14:30:00Z"),
            draft_title: Some("Football for all".into()),
        }],
        corrections: vec![Correction {
            application_id: 40,
            title: "Football for all".into(),
            call_title: "Sport 2027".into(),
            // Midnight in Warsaw, summer (CEST, UTC+2): the end of 9 July.
            due_at: utc("2027-07-09T22:00:00Z"),
        }],
        signed: vec![SignedAgreement {
            agreement: label(3),
            signed_at: utc("2027-03-02T09:15:27Z"),
        }],
        duties: vec![
            duty(
                day(2027, 10, 1),
                DutyKind::FileReport {
                    report_kind: ReportKind::Final,
                    period_from: day(2027, 4, 1),
                    period_to: day(2027, 8, 31),
                    report_id: None,
                },
            ),
            duty(
                day(2027, 11, 16),
                DutyKind::PayReturn {
                    return_kind: ReturnKind::Unused,
                    outstanding: 12_345,
                    interest_running: false,
                },
            ),
        ],
    }
}

#[test]
fn an_organisations_events_are_its_deadlines_in_order_each_at_its_last_moment() {
    let events = organisation_events(&organisation(), Warsaw);
    let seen: Vec<(&str, DateTime<Utc>, &str)> = events
        .iter()
        .map(|e| (e.uid.as_str(), e.at, e.kind.code()))
        .collect();
    assert_eq!(
        seen,
        vec![
            (
                "org7-offers-call12",
                utc("2027-01-15T14:30:00Z"),
                "offers_deadline"
            ),
            (
                "org7-signed-agreement3",
                utc("2027-03-02T09:15:27Z"),
                "agreement_signed"
            ),
            // 23:59:59 CEST on 9 July.
            (
                "org7-correction-offer40",
                utc("2027-07-09T21:59:59Z"),
                "correction_due"
            ),
            // 23:59:59 CEST on 1 October.
            (
                "org7-report-agreement3-final-2027-04-01",
                utc("2027-10-01T21:59:59Z"),
                "report_due"
            ),
            // 23:59:59 CET on 16 November (winter time again).
            (
                "org7-return-agreement3-unused",
                utc("2027-11-16T22:59:59Z"),
                "return_due"
            ),
        ]
    );
}

#[test]
fn the_same_facts_give_the_same_ids_so_calendars_update_rather_than_duplicate() {
    let first = organisation_events(&organisation(), Warsaw);
    let mut moved = organisation();
    moved.calls[0].deadline = utc("2027-01-20T14:30:00Z");
    let second = organisation_events(&moved, Warsaw);
    assert_eq!(first[0].uid, second[0].uid);
    assert_ne!(first[0].at, second[0].at);
    // Another organisation's event of the same call has its own id.
    let mut other = organisation();
    other.organisation_id = 8;
    assert_ne!(organisation_events(&other, Warsaw)[0].uid, first[0].uid);
}

#[test]
fn a_clerks_events_skip_calls_whose_offers_are_all_checked() {
    let facts = ClerkFacts {
        user_id: 5,
        formal_checks: vec![
            FormalCheckCall {
                call_id: 1,
                title: "Open".into(),
                deadline: utc("2027-02-01T14:00:00Z"),
                due: utc("2027-02-15T23:00:00Z"),
                pending: 0,
            },
            FormalCheckCall {
                call_id: 2,
                title: "Closed, checked".into(),
                deadline: utc("2026-11-01T14:00:00Z"),
                due: utc("2026-11-15T23:00:00Z"),
                pending: 0,
            },
            FormalCheckCall {
                call_id: 3,
                title: "Closed, waiting".into(),
                deadline: utc("2026-11-01T14:00:00Z"),
                due: utc("2026-11-15T23:00:00Z"),
                pending: 2,
            },
        ],
        scoring: vec![ScoringCall {
            call_id: 3,
            title: "Closed, waiting".into(),
            deadline: utc("2026-12-20T11:00:00Z"),
        }],
        reports: vec![ReportToReview {
            report_id: 9,
            agreement: label(3),
            report_kind: ReportKind::Partial,
            submitted_at: utc("2026-12-01T08:00:01Z"),
        }],
    };
    let events = clerk_events(&facts, Warsaw, utc("2026-12-01T10:00:00Z"));
    let ids: Vec<&str> = events.iter().map(|e| e.uid.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "clerk5-formal-check-call3",
            "clerk5-review-report9",
            "clerk5-scoring-call3",
            "clerk5-formal-check-call1",
        ]
    );
    // The formal check ends with the local day: 23:59:59 CET on 15 November.
    assert_eq!(events[0].at, utc("2026-11-15T22:59:59Z"));
}

#[test]
fn the_end_of_a_day_is_local_in_winter_and_in_summer() {
    assert_eq!(
        end_of_day(day(2027, 1, 31), Warsaw),
        utc("2027-01-31T22:59:59Z")
    );
    assert_eq!(
        end_of_day(day(2027, 7, 31), Warsaw),
        utc("2027-07-31T21:59:59Z")
    );
    // The day the clocks go forward (28 March 2027) has 23 hours; it still ends at 23:59:59.
    assert_eq!(
        end_of_day(day(2027, 3, 28), Warsaw),
        utc("2027-03-28T21:59:59Z")
    );
    assert_eq!(
        last_moment(utc("2027-01-31T23:00:00Z"), Warsaw),
        utc("2027-01-31T22:59:59Z")
    );
    assert_eq!(
        last_moment(utc("2027-01-31T14:30:00Z"), Warsaw),
        utc("2027-01-31T14:30:00Z")
    );
}

fn calendar(events: Vec<Event>) -> String {
    write(&Calendar {
        prodid: "-//Granty//Calendar feed//EN",
        name: "Granty: Fundacja",
        zone: Warsaw,
        host: "granty.example.org",
        stamp: utc("2027-01-02T03:04:05Z"),
        events,
    })
}

fn event(uid: &str, at: &str, summary: &str) -> Event {
    Event {
        uid: uid.into(),
        at: utc(at),
        summary: summary.into(),
        description: "Line one\nline two; a, b \\ c".into(),
        url: "https://granty.example.org/calls/12".into(),
    }
}

#[test]
fn a_deadline_in_winter_and_one_in_summer_carry_the_town_time_and_its_zone() {
    let text = calendar(vec![
        event("winter", "2027-01-15T14:30:00Z", "Winter"),
        event("summer", "2027-07-15T13:30:00Z", "Summer"),
    ]);
    // The same 15:30 on the town's clock, an hour apart in UTC.
    assert!(
        text.contains("DTSTART;TZID=Europe/Warsaw:20270115T153000\r\n"),
        "{text}"
    );
    assert!(
        text.contains("DTSTART;TZID=Europe/Warsaw:20270715T153000\r\n"),
        "{text}"
    );
    assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw\r\n"));
    assert!(text.contains("DTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
    assert!(text.contains("DTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"));
}

#[test]
fn the_calendar_has_its_header_and_each_event_its_properties() {
    let text = calendar(vec![event(
        "org7-offers-call12",
        "2027-01-15T14:30:00Z",
        "Deadline",
    )]);
    assert!(text
        .starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Granty//Calendar feed//EN\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in [
        "UID:org7-offers-call12@granty.example.org",
        "DTSTAMP:20270102T030405Z",
        "SUMMARY:Deadline",
        "DESCRIPTION:Line one\\nline two\\; a\\, b \\\\ c",
        "URL:https://granty.example.org/calls/12",
        "X-WR-CALNAME:Granty: Fundacja",
        "X-WR-TIMEZONE:Europe/Warsaw",
    ] {
        assert!(text.contains(&format!("{line}\r\n")), "{line} in {text}");
    }
    assert!(!text.contains("DTEND"), "a deadline is an instant");
    // Every line ends in CRLF: no bare line feed.
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
}

#[test]
fn text_values_escape_what_rfc_5545_asks() {
    assert_eq!(escape_text("a,b;c\\d"), "a\\,b\\;c\\\\d");
    assert_eq!(
        escape_text("one\r\ntwo\nthree\rfour"),
        "one\\ntwo\\nthree\\nfour"
    );
    assert_eq!(escape_text("bell\u{7}gone\ttab"), "bellgone\ttab");
    assert_eq!(escape_text("Zażółć: gęślą"), "Zażółć: gęślą");
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let long = format!("SUMMARY:{}", "Źdźbło ".repeat(30));
    let folded = fold(&long);
    for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
    assert_eq!(unfolded, long);
    assert_eq!(fold("SHORT:x"), "SHORT:x\r\n");
    // Exactly 75 octets stay on one line; 76 fold.
    let exact = "X".repeat(75);
    assert_eq!(fold(&exact), format!("{exact}\r\n"));
    assert_eq!(fold(&"X".repeat(76)), format!("{exact}\r\n X\r\n"));
}

#[test]
fn every_line_of_a_whole_feed_is_folded() {
    let title = "Bardzo długi tytuł konkursu, z przecinkami; średnikami i ąęłńóśźż ".repeat(4);
    let text = calendar(vec![event("x", "2027-05-05T10:00:00Z", &title)]);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
}
