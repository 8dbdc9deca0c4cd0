//! Security headers on every kind of response, and pages that need no inline script (which the
//! Content-Security-Policy forbids).

use crate::browser::Browser;
use crate::html::Page;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(
    every_kind_of_response_carries_the_security_headers,
    pages_run_no_inline_script
);

fn assert_secured(what: &str, headers: &reqwest::header::HeaderMap) {
    let csp = headers
        .get("content-security-policy")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("{what}: no Content-Security-Policy in {headers:?}"));
    assert_eq!(csp, granty_web::CONTENT_SECURITY_POLICY, "{what}");
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
    assert_eq!(headers["x-content-type-options"], "nosniff", "{what}");
    assert_eq!(headers["x-frame-options"], "DENY", "{what}");
    assert_eq!(
        headers["referrer-policy"], "strict-origin-when-cross-origin",
        "{what}"
    );
    // The test server is plain http: no HSTS (set behind https; see granty-web's unit test).
    assert!(headers.get("strict-transport-security").is_none(), "{what}");
}

async fn every_kind_of_response_carries_the_security_headers(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    // Redirects are answers too: not followed.
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let get = |path: String, token: Option<String>| {
        let mut request = client.get(app.url(&path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        async move { request.send().await.expect("request") }
    };
    let ngo = Some(s.ngo.clone());
    let cases = [
        ("a page", "/login".to_string(), None, StatusCode::OK),
        (
            "a public page",
            format!("/miasto/calls/{}", s.call),
            None,
            StatusCode::OK,
        ),
        (
            "a page's 404",
            "/miasto/calls/999999".into(),
            None,
            StatusCode::NOT_FOUND,
        ),
        (
            "a redirect",
            "/dashboard".into(),
            None,
            StatusCode::SEE_OTHER,
        ),
        (
            "the API",
            format!("/api/v1/applications/{id}"),
            ngo.clone(),
            StatusCode::OK,
        ),
        (
            "an API 401",
            format!("/api/v1/applications/{id}"),
            None,
            StatusCode::UNAUTHORIZED,
        ),
        (
            "an API 404",
            "/api/v1/nothing-here".into(),
            ngo.clone(),
            StatusCode::NOT_FOUND,
        ),
        ("health", "/health/live".into(), None, StatusCode::OK),
        ("readiness", "/health/ready".into(), None, StatusCode::OK),
        (
            "a stylesheet",
            "/static/granty.css".into(),
            None,
            StatusCode::OK,
        ),
        ("a script", "/static/editor.js".into(), None, StatusCode::OK),
    ];
    for (what, path, token, expected) in cases {
        let response = get(path.clone(), token).await;
        assert_eq!(response.status(), expected, "{what} {path}");
        assert_secured(what, response.headers());
    }
    // A download, and an error made by a layer (a body over the limit).
    let (_, offer) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    let attachment = offer["attachments"][0]["id"].as_i64().expect("attachment");
    let path = format!("/api/v1/applications/{id}/attachments/{attachment}");
    assert_secured("a download", get(path, ngo).await.headers());
    let too_large = app
        .client
        .post(app.url("/api/v1/organisations"))
        .bearer_auth(&s.ngo)
        .header("content-type", "application/json")
        .body(vec![b' '; 300 * 1024])
        .send()
        .await
        .expect("request");
    assert_eq!(too_large.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_secured("a 413", too_large.headers());
}

/// Every script is a file of ours, and no element carries an event handler attribute.
fn assert_no_inline_script(what: &str, html: &str) {
    let page = Page::parse(html);
    let scripts = page.all("script");
    assert!(!scripts.is_empty(), "{what}: the page's script is gone");
    for script in scripts {
        let src = script.value().attr("src").unwrap_or_default();
        assert!(src.starts_with("/static/"), "{what}: {}", script.html());
        assert!(
            script.inner_html().trim().is_empty(),
            "{what}: inline script"
        );
    }
    for element in page.all("*") {
        let handlers: Vec<_> = element
            .value()
            .attrs()
            .filter(|(n, _)| n.starts_with("on"))
            .collect();
        assert!(handlers.is_empty(), "{what}: {handlers:?}");
    }
}

async fn pages_run_no_inline_script(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let editor = ngo.get(&format!("/applications/{id}/edit")).await;
    assert_eq!(editor.status, StatusCode::OK);
    assert_no_inline_script("the editor", editor.html());
    // The words the script shows travel as data, in the page's language.
    let words = editor.page.attr("#offer-form", "data-words");
    let words: serde_json::Value = serde_json::from_str(&words).expect("the editor's words");
    assert!(words["saved"].is_string(), "{words}");
    let call = Browser::new(&app)
        .get(&format!("/miasto/calls/{}", s.call))
        .await;
    assert_no_inline_script("a call", call.html());
    let words = call.page.attr("[data-countdown]", "data-words");
    let words: serde_json::Value = serde_json::from_str(&words).expect("the countdown's words");
    assert_eq!(words["d"][0], "dzień");
    for script in ["/static/editor.js", "/static/call.js"] {
        let response = app
            .client
            .get(app.url(script))
            .send()
            .await
            .expect("script");
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers()["content-type"],
            "text/javascript; charset=utf-8"
        );
    }
}
