//! The report pages: the organisation opens the final report from its agreement's screen,
//! writes it in the editor (autosave answers with the sums), is refused with every problem next
//! to its field, reviews and submits it and reads its receipt; the submitted report is read-only,
//! the town reads it, another organisation gets the 404 page.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::reporting;
use crate::support::*;
use reqwest::StatusCode;

on_both_databases!(a_final_report_through_the_pages);

async fn a_final_report_through_the_pages(backend: Backend) {
    let r = reporting(backend).await;
    let ngo = Browser::signed_in(r.app(), &r.a.e.ngo);
    let screen = ngo.get(&format!("/agreements/{}", r.agreement)).await;
    assert_eq!(screen.status, StatusCode::OK);
    let start = format!("form[action=\"/agreements/{}/reports\"]", r.agreement);
    assert!(screen.page.has(&start), "{}", screen.html());
    let fields = screen.page.form_fields(&start);
    let opened = ngo
        .post(&format!("/agreements/{}/reports", r.agreement), &fields.0)
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.html());
    let edit_path = opened.location.clone().expect("the editor");
    let id: i64 = edit_path
        .trim_end_matches("/edit")
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    // Another organisation's member and the town (while it is a draft) get the 404 page.
    let other = Browser::signed_in(r.app(), &r.a.e.ngo_en);
    assert_eq!(other.get(&edit_path).await.status, StatusCode::NOT_FOUND);
    let clerk = Browser::signed_in(r.app(), &r.a.e.clerk);
    let read_path = format!("/reports/{id}");
    assert_eq!(clerk.get(&read_path).await.status, StatusCode::NOT_FOUND);

    let editor = ngo.get(&edit_path).await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.html());
    assert!(editor.page.has("script[src=\"/static/report.js\"]"));
    assert!(
        !editor.page.has("script:not([src])"),
        "no inline script (CSP)"
    );
    let mut form = editor.page.form_fields("#report-form");
    // Autosave answers with the line's actual total, computed by the server.
    form.set("costs.0.year_values.0", "1 234,50");
    let autosaved = ngo.post(&format!("/reports/{id}/autosave"), &form.0).await;
    assert_eq!(autosaved.status, StatusCode::OK, "{}", autosaved.html());
    let body: serde_json::Value = serde_json::from_str(autosaved.html()).unwrap();
    assert!(
        body["lines"][0].as_str().unwrap().contains("234,50"),
        "{body}"
    );

    // Asked to submit while incomplete: back to the editor, every problem at its field.
    let editor = ngo.get(&edit_path).await;
    let csrf = editor.page.input("csrf");
    let refused = ngo
        .post(&format!("/reports/{id}/submit"), &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    let check = ngo.get(refused.location.as_deref().unwrap()).await;
    assert!(check.page.has(".error-summary"), "{}", check.html());
    assert!(check.page.has("#results_description-error"));
    assert!(check.page.has("#declarations-information_true-error"));

    // Filled in as the API test does, then reviewed and submitted.
    let mut form = check.page.form_fields("#report-form");
    let content = r.complete(&serde_json::json!({
        "planned_results": vec![(); editor.page.texts(".report-results tbody tr").len()],
        "planned_actions": vec![(); 0],
    }));
    form.set(
        "results_description",
        content["results_description"].as_str().unwrap(),
    );
    for (i, row) in content["results"].as_array().unwrap().iter().enumerate() {
        form.set(
            &format!("results.{i}.achieved_value"),
            row["achieved_value"].as_str().unwrap(),
        );
        form.set(
            &format!("results.{i}.source"),
            row["source"].as_str().unwrap(),
        );
    }
    for (i, _) in editor
        .page
        .texts("textarea[name$=\".description\"]")
        .iter()
        .enumerate()
    {
        let name = format!("actions.{i}.description");
        if form.0.iter().any(|(n, _)| n == &name) {
            form.set(&name, "Przeprowadzone zgodnie z umową.");
        }
    }
    for (i, line) in content["costs"].as_array().unwrap().iter().enumerate() {
        form.set(
            &format!("costs.{i}.year_values.0"),
            line["year_values"][0].as_str().unwrap(),
        );
        form.set(
            &format!("costs.{i}.grant_part"),
            line["grant_part"].as_str().unwrap(),
        );
    }
    for (code, value) in content["sources"].as_object().unwrap() {
        form.set(&format!("sources.{code}"), value.as_str().unwrap());
    }
    form.set("contribution_description", "Praca wolontariuszy.");
    let mut posted = form.0.clone();
    for d in [
        "status_unchanged",
        "information_true",
        "gdpr_statements_obtained",
    ] {
        posted.push((format!("declarations.{d}"), "1".to_string()));
    }
    posted.push(("action".to_string(), "review".to_string()));
    let saved = ngo.post(&edit_path, &posted).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let review = ngo.get(&read_path).await;
    assert!(review.page.has("#report-ready"), "{}", review.html());
    let submitted = ngo
        .post(&format!("/reports/{id}/submit"), &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let receipt = ngo.get(submitted.location.as_deref().unwrap()).await;
    assert!(receipt.page.has("#report-receipt"), "{}", receipt.html());
    assert!(!receipt.page.has("#submit-report"));

    // Submitted: read-only for its organisation, readable by the town.
    let again = ngo.get(&edit_path).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(again.location.as_deref(), Some(read_path.as_str()));
    let stale = ngo.post(&edit_path, &posted).await;
    assert_eq!(
        stale.status,
        StatusCode::SEE_OTHER,
        "a submitted report is not saved"
    );
    assert_eq!(clerk.get(&read_path).await.status, StatusCode::OK);
    let screen = clerk
        .get(&format!("/clerk/agreements/{}", r.agreement))
        .await;
    assert!(
        screen.page.has(&format!("#report-{id}")),
        "{}",
        screen.html()
    );
}
