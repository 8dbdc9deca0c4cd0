//! The organisation opens the final report, saves it, submits it once; after the clerk asks for
//! corrections it resubmits the next version.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::{report, report_version};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

on_both_databases!(a_final_report_is_opened_saved_and_submitted_once);
on_both_databases!(a_report_sent_back_for_corrections_is_resubmitted_as_the_next_version);

fn id_of(view: &serde_json::Value) -> i64 {
    view["id"].as_i64().expect("id")
}

async fn versions(app: &TestApp, id: i64) -> usize {
    report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(id))
        .all(&app.db.reader)
        .await
        .expect("versions")
        .len()
}

async fn a_final_report_is_opened_saved_and_submitted_once(backend: Backend) {
    let r = reporting(backend).await;
    let ngo = r.a.e.ngo.clone();
    let (_, due) = r
        .app()
        .get(&ngo, &format!("/api/v1/agreements/{}/reports", r.agreement))
        .await;
    assert_eq!(due["reports"].as_array().map(Vec::len), Some(1), "{due}");
    assert_eq!(due["reports"][0]["kind"], "final");
    // 30 days after the task's end is Saturday 30 October 2027; 1 November is a holiday.
    assert_eq!(due["reports"][0]["due_on"], "2027-11-02");
    assert_eq!(due["reports"][0]["report_id"], json!(null));

    let (status, report) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let id = id_of(&report);
    assert_eq!(report["state"], "draft");
    assert_eq!(report["period_to"], "2027-09-30");
    assert_eq!(report["editable"], true);
    let lines = r.terms["cost_lines"].as_array().map(Vec::len);
    assert_eq!(report["content"]["costs"].as_array().map(Vec::len), lines);
    assert!(!report["problems"].as_array().expect("problems").is_empty());
    // A second click opens the same report.
    let (status, again) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(id_of(&again), id);

    // An incomplete report is refused, and nothing of it is written.
    let (status, refused) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        codes(&refused).contains(&"required".to_string()),
        "{refused}"
    );
    let (_, unchanged) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    assert_eq!(unchanged["state"], "draft");
    assert_eq!(unchanged["lock_version"], 0);
    assert_eq!(versions(r.app(), id).await, 0);

    let content = r.complete(&report);
    let (status, saved) = r.save(&ngo, &report, content.clone()).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["lock_version"], 1);
    assert_eq!(saved["problems"], json!([]), "{saved}");
    assert_eq!(saved["summary"]["grant_used"]["minor"], 1_100_000);
    // A save based on the old version is stale: 409 with the report as it is now.
    let (status, stale) = r.save(&ngo, &report, json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{stale}");
    assert_eq!(stale["current"]["lock_version"], 1, "{stale}");
    assert_eq!(stale["current"]["content"], saved["content"]);

    let (status, submitted) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");
    assert_eq!(submitted["state"], "submitted");
    assert_eq!(submitted["version_no"], 1);
    assert_eq!(submitted["editable"], false);
    // A double submit acts once.
    let (status, repeated) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::OK, "{repeated}");
    assert_eq!(repeated["version_no"], 1);
    assert_eq!(repeated["submitted_at"], submitted["submitted_at"]);
    assert_eq!(versions(r.app(), id).await, 1);
    // A submitted report cannot be edited.
    let (status, refused) = r.save(&ngo, &submitted, content).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["report_not_editable"]);
    // Now the town reads it, and the list shows it submitted.
    let (status, seen) = r
        .app()
        .get(&r.a.e.clerk, &format!("/api/v1/reports/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["role"], "staff");
    assert_eq!(seen["versions"][0]["version_no"], 1);
    let (_, due) = r
        .app()
        .get(&ngo, &format!("/api/v1/agreements/{}/reports", r.agreement))
        .await;
    assert_eq!(due["reports"][0]["state"], "submitted");
    assert_eq!(due["reports"][0]["report_id"], id);
}

async fn a_report_sent_back_for_corrections_is_resubmitted_as_the_next_version(backend: Backend) {
    let r = reporting(backend).await;
    let ngo = r.a.e.ngo.clone();
    let (_, report) = r.start_final(&ngo).await;
    let id = id_of(&report);
    let (_, saved) = r.save(&ngo, &report, r.complete(&report)).await;
    let (status, _) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED);
    // The clerk's review (its own use case) sends it back; here the state is set directly.
    let row = report::Entity::find_by_id(id)
        .one(&r.app().db.writer)
        .await
        .expect("read")
        .expect("report");
    let mut active: report::ActiveModel = row.into();
    active.state = Set("corrections".to_string());
    active.update(&r.app().db.writer).await.expect("sent back");

    let (_, current) = r.app().get(&ngo, &format!("/api/v1/reports/{id}")).await;
    assert_eq!(current["editable"], true);
    let mut content = saved["content"].clone();
    content["additional_information"] = json!("Poprawiono opis działań.");
    let (status, corrected) = r.save(&ngo, &current, content).await;
    assert_eq!(status, StatusCode::OK, "{corrected}");
    let (status, resubmitted) = r.submit(&ngo, id).await;
    assert_eq!(status, StatusCode::CREATED, "{resubmitted}");
    assert_eq!(resubmitted["state"], "submitted");
    assert_eq!(resubmitted["version_no"], 2);
    assert_eq!(versions(r.app(), id).await, 2);
    let first = report_version::Entity::find()
        .filter(report_version::Column::ReportId.eq(id))
        .filter(report_version::Column::VersionNo.eq(1))
        .one(&r.app().db.reader)
        .await
        .expect("read")
        .expect("first version");
    // The first version stays as it was submitted.
    assert!(!first.content.contains("Poprawiono"));
}
