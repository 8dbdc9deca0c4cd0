//! Double clicks, joint offers and organisation profiles.

use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    a_double_click_submits_once,
    joint_offers_and_partners,
    organisation_profile_edits
);

async fn a_double_click_submits_once(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let mut numbers = Vec::new();
    for round in 0..2 {
        let (_, draft) = app
            .post(
                &ngo,
                &format!("/api/v1/calls/{call}/applications"),
                json!({ "organisation_id": organisation }),
            )
            .await;
        let id = draft["id"].as_i64().unwrap();
        app.patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 1, "content": offer_content() }),
        )
        .await;
        upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
        let path = format!("/api/v1/applications/{id}/submit");
        let clicks = (0..5).map(|_| app.post(&ngo, &path, json!({})));
        let answers = futures::future::join_all(clicks).await;
        let created = answers
            .iter()
            .filter(|(s, _)| *s == StatusCode::CREATED)
            .count();
        assert_eq!(created, 1, "round {round}: {answers:?}");
        assert!(
            answers
                .iter()
                .all(|(s, _)| *s == StatusCode::CREATED || *s == StatusCode::OK),
            "{answers:?}"
        );
        let receipts: std::collections::HashSet<_> = answers
            .iter()
            .map(|(_, b)| b["receipt_number"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(receipts.len(), 1, "{receipts:?}");
        let (_, detail) = app.get(&ngo, &format!("/api/v1/applications/{id}")).await;
        assert_eq!(detail["versions"].as_array().unwrap().len(), 1);
        numbers.extend(receipts);
    }
    // Receipt numbers run on per call, without gaps from the extra clicks.
    numbers.sort();
    assert_eq!(
        numbers,
        vec![format!("K{call}/2026/0001"), format!("K{call}/2026/0002")]
    );
}

async fn joint_offers_and_partners(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let lead = app.user("lider@example.org", Role::Ngo).await;
    let partner = app.user("partner@example.org", Role::Ngo).await;
    let lead_org = app
        .organisation(&lead, "Fundacja Lider", "5260001246")
        .await;
    let partner_org = app
        .organisation(&partner, "Stowarzyszenie Partner", "7740001454")
        .await;
    let call = app.open_call(&clerk).await;
    let id = app.new_draft(&lead, call, lead_org).await;
    let path = format!("/api/v1/applications/{id}");

    let (status, problem) = app
        .patch(
            &lead,
            &path,
            json!({ "version": 1, "partners": [lead_org, 99999] }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let codes: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        vec![
            ("partners[0]", "partner_is_applicant"),
            ("partners[1]", "unknown_reference")
        ]
    );
    // Nothing of the refused save landed.
    let (_, unchanged) = app.get(&lead, &path).await;
    assert_eq!(unchanged["version"], 1);

    let (status, saved) = app
        .patch(
            &lead,
            &path,
            json!({ "version": 1, "partners": [partner_org], "content": offer_content() }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["partners"], json!([partner_org]));
    // The partner reads the joint offer but only the lead applicant edits and submits it.
    let (status, seen) = app.get(&partner, &path).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen["editable"], false);
    assert_eq!(
        app.patch(
            &partner,
            &path,
            json!({ "version": 2, "content": offer_content() })
        )
        .await
        .0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.post(&partner, &format!("{path}/submit"), json!({}))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
}

async fn organisation_profile_edits(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let id = app.organisation(&ngo, "Fundacja", "5260001246").await;
    let mut body = organisation_body("Fundacja Nowa Nazwa", "5260001246");
    body["version"] = json!(1);
    let (status, updated) = app
        .patch(&ngo, &format!("/api/v1/organisations/{id}"), body.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["name"], "Fundacja Nowa Nazwa");
    assert_eq!(updated["version"], 2);
    assert_eq!(updated["bank_account"], "PL61109010140000071219812874");
    let (status, problem) = app
        .patch(&ngo, &format!("/api/v1/organisations/{id}"), body)
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem["current"]["name"], "Fundacja Nowa Nazwa");
    let (_, mine) = app.get(&ngo, "/api/v1/organisations/mine").await;
    assert_eq!(mine["organisations"].as_array().unwrap().len(), 1);
}
