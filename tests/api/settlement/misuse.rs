//! The misuse case on both databases: no final report after the written call's 7 days, so the
//! clerk records the whole paid grant as misused (§ 9 of the model agreement, ufp art. 252):
//! refused without a call, while its days run and once the report arrived; once recorded, the
//! return runs interest from the transfer, the organisation is told and can no longer file the
//! report; the return is reminded before and after its deadline until it is paid.

use crate::agreements::fixtures::codes;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::{reporting, Reporting};
use crate::support::*;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use granty_domain::settlement::{written_call_deadline, SettlementSettings};
use granty_store::entities::{agreement_payment, notification, report};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

on_both_databases!(the_grant_is_recorded_as_misused_once_the_written_call_s_days_passed);
on_both_databases!(a_final_report_filed_after_the_call_stops_the_misuse_case);
on_both_databases!(the_clerk_s_settlement_screen_records_the_case_with_a_button);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

/// The town's today.
fn today(r: &Reporting) -> NaiveDate {
    r.app()
        .now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive()
}

fn pl(d: NaiveDate) -> String {
    // The screen writes a day the Polish way.
    d.format("%d.%m.%Y").to_string()
}

fn nine(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(y, m, d, 9, 0, 0)
        .single()
        .expect("instant")
        .with_timezone(&Utc)
}

async fn misuse(r: &Reporting, token: &str) -> (StatusCode, Value) {
    let path = format!("/api/v1/agreements/{}/misuse", r.agreement);
    r.app().post(token, &path, json!({})).await
}

/// The final report opened and left unfiled past its day, and the written call sent today;
/// returns the report's id.
async fn called(r: &Reporting) -> i64 {
    let (_, opened) = r.start_final(&r.a.e.ngo).await;
    let id = opened["id"].as_i64().expect("id");
    let today = r.app().now().date_naive();
    change_report(r, id, |row| {
        row.due_on = Set(today - chrono::Duration::days(1))
    })
    .await;
    let path = format!("/api/v1/agreements/{}/written-call", r.agreement);
    let (status, sent) = r.app().post(&r.a.e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    id
}

async fn change_report(r: &Reporting, id: i64, change: impl FnOnce(&mut report::ActiveModel)) {
    let row = report::Entity::find_by_id(id)
        .one(&r.app().db.writer)
        .await
        .expect("read")
        .expect("report");
    let mut active: report::ActiveModel = row.into();
    change(&mut active);
    active.update(&r.app().db.writer).await.expect("changed");
}

/// The grant's transfer dated `paid_on` (the fixture pays it on the test's first day).
async fn transfer_on(r: &Reporting, paid_on: NaiveDate) {
    let row = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(r.agreement))
        .one(&r.app().db.writer)
        .await
        .expect("read")
        .expect("transfer");
    let mut active: agreement_payment::ActiveModel = row.into();
    active.paid_on = Set(paid_on);
    active.update(&r.app().db.writer).await.expect("dated");
}

async fn letters(app: &TestApp, kind: &str) -> usize {
    notification::Entity::find()
        .filter(notification::Column::Kind.eq(kind))
        .all(&app.db.reader)
        .await
        .expect("letters")
        .len()
}

async fn scan(app: &TestApp, at: DateTime<Utc>) {
    for _ in 0..2 {
        granty_store::reminders::scan(&app.db, at)
            .await
            .expect("scan");
    }
}

