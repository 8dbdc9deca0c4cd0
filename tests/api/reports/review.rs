//! The clerk's side of reports: reviewing a submitted report (corrections with comments per
//! field, the resubmission, acceptance that ends the task and decides the returns), the call for
//! a partial report (art. 18 ust. 3) and the written call for a missing final report (§ 9).

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::{agreement_return, notification, report, report_version};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{json, Value};

on_both_databases!(the_clerk_asks_for_corrections_then_accepts_the_final_report_once);
on_both_databases!(a_partial_report_is_called_for_with_thirty_days_at_least);
on_both_databases!(the_overdue_final_report_gets_the_written_call);

/// The town's today (Warsaw) moved by `days`, as the API writes a day.
fn today_plus(app: &TestApp, days: i64) -> String {
    let today = app
        .now()
        .with_timezone(&chrono_tz::Europe::Warsaw)
        .date_naive();
    (today + chrono::Duration::days(days)).to_string()
}

fn id_of(view: &Value) -> i64 {
    view["id"].as_i64().expect("id")
}

async fn review(r: &Reporting, token: &str, id: i64, body: Value) -> (StatusCode, Value) {
    let path = format!("/api/v1/reports/{id}/review");
    r.app().post(token, &path, body).await
}

/// The letters of `kind` queued about report `id`.
async fn letters(app: &TestApp, kind: &str, id: i64) -> Vec<notification::Model> {
    notification::Entity::find()
        .filter(notification::Column::Kind.eq(kind))
        .filter(notification::Column::Entity.eq("report"))
        .filter(notification::Column::EntityId.eq(id))
        .all(&app.db.reader)
        .await
        .expect("letters")
}

/// A final report filed by the organisation; returns its id and the report as saved.
async fn filed(r: &Reporting) -> (i64, Value) {
    let ngo = r.a.e.ngo.clone();
    let (_, report) = r.start_final(&ngo).await;
    let (_, saved) = r.save(&ngo, &report, r.complete(&report)).await;
    let id = id_of(&report);
    let (status, submitted) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    (id, saved)
}

