//! Controls (art. 17): the clerk records a control of a signed agreement; its recommendations
//! are due 14 days later (the model agreement's days while the town saved none); the
//! organisation is told, reads the findings on its agreement, and hears 7 and 1 days before the
//! due day, once each; the clerk marks the recommendations carried out. The retention day is on
//! the agreement (five full years after the task's year).

use super::fixtures::*;
use super::journey::in_realisation;
use crate::on_both_databases;
use crate::support::*;
use chrono::NaiveDate;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(a_control_with_recommendations_due_in_fourteen_days);
on_both_databases!(the_town_s_control_days_and_a_control_without_recommendations);
on_both_databases!(nothing_of_an_agreement_goes_before_its_retention_day);
on_both_databases!(the_clerk_records_a_control_on_the_page_and_the_organisation_reads_it);

/// `day` at `hour` o'clock in Warsaw.
fn warsaw(day: NaiveDate, hour: u32) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono_tz::Europe::Warsaw
        .from_local_datetime(&day.and_hms_opt(hour, 0, 0).expect("time"))
        .single()
        .expect("instant")
        .with_timezone(&chrono::Utc)
}

/// The town's day today, and `n` days from it.
fn today(a: &Awarded) -> NaiveDate {
    a.app()
        .now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive()
}

fn plus(day: NaiveDate, n: u64) -> NaiveDate {
    day.checked_add_days(chrono::Days::new(n)).expect("day")
}

fn control(held_on: &str, recommendations: &str) -> Value {
    json!({
        "held_on": held_on,
        "scope": "Dokumentacja finansowa i listy obecności",
        "findings": "Dwie faktury bez opisu źródła finansowania.",
        "recommendations": recommendations,
    })
}

async fn remind_at(a: &Awarded, at: chrono::DateTime<chrono::Utc>) -> usize {
    a.app().clock.set(at);
    granty_store::reminders::scan(&a.app().db, at)
        .await
        .expect("scan");
    queued(a.app(), "reminder_control_recommendations_due")
        .await
        .len()
}

