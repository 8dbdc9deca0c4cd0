use super::*;
use chrono::{TimeZone, Utc};
use granty_domain::notification::{Offset, ReminderAbout, ReminderKind};
use granty_domain::{Currency, Money};

const WARSAW: Tz = chrono_tz::Europe::Warsaw;
const LINK: &str = "https://granty.example/applications/1?tab=receipt&x=1";

fn at(day: u32, hour: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0)
        .single()
        .unwrap_or_default()
}

fn submitted(correction: bool) -> Event {
    Event::ApplicationSubmitted {
        call_title: "Kultura 2027".into(),
        application_title: "Koncerty <w parku> & 'jazz'".into(),
        organisation_name: "Fundacja".into(),
        receipt_number: "K1/2026/0001".into(),
        submitted_at: at(1, 9),
        correction,
        content_sha256: "abc123".into(),
    }
}

fn reminder(reminder: ReminderKind, offset: Offset, pending: u32) -> Event {
    Event::Reminder {
        reminder,
        about: None,
        offset,
        call_title: "Kultura 2027".into(),
        application_title: "Koncerty w parku".into(),
        target: at(10, 14),
        pending,
    }
}

/// A report or return reminder on agreement U/7/2026/1, due at the end of 10 December.
fn about(reminder: ReminderKind, offset: Offset, about: ReminderAbout) -> Event {
    Event::Reminder {
        reminder,
        about: Some(about),
        offset,
        call_title: "U/7/2026/1".into(),
        application_title: "Warsztaty <rękodzieła>".into(),
        target: at(10, 23),
        pending: 0,
    }
}

fn report(kind: &str) -> ReminderAbout {
    ReminderAbout::Report {
        report_kind: kind.into(),
        period_from: chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
        period_to: chrono::NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    }
}

fn report_and_return_reminders() -> Vec<(&'static str, Event)> {
    let pln = |minor| Money::new(minor, Currency::PLN);
    let days = |n| Offset::DaysBefore(n);
    vec![
        (
            "reminder_report_due",
            about(ReminderKind::ReportDue, days(7), report("final")),
        ),
        (
            "reminder_report_due_called",
            about(ReminderKind::ReportDue, days(1), report("called")),
        ),
        (
            "reminder_report_overdue",
            about(
                ReminderKind::ReportOverdue,
                Offset::DaysAfter(7),
                report("partial"),
            ),
        ),
        (
            "reminder_report_correction_due",
            about(ReminderKind::ReportCorrectionDue, days(2), report("final")),
        ),
        (
            "reminder_return_due",
            about(
                ReminderKind::ReturnDue,
                days(1),
                ReminderAbout::Return {
                    amount: pln(1_000_000),
                    interest: pln(0),
                },
            ),
        ),
        (
            "reminder_return_overdue",
            about(
                ReminderKind::ReturnOverdue,
                Offset::DaysAfter(0),
                ReminderAbout::Return {
                    amount: pln(400_000),
                    interest: pln(12_300),
                },
            ),
        ),
        (
            "misuse_recorded",
            Event::MisuseRecorded {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty <rękodzieła>".into(),
                amount: pln(1_000_000),
                due_on: chrono::NaiveDate::from_ymd_opt(2027, 2, 22).unwrap(),
            },
        ),
    ]
}

/// One event of every kind (a snapshot name and the event).
fn one_of_each() -> Vec<(&'static str, Event)> {
    let mut all = older_events();
    all.extend(report_and_return_reminders());
    all
}

