//! Email through the outbox: a real SMTP conversation, retries while the server is down,
//! permanent failures on the admin's list, reminders across DST, and several workers at once.

use crate::on_both_databases;
use crate::smtp::{Mode, SmtpServer};
use crate::support::*;
use chrono::{DateTime, Duration, TimeZone, Utc};
use granty_domain::roles::Role;
use granty_domain::Language;
use granty_store::entities::notification;
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::json;

on_both_databases!(
    receipts_and_formal_check_letters,
    smtp_down_then_back,
    permanent_failures_reach_the_admin,
    reminders_across_dst,
    correction_reminders,
    formal_check_reminders_for_clerks,
);

fn mailer(smtp: &SmtpServer) -> SmtpMailer {
    SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap()).unwrap()
}

fn config() -> WorkerConfig {
    WorkerConfig {
        public_url: "https://granty.miasto.pl".into(),
        batch_size: 50,
        ..WorkerConfig::default()
    }
}

async fn receipts_and_formal_check_letters(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    // A second member of the organisation reads Czech.
    app.user_full(
        "clen@example.org",
        Role::Ngo,
        app.tenant_id,
        "miasto",
        Language::Cs,
    )
    .await;
    let member = granty_store::accounts::user_id_by_email(&app.db, "clen@example.org")
        .await
        .unwrap();
    granty_store::accounts::add_organisation_member(
        &app.db.writer,
        s.organisation,
        member,
        app.now(),
    )
    .await
    .unwrap();
    let smtp = SmtpServer::start().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;

    let done = deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(done.sent, 2);
    let mut messages = smtp.messages();
    messages.sort_by_key(|m| m.recipients[0].clone());
    assert_eq!(messages[0].recipients, vec!["clen@example.org"]);
    assert_eq!(messages[1].recipients, vec!["fundacja@example.org"]);
    let polish = &messages[1];
    let receipt = format!("K{}/2026/0001", s.call);
    assert_eq!(
        polish.header("Subject"),
        format!("Potwierdzenie złożenia oferty {receipt}")
    );
    assert_eq!(polish.header("From"), "Granty <granty@miasto.pl>");
    let parts = polish.parts();
    let text = parts
        .iter()
        .find(|(t, name, _)| t == "text/plain" && name.is_none())
        .unwrap();
    assert!(text.2.contains("01.12.2026 10:00:00 CET"), "{}", text.2);
    assert!(text
        .2
        .contains(&format!("https://granty.miasto.pl/applications/{id}")));
    let html = parts.iter().find(|(t, _, _)| t == "text/html").unwrap();
    assert!(html.2.contains("lang=\"pl\""));
    // The offer as filed is attached as a PDF, in the recipient's language.
    let files = polish.files();
    assert_eq!(files.len(), 1, "one attachment");
    let (content_type, name, pdf) = &files[0];
    assert_eq!(content_type, "application/pdf");
    assert_eq!(name, &format!("oferta-K{}-2026-0001.pdf", s.call));
    let text = granty_documents::testing::pdf_text(pdf);
    assert!(
        text.contains("OFERTA REALIZACJI ZADANIA PUBLICZNEGO"),
        "{text}"
    );
    assert!(text.contains(&receipt), "{text}");
    let czech = granty_documents::testing::pdf_text(&messages[0].files()[0].2);
    assert!(
        czech.contains("NABÍDKA NA REALIZACI VEŘEJNÉ ÚLOHY"),
        "{czech}"
    );
    assert_eq!(
        messages[0].header("Subject"),
        format!("Potvrzení o podání žádosti {receipt}")
    );

    // Deficiencies reach the applicant with the correction deadline.
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let (status, _) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu skarbnika"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    let letter = smtp
        .messages()
        .into_iter()
        .find(|m| {
            m.recipients == ["fundacja@example.org"] && m.header("Subject").contains("uzupełnienia")
        })
        .expect("letter");
    let body = letter
        .parts()
        .into_iter()
        .find(|(t, _, _)| t == "text/plain")
        .unwrap()
        .2;
    assert!(body.contains("- Brak podpisu skarbnika"), "{body}");
    assert!(body.contains("08.01.2027 23:59:59 CET"), "{body}");
    // Nothing is sent twice.
    let again = deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(again.claimed(), 0);
    assert_eq!(smtp.messages().len(), 4);
}

