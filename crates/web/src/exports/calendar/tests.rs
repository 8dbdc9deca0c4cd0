#![allow(clippy::unwrap_used)]

use super::*;
use chrono::NaiveDate;
use granty_domain::calendar_feed::AgreementLabel;
use granty_domain::report::ReportKind;
use granty_domain::settlement::ReturnKind;
use granty_domain::tenant::{Tenant, TenantRules};
use granty_domain::{Currency, Language};

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 5, 1).unwrap()
}

fn agreement() -> AgreementLabel {
    AgreementLabel {
        agreement_id: 3,
        number: "U/3/2027".into(),
        task_title: "Zielona klasa".into(),
    }
}

/// One event of every kind.
fn every_kind() -> Vec<FeedEvent> {
    let kinds = vec![
        EventKind::OffersDeadline {
            call_id: 12,
            call_title: "Sport 2027".into(),
            draft_title: Some("Piłka dla wszystkich".into()),
        },
        EventKind::CorrectionDue {
            application_id: 40,
            title: "Piłka dla wszystkich".into(),
            call_title: "Sport 2027".into(),
        },
        EventKind::AgreementSigned {
            agreement: agreement(),
        },
        EventKind::ReportDue {
            agreement: agreement(),
            report_kind: ReportKind::Final,
            period_from: day(),
            period_to: day(),
            report_id: None,
        },
        EventKind::ReportCorrectionDue {
            agreement: agreement(),
            report_kind: ReportKind::Partial,
            report_id: 9,
        },
        EventKind::ReturnDue {
            agreement: agreement(),
            return_kind: ReturnKind::Unused,
            outstanding: 12_345,
            currency: Currency::PLN,
        },
        EventKind::RecommendationsDue {
            agreement: agreement(),
            held_on: day(),
        },
        EventKind::FormalCheckDue {
            call_id: 12,
            call_title: "Sport 2027".into(),
            pending: 3,
        },
        EventKind::ScoringDeadline {
            call_id: 12,
            call_title: "Sport 2027".into(),
        },
        EventKind::ReportAwaitingReview {
            agreement: agreement(),
            report_kind: ReportKind::Called,
            report_id: 9,
        },
    ];
    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| FeedEvent {
            uid: format!("event{i}"),
            at: utc("2027-01-15T14:30:00Z"),
            kind,
        })
        .collect()
}

#[test]
fn every_event_reads_in_each_language() {
    let zone = chrono_tz::Europe::Warsaw;
    for lang in Language::ALL {
        for event in every_kind() {
            let summary = words::summary(&event, lang);
            let description = words::description(&event, zone, lang);
            for text in [&summary, &description] {
                assert!(!text.contains("calendar-event"), "{lang}: {text}");
                assert!(!text.contains('{') && !text.contains('?'), "{lang}: {text}");
            }
            // Every description names the moment, in the town's time (15:30 CET).
            assert!(description.contains("15:30"), "{lang}: {description}");
        }
    }
}

#[test]
fn a_draft_is_named_under_its_calls_deadline() {
    let event = &every_kind()[0];
    let text = words::description(event, chrono_tz::Europe::Warsaw, Language::En);
    assert!(
        text.ends_with("Your draft \"Piłka dla wszystkich\" has not been submitted yet."),
        "{text}"
    );
    let pending = &every_kind()[7];
    let polish = words::description(pending, chrono_tz::Europe::Warsaw, Language::Pl);
    assert!(polish.contains("Czekają na nią 3 oferty."), "{polish}");
}

#[test]
fn the_subscription_address_sits_on_the_public_address() {
    let public: Url = "https://granty.example.org/".parse().unwrap();
    assert_eq!(
        feed_url(&public, "ab12"),
        "https://granty.example.org/calendar/ab12.ics"
    );
    assert_eq!(
        webcal_url(&public, "ab12"),
        "webcal://granty.example.org/calendar/ab12.ics"
    );
    let under: Url = "https://gmina.example.org/granty".parse().unwrap();
    assert_eq!(
        feed_url(&under, "ab12"),
        "https://gmina.example.org/granty/calendar/ab12.ics"
    );
}

#[test]
fn the_feed_is_in_the_owners_language_and_links_to_granty() {
    let content = FeedContent {
        tenant: Tenant {
            id: 1,
            slug: "gmina-demo".into(),
            name: "Gmina Demo".into(),
            time_zone: chrono_tz::Europe::Warsaw,
            currency: Currency::PLN,
            default_language: Language::Pl,
            rules: TenantRules::default(),
        },
        language: Language::Cs,
        owner_name: "Fundacja Zielona".into(),
        clerk: false,
        events: every_kind(),
    };
    let public: Url = "https://granty.example.org".parse().unwrap();
    let body = feed_body(&content, &public, utc("2027-01-02T03:04:05Z"));
    let unfolded = body.replace("\r\n ", "");
    assert!(unfolded.contains("X-WR-CALNAME:Granty (Gmina Demo): Fundacja Zielona\r\n"));
    assert!(
        unfolded.contains("SUMMARY:Uzávěrka nabídek: Sport 2027\r\n"),
        "{unfolded}"
    );
    assert!(unfolded.contains("UID:event0@granty.example.org\r\n"));
    assert!(unfolded.contains("URL:https://granty.example.org/gmina-demo/calls/12\r\n"));
    assert!(unfolded.contains("URL:https://granty.example.org/agreements/3/settlement\r\n"));
    assert!(unfolded.contains("URL:https://granty.example.org/clerk/reports/9\r\n"));
    assert!(unfolded.contains("DTSTART;TZID=Europe/Warsaw:20270115T153000\r\n"));
    assert!(unfolded.contains(&format!("PRODID:{PRODID}\r\n")));
}
