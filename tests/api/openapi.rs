//! The OpenAPI document and its page, and the findings of schemathesis's first run against it
//! (each a regression test): axum's own rejections answered plain text, and a multi-byte
//! reminder offset panicked its handler (the connection closed without an answer).

use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    the_document_and_its_page_are_served,
    rejections_of_paths_and_queries_are_problems,
    a_multibyte_reminder_offset_is_refused_not_a_crash
);

async fn the_document_and_its_page_are_served(backend: Backend) {
    let app = TestApp::start(backend).await;
    let response = app
        .client
        .get(app.url("/api/openapi.json"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let document: serde_json::Value = response.json().await.expect("json");
    assert_eq!(document["openapi"], "3.1.0");
    assert_eq!(document["servers"][0]["url"], "/api/v1");
    let publish = &document["paths"]["/calls/{id}/publish"]["post"];
    assert_eq!(publish["tags"][0], "calls", "{publish}");
    assert!(publish["responses"]["422"].is_object(), "{publish}");

    let page = app
        .client
        .get(app.url("/api/docs?lang=en"))
        .send()
        .await
        .expect("page");
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.expect("html");
    assert!(html.contains("<h1>API reference</h1>"), "{html}");
    // The operation's card, by its id; minijinja escapes the path's slashes in the text.
    assert!(html.contains(r#"id="publish_call""#), "{html}");
    assert!(
        html.contains("POST &#x2f;api&#x2f;v1&#x2f;calls&#x2f;{id}&#x2f;publish"),
        "{html}"
    );
    let polish = app
        .client
        .get(app.url("/api/docs?lang=pl"))
        .send()
        .await
        .expect("pl");
    assert!(polish
        .text()
        .await
        .expect("html")
        .contains("Dokumentacja API"));
}

async fn rejections_of_paths_and_queries_are_problems(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    for path in [
        "/api/v1/calls/9223372036854775808",
        "/api/v1/calls/not-a-number",
        "/api/v1/admin/notifications?limit=many",
    ] {
        let response = app
            .client
            .get(app.url(path))
            .bearer_auth(&admin)
            .send()
            .await
            .expect("get");
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json",
            "{path}"
        );
        let problem: serde_json::Value = response.json().await.expect("problem");
        assert_eq!(problem["status"], 400, "{path}: {problem}");
        assert!(
            problem["detail"].as_str().is_some_and(|d| !d.is_empty()),
            "{problem}"
        );
    }
}

async fn a_multibyte_reminder_offset_is_refused_not_a_crash(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    for offset in ["𵃀Ý", "7ď", "ž"] {
        let (status, body) = app
            .send(
                app.client
                    .put(app.url("/api/v1/admin/reminder-settings"))
                    .bearer_auth(&admin)
                    .json(&json!({ "draft_deadline": [offset] })),
            )
            .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{offset}: {body}");
        assert!(
            body["detail"].as_str().is_some_and(|d| d.contains(offset)),
            "{body}"
        );
    }
}
