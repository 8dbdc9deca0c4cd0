//! Refusals at the limits: oversized bodies, stale draft saves, attachment limits, and logins
//! that are refused alike whatever was wrong.

use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(oversized_bodies, stale_draft_saves, attachment_limits);

async fn oversized_bodies(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let mut body = call_body(app.now());
    body["description"] = json!("x".repeat(300 * 1024));
    let (status, problem) = app.post(&clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{problem}");
    assert_eq!(problem["status"], 413);
    // A body that is not JSON is a 400 that says where it broke.
    let (status, problem) = app
        .send(
            app.client
                .post(app.url("/api/v1/calls"))
                .bearer_auth(&clerk)
                .header("content-type", "application/json")
                .body("{\"title\": "),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        problem["detail"].as_str().unwrap().contains("line 1"),
        "{problem}"
    );
}

async fn stale_draft_saves(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.new_draft(&ngo, call, organisation).await;
    // Two tabs edit version 1; the second save is refused and shown the first one's text.
    let mut first = offer_content();
    first["title"] = json!("Tytuł z pierwszej karty");
    let mut second = offer_content();
    second["title"] = json!("Tytuł z drugiej karty");
    let (status, _) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 1, "content": first }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, problem) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 1, "content": second }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["type"],
        "https://granty.example/problems/stale-version"
    );
    assert_eq!(problem["current"]["version"], 2);
    assert_eq!(
        problem["current"]["content"]["title"],
        "Tytuł z pierwszej karty"
    );
    // Saving on top of the current version works.
    let (status, saved) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 2, "content": second }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(saved["content"]["title"], "Tytuł z drugiej karty");
}

async fn attachment_limits(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.filled_draft(&ngo, call, organisation).await;
    let (status, problem) = upload(
        &app,
        &ngo,
        id,
        "statut",
        vec![b'x'; 150_000],
        "application/x-msdownload",
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["code"], "file_type_not_allowed");
    let (status, problem) = upload(
        &app,
        &ngo,
        id,
        "statut",
        vec![b'x'; 210_000],
        "application/pdf",
    )
    .await;
    assert!(
        status == StatusCode::UNPROCESSABLE_ENTITY || status == StatusCode::PAYLOAD_TOO_LARGE,
        "{status} {problem}"
    );
    let (status, problem) = upload(&app, &ngo, id, "statut", vec![], "application/pdf").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["code"], "file_empty");
    let (status, added) = upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(added["file_name"], "statut organizacji.pdf");
    // Before submission a draft's attachment can be removed.
    let attachment_id = added["id"].as_i64().unwrap();
    let deleted = app
        .client
        .delete(app.url(&format!(
            "/api/v1/applications/{id}/attachments/{attachment_id}"
        )))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    let (_, detail) = app.get(&ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(detail["attachments"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn login_refusals_are_uniform_and_named() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.user("fundacja@example.org", Role::Ngo).await;
    // Wrong password, unknown email and wrong tenant all look the same.
    for (email, password, tenant) in [
        ("fundacja@example.org", "wrong password!", "miasto"),
        ("nikt@example.org", PASSWORD, "miasto"),
        ("fundacja@example.org", PASSWORD, "ostrava"),
    ] {
        let (status, problem) = app.login(email, password, tenant).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{problem}");
        assert_eq!(
            problem["type"],
            "https://granty.example/problems/unauthorized"
        );
    }
    let (status, problem) = app.login("not-an-email", "", "miasto").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut fields: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        vec![("email", "invalid_email"), ("password", "required")]
    );
    // Logging out ends the session.
    let token = app.token("fundacja@example.org", "miasto").await;
    let out = app
        .client
        .delete(app.url("/api/v1/sessions"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get(&token, "/api/v1/calls").await.0,
        StatusCode::UNAUTHORIZED
    );
    // Health probes answer without a session.
    assert_eq!(
        app.send(app.client.get(app.url("/health/ready"))).await.0,
        StatusCode::OK
    );
    assert_eq!(
        app.send(app.client.get(app.url("/health/live"))).await.0,
        StatusCode::OK
    );
}