async fn smtp_down_then_back(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let mut smtp = SmtpServer::start().await;
    smtp.stop();
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let done = deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(done.retrying, 1);
    // Retried with backoff, not immediately.
    assert_eq!(
        deliver_once(
            &app.db,
            &mailer(&smtp),
            &app.worker_now(),
            &config(),
            &shipped_templates()
        )
        .await
        .unwrap()
        .claimed(),
        0
    );
    // A temporary refusal (4xx) is retried too.
    smtp.resume().await;
    smtp.set_mode(Mode::Defer);
    app.clock.advance(Duration::seconds(31));
    assert_eq!(
        deliver_once(
            &app.db,
            &mailer(&smtp),
            &app.worker_now(),
            &config(),
            &shipped_templates()
        )
        .await
        .unwrap()
        .retrying,
        1
    );
    let row = notification::Entity::find()
        .one(&app.db.reader)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "retrying");
    assert_eq!(row.attempts, 2);
    assert!(row.last_error.unwrap().contains("451"));
    // Back to normal: the backlog drains, once.
    smtp.set_mode(Mode::Accept);
    app.clock.advance(Duration::minutes(2));
    assert_eq!(
        deliver_once(
            &app.db,
            &mailer(&smtp),
            &app.worker_now(),
            &config(),
            &shipped_templates()
        )
        .await
        .unwrap()
        .sent,
        1
    );
    assert_eq!(
        deliver_once(
            &app.db,
            &mailer(&smtp),
            &app.worker_now(),
            &config(),
            &shipped_templates()
        )
        .await
        .unwrap()
        .claimed(),
        0
    );
    assert_eq!(smtp.messages().len(), 1);
}

