//! The whole cycle: a clerk publishes a call, an NGO drafts, edits, submits, the clerk asks for a
//! correction, the NGO corrects, the clerk accepts.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(call_to_formal_acceptance, withdrawal_and_copy);

async fn call_to_formal_acceptance(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        clerk,
        ngo,
        organisation,
        call,
    } = app.scenario().await;

    // The public sees the open call without logging in.
    let (status, public) = app
        .send(app.client.get(app.url("/api/v1/public/miasto/calls")))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(public["calls"][0]["id"], call);
    assert_eq!(public["calls"][0]["state"], "open");
    assert_eq!(public["calls"][0]["deadline_local"], "31.12.2026 10:00 CET");

    // A new draft lists what is still missing.
    let (status, draft) = app
        .post(
            &ngo,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{draft}");
    let id = draft["id"].as_i64().unwrap();
    assert_eq!(draft["state"], "draft");
    assert!(draft["problems"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["field"] == "title" && p["code"] == "required"));

    // Saving computes every value on the server.
    let (status, saved) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 1, "content": offer_content() }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["version"], 2);
    assert_eq!(
        saved["content"]["schedule"][0]["performer"],
        "Fundacja Muzyki"
    );
    let computed = &saved["computed"];
    assert_eq!(computed["total_costs"]["minor"], 1_300_000);
    assert_eq!(computed["admin_costs"]["minor"], 160_000);
    assert_eq!(computed["lines"][0]["number"], "I.1.1");
    assert_eq!(computed["lines"][0]["value"]["minor"], 900_000);
    assert_eq!(computed["lines"][2]["number"], "II.1");
    assert_eq!(computed["own_contribution_share"], "15.38");
    // Only the missing attachment stands in the way now.
    let problems: Vec<_> = saved["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(problems, vec!["attachments.statut"]);

    let (status, refused) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(refused["errors"][0]["field"], "attachments.statut");
    assert_eq!(
        refused["errors"][0]["message"],
        "Brakuje wymaganego załącznika „Statut”."
    );

    let (status, attachment) =
        upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    assert_eq!(status, StatusCode::CREATED, "{attachment}");
    let attachment_id = attachment["id"].as_i64().unwrap();
    let download = app
        .client
        .get(app.url(&format!(
            "/api/v1/applications/{id}/attachments/{attachment_id}"
        )))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.unwrap().to_vec(), pdf_bytes());

    // Submitting twice (a double click) gives one receipt.
    let (status, receipt) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    let number = receipt["receipt_number"].as_str().unwrap().to_string();
    assert_eq!(number, format!("K{call}/2026/0001"));
    let (status, again) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["receipt_number"], number.as_str());
    assert_eq!(again["version_no"], 1);

    // A submitted version is frozen: the draft can no longer be edited, nor the attachment removed.
    let (status, problem) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 3, "content": offer_content() }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "Oferta jest w stanie, który na to nie pozwala: złożona."
    );
    let deleted = app
        .client
        .delete(app.url(&format!(
            "/api/v1/applications/{id}/attachments/{attachment_id}"
        )))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::CONFLICT);

    // The clerk sees the submission, after the deadline finds a deficiency.
    let (status, list) = app
        .get(&clerk, &format!("/api/v1/calls/{call}/applications"))
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list["applications"].as_array().unwrap().len(), 1);
    assert_eq!(list["applications"][0]["receipt_number"], number.as_str());
    assert_eq!(
        list["applications"][0]["requested_grant"]["minor"],
        1_100_000
    );
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let (status, checked) = app
        .post(&clerk, &format!("/api/v1/applications/{id}/formal-check"), json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu drugiego członka zarządu"] }))
        .await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    assert_eq!(checked["state"], "needs_correction");
    // 7 days from 1 Jan 2027 (Warsaw): due at the end of 8 January, 23:00 UTC.
    assert_eq!(checked["correction_due_at"], "2027-01-08T23:00:00Z");

    // The NGO corrects after the call's deadline, within its correction period.
    let (_, current) = app.get(&ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(current["editable"], true);
    let mut corrected = offer_content();
    corrected["summary"] =
        json!("Cykl sześciu koncertów plenerowych; oferta podpisana przez dwóch członków zarządu.");
    let version = current["version"].as_i64().unwrap();
    let (status, _) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": version, "content": corrected }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, correction) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{correction}");
    assert_eq!(correction["kind"], "correction");
    assert_eq!(correction["version_no"], 2);
    assert_eq!(correction["receipt_number"], format!("{number}-K1"));

    let (status, accepted) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "accepted" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    assert_eq!(accepted["state"], "formally_accepted");
    // Both versions are kept, each as it was submitted.
    let versions = accepted["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(
        versions[0]["content"]["summary"],
        "Cykl sześciu koncertów plenerowych."
    );
    assert_ne!(versions[0]["content_sha256"], versions[1]["content_sha256"]);
    assert_eq!(accepted["formal_checks"].as_array().unwrap().len(), 2);
}

async fn withdrawal_and_copy(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.new_draft(&ngo, call, organisation).await;
    app.patch(
        &ngo,
        &format!("/api/v1/applications/{id}"),
        json!({ "version": 1, "content": offer_content() }),
    )
    .await;
    upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let (status, _) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);

    let (status, withdrawn) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/withdraw"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["state"], "withdrawn");

    // A new offer can start as a copy of the withdrawn one.
    let (status, copy) = app
        .post(
            &ngo,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation, "copy_from": id }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{copy}");
    assert_eq!(copy["content"]["title"], "Letnie koncerty w parku");
    assert_eq!(copy["copied_from_id"], id);
    assert_eq!(copy["state"], "draft");
    assert_eq!(copy["computed"]["total_costs"]["minor"], 1_300_000);
}