fn older_events() -> Vec<(&'static str, Event)> {
    vec![
        ("application_submitted", submitted(false)),
        ("application_resubmitted", submitted(true)),
        (
            "correction_requested",
            Event::CorrectionRequested {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                deficiencies: vec!["Brak podpisu skarbnika".into(), "Brak <statutu>".into()],
                // Midnight in Warsaw: shown as the last second of the day before.
                due: at(10, 23),
                justification: "Oferta <musi> być podpisana zgodnie z KRS".into(),
            },
        ),
        (
            "formally_accepted",
            Event::FormallyAccepted {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
            },
        ),
        (
            "formally_rejected",
            Event::FormallyRejected {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                reason: "Oferta złożona po terminie".into(),
            },
        ),
        (
            "account_confirmation",
            Event::AccountConfirmation {
                display_name: "Anna O'Neil".into(),
            },
        ),
        (
            "password_reset",
            Event::PasswordReset {
                display_name: "Anna Nowak".into(),
            },
        ),
        (
            "account_locked",
            Event::AccountLocked {
                display_name: "Anna Nowak".into(),
                failures: 10,
                until: at(8, 9),
            },
        ),
        (
            "organisation_invitation",
            Event::OrganisationInvitation {
                inviter_name: "Anna Nowak".into(),
                organisation_name: "Fundacja <Muzyki>".into(),
                tenant_name: "Miasto Testowe".into(),
                expires_at: at(8, 9),
            },
        ),
        (
            "result_chosen",
            Event::ResultChosen {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                amount: Money::new(900_000, Currency::PLN),
                requested: Money::new(1_100_050, Currency::PLN),
                update_needed: true,
            },
        ),
        (
            "result_not_chosen",
            Event::ResultNotChosen {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                total_centi: Some(7250),
            },
        ),
        (
            "award_update_filed",
            Event::AwardUpdateFiled {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                organisation_name: "Fundacja <Muzyki>".into(),
                withdrawn: false,
            },
        ),
        (
            "award_update_returned",
            Event::AwardUpdateReviewed {
                call_title: "Kultura 2027".into(),
                application_title: "Koncerty w parku".into(),
                accepted: false,
                comment: "Brak <kosztów> sceny".into(),
            },
        ),
        (
            "justification_answered",
            Event::JustificationAnswered {
                call_title: "Kultura 2027".into(),
                question: "Dlaczego nasza oferta <nie>?".into(),
                answer: "Zabrakło środków po trzecim miejscu.".into(),
            },
        ),
        (
            "call_cancelled",
            Event::CallCancelled {
                call_title: "Kultura 2027".into(),
                ground: "none_valid".into(),
                reason: "Obie oferty odrzucone formalnie.".into(),
            },
        ),
        (
            "reminder_draft_deadline",
            reminder(ReminderKind::DraftDeadline, Offset::DaysBefore(3), 0),
        ),
        (
            "reminder_correction_due",
            reminder(ReminderKind::CorrectionDue, Offset::HoursBefore(2), 0),
        ),
        (
            "reminder_formal_check_due",
            reminder(ReminderKind::FormalCheckDue, Offset::DaysBefore(0), 4),
        ),
        (
            "reminder_scoring_due",
            reminder(ReminderKind::ScoringDue, Offset::DaysBefore(3), 2),
        ),
        (
            "reminder_agreement_unsigned",
            reminder(ReminderKind::AgreementUnsigned, Offset::DaysAfter(7), 0),
        ),
        (
            "reminder_control_recommendations_due",
            reminder(
                ReminderKind::ControlRecommendationsDue,
                Offset::DaysBefore(7),
                0,
            ),
        ),
        (
            "control_recorded",
            Event::ControlRecorded {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty <rękodzieła>".into(),
                held_on: chrono::NaiveDate::from_ymd_opt(2027, 6, 10).unwrap(),
                recommendations_due: chrono::NaiveDate::from_ymd_opt(2027, 6, 24),
            },
        ),
        (
            "agreement_ready",
            Event::AgreementReady {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty <rękodzieła>".into(),
                annex_no: None,
            },
        ),
        (
            "annex_ready",
            Event::AgreementReady {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty <rękodzieła>".into(),
                annex_no: Some(1),
            },
        ),
        (
            "agreement_signed",
            Event::AgreementSigned {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                annex_no: None,
            },
        ),
        (
            "tranche_paid",
            Event::TranchePaid {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                amount: granty_domain::Money::new(1_500_000, granty_domain::Currency::PLN),
                paid_on: chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap(),
                paid_total: granty_domain::Money::new(2_500_000, granty_domain::Currency::PLN),
            },
        ),
        (
            "report_corrections",
            Event::ReportReviewed {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty <rękodzieła>".into(),
                decision: "corrections".into(),
                comments: vec!["costs[1].year_values: Faktura <nr 7> dotyczy innej pozycji".into()],
                reason: String::new(),
                correct_by: chrono::NaiveDate::from_ymd_opt(2027, 11, 8),
            },
        ),
        (
            "report_accepted",
            Event::ReportReviewed {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                decision: "accepted".into(),
                comments: Vec::new(),
                reason: String::new(),
                correct_by: None,
            },
        ),
        (
            "report_rejected",
            Event::ReportReviewed {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                decision: "rejected".into(),
                comments: Vec::new(),
                reason: "Sprawozdanie dotyczy innej umowy.".into(),
                correct_by: None,
            },
        ),
        (
            "report_called_partial",
            Event::ReportCalled {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                report_kind: "partial".into(),
                due_on: chrono::NaiveDate::from_ymd_opt(2027, 7, 30).unwrap(),
            },
        ),
        (
            "report_called_final",
            Event::ReportCalled {
                agreement_number: "U/7/2026/1".into(),
                task_title: "Warsztaty rękodzieła".into(),
                report_kind: "final".into(),
                due_on: chrono::NaiveDate::from_ymd_opt(2027, 11, 8).unwrap(),
            },
        ),
        (
            "scorecard_reopened",
            Event::ScorecardReopened {
                call_title: "Kultura 2027".into(),
                application_title: "Festiwal <b>Lata</b>".into(),
                reason: "Uzasadnienie kryterium 2 dotyczy innej oferty.".into(),
            },
        ),
        (
            "committee_appointed",
            Event::CommitteeAppointed {
                call_title: "Kultura 2027".into(),
                member_kind: "ngo_nominee".into(),
                nominated_by: "Fundacja <Sąsiedzi>".into(),
            },
        ),
        (
            "reassignment_needed",
            Event::ReassignmentNeeded {
                call_title: "Kultura 2027".into(),
                member_name: "Ewa Oceniająca".into(),
                application_titles: vec!["Koncerty <w parku>".into(), "Jazz nad rzeką".into()],
            },
        ),
    ]
}

