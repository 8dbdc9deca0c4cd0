//! Every link of every email the outbox writes opens a page for its recipient: the offer's
//! letters and reminders after a login that comes back to the link (`next=`), the secret links
//! (confirmation, password reset, invitation, the lockout's reset) as they are.

use super::front_door::log_in_through;
use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::smtp::Received;
use crate::support::*;
use chrono::{DateTime, TimeZone, Utc};
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::entities::notification;
use granty_store::{accounts, invitations, signup};
use granty_worker::mailer::FolderMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::json;
use std::collections::BTreeSet;

on_both_databases!(every_link_of_every_email_opens_its_page);

fn warsaw(m: u32, d: u32, h: u32) -> DateTime<Utc> {
    let year = if m == 12 { 2026 } else { 2027 };
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(year, m, d, h, 0, 0)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// The reminder scan as the cron runs it, around 09:00 (the town's scan time) of one day.
async fn scan_morning(app: &TestApp, m: u32, d: u32) {
    for h in 8..=10 {
        app.clock.set(warsaw(m, d, h));
        granty_worker::send_reminders(&app.db, warsaw(m, d, h)).await;
    }
}

async fn formal_check(app: &TestApp, offer: i64, body: serde_json::Value) {
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let path = format!("/api/v1/applications/{offer}/formal-check");
    let (status, checked) = app.post(&clerk, &path, body).await;
    assert_eq!(status, StatusCode::OK, "{checked}");
}

/// The offers the letters are about.
struct Offers {
    call: i64,
    organisation: i64,
    corrected: i64,
    draft: i64,
}

/// Every kind of letter about offers: receipts, the formal outcomes, a correction and all three
/// reminders.
async fn offer_letters(app: &TestApp) -> Offers {
    let s = app.scenario().await;
    let corrected = app.submitted(&s.ngo, s.call, s.organisation).await;
    let accepted = app.submitted(&s.ngo, s.call, s.organisation).await;
    let rejected = app.submitted(&s.ngo, s.call, s.organisation).await;
    let draft = app.new_draft(&s.ngo, s.call, s.organisation).await;
    // The call closes on 31 December: the draft hears 7 days before.
    scan_morning(app, 12, 24).await;
    app.clock.set(warsaw(1, 2, 10));
    formal_check(app, accepted, json!({ "outcome": "accepted" })).await;
    let reason = json!({ "outcome": "rejected", "reason": "Oferta niekompletna" });
    formal_check(app, rejected, reason).await;
    // Two offers still await the check, due on 14 January: the clerks hear 3 days before.
    scan_morning(app, 1, 11).await;
    let deficiencies = json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] });
    formal_check(app, corrected, deficiencies).await;
    // The correction is due at the end of 18 January: the applicant hears 2 days before.
    scan_morning(app, 1, 16).await;
    Offers {
        call: s.call,
        organisation: s.organisation,
        corrected,
        draft,
    }
}

/// The letters with secret links: a sign-up's confirmation, a password reset, an invitation and
/// the lockout's letter.
async fn account_letters(app: &TestApp, organisation: i64) {
    let (db, now) = (&app.db, app.now());
    let form = signup::SignUp {
        display_name: "Nowa Osoba",
        email: "nowa@example.org",
        password: PASSWORD,
        password_again: PASSWORD,
        language: Language::Pl,
    };
    signup::sign_up(db, "miasto", form, now).await.unwrap();
    signup::request_password_reset(db, "miasto", "fundacja@example.org", now)
        .await
        .unwrap();
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let actor = accounts::actor_for_token(db, &ngo, &Default::default(), now)
        .await
        .unwrap();
    let invited = invitations::NewInvitation {
        email: "zaproszona@example.org",
        display_name: "Zaproszona",
        language: Language::Pl,
    };
    invitations::invite(db, &actor, organisation, invited, now)
        .await
        .unwrap();
    app.user("zapominalska@example.org", Role::Ngo).await;
    for _ in 0..11 {
        app.login("zapominalska@example.org", "wrong", "miasto")
            .await;
    }
}