async fn the_clerk_asks_for_corrections_then_accepts_the_final_report_once(backend: Backend) {
    let r = reporting(backend).await;
    let (ngo, clerk) = (r.a.e.ngo.clone(), r.a.e.clerk.clone());
    let (id, saved) = filed(&r).await;
    // The organisation reads its report but does not review it.
    let body = json!({ "decision": "accept" });
    let (status, _) = review(&r, &ngo, id, body).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Corrections need at least one comment; a rejection needs its reason.
    let (status, refused) = review(&r, &clerk, id, json!({ "decision": "corrections" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["required"]);
    let (status, refused) = review(&r, &clerk, id, json!({ "decision": "reject" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");

    let comment = "Faktura nr 7 dotyczy innej pozycji.";
    let body = json!({ "decision": "corrections", "comments": { "costs[0].year_values": comment, "results_description": " " } });
    let (status, sent_back) = review(&r, &clerk, id, body.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{sent_back}");
    assert_eq!(sent_back["state"], "corrections");
    // Due the town's correction_days (7) after the request.
    assert_eq!(sent_back["correction_due_on"], today_plus(r.app(), 7));
    // A double click acts once.
    let (status, again) = review(&r, &clerk, id, body).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(letters(r.app(), "report_reviewed", id).await.len(), 1);
    let version = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(id))
        .one(&r.app().db.reader)
        .await
        .expect("read")
        .expect("version");
    assert_eq!(version.decision.as_deref(), Some("corrections"));
    assert!(version.reviewed_by.is_some() && version.reviewed_at.is_some());
    let kept: Value = serde_json::from_str(&version.comments).expect("comments");
    assert_eq!(kept, json!({ "costs[0].year_values": comment }));

    // The organisation sees the comment by its field, corrects and resubmits.
    let (_, current) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    assert_eq!(current["open_comments"]["costs[0].year_values"], comment);
    assert_eq!(current["editable"], true);
    let (status, corrected) = r.save(&ngo, &current, saved["content"].clone()).await;
    assert_eq!(status, StatusCode::OK, "{corrected}");
    let (status, _) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED);

    let (status, accepted) = review(&r, &clerk, id, json!({ "decision": "accept" })).await;
    assert_eq!(status, StatusCode::CREATED, "{accepted}");
    assert_eq!(accepted["state"], "accepted");
    assert_eq!(accepted["versions"][1]["decision"], "accepted");
    assert_eq!(accepted["open_comments"], json!({}));
    let (status, again) = review(&r, &clerk, id, json!({ "decision": "accept" })).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    let (status, refused) = review(
        &r,
        &clerk,
        id,
        json!({ "decision": "reject", "reason": "x" }),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["report_not_submitted"]);
    assert_eq!(letters(r.app(), "report_reviewed", id).await.len(), 2);

    // Everything spent as agreed: nothing to return, so the task is over and settled at once.
    let returns = agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(r.agreement))
        .all(&r.app().db.reader)
        .await
        .expect("returns");
    let (_, agreement) = r
        .app()
        .get(&clerk, &format!("/api/v1/agreements/{}", r.agreement))
        .await;
    let expected = if returns.is_empty() {
        "settled"
    } else {
        "reporting"
    };
    assert_eq!(agreement["state"], expected, "{returns:?}");
}

async fn a_partial_report_is_called_for_with_thirty_days_at_least(backend: Backend) {
    let r = reporting(backend).await;
    let path = format!("/api/v1/agreements/{}/partial-calls", r.agreement);
    let early = json!({ "delivered_on": "2027-06-02", "due_on": "2027-07-01" });
    let (status, refused) = r.app().post(&r.a.e.clerk, &path, early).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["partial_call_too_short"]);
    let (status, _) = r.app().post(&r.a.e.ngo, &path, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let call = json!({ "delivered_on": "2027-06-02", "due_on": "2027-07-02" });
    let (status, called) = r.app().post(&r.a.e.clerk, &path, call.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{called}");
    assert_eq!(called["kind"], "called");
    assert_eq!(called["called_on"], "2027-06-02");
    assert_eq!(called["due_on"], "2027-07-02");
    assert_eq!(called["period_from"], "2027-05-01");
    assert_eq!(called["period_to"], "2027-06-02");
    let (status, again) = r.app().post(&r.a.e.clerk, &path, call).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(id_of(&again), id_of(&called));
    // A second call covers what the first did not: from the day after its period.
    let later = json!({ "delivered_on": "2027-08-02", "due_on": "2027-09-01" });
    let (status, second) = r.app().post(&r.a.e.clerk, &path, later).await;
    assert_eq!(status, StatusCode::CREATED, "{second}");
    assert_eq!(second["period_from"], "2027-06-03");
    assert_eq!(second["period_to"], "2027-08-02");
    assert_eq!(
        letters(r.app(), "report_called", id_of(&called))
            .await
            .len(),
        1
    );
    // The organisation finds it among the reports it owes.
    let (_, due) = r
        .app()
        .get(
            &r.a.e.ngo,
            &format!("/api/v1/agreements/{}/reports", r.agreement),
        )
        .await;
    let kinds: Vec<&str> = due["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .filter_map(|d| d["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["final", "called", "called"], "{due}");
}

async fn the_overdue_final_report_gets_the_written_call(backend: Backend) {
    let r = reporting(backend).await;
    let path = format!("/api/v1/agreements/{}/written-call", r.agreement);
    // The final report is due on 2 November 2027 (30 October is a Saturday, 1 November a
    // holiday): not overdue yet.
    let (status, refused) = r.app().post(&r.a.e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["report_not_overdue"]);
    // The organisation opened it but never filed it, and its due day passed.
    let (_, report) = r.start_final(&r.a.e.ngo).await;
    let id = id_of(&report);
    let row = report::Entity::find_by_id(id)
        .one(&r.app().db.writer)
        .await
        .expect("read")
        .expect("report");
    let mut active: report::ActiveModel = row.into();
    let yesterday = today_plus(r.app(), -1).parse().expect("day");
    active.due_on = Set(yesterday);
    active.update(&r.app().db.writer).await.expect("overdue");

    let (status, _) = r.app().post(&r.a.e.ngo, &path, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, called) = r.app().post(&r.a.e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::CREATED, "{called}");
    assert_eq!(id_of(&called), id);
    assert_eq!(called["written_call_on"], today_plus(r.app(), 0));
    // Seven days (the town's written_call_days, § 9 of the model agreement).
    assert_eq!(called["written_call_due_on"], today_plus(r.app(), 7));
    let sent = letters(r.app(), "report_called", id).await.len();
    assert!(sent > 0, "the organisation's members are told");
    let (status, again) = r.app().post(&r.a.e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    assert_eq!(again["written_call_due_on"], called["written_call_due_on"]);
    assert_eq!(letters(r.app(), "report_called", id).await.len(), sent);
}