fn rendered(event: &Event, lang: Language) -> Message {
    match render(event, WARSAW, lang, LINK) {
        Ok(message) => message,
        Err(error) => panic!("{event:?} in {lang}: {error:#}"),
    }
}

/// The whole letter as one readable text: subject, text, HTML and attachment.
fn letter(message: &Message) -> String {
    let mut out = format!(
        "Subject: {}\n\n{}\n----- HTML -----\n{}",
        message.subject, message.text, message.html
    );
    if let Some(file) = &message.attachment {
        out.push_str(&format!(
            "----- {} ({}, {} bytes) -----\n",
            file.file_name,
            file.content_type,
            file.content.len()
        ));
    }
    out
}

#[test]
fn every_email_in_every_language() {
    for (name, event) in one_of_each() {
        for lang in Language::ALL {
            insta::assert_snapshot!(format!("{name}_{lang}"), letter(&rendered(&event, lang)));
        }
    }
}

#[test]
fn subjects_are_translated() {
    for (name, event) in one_of_each() {
        let english = rendered(&event, Language::En);
        for lang in [Language::Pl, Language::Cs, Language::Uk] {
            let message = rendered(&event, lang);
            assert!(!message.subject.is_empty(), "{name} {lang}");
            assert_ne!(message.subject, english.subject, "{name} {lang}");
            assert!(message.html.contains(&format!("lang=\"{}\"", lang.code())));
        }
    }
}

