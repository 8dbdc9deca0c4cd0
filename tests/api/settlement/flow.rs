//! An agreement through its final report to settled: the settlement computed from the report
//! (2 000,00 zł of the grant unused), the return decided on acceptance (once), paid two months
//! late with interest, the interest paid, the agreement settled; who reads the settlement and
//! which payments are refused.

use crate::agreements::fixtures::codes;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::{reporting, Reporting};
use crate::support::*;
use chrono::TimeZone;
use granty_store::entities::{agreement, report, report_version};
use granty_store::{accounts, settlement, Actor};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set, TransactionTrait};
use serde_json::{json, Value};

on_both_databases!(a_final_report_is_settled_with_its_unused_grant_returned_late);

pub(super) fn warsaw(y: i32, m: u32, d: u32) -> chrono::DateTime<chrono::Utc> {
    chrono_tz::Europe::Warsaw
        .with_ymd_and_hms(y, m, d, 10, 0, 0)
        .single()
        .expect("instant")
        .with_timezone(&chrono::Utc)
}

fn minor_of(text: &Value) -> i64 {
    let (zl, gr) = text
        .as_str()
        .expect("amount")
        .split_once('.')
        .expect("decimal");
    zl.parse::<i64>().expect("zł") * 100 + gr.parse::<i64>().expect("gr")
}

fn amount(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

/// The report spends `less` of the grant less on the first line with that much grant.
pub fn spend_less(content: &mut Value, less: i64) {
    let costs = content["costs"].as_array_mut().expect("costs");
    let line = costs
        .iter_mut()
        .find(|c| minor_of(&c["grant_part"]) >= less)
        .expect("a line with enough grant");
    line["grant_part"] = json!(amount(minor_of(&line["grant_part"]) - less));
    line["year_values"][0] = json!(amount(minor_of(&line["year_values"][0]) - less));
    let grant = minor_of(&content["sources"]["grant"]);
    content["sources"]["grant"] = json!(amount(grant - less));
}

async fn actor(app: &TestApp, token: &str) -> Actor {
    accounts::actor_for_token(&app.db, token, &Default::default(), app.now())
        .await
        .expect("actor")
}

/// The clerk accepts the report (the review's step, done here through the store as the review
/// screen will): the report accepted, the settlement's returns decided, twice to show a second
/// click changes nothing.
pub(super) async fn accept(r: &Reporting, token: &str, report_id: i64) -> usize {
    let app = r.app();
    let clerk = actor(app, token).await;
    let now = app.now();
    let txn = app.db.writer.begin().await.expect("txn");
    let row = report::Entity::find_by_id(report_id)
        .one(&txn)
        .await
        .expect("report")
        .expect("row");
    let mut active: report::ActiveModel = row.into();
    active.state = Set("accepted".into());
    active.update(&txn).await.expect("accepted");
    let version = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(report_id))
        .one(&txn)
        .await
        .expect("version")
        .expect("one");
    let mut active: report_version::ActiveModel = version.into();
    active.decision = Set(Some("accepted".into()));
    active.reviewed_by = Set(Some(clerk.user_id));
    active.reviewed_at = Set(Some(now));
    active.update(&txn).await.expect("reviewed");
    let a = agreement::Entity::find_by_id(r.agreement)
        .one(&txn)
        .await
        .expect("a")
        .expect("row");
    let zone = clerk.tenant.time_zone;
    let today = now.with_timezone(&zone).date_naive();
    let (_, settled) = settlement::settlement_of_final_report(&txn, &a, zone, today)
        .await
        .expect("settlement")
        .expect("a final report");
    let first = settlement::decide_returns(&txn, r.agreement, report_id, &settled, &clerk, now)
        .await
        .expect("decided");
    let again = settlement::decide_returns(&txn, r.agreement, report_id, &settled, &clerk, now)
        .await
        .expect("decided again");
    assert_eq!(
        first.iter().map(|m| m.id).collect::<Vec<_>>(),
        again.iter().map(|m| m.id).collect::<Vec<_>>()
    );
    assert!(!settlement::settle_if_paid(&txn, &clerk, &a, now)
        .await
        .expect("checked"));
    txn.commit().await.expect("commit");
    first.len()
}

