//! The editor's rows, summary and removals in the browser forms: "add a row" without JavaScript,
//! progress before asking to submit and named problems after, the autosave carrying the summary,
//! the title's limit, "Start an offer" on the call's page (twice is one draft), withdrawing a
//! submitted offer and deleting a draft, each with its confirmation and audit entry.

use crate::browser::{Answer, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::audit_event;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Starts (or continues) the organisation's offer in the call from the call's public page.
async fn start_from_call_page(ngo: &Browser<'_>, s: &Scenario) -> String {
    let call_page = ngo.get(&format!("/miasto/calls/{}", s.call)).await;
    let action = format!("/calls/{}/start", s.call);
    assert!(
        call_page.page.has(&format!("form[action=\"{action}\"]")),
        "{}",
        call_page.html()
    );
    let fields = call_page
        .page
        .form_fields(&format!("form[action=\"{action}\"]"));
    let started = ngo.post(&action, &fields.0).await;
    assert_eq!(started.status, StatusCode::SEE_OTHER);
    started.location.expect("the editor")
}

fn rows_of(page: &Answer, table: &str) -> usize {
    page.page
        .all(&format!("input[name^=\"{table}.\"][name$=\".name\"]"))
        .len()
}

async fn rows_are_added_and_the_summary_names_each_field(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let edit_path = start_from_call_page(&ngo, &s).await;
    assert_eq!(
        start_from_call_page(&ngo, &s).await,
        edit_path,
        "a second start continues the first draft"
    );
    let editor = ngo.get(&edit_path).await;
    assert_eq!(editor.page.all("button.add-row").len(), 3);
    assert_eq!(editor.page.attr("#title", "maxlength"), "300");
    assert!(editor.page.text("#title-hint").contains("300"));
    // Before asking to submit: progress per section, no wall of "required".
    assert!(!editor.page.has(".error-summary"), "{}", editor.html());
    let progress = editor.page.texts("ul.progress li");
    assert!(progress.iter().any(|p| p.contains("0 z 6")), "{progress:?}");
    let schedule_rows = rows_of(&editor, "schedule");

    // "Add a row" without JavaScript: saved, and back with one more blank row.
    let long_title = "x".repeat(301);
    let mut fields = editor.page.form_fields("#offer-form");
    fields.0.push(("action".into(), "add:schedule".into()));
    fields.set("schedule.0.name", "Koncerty");
    fields.set("title", &long_title);
    let added = ngo.post(&edit_path, &fields.0).await;
    assert_eq!(added.status, StatusCode::OK, "{}", added.html());
    assert_eq!(rows_of(&added, "schedule"), schedule_rows + 1);
    assert_eq!(added.page.input("schedule.0.name"), "Koncerty");
    assert_eq!(
        added.page.input("title"),
        long_title,
        "nothing typed is lost"
    );
    // The server still names the limit, next to the field and in the summary with its name.
    let too_long = "Wpisz najwyżej 300 znaków.";
    assert_eq!(added.page.text("#title-error"), too_long);
    let named = format!("Tytuł zadania publicznego: {too_long}");
    assert!(added.page.texts("#editor-summary li a").contains(&named));

    // Once asked to submit (the review's links carry ?check=1), every problem names its field.
    let checked = ngo.get(&format!("{edit_path}?check=1")).await;
    let entries = checked.page.texts(".error-summary li a");
    let required = "To pole jest wymagane.";
    let place = format!("Miejsce realizacji: {required}");
    assert!(entries.contains(&place), "{entries:?}");
    assert!(
        entries.iter().all(|e| !e.starts_with(required)),
        "{entries:?}"
    );
    assert!(checked.page.has("input[name=check][value=\"1\"]"));

    // The autosave answers with the summary and the messages as they are now.
    let mut fields = checked.page.form_fields("#offer-form");
    fields.set("place", "Park Miejski");
    fields.set("title", "Koncerty");
    let id = edit_path.split('/').nth(2).unwrap();
    let autosaved = ngo
        .post(&format!("/applications/{id}/autosave"), &fields.0)
        .await;
    assert_eq!(autosaved.status, StatusCode::OK);
    let body: serde_json::Value = serde_json::from_str(autosaved.html()).unwrap();
    let summary = body["summary"].as_str().expect("the summary's markup");
    assert!(!summary.contains(&place), "{summary}");
    assert!(summary.contains(&format!("Grupa docelowa: {required}")));
    assert!(body["errors"].get("place").is_none(), "{body}");
    assert!(body["errors"].get("target_group").is_some(), "{body}");
}

async fn the_call_page_leads_a_visitor_to_log_in_and_back(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let call_path = format!("/miasto/calls/{}", s.call);
    let visitor = Browser::new(&app).get(&call_path).await;
    let login = visitor.page.attr("#start-offer ~ p a", "href");
    assert_eq!(login, format!("/login?tenant=miasto&next={call_path}"));
    // The clerk starts no offer.
    let clerk = Browser::signed_in(&app, &s.clerk).get(&call_path).await;
    assert!(!clerk.page.has("#start-offer"));
}

async fn audit_actions(app: &TestApp, id: i64) -> Vec<String> {
    audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("application"))
        .filter(audit_event::Column::EntityId.eq(id))
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn a_draft_is_deleted_and_a_submitted_offer_withdrawn_after_confirming(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let draft = app.new_draft(&s.ngo, s.call, s.organisation).await;
    let submitted = app.submitted(&s.ngo, s.call, s.organisation).await;
    let dashboard = ngo.get("/dashboard").await;
    assert!(dashboard
        .page
        .has(&format!("a[href=\"/applications/{draft}/delete\"]")));
    assert!(dashboard
        .page
        .has(&format!("a[href=\"/applications/{submitted}/withdraw\"]")));

    // Deleting asks first; a submitted offer cannot be deleted.
    let confirm = ngo.get(&format!("/applications/{draft}/delete")).await;
    assert_eq!(confirm.status, StatusCode::OK);
    let csrf = confirm.page.input("csrf");
    let refused = ngo
        .post(
            &format!("/applications/{submitted}/delete"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let deleted = ngo
        .post(&format!("/applications/{draft}/delete"), &[("csrf", &csrf)])
        .await;
    assert_eq!(deleted.location.as_deref(), Some("/dashboard?done=delete"));
    let gone = app
        .get(&s.ngo, &format!("/api/v1/applications/{draft}"))
        .await;
    assert_eq!(gone.0, StatusCode::NOT_FOUND);
    assert_eq!(audit_actions(&app, draft).await, ["create", "delete"]);
    let after = ngo.get("/dashboard?done=delete").await;
    assert!(after.text().contains("Wersja robocza została usunięta."));

    // Withdrawing asks first too, and leaves the offer withdrawn with its audit entry.
    let receipt = ngo.get(&format!("/applications/{submitted}/receipt")).await;
    assert!(receipt
        .page
        .has(&format!("a[href=\"/applications/{submitted}/withdraw\"]")));
    let confirm = ngo
        .get(&format!("/applications/{submitted}/withdraw"))
        .await;
    assert!(confirm.page.has("button.danger"));
    let withdrawn = ngo
        .post(
            &format!("/applications/{submitted}/withdraw"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(
        withdrawn.location.as_deref(),
        Some("/dashboard?done=withdraw")
    );
    let offer = app
        .get(&s.ngo, &format!("/api/v1/applications/{submitted}"))
        .await;
    assert_eq!(offer.1["state"], "withdrawn", "{}", offer.1);
    assert!(audit_actions(&app, submitted)
        .await
        .contains(&"withdraw".to_string()));
    // Nothing left to confirm: the confirmation page leads back to the offer.
    let again = ngo
        .get(&format!("/applications/{submitted}/withdraw"))
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
}

on_both_databases!(
    rows_are_added_and_the_summary_names_each_field,
    the_call_page_leads_a_visitor_to_log_in_and_back,
    a_draft_is_deleted_and_a_submitted_offer_withdrawn_after_confirming,
);
