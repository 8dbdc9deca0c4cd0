//! The report reminders on both databases: 7 and 1 days before a report is due, the day after
//! and then weekly while it is not filed, before the corrections asked for are due; each sent
//! once however often the scan runs, and none once the report is filed.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use chrono::{DateTime, TimeZone, Utc};
use granty_store::entities::notification;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

on_both_databases!(a_final_report_is_reminded_before_and_after_its_day_until_it_is_filed);

/// 09:00 in Warsaw on a day (the scan time of the default plan).
fn nine(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(y, m, d, 9, 0, 0)
        .single()
        .expect("instant")
        .with_timezone(&Utc)
}

/// Runs the scan twice at `at` (the second finds everything sent); returns the letters of
/// `kind` queued so far, as their dedupe keys.
async fn scan_twice(app: &TestApp, at: DateTime<Utc>, kind: &str) -> Vec<String> {
    for _ in 0..2 {
        granty_store::reminders::scan(&app.db, at)
            .await
            .expect("scan");
    }
    notification::Entity::find()
        .filter(notification::Column::Kind.eq(kind))
        .all(&app.db.reader)
        .await
        .expect("letters")
        .into_iter()
        .map(|n| n.dedupe_key.unwrap_or_default())
        .collect()
}

async fn a_final_report_is_reminded_before_and_after_its_day_until_it_is_filed(backend: Backend) {
    let r = reporting(backend).await;
    let app = r.app();
    // The task ends on 30 September 2027; the final report is due on 2 November (30 October
    // is a Saturday, 1 November a holiday), never opened so far.
    assert!(scan_twice(app, nine(2027, 10, 25), "reminder_report_due")
        .await
        .is_empty());
    let week = scan_twice(app, nine(2027, 10, 26), "reminder_report_due").await;
    assert_eq!(week.len(), 1, "one member, once: {week:?}");
    assert!(week[0].contains(":final:2027-05-01:7d:"), "{week:?}");
    let day = scan_twice(app, nine(2027, 11, 1), "reminder_report_due").await;
    assert_eq!(day.len(), 2, "{day:?}");
    assert!(day[1].contains(":1d:"), "{day:?}");

    // Overdue: the day after, then every 7 days (the town's overdue_every_days).
    assert!(
        scan_twice(app, nine(2027, 11, 2), "reminder_report_overdue")
            .await
            .is_empty()
    );
    let late = scan_twice(app, nine(2027, 11, 3), "reminder_report_overdue").await;
    assert_eq!(late.len(), 1, "{late:?}");
    assert!(late[0].contains(":+0d:"), "{late:?}");
    assert_eq!(
        scan_twice(app, nine(2027, 11, 9), "reminder_report_overdue")
            .await
            .len(),
        1
    );
    let week = scan_twice(app, nine(2027, 11, 10), "reminder_report_overdue").await;
    assert_eq!(week.len(), 2, "{week:?}");
    assert!(week[1].contains(":+7d:"), "{week:?}");

    // Filed: no more reminders of the report.
    let ngo = r.a.e.ngo.clone();
    let (_, report) = r.start_final(&ngo).await;
    let id = report["id"].as_i64().expect("id");
    let (status, saved) = r.save(&ngo, &report, r.complete(&report)).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, filed) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    assert_eq!(
        scan_twice(app, nine(2027, 11, 17), "reminder_report_overdue")
            .await
            .len(),
        2
    );

    // Sent back for corrections, due 7 days after the request: 2 days before and on the day.
    let body = json!({ "decision": "corrections", "comments": { "results_description": "Opisać rezultat 2." } });
    let path = format!("/api/v1/reports/{id}/review");
    let (status, back) = app.post(&r.a.e.clerk, &path, body).await;
    assert_eq!(status, StatusCode::CREATED, "{back}");
    let due: chrono::NaiveDate = back["correction_due_on"]
        .as_str()
        .and_then(|d| d.parse().ok())
        .expect("due");
    let two_before = due - chrono::Duration::days(2);
    let (y, m, d) = (
        chrono::Datelike::year(&two_before),
        chrono::Datelike::month(&two_before),
        chrono::Datelike::day(&two_before),
    );
    let kind = "reminder_report_correction_due";
    assert!(
        scan_twice(app, nine(y, m, d) - chrono::Duration::days(1), kind)
            .await
            .is_empty()
    );
    let correction = scan_twice(app, nine(y, m, d), kind).await;
    assert_eq!(correction.len(), 1, "{correction:?}");
    assert!(correction[0].contains(":2d:"), "{correction:?}");
}
