//! Hostile text into every page form, and what was stored shown escaped (see the module's note).

use super::{hostile_texts, SCRIPT};
use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_web::Limits;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(every_page_form_survives_hostile_text);

/// No `<script>` or event handler that came from input is live in the page.
fn assert_escaped(answer: &Answer, context: &str) {
    assert!(
        !answer.status.is_server_error(),
        "{context}: {}",
        answer.status
    );
    let live_script = answer
        .page
        .all("script")
        .iter()
        .any(|s| s.text().collect::<String>().contains("alert("));
    assert!(!live_script, "{context}: a script from input runs");
    assert!(
        !answer.page.has("img[onerror]"),
        "{context}: an event handler from input"
    );
    assert!(
        !answer.html().contains("<script>alert"),
        "{context}: raw script tag"
    );
}

async fn every_page_form_survives_hostile_text(backend: Backend) {
    let app = TestApp::start_with(backend, Limits::default()).await;
    let s = app.scenario().await;
    let draft = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let clerk = Browser::signed_in(&app, &s.clerk);
    let org_edit = format!("/organisations/{}/edit", s.organisation);
    let editor = format!("/applications/{draft}/edit");
    let members = format!("/organisations/{}/members", s.organisation);
    // (who, page, form's action, fields to try)
    let forms: Vec<(&Browser, String, String, Vec<&str>)> = vec![
        (
            &ngo,
            org_edit.clone(),
            org_edit.clone(),
            vec![
                "name",
                "street",
                "city",
                "email",
                "nip",
                "bank_account",
                "representative_name",
            ],
        ),
        (
            &ngo,
            editor.clone(),
            editor.clone(),
            vec![
                "title",
                "place",
                "summary",
                "costs.0.name",
                "costs.0.unit_cost",
                "contact.name",
            ],
        ),
        (&ngo, members.clone(), members.clone(), vec!["email"]),
        (
            &clerk,
            "/clerk/calls/new".into(),
            "/clerk/calls/new".into(),
            vec!["title", "task_area", "description", "budget"],
        ),
    ];
    // Form encoding triples a non-ASCII letter, so the megabyte is ASCII here.
    let mut texts = hostile_texts();
    texts.pop();
    texts.push("x".repeat(1_000_000));
    for text in &texts {
        for (who, page, action, fields) in &forms {
            for field in fields {
                let form = who.get(page).await;
                assert_escaped(&form, page);
                let mut posted = form.page.form_fields(&format!("form[action=\"{action}\"]"));
                posted.set(field, text);
                let answer = who.post(action, &posted.0).await;
                assert_escaped(&answer, &format!("{action} {field}"));
            }
        }
        for (path, fields) in [
            ("/login", vec!["email", "password"]),
            ("/miasto/register", vec!["display_name", "email"]),
        ] {
            let visitor = Browser::new(&app);
            let form = visitor.get(path).await;
            let token = form.cookie("granty_csrf").unwrap_or_default();
            let visitor = visitor.with_cookie("granty_csrf", &token);
            for field in fields {
                let mut posted = form.page.form_fields(&format!("form[action=\"{path}\"]"));
                for (name, value) in posted.0.iter_mut() {
                    if name.starts_with("password") {
                        *value = "haslo-testowe-123".into();
                    }
                }
                posted.set(field, text);
                let answer = visitor.post(path, &posted.0).await;
                assert_escaped(&answer, &format!("{path} {field}"));
            }
        }
    }
    for text in &texts {
        formal_check_page(&app, &s, text).await;
    }
    invalid_utf8_in_a_form(&app, &s.ngo, &org_edit).await;
    // What the API stored shows escaped on every page that lists it.
    let mut content = offer_content();
    content["title"] = json!(SCRIPT);
    let (_, current) = app
        .get(&s.ngo, &format!("/api/v1/applications/{draft}"))
        .await;
    let body = json!({ "version": current["version"], "content": content });
    let (status, _) = app
        .patch(&s.ngo, &format!("/api/v1/applications/{draft}"), body)
        .await;
    assert_eq!(status, StatusCode::OK);
    for path in [
        "/dashboard".to_string(),
        editor.clone(),
        format!("/applications/{draft}/review"),
        org_edit,
    ] {
        let answer = ngo.get(&path).await;
        assert_escaped(&answer, &path);
        if path != "/dashboard" && path.starts_with("/applications") {
            assert!(
                answer.text().contains("<script>alert('xss')</script>")
                    || answer.html().contains("&lt;script&gt;"),
                "{path}"
            );
        }
    }
    for path in [
        "/clerk/calls".to_string(),
        "/miasto".to_string(),
        format!("/miasto/calls/{}", s.call),
    ] {
        assert_escaped(&clerk.get(&path).await, &path);
    }
}

/// A form whose field is raw invalid UTF-8 (`%FF%FE`): refused or stored with replacement
/// characters, never a 5xx.
async fn invalid_utf8_in_a_form(app: &TestApp, token: &str, path: &str) {
    let ngo = Browser::signed_in(app, token);
    let form = ngo.get(path).await;
    let fields = form.page.form_fields(&format!("form[action=\"{path}\"]"));
    let mut body = url::form_urlencoded::Serializer::new(String::new());
    for (name, value) in fields.0.iter().filter(|(n, _)| n != "city") {
        body.append_pair(name, value);
    }
    let body = format!("{}&city=%FF%FEWarszawa", body.finish());
    let response = app
        .client
        .post(app.url(path))
        .header("cookie", format!("granty_session={token}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .expect("request");
    assert!(
        !response.status().is_server_error(),
        "{}",
        response.status()
    );
}

/// The clerk's formal check page asks for a correction with `text` as the deficiency: never a
/// 5xx, and the clerk's answer and the applicant's editor (which lists the deficiencies) show it
/// escaped.
async fn formal_check_page(app: &TestApp, s: &Scenario, text: &str) {
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = Browser::signed_in(app, &s.clerk);
    let path = format!("/clerk/applications/{id}");
    let form = clerk.get(&path).await;
    assert_escaped(&form, &path);
    let mut posted = form.page.form_fields(&format!("form[action=\"{path}\"]"));
    posted.0.retain(|(name, _)| name != "outcome");
    posted.0.push(("outcome".into(), "needs_correction".into()));
    // Every condition answered: the first choice (met) where nothing is suggested.
    for radio in form.page.all("input[type=radio][name^='checklist.']") {
        let name = radio.value().attr("name").unwrap_or_default().to_string();
        if !posted.0.iter().any(|(n, _)| *n == name) {
            let value = radio.value().attr("value").unwrap_or_default().to_string();
            posted.0.push((name, value));
        }
    }
    posted.set("deficiencies", text);
    let answer = clerk.post(&path, &posted.0).await;
    assert_escaped(&answer, &format!("{path} deficiencies"));
    let editor = Browser::signed_in(app, &s.ngo)
        .get(&format!("/applications/{id}/edit"))
        .await;
    assert_escaped(&editor, "the applicant's editor with the deficiencies");
    if text == SCRIPT {
        // Stored, and shown as the text it is.
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.text());
        assert!(editor.text().contains(SCRIPT), "{}", editor.text());
    }
}