#[test]
fn a_receipt_in_polish_with_local_time_and_escaped_html() {
    let message = rendered(&submitted(false), Language::Pl);
    assert_eq!(
        message.subject,
        "Potwierdzenie złożenia oferty K1/2026/0001"
    );
    assert!(message.text.contains("01.12.2026 10:00:00 CET"));
    assert!(message.text.contains("„Koncerty <w parku> & 'jazz'”"));
    assert!(message
        .html
        .contains("Koncerty &lt;w parku&gt; &amp; &#39;jazz&#39;"));
    assert!(message
        .html
        .contains(&format!("<a href=\"{}\">", LINK.replace('&', "&amp;"))));
    // The offer's PDF is the worker's to attach (it reads the filed version); the letter alone
    // carries no file.
    assert_eq!(message.attachment, None);
}

#[test]
fn deficiencies_are_listed_after_the_sentence_that_announces_them() {
    let (_, event) = &one_of_each()[2];
    let message = rendered(event, Language::Pl);
    assert!(message
        .text
        .contains("stwierdzono braki:\n\n- Brak podpisu skarbnika\n- Brak <statutu>\n\n"));
    assert!(message.text.contains("do 10.12.2026 23:59:59 CET."));
    assert!(message.html.contains("<li>Brak &lt;statutu&gt;</li>"));
}

#[test]
fn reminders_count_in_each_language() {
    let subject =
        |offset, lang| rendered(&reminder(ReminderKind::DraftDeadline, offset, 0), lang).subject;
    let cases = [
        (Offset::DaysBefore(3), Language::Pl, "3 dni"),
        (Offset::DaysBefore(1), Language::Pl, "1 dzień"),
        (Offset::DaysBefore(22), Language::Pl, "22 dni"),
        (Offset::HoursBefore(2), Language::Pl, "2 godziny"),
        (Offset::HoursBefore(5), Language::Pl, "5 godzin"),
        (Offset::HoursBefore(22), Language::Pl, "22 godziny"),
        (Offset::DaysBefore(0), Language::Pl, "ostatni dzień"),
        (Offset::DaysBefore(7), Language::Cs, "7 dní"),
        (Offset::DaysBefore(3), Language::Cs, "3 dny"),
        (Offset::DaysBefore(3), Language::Uk, "3 дні"),
        (Offset::DaysBefore(21), Language::Uk, "21 день"),
        (Offset::DaysBefore(25), Language::Uk, "25 днів"),
        (Offset::HoursBefore(2), Language::En, "2 hours"),
        (Offset::HoursBefore(1), Language::En, "1 hour"),
    ];
    for (offset, lang, when) in cases {
        let text = subject(offset, lang);
        assert!(text.contains(&format!(" {when}: ")), "{text}");
    }
}

#[test]
fn a_template_that_names_an_unknown_variable_fails() {
    let mut env = environment::get().clone();
    let added = env.add_template("typo.txt", "{{ t(\"email-greeting\") }} {{ call_titel }}");
    assert!(added.is_ok());
    let ctx = context! { lang => "pl", zone => "Europe/Warsaw" };
    let result = env.get_template("typo.txt").and_then(|t| t.render(ctx));
    assert!(result.is_err(), "{result:?}");
}

#[test]
fn the_list_follows_deficiencies_found_and_the_deadline_follows_the_list() {
    let (_, event) = one_of_each()
        .into_iter()
        .find(|(name, _)| *name == "correction_requested")
        .unwrap();
    for lang in Language::ALL {
        let text = rendered(&event, lang).text;
        let heading = text.find("(Kultura 2027)").unwrap();
        let list = text.find("- Brak podpisu skarbnika").unwrap();
        let justification = text.find("Oferta <musi>").unwrap();
        let due = text
            .find("10.12.2026")
            .unwrap_or_else(|| text.find("2026-12-10").unwrap());
        // The sentence that ends in "found:" is the last line before the list.
        let between = text[heading..list].trim_end();
        assert!(between.ends_with(':'), "{lang:?}: {between:?}");
        assert_eq!(between.lines().count(), 1, "{lang:?}: {between:?}");
        assert!(
            list < justification && justification < due,
            "{lang:?}:\n{text}"
        );
    }
}
