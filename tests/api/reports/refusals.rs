//! Who may not see or change a report, and the reports that cannot be opened.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(only_the_reporting_organisation_writes_and_others_see_nothing);
on_both_databases!(a_report_is_opened_only_for_a_period_the_agreement_owes);
on_both_databases!(whitespace_does_not_fill_a_required_field);

async fn only_the_reporting_organisation_writes_and_others_see_nothing(backend: Backend) {
    let r = reporting(backend).await;
    let (ngo, other, clerk) = (&r.a.e.ngo, &r.a.e.ngo_en, &r.a.e.clerk);
    let (status, _) = r.start_final(other).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = r.start_final(clerk).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, report) = r.start_final(ngo).await;
    let id = report["id"].as_i64().expect("id");
    let path = format!("/api/v1/reports/{id}");
    // Another organisation's member: nothing to see, nothing to change.
    let (status, _) = r.app().get(other, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = r.save(other, &report, json!({})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = r.submit(other, id).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let list = format!("/api/v1/agreements/{}/reports", r.agreement);
    let (status, _) = r.app().get(other, &list).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The town does not see the organisation's draft.
    let (status, _) = r.app().get(clerk, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Another town's clerk and a guessed id: not found.
    let elsewhere = r.app().other_tenant("inne-miasto").await;
    let stranger = r
        .app()
        .user_in("urzednik@inne.pl", Role::Clerk, elsewhere, "inne-miasto")
        .await;
    let (status, _) = r.app().get(&stranger, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = r.app().get(ngo, "/api/v1/reports/987654").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (_, saved) = r.save(ngo, &report, r.complete(&report)).await;
    let (status, _) = r.submit(ngo, id).await;
    assert_eq!(status, StatusCode::CREATED);
    // Submitted: the town reads it but does not write it.
    let (status, _) = r.app().get(clerk, &path).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = r.save(clerk, &saved, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = r.submit(clerk, id).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

async fn a_report_is_opened_only_for_a_period_the_agreement_owes(backend: Backend) {
    let r = reporting(backend).await;
    let ngo = &r.a.e.ngo;
    let path = format!("/api/v1/agreements/{}/reports", r.agreement);
    // A single-year task owes no partial report.
    let body = json!({ "kind": "partial", "period_from": r.terms["starts_on"] });
    let (status, refused) = r.app().post(ngo, &path, body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["report_not_due"]);
    let body = json!({ "kind": "final", "period_from": "2027-06-01" });
    let (status, refused) = r.app().post(ngo, &path, body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["report_not_due"]);
    let (status, refused) = r.app().post(ngo, &path, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["required", "required"]);
    let (_, due) = r.app().get(ngo, &path).await;
    assert_eq!(due["reports"][0]["report_id"], json!(null));
}

async fn whitespace_does_not_fill_a_required_field(backend: Backend) {
    let r = reporting(backend).await;
    let ngo = &r.a.e.ngo;
    let (_, report) = r.start_final(ngo).await;
    let id = report["id"].as_i64().expect("id");
    let mut content = r.complete(&report);
    content["results_description"] = json!("  \u{200b}\n\t ");
    let (status, saved) = r.save(ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, refused) = r.submit(ngo, id).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["required"]);
    assert_eq!(refused["errors"][0]["field"], "results_description");
    // What was typed is kept as typed.
    let (_, kept) = r.app().get(ngo, &format!("/api/v1/reports/{id}")).await;
    assert_eq!(kept["content"]["results_description"], "  \u{200b}\n\t ");
    assert_eq!(kept["state"], "draft");
}
