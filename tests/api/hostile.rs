//! Regression tests for what probing the API as an outsider found (issue 9): NUL bytes that
//! were a 500 on PostgreSQL, totals that overflowed into a quiet cap, and titles of zero-width
//! spaces that counted as filled. Each runs on both databases.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    a_nul_in_the_address_is_not_found_or_names_its_parameter,
    a_nul_in_a_json_field_is_refused_naming_the_field,
    a_nul_in_a_page_form_is_refused_naming_the_field,
    control_characters_in_stored_text_are_refused,
    totals_beyond_the_largest_amount_are_refused_not_capped,
    invisible_text_does_not_fill_a_required_field,
);

/// The `(field, code)` pairs of a 422 problem.
pub fn field_codes(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    let text = |key: &str| e[key].as_str().unwrap_or_default().to_string();
                    (text("field"), text("code"))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The answer is a 422 naming `field` with the rule `code`.
fn assert_refused(status: StatusCode, problem: &Value, field: &str, code: &str) {
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let wanted = (field.to_string(), code.to_string());
    assert!(field_codes(problem).contains(&wanted), "{problem}");
}

async fn a_nul_in_the_address_is_not_found_or_names_its_parameter(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    for path in [
        "/miasto%00x",
        "/miasto%00",
        "/%00",
        "/miasto/calls/1%00",
        "/api/v1/public/miasto%00/calls",
    ] {
        let (status, body) = app.send(app.client.get(app.url(path))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
    }
    let (status, body) = app
        .get(&s.ngo, &format!("/api/v1/calls/{}%00", s.call))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    let (status, problem) = app.send(app.client.get(app.url("/login?next=/%00"))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        field_codes(&problem),
        [("next".to_string(), "forbidden_character".to_string())]
    );
}

async fn a_nul_in_a_json_field_is_refused_naming_the_field(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let expect = |status: StatusCode, problem: &Value, field: &str| {
        assert_refused(status, problem, field, "forbidden_character");
    };
    let body = organisation_body("Fundacja\u{0}Zero", "5260250274");
    let (status, problem) = app.post(&s.ngo, "/api/v1/organisations", body).await;
    expect(status, &problem, "name");
    assert_eq!(
        problem["errors"][0]["message"],
        "Tekst zawiera znak sterujący (np. NUL), którego nie można zapisać – usuń go."
    );
    let mut call = call_body(app.now());
    call["title"] = json!("Kultura\u{0}2027");
    let (status, problem) = app
        .send(
            app.client
                .post(app.url("/api/v1/calls"))
                .bearer_auth(&s.clerk)
                .header("accept-language", "en")
                .json(&call),
        )
        .await;
    expect(status, &problem, "title");
    assert!(problem["errors"][0]["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("The text contains a control character")));
    let id = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let mut content = offer_content();
    content["costs"][1]["name"] = json!("Nagłośnienie\u{0}");
    let path = format!("/api/v1/applications/{id}");
    let (status, problem) = app
        .patch(&s.ngo, &path, json!({ "version": 1, "content": content }))
        .await;
    expect(status, &problem, "content.costs[1].name");
    let (status, problem) = app.login("fundacja@example.org\u{0}", "x", "miasto").await;
    expect(status, &problem, "email");
    // Nothing was stored on the way: the draft is still at its first version.
    let (_, draft) = app.get(&s.ngo, &path).await;
    assert_eq!(draft["version"], 1, "{draft}");
}

async fn a_nul_in_a_page_form_is_refused_naming_the_field(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let path = format!("/organisations/{}/edit", s.organisation);
    let edit = ngo.get(&path).await;
    let mut fields = edit.page.form_fields(&format!("form[action=\"{path}\"]"));
    fields.set("city", "Warszawa\u{0}");
    let refused = ngo.post(&path, &fields.0).await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "{}",
        refused.html()
    );
    let text = refused.text();
    assert!(
        text.contains("Pole „city” zawiera znak sterujący"),
        "{text}"
    );
    let (_, view) = app
        .get(&s.ngo, &format!("/api/v1/organisations/{}", s.organisation))
        .await;
    assert_eq!(view["city"], "Warszawa", "{view}");
    // The anonymous forms too, in the language the visitor asked for.
    let visitor = Browser::new(&app).with_header("accept-language", "en");
    let login = visitor.get("/login").await;
    let fields = [("csrf", "x"), ("email", "a\u{0}@b.pl"), ("password", "p")];
    let refused = visitor.post("/login", &fields).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused.text().contains("The field “email” contains"),
        "{}",
        refused.text()
    );
    assert_eq!(login.status, StatusCode::OK);
}

async fn control_characters_in_stored_text_are_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let body = organisation_body("Fundacja \u{1b}[31mCzerwona", "5260250274");
    let (status, problem) = app.post(&s.ngo, "/api/v1/organisations", body).await;
    assert_refused(status, &problem, "name", "forbidden_character");
    // Line breaks and tabs are ordinary text and come back as sent.
    let mut call = call_body(app.now());
    call["description"] = json!("Pierwszy akapit.\r\n\tDrugi akapit.");
    let (status, created) = app.post(&s.clerk, "/api/v1/calls", call).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(
        created["description"],
        "Pierwszy akapit.\r\n\tDrugi akapit."
    );
}

async fn totals_beyond_the_largest_amount_are_refused_not_capped(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.new_draft(&s.ngo, s.call, s.organisation).await;
    // Each line is the largest amount Granty holds (a trillion złoty); together they are not.
    let biggest = "1000000000000";
    let mut content = offer_content();
    for line in 0..3 {
        content["costs"][line]["unit_cost"] = json!(biggest);
        content["costs"][line]["quantity"] = json!("1");
    }
    content["sources"] = json!({
        "requested_grant": biggest, "own_financial": biggest, "own_personal": biggest
    });
    let path = format!("/api/v1/applications/{id}");
    let (status, saved) = app
        .patch(&s.ngo, &path, json!({ "version": 1, "content": content }))
        .await;
    // A draft keeps what was typed, and says what is wrong with it.
    assert_eq!(status, StatusCode::OK, "{saved}");
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let (status, problem) = app.post(&s.ngo, &format!("{path}/submit"), json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let codes = field_codes(&problem);
    for field in ["costs", "sources"] {
        let wanted = (field.to_string(), "sum_too_large".to_string());
        assert!(codes.contains(&wanted), "{field}: {codes:?}");
    }
    let (_, draft) = app.get(&s.ngo, &path).await;
    assert_eq!(draft["state"], "draft", "{draft}");
}

async fn invisible_text_does_not_fill_a_required_field(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let invisible = "\u{200B}\u{200B}\u{FEFF}\u{200F}\u{2060}";
    let body = organisation_body(invisible, "5260250274");
    let (status, problem) = app.post(&s.ngo, "/api/v1/organisations", body).await;
    assert_refused(status, &problem, "name", "required");
    let mut call = call_body(app.now());
    call["title"] = json!("\u{202E}\u{200B} \u{00A0}");
    let (status, problem) = app.post(&s.clerk, "/api/v1/calls", call).await;
    assert_refused(status, &problem, "title", "required");

    let id = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let mut content = offer_content();
    content["title"] = json!(invisible);
    let path = format!("/api/v1/applications/{id}");
    let (status, saved) = app
        .patch(&s.ngo, &path, json!({ "version": 1, "content": content }))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let (status, problem) = app.post(&s.ngo, &format!("{path}/submit"), json!({})).await;
    assert_refused(status, &problem, "title", "required");
}