async fn permanent_failures_reach_the_admin(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let smtp = SmtpServer::start().await;
    smtp.set_mode(Mode::Refuse);
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let done = deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(done.failed, 1);
    let (status, list) = app
        .get(&admin, "/api/v1/admin/notifications?status=failed")
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let failed = &list["notifications"][0];
    assert_eq!(failed["kind"], "application_submitted");
    assert_eq!(failed["recipient_email"], "fundacja@example.org");
    assert!(
        failed["last_error"].as_str().unwrap().contains("550"),
        "{failed}"
    );
    let (_, sent) = app
        .get(&admin, "/api/v1/admin/notifications?status=sent")
        .await;
    assert_eq!(sent["notifications"].as_array().unwrap().len(), 0);
    assert_eq!(
        app.get(&s.clerk, "/api/v1/admin/notifications").await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(&admin, "/api/v1/admin/notifications?status=lost")
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

fn warsaw(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc)
}

/// Runs the scan as the cron would, every `step`, from `from` to `to`.
async fn scan_through(app: &TestApp, from: DateTime<Utc>, to: DateTime<Utc>, step: Duration) {
    let mut now = from;
    while now <= to {
        app.clock.set(now);
        granty_worker::send_reminders(&app.db, now).await;
        now += step;
    }
}

/// A call whose deadline is `deadline`, with an unsubmitted draft; returns when each reminder
/// was queued, by kind and offset.
async fn reminder_times(
    backend: Backend,
    opens: DateTime<Utc>,
    deadline: DateTime<Utc>,
) -> Vec<(String, DateTime<Utc>)> {
    let app = TestApp::start(backend).await;
    app.clock.set(opens);
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let organisation = app.organisation(&ngo, "Fundacja", "5260001246").await;
    let mut body = call_body(opens);
    body["deadline"] = json!(deadline);
    body["realisation_start"] = json!("2028-01-01");
    body["realisation_end"] = json!("2028-12-31");
    let (_, call) = app.post(&clerk, "/api/v1/calls", body).await;
    let call = call["id"].as_i64().unwrap();
    assert_eq!(
        app.post(&clerk, &format!("/api/v1/calls/{call}/publish"), json!({}))
            .await
            .0,
        StatusCode::OK
    );
    let (status, _) = app
        .post(
            &ngo,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    // Hourly over the last eight days (and twice over the same hours, as a second worker
    // would), then minute by minute over the last three hours.
    let days_before = deadline - Duration::days(8);
    let hourly_from = days_before - Duration::seconds(days_before.timestamp().rem_euclid(3600));
    scan_through(
        &app,
        hourly_from,
        deadline - Duration::hours(3),
        Duration::hours(1),
    )
    .await;
    scan_through(
        &app,
        hourly_from,
        deadline - Duration::hours(3),
        Duration::hours(1),
    )
    .await;
    scan_through(
        &app,
        deadline - Duration::hours(3),
        deadline + Duration::minutes(5),
        Duration::minutes(1),
    )
    .await;
    let rows = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap();
    rows.into_iter()
        .map(|r| {
            let event: serde_json::Value = serde_json::from_str(&r.event).unwrap();
            (
                format!("{}:{}", r.kind, event["offset"].as_str().unwrap()),
                r.created_at,
            )
        })
        .collect()
}

async fn reminders_across_dst(backend: Backend) {
    // Spring: summer time starts on Sunday 28 March 2027.
    let times = reminder_times(
        backend,
        warsaw(2027, 3, 1, 10, 0),
        warsaw(2027, 3, 31, 15, 30),
    )
    .await;
    assert_eq!(
        times,
        vec![
            (
                "reminder_draft_deadline:7d".to_string(),
                warsaw(2027, 3, 24, 9, 0)
            ),
            (
                "reminder_draft_deadline:3d".to_string(),
                warsaw(2027, 3, 28, 9, 0)
            ),
            (
                "reminder_draft_deadline:1d".to_string(),
                warsaw(2027, 3, 30, 9, 0)
            ),
            (
                "reminder_draft_deadline:2h".to_string(),
                warsaw(2027, 3, 31, 13, 30)
            ),
        ]
    );
    // Autumn: summer time ends on Sunday 31 October 2027.
    let times = reminder_times(
        backend,
        warsaw(2027, 10, 1, 10, 0),
        warsaw(2027, 11, 2, 12, 0),
    )
    .await;
    assert_eq!(
        times,
        vec![
            (
                "reminder_draft_deadline:7d".to_string(),
                warsaw(2027, 10, 26, 9, 0)
            ),
            (
                "reminder_draft_deadline:3d".to_string(),
                warsaw(2027, 10, 30, 9, 0)
            ),
            (
                "reminder_draft_deadline:1d".to_string(),
                warsaw(2027, 11, 1, 9, 0)
            ),
            (
                "reminder_draft_deadline:2h".to_string(),
                warsaw(2027, 11, 2, 10, 0)
            ),
        ]
    );
}

async fn correction_reminders(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    app.clock.set(warsaw(2027, 1, 1, 10, 0));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let (status, checked) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    scan_through(
        &app,
        warsaw(2027, 1, 1, 11, 0),
        warsaw(2027, 1, 9, 1, 0),
        Duration::hours(1),
    )
    .await;
    let reminders: Vec<(String, DateTime<Utc>)> = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == "reminder_correction_due")
        .map(|r| {
            let event: serde_json::Value = serde_json::from_str(&r.event).unwrap();
            (event["offset"].as_str().unwrap().to_string(), r.created_at)
        })
        .collect();
    // Due at the end of 8 January: two days before, and on the last day.
    assert_eq!(
        reminders,
        vec![
            ("2d".to_string(), warsaw(2027, 1, 6, 9, 0)),
            ("0d".to_string(), warsaw(2027, 1, 8, 9, 0))
        ]
    );
    // A submitted correction ends the reminders.
    let smtp = SmtpServer::start().await;
    let done = deliver_once(
        &app.db,
        &mailer(&smtp),
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert!(done.sent >= 3);
    let last = smtp
        .messages()
        .into_iter()
        .find(|m| {
            m.header("Subject")
                .starts_with("Na uzupełnienie oferty zostało ostatni dzień")
        })
        .expect("last-day reminder");
    assert_eq!(last.recipients, vec!["fundacja@example.org"]);
}

#[tokio::test]
async fn reminder_settings_are_per_tenant() {
    let app = TestApp::start(Backend::Sqlite).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let (status, defaults) = app.get(&admin, "/api/v1/admin/reminder-settings").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(defaults["draft_deadline"], json!(["7d", "3d", "1d", "2h"]));
    assert_eq!(defaults["scan_time"], "09:00:00");
    let wanted = json!({ "scan_time": "08:00:00", "draft_deadline": ["5d", "1h"], "correction_due": ["1d"] });
    let put = app
        .send(
            app.client
                .put(app.url("/api/v1/admin/reminder-settings"))
                .bearer_auth(&admin)
                .json(&wanted),
        )
        .await;
    assert_eq!(put.0, StatusCode::OK, "{}", put.1);
    let bad = app
        .send(
            app.client
                .put(app.url("/api/v1/admin/reminder-settings"))
                .bearer_auth(&admin)
                .json(&json!({ "draft_deadline": ["2w"] })),
        )
        .await;
    assert_eq!(bad.0, StatusCode::BAD_REQUEST);
    assert!(
        bad.1["detail"].as_str().unwrap().contains("2w"),
        "{}",
        bad.1
    );

    let s = app.scenario().await;
    assert_eq!(
        app.get(&s.clerk, "/api/v1/admin/reminder-settings").await.0,
        StatusCode::FORBIDDEN
    );
    let (_, draft) = app
        .post(
            &s.ngo,
            &format!("/api/v1/calls/{}/applications", s.call),
            json!({ "organisation_id": s.organisation }),
        )
        .await;
    assert!(draft["id"].is_i64());
    // The scenario's deadline: 31 December 2026, 10:00 CET.
    scan_through(
        &app,
        warsaw(2026, 12, 25, 0, 0),
        warsaw(2026, 12, 31, 10, 0),
        Duration::minutes(30),
    )
    .await;
    let times: Vec<(String, DateTime<Utc>)> = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|r| {
            (
                serde_json::from_str::<serde_json::Value>(&r.event).unwrap()["offset"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                r.created_at,
            )
        })
        .collect();
    assert_eq!(
        times,
        vec![
            ("5d".to_string(), warsaw(2026, 12, 26, 8, 0)),
            ("1h".to_string(), warsaw(2026, 12, 31, 9, 0))
        ]
    );
}

async fn formal_check_reminders_for_clerks(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let (_, call) = app
        .get(&s.clerk, &format!("/api/v1/calls/{}", s.call))
        .await;
    // Deadline 31 December 2026; 14 days for the formal check: due at the end of 14 January.
    assert_eq!(call["formal_check_due"], "2027-01-14T23:00:00Z");
    scan_through(
        &app,
        warsaw(2026, 12, 31, 10, 0),
        warsaw(2027, 1, 12, 10, 0),
        Duration::hours(1),
    )
    .await;
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let (status, _) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "accepted" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Nothing left to check: no last-day reminder.
    scan_through(
        &app,
        warsaw(2027, 1, 12, 11, 0),
        warsaw(2027, 1, 15, 1, 0),
        Duration::hours(1),
    )
    .await;
    let reminders: Vec<(String, String, DateTime<Utc>)> = notification::Entity::find()
        .order_by_asc(notification::Column::Id)
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == "reminder_formal_check_due")
        .map(|r| {
            let event: serde_json::Value = serde_json::from_str(&r.event).unwrap();
            (
                r.recipient_email,
                event["offset"].as_str().unwrap().to_string(),
                r.created_at,
            )
        })
        .collect();
    assert_eq!(
        reminders,
        vec![(
            "urzednik@miasto.pl".to_string(),
            "3d".to_string(),
            warsaw(2027, 1, 11, 9, 0)
        )]
    );
}

#[tokio::test]
async fn the_outbox_folder_receives_eml_files() {
    let app = TestApp::start(Backend::Sqlite).await;
    let s = app.scenario().await;
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let folder = tempfile::tempdir().unwrap();
    let mailer = granty_worker::mailer::FolderMailer::new(
        folder.path().join("outbox"),
        "Granty <granty@localhost>".parse().unwrap(),
    )
    .unwrap();
    let done = deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &config(),
        &shipped_templates(),
    )
    .await
    .unwrap();
    assert_eq!(done.sent, 1);
    let files: Vec<_> = std::fs::read_dir(folder.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("eml"));
    let raw = std::fs::read_to_string(&files[0]).unwrap();
    let parsed = crate::smtp::Received {
        recipients: vec![],
        data: raw,
    };
    assert_eq!(parsed.header("To"), "fundacja@example.org");
    assert!(parsed
        .header("Subject")
        .starts_with("Potwierdzenie złożenia oferty"));
}