pub(super) async fn pay(r: &Reporting, clerk: &str, body: Value) -> (StatusCode, Value) {
    let path = format!("/api/v1/agreements/{}/returns", r.agreement);
    r.app().post(clerk, &path, body).await
}

/// Moves the clock and logs everyone in again (sessions last hours, not months).
pub(super) async fn at(
    r: &Reporting,
    when: chrono::DateTime<chrono::Utc>,
) -> (String, String, String) {
    r.app().clock.set(when);
    (
        r.app().token("urzednik@miasto.pl", "miasto").await,
        r.app().token("fundacja@example.org", "miasto").await,
        r.app().token("society@example.org", "miasto").await,
    )
}

async fn a_final_report_is_settled_with_its_unused_grant_returned_late(backend: Backend) {
    let r = reporting(backend).await;
    let (ngo, clerk) = (r.a.e.ngo.clone(), r.a.e.clerk.clone());
    let (status, report) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let mut content = r.complete(&report);
    spend_less(&mut content, 200_000);
    let (status, saved) = r.save(&ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let report_id = report["id"].as_i64().expect("id");
    let (status, submitted) = r.submit(&ngo, report_id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    let (status, ended) = r.a.act(&clerk, r.agreement, "reporting", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ended}");

    // The clerk sees the settlement the report makes, before deciding anything.
    let path = format!("/api/v1/agreements/{}/settlement", r.agreement);
    let (status, view) = r.app().get(&clerk, &path).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    let figures = &view["settlement"]["figures"];
    assert_eq!(figures["paid"]["amount"], 1_100_000, "{view}");
    assert_eq!(figures["used"]["amount"], 900_000);
    assert_eq!(figures["unused"]["amount"], 200_000);
    assert_eq!(figures["excessive"]["amount"], 0);
    assert_eq!(figures["to_return"]["amount"], 200_000);
    assert_eq!(figures["unused"]["explanation"]["rule"], "unused");
    let due = &view["settlement"]["returns"][0];
    assert_eq!(
        (due["kind"].clone(), due["due_on"].clone()),
        (json!("unused"), json!("2027-10-15"))
    );
    assert_eq!(due["explanation"]["basis"], "ufp251_3");
    assert_eq!(view["standing"]["returns"], json!([]));
    // The organisation reads it once the report is accepted; another organisation never.
    let (status, _) = r.app().get(&ngo, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nothing decided yet: there is nothing to pay.
    let (status, refused) = pay(
        &r,
        &clerk,
        json!({ "amount": "10", "paid_on": "2026-12-01" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["no_returns_due"]);

    let (clerk, ngo, ngo_en) = at(&r, warsaw(2027, 11, 20)).await;
    assert_eq!(accept(&r, &clerk, report_id).await, 1);
    let (status, seen) = r.app().get(&ngo, &path).await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["role"], "organisation");
    assert_eq!(seen["standing"]["returns"][0]["due_on"], "2027-10-15");
    let (status, _) = r.app().get(&ngo_en, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Not settled while the return is unpaid.
    let (status, refused) = r.a.act(&clerk, r.agreement, "settle", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["returns_unpaid"]);

    let (clerk, ngo, _) = at(&r, warsaw(2028, 1, 10)).await;
    let wrong = json!({ "amount": "0", "paid_on": "2028-01-11", "currency": "EUR" });
    let (status, refused) = pay(&r, &clerk, wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&refused),
        ["currency_mismatch", "must_be_positive", "date_in_future"]
    );

    // Paid on 14 December 2027: 60 days late (16 October to 14 December inclusive) at 11 %:
    // 2 000 × 11 % × 60 / 365 = 36,16 zł, rounded to 36 zł, above the 26,10 zł floor. The clerk
    // records it on the settlement screen.
    let late = json!({ "amount": "2000,00", "paid_on": "2027-12-14", "note": "przelew" });
    the_screens_show_it_and_take_the_payment(&r, &clerk, &ngo).await;
    let (status, standing) = pay(&r, &clerk, late.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{standing}");
    let ret = &standing["returns"][0];
    assert_eq!(ret["outstanding"], 0);
    assert_eq!(ret["interest"]["charged_minor"], 3_600, "{standing}");
    let period = &ret["interest"]["periods"][0];
    assert_eq!(
        (
            period["from"].clone(),
            period["to"].clone(),
            period["days"].clone(),
            period["rate"].clone()
        ),
        (
            json!("2027-10-16"),
            json!("2027-12-14"),
            json!(60),
            json!("11")
        )
    );
    assert_eq!(standing["left_to_pay"], 3_600);
    // A double click records it once.
    let (status, again) = pay(&r, &clerk, late).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(again["payments"].as_array().map(Vec::len), Some(1));
    let (_, a) = r
        .app()
        .get(&clerk, &format!("/api/v1/agreements/{}", r.agreement))
        .await;
    assert_eq!(a["state"], "reporting");

    // The interest paid: nothing is left, the agreement is settled.
    let (status, standing) = pay(
        &r,
        &clerk,
        json!({ "amount": "36", "paid_on": "2028-01-05" }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{standing}");
    assert_eq!(
        (
            standing["left_to_pay"].clone(),
            standing["interest_paid"].clone()
        ),
        (json!(0), json!(3_600))
    );
    let (_, a) = r
        .app()
        .get(&clerk, &format!("/api/v1/agreements/{}", r.agreement))
        .await;
    assert_eq!(a["state"], "settled");
    let (status, refused) = pay(
        &r,
        &clerk,
        json!({ "amount": "1", "paid_on": "2028-01-06" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["agreement_closed"]);
}

/// The clerk's screen explains each figure and draws the lines; the organisation's has no form;
/// the form refuses a date in the future next to its field and records the late payment.
async fn the_screens_show_it_and_take_the_payment(r: &Reporting, clerk: &str, ngo: &str) {
    let screen = format!("/clerk/agreements/{}/settlement", r.agreement);
    let browser = Browser::signed_in(r.app(), clerk);
    let page = browser.get(&screen).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(
        page.page.text("#figure-unused").contains("000,00"),
        "{}",
        page.html()
    );
    assert!(page.page.text("#figure-unused").contains("art. 251 ust. 3"));
    assert!(
        page.page.has("svg[role=img] title"),
        "the chart has its title"
    );
    let lines = r.terms["cost_lines"].as_array().map_or(0, Vec::len);
    assert_eq!(
        page.page.texts("#lines tbody tr").len(),
        lines,
        "the table carries the chart's data"
    );
    assert!(page.page.text(".return-box .due-on").contains("15.10.2027"));
    let ngo_page = Browser::signed_in(r.app(), ngo)
        .get(&format!("/agreements/{}/settlement", r.agreement))
        .await;
    assert_eq!(ngo_page.status, StatusCode::OK, "{}", ngo_page.html());
    assert!(
        !ngo_page.page.has("form.return-payment"),
        "the organisation only reads"
    );
    let form = format!("form[action=\"/clerk/agreements/{}/returns\"]", r.agreement);
    let mut fields = page.page.form_fields(&form);
    fields.set("amount", "2000,00").set("paid_on", "2028-02-01");
    let path = format!("/clerk/agreements/{}/returns", r.agreement);
    let future = browser.post(&path, &fields.0).await;
    assert_eq!(future.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(future.page.has("#paid_on-error"));
    assert_eq!(
        future.page.input("amount"),
        "2000,00",
        "what was typed stays"
    );
    fields.set("paid_on", "2027-12-14").set("note", "przelew");
    let done = browser.post(&path, &fields.0).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    let after = browser.get(&format!("{screen}?recorded=true")).await;
    assert!(after.page.has(".notice-box"));
    assert!(
        after.page.text("#interest-charged").contains("36,00"),
        "{}",
        after.html()
    );
    assert_eq!(after.page.texts(".interest-periods tbody tr").len(), 1);
}