async fn the_grant_is_recorded_as_misused_once_the_written_call_s_days_passed(backend: Backend) {
    let r = reporting(backend).await;
    let clerk = r.a.e.clerk.clone();
    let (status, refused) = misuse(&r, &clerk).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["no_written_call"]);
    let id = called(&r).await;
    // Called today: the report may come for 7 more days.
    let (status, refused) = misuse(&r, &clerk).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["written_call_running"]);
    let (status, _) = misuse(&r, &r.a.e.ngo).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The call went out on 20 November, its days ended on the 27th; the grant came on 1 November.
    change_report(&r, id, |row| {
        row.written_call_on = Set(Some(day(2026, 11, 20)))
    })
    .await;
    transfer_on(&r, day(2026, 11, 1)).await;
    let (status, recorded) = misuse(&r, &clerk).await;
    assert_eq!(status, StatusCode::CREATED, "{recorded}");
    let returns = recorded["returns"].as_array().expect("returns");
    assert_eq!(returns.len(), 1, "one return per transfer: {recorded}");
    assert_eq!(returns[0]["kind"], "misused");
    assert_eq!(returns[0]["amount"], 1_100_000);
    // Interest from the day of the transfer (ufp art. 252 ust. 5 pkt 1), to today inclusive:
    // 11 % a year on 11 000,00 zł from 1 November to today inclusive, rounded to whole zł.
    assert_eq!(returns[0]["interest_from"], "2026-11-01");
    let days = (today(&r) - day(2026, 11, 1)).num_days() + 1;
    let whole_zl = (1_100_000 * 11 * days + 50 * 100 * 365) / (100 * 365 * 100);
    assert_eq!(returns[0]["interest"]["charged_minor"], whole_zl * 100);
    // The use-by date (30 September 2027) ends before the budget year: 15 days after it
    // (ust. 2), Friday 15 October 2027.
    assert_eq!(returns[0]["due_on"], "2027-10-15");
    assert_eq!(returns[0]["explanation"]["rule"], "missing_report");
    let told = letters(r.app(), "misuse_recorded").await;
    assert!(told > 0, "the organisation is told");

    let (status, again) = misuse(&r, &clerk).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["returns"].as_array().map(Vec::len), Some(1));
    assert_eq!(letters(r.app(), "misuse_recorded").await, told);
    let (status, refused) = r.submit(&r.a.e.ngo, id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["misuse_recorded"]);
    let path = format!("/api/v1/agreements/{}/settlement", r.agreement);
    let (status, read) = r.app().get(&r.a.e.ngo, &path).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the organisation reads its returns: {read}"
    );
    assert_eq!(read["state"], "reporting");

    // The return is reminded 7 days before its deadline and the day after, once each.
    scan(r.app(), nine(2027, 10, 8)).await;
    assert_eq!(letters(r.app(), "reminder_return_due").await, told);
    scan(r.app(), nine(2027, 10, 16)).await;
    assert_eq!(letters(r.app(), "reminder_return_overdue").await, told);
    // Paid in full (principal and the interest to the day of payment): nothing more.
    let left = read["standing"]["left_to_pay"].as_i64().expect("left");
    let body =
        json!({ "amount": format!("{}.{:02}", left / 100, left % 100), "paid_on": "2026-12-01" });
    let path = format!("/api/v1/agreements/{}/returns", r.agreement);
    let (status, paid) = r.app().post(&clerk, &path, body).await;
    assert_eq!(status, StatusCode::CREATED, "{paid}");
    assert_eq!(paid["left_to_pay"], 0, "{paid}");
    scan(r.app(), nine(2027, 10, 23)).await;
    assert_eq!(letters(r.app(), "reminder_return_overdue").await, told);
}

async fn a_final_report_filed_after_the_call_stops_the_misuse_case(backend: Backend) {
    let r = reporting(backend).await;
    let id = called(&r).await;
    let ngo = r.a.e.ngo.clone();
    let (_, current) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    let (status, saved) = r.save(&ngo, &current, r.complete(&current)).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, filed) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    change_report(&r, id, |row| {
        row.written_call_on = Set(Some(day(2026, 11, 20)))
    })
    .await;
    let (status, refused) = misuse(&r, &r.a.e.clerk).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["final_report_arrived"]);
    assert_eq!(letters(r.app(), "misuse_recorded").await, 0);
}

async fn the_clerk_s_settlement_screen_records_the_case_with_a_button(backend: Backend) {
    let r = reporting(backend).await;
    let screen = format!("/clerk/agreements/{}/settlement", r.agreement);
    let browser = Browser::signed_in(r.app(), &r.a.e.clerk);
    let page = browser.get(&screen).await;
    assert!(
        !page.page.has("#misuse"),
        "no call, no case: {}",
        page.html()
    );
    let id = called(&r).await;
    let page = browser.get(&screen).await;
    let runs_to = written_call_deadline(today(&r), &SettlementSettings::default());
    assert!(
        page.page.text("#misuse").contains(&pl(runs_to)),
        "the call runs to its day: {}",
        page.html()
    );
    let form = format!("form[action=\"/clerk/agreements/{}/misuse\"]", r.agreement);
    assert!(!page.page.has(&form), "no button while the call runs");
    // A button clicked while the call ran (a stale screen) is refused next to the case.
    let token = [("csrf", page.page.input("csrf"))];
    let path = format!("/clerk/agreements/{}/misuse", r.agreement);
    let early = browser.post(&path, &token).await;
    assert_eq!(
        early.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        early.html()
    );
    assert!(
        early.page.text("#report").contains(&pl(runs_to)),
        "{}",
        early.html()
    );

    change_report(&r, id, |row| {
        row.written_call_on = Set(Some(day(2026, 11, 20)))
    })
    .await;
    let page = browser.get(&screen).await;
    assert!(page.page.has(&form), "{}", page.html());
    let fields = page.page.form_fields(&form);
    let done = browser.post(&path, &fields.0).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    let after = browser.get(&format!("{screen}?done=misuse")).await;
    assert!(after.page.has(".notice-box"), "{}", after.html());
    assert!(
        after.page.text("#misuse").contains(&pl(today(&r))),
        "{}",
        after.html()
    );
    assert!(!after.page.has(&form), "recorded once");
    assert!(after
        .page
        .text(".return-box .due-on")
        .contains("15.10.2027"));
}