async fn a_control_with_recommendations_due_in_fourteen_days(backend: Backend) {
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let path = format!("/api/v1/agreements/{id}/controls");
    let held = today(&a);
    let body = control(&held.to_string(), "Opisać faktury zgodnie z § 9 umowy.");

    let (status, _) = a.app().post(&a.e.ngo, &path, body.clone()).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the organisation records none"
    );
    let (status, refused) = a
        .app()
        .post(&a.e.clerk, &path, control(&plus(held, 1).to_string(), ""))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["date_in_future"]);
    let mut blank = body.clone();
    blank["findings"] = json!("  ");
    let (status, refused) = a.app().post(&a.e.clerk, &path, blank).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["required"]);

    let (status, saved) = a.app().post(&a.e.clerk, &path, body).await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    let recorded = &saved["controls"][0];
    let due = plus(held, 14);
    assert_eq!(recorded["held_on"], held.to_string());
    assert_eq!(recorded["recommendations_due"], due.to_string());
    assert_eq!(recorded["recommendations_done_on"], Value::Null);
    // The task ends on 30 September 2027: kept through 2028–2032.
    assert_eq!(saved["retention_until"], "2032-12-31");
    assert_eq!(
        queued(a.app(), "control_recorded").await,
        [("fundacja@example.org".to_string(), "pl".to_string())]
    );
    let (status, seen) = a
        .app()
        .get(&a.e.ngo, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        seen["controls"][0]["findings"],
        "Dwie faktury bez opisu źródła finansowania."
    );

    // 7 days before the due day (at the scan time, 9:00), then 1 day before; once each.
    assert_eq!(remind_at(&a, warsaw(plus(held, 7), 8)).await, 0);
    assert_eq!(remind_at(&a, warsaw(plus(held, 7), 10)).await, 1);
    assert_eq!(
        remind_at(&a, warsaw(plus(held, 8), 10)).await,
        1,
        "once per offset"
    );
    assert_eq!(remind_at(&a, warsaw(plus(held, 13), 10)).await, 2);
    assert_eq!(remind_at(&a, warsaw(plus(held, 13), 11)).await, 2);

    let control_id = recorded["id"].as_i64().expect("id");
    let done_path = format!("/api/v1/controls/{control_id}/done");
    let clerk = a.app().token("urzednik@miasto.pl", "miasto").await;
    let ngo = a.app().token("fundacja@example.org", "miasto").await;
    let (status, _) = a.app().post(&ngo, &done_path, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, done) = a.app().post(&clerk, &done_path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let done_on = plus(held, 13).to_string();
    assert_eq!(done["controls"][0]["recommendations_done_on"], done_on);
    let (status, again) = a
        .app()
        .post(&clerk, &done_path, json!({ "done_on": held.to_string() }))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        again["controls"][0]["recommendations_done_on"], done_on,
        "the first day stays"
    );
    let (status, _) = a
        .app()
        .post(&clerk, "/api/v1/controls/999999/done", json!({}))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn the_town_s_control_days_and_a_control_without_recommendations(backend: Backend) {
    use granty_store::entities::tenant_settlement_setting;
    use sea_orm::{ActiveModelTrait, Set};
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let now = a.app().now();
    let tenant_id = a.app().tenant_id;
    tenant_settlement_setting::ActiveModel {
        tenant_id: Set(tenant_id),
        days_after_finding: Set(15),
        written_call_days: Set(7),
        interest_floor_minor: Set(2_610),
        keep_grant_share: Set(true),
        documents_list: Set(false),
        partial_call_days: Set(30),
        correction_days: Set(14),
        control_days: Set(30),
        overdue_every_days: Set(7),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&a.app().db.writer)
    .await
    .expect("settings");
    let path = format!("/api/v1/agreements/{id}/controls");
    let held = today(&a).to_string();
    let (status, saved) = a
        .app()
        .post(&a.e.clerk, &path, control(&held, "Uzupełnić listy."))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    let due = plus(today(&a), 30).to_string();
    assert_eq!(saved["controls"][0]["recommendations_due"], due);
    let (status, saved) = a.app().post(&a.e.clerk, &path, control(&held, "")).await;
    assert_eq!(status, StatusCode::CREATED, "{saved}");
    let plain = saved["controls"]
        .as_array()
        .and_then(|all| all.iter().find(|c| c["recommendations"] == ""))
        .expect("the control without recommendations");
    assert_eq!(plain["recommendations_due"], Value::Null);
    let done_path = format!("/api/v1/controls/{}/done", plain["id"]);
    let (status, refused) = a.app().post(&a.e.clerk, &done_path, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["required"]);
}

/// Marks every queued notice sent at `when`.
async fn all_sent(a: &Awarded, when: chrono::DateTime<chrono::Utc>) {
    use granty_store::entities::notification;
    use sea_orm::{sea_query::Expr, EntityTrait};
    notification::Entity::update_many()
        .col_expr(notification::Column::Status, Expr::value("sent"))
        .col_expr(notification::Column::SentAt, Expr::value(when))
        .exec(&a.app().db.writer)
        .await
        .expect("sent");
}

async fn notices(a: &Awarded, entity: &str) -> usize {
    use granty_store::entities::notification;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    notification::Entity::find()
        .filter(notification::Column::Entity.eq(entity))
        .all(&a.app().db.reader)
        .await
        .expect("notifications")
        .len()
}