/// Delivers the whole outbox into a folder, as the worker does, with links to the test server;
/// returns each letter as (recipient, links in its plain text).
async fn delivered(app: &TestApp) -> Vec<(String, Vec<String>)> {
    let folder = tempfile::tempdir().unwrap();
    let from = "Granty <granty@localhost>".parse().unwrap();
    let mailer = FolderMailer::new(folder.path().to_path_buf(), from).unwrap();
    let config = WorkerConfig {
        public_url: app.base.clone(),
        batch_size: 100,
        ..WorkerConfig::default()
    };
    let done = deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &config,
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(done.failed, 0);
    let mut letters = vec![];
    for file in std::fs::read_dir(folder.path()).unwrap() {
        let data = std::fs::read_to_string(file.unwrap().path()).unwrap();
        let letter = Received {
            recipients: vec![],
            data,
        };
        let text = letter
            .parts()
            .into_iter()
            .find(|(kind, _, _)| kind == "text/plain")
            .expect("a plain-text part")
            .2;
        let links = text
            .split_whitespace()
            .filter_map(|word| word.strip_prefix(&app.base))
            .map(str::to_string)
            .collect();
        letters.push((letter.header("To"), links));
    }
    letters
}

/// Opens `link` as `recipient` would from the email: logged out, through the login form when
/// asked, then every redirect to the page. Returns the page's path and the page.
async fn open_as(app: &TestApp, link: &str, recipient: &str) -> (String, Answer) {
    let mut answer = Browser::new(app).get(link).await;
    let mut browser = Browser::new(app);
    let mut path = link.to_string();
    if let Some(login) = answer.location.clone().filter(|l| l.starts_with("/login")) {
        let (logged_in, session) = log_in_through(app, &login, recipient).await;
        assert_eq!(
            logged_in.location.as_deref(),
            Some(link),
            "back to the link"
        );
        browser = Browser::signed_in(app, &session);
        answer = browser.get(link).await;
    }
    for _ in 0..3 {
        let Some(next) = answer.location.clone() else {
            break;
        };
        answer = browser.get(&next).await;
        path = next;
    }
    assert_eq!(
        answer.status,
        StatusCode::OK,
        "{link} for {recipient}: {}",
        answer.html()
    );
    (path, answer)
}

/// The page (path and heading) each letter's link must open for its recipient.
fn expected(kind: &str, link: &str, offers: &Offers) -> (String, String) {
    let offer = link
        .strip_prefix("/applications/")
        .and_then(|id| id.parse::<i64>().ok());
    let editor = "Oferta realizacji zadania publicznego".to_string();
    match (kind, offer) {
        ("reminder_formal_check_due", _) => (
            format!("/clerk/calls/{}/applications", offers.call),
            "Złożone oferty".to_string(),
        ),
        (_, Some(id)) if id == offers.corrected || id == offers.draft => {
            (format!("/applications/{id}/edit"), editor)
        }
        (_, Some(id)) => (
            format!("/applications/{id}/receipt"),
            "Oferta złożona".to_string(),
        ),
        ("account_confirmation", _) => (link.into(), "Adres e-mail potwierdzony".into()),
        ("password_reset", _) => (link.into(), "Ustaw nowe hasło".into()),
        ("organisation_invitation", _) => (link.into(), "Zaproszenie do organizacji".into()),
        ("account_locked", _) => (
            "/miasto/password-reset".into(),
            "Nie pamiętasz hasła?".into(),
        ),
        (other, _) => panic!("a letter of a kind this test does not know: {other}"),
    }
}

async fn every_link_of_every_email_opens_its_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let offers = offer_letters(&app).await;
    account_letters(&app, offers.organisation).await;
    let queued = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap();
    let kinds: BTreeSet<&str> = queued.iter().map(|n| n.kind.as_str()).collect();
    let every_kind = [
        "account_confirmation",
        "account_locked",
        "application_submitted",
        "correction_requested",
        "formally_accepted",
        "formally_rejected",
        "organisation_invitation",
        "password_reset",
        "reminder_correction_due",
        "reminder_draft_deadline",
        "reminder_formal_check_due",
    ];
    assert_eq!(kinds, every_kind.into_iter().collect());
    let letters = delivered(&app).await;
    assert_eq!(letters.len(), queued.len());
    for row in &queued {
        // The letter carries the row's link, once, as a link to this server.
        let to = |(recipient, links): &&(String, Vec<String>)| {
            *recipient == row.recipient_email && links.contains(&row.link_path)
        };
        assert!(
            letters.iter().any(|l| to(&l)),
            "{} to {}",
            row.kind,
            row.recipient_email
        );
        let (path, page) = open_as(&app, &row.link_path, &row.recipient_email).await;
        let (want_path, heading) = expected(&row.kind, &row.link_path, &offers);
        assert_eq!(path, want_path, "{} to {}", row.kind, row.recipient_email);
        assert!(
            page.page.text("h1").starts_with(&heading),
            "{}: {} is not {heading}",
            row.kind,
            page.page.text("h1")
        );
    }
}