async fn nothing_of_an_agreement_goes_before_its_retention_day(backend: Backend) {
    use granty_store::personal::retention::{purge, RetentionPolicy};
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let path = format!("/api/v1/agreements/{id}/controls");
    let (status, _) = a
        .app()
        .post(
            &a.e.clerk,
            &path,
            control(&today(&a).to_string(), "Opisać faktury."),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    all_sent(&a, a.app().now()).await;
    let (agreement_notices, other_notices) = (
        notices(&a, "agreement").await,
        notices(&a, "application").await,
    );
    assert!(agreement_notices >= 2, "ready, signed, the control");
    assert!(other_notices >= 1, "the results' notices");
    let policy = RetentionPolicy::default();

    // Two years on, the sent-mail log's year is long over: the call's notices go, the
    // agreement's stay (the task ended on 30 September 2027: kept through 2032).
    let later = a.app().now() + chrono::Duration::days(730);
    purge(&a.app().db, later, &policy).await.expect("purge");
    assert_eq!(
        notices(&a, "application").await,
        0,
        "the sweep does delete old notices"
    );
    assert_eq!(notices(&a, "agreement").await, agreement_notices);
    let last_day = chrono::NaiveDate::from_ymd_opt(2032, 12, 31)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("day")
        .and_utc();
    purge(&a.app().db, last_day, &policy).await.expect("purge");
    assert_eq!(notices(&a, "agreement").await, agreement_notices);
    purge(&a.app().db, last_day + chrono::Duration::days(1), &policy)
        .await
        .expect("purge");
    assert_eq!(
        notices(&a, "agreement").await,
        0,
        "gone after the retention day"
    );

    // The orphan sweep leaves the agreement's documents alone, however old.
    let removed = granty_store::orphans::remove_unreferenced(
        &a.app().db,
        &a.app().storage,
        last_day + chrono::Duration::days(400),
    )
    .await
    .expect("sweep");
    assert_eq!(removed, 0);
    let ngo = a.app().token("fundacja@example.org", "miasto").await;
    let (status, pdf) = a.pdf(&ngo, id, "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(pdf.starts_with(b"%PDF"));
}

async fn the_clerk_records_a_control_on_the_page_and_the_organisation_reads_it(backend: Backend) {
    use crate::browser::Browser;
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let clerk = Browser::signed_in(a.app(), &a.e.clerk);
    let screen = clerk.get(&format!("/clerk/agreements/{id}")).await;
    assert_eq!(screen.status, StatusCode::OK);
    assert!(screen.page.has("#record-control"), "{}", screen.html());
    assert_eq!(screen.page.text("#retention strong"), "31.12.2032");
    let csrf = screen.page.input("csrf");
    let held = today(&a).to_string();
    let path = format!("/clerk/agreements/{id}/controls");
    let typed = [
        ("csrf", csrf.as_str()),
        ("held_on", held.as_str()),
        ("scope", "Listy obecności"),
        ("findings", ""),
        ("recommendations", "Uzupełnić podpisy."),
    ];
    let refused = clerk.post(&path, &typed).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.page.has("#control_findings-error"),
        "{}",
        refused.html()
    );
    assert_eq!(
        refused.page.textarea("recommendations"),
        "Uzupełnić podpisy."
    );
    let mut complete = typed;
    complete[3] = ("findings", "Brak 3 podpisów na liście z 5 maja.");
    let saved = clerk.post(&path, &complete).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());

    let ngo = Browser::signed_in(a.app(), &a.e.ngo);
    let page = ngo.get(&format!("/agreements/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.page.has("#record-control"), "the form is the clerk's");
    let text = page.text();
    assert!(
        text.contains("Brak 3 podpisów na liście z 5 maja."),
        "{text}"
    );
    assert!(text.contains("Uzupełnić podpisy."), "{text}");
    let due = plus(today(&a), 14).format("%d.%m.%Y").to_string();
    assert_eq!(page.page.text(".control-due"), due);
    assert_eq!(page.page.text("#retention strong"), "31.12.2032");

    let screen = clerk.get(&format!("/clerk/agreements/{id}")).await;
    let button = screen.page.all("button[id^=control-done-]").len();
    assert_eq!(button, 1);
    let control_id = screen.page.input("control_id");
    let done = clerk
        .post(
            &format!("/clerk/agreements/{id}/controls/done"),
            &[("csrf", csrf.as_str()), ("control_id", control_id.as_str())],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    let page = ngo.get(&format!("/agreements/{id}")).await;
    assert_eq!(
        page.page.text(".control-done"),
        today(&a).format("%d.%m.%Y").to_string()
    );
}
