//! The call form's criteria take a weight and a pass/fail (gate) mark: a gate carries no points,
//! a statutory criterion is never one (the form offers no box for it), weights run from 1 to 10,
//! and what is stored comes back in the form.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

on_both_databases!(the_call_form_sets_weights_and_gate_criteria);

async fn the_call_form_sets_weights_and_gate_criteria(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let (status, body) = app
        .post(&token, "/api/v1/calls", call_body(app.now()))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let edit = format!("/clerk/calls/{}/edit", body["id"]);
    let clerk = Browser::signed_in(&app, &token);
    let page = clerk.get(&edit).await;
    assert!(page.page.has("input#criteria-0-weight[value=\"1\"]"));
    assert!(
        !page.page.has("input#criteria-0-gate"),
        "no gate box on a statutory row"
    );
    assert!(page.page.has("input#criteria-6-gate[type=checkbox]"));

    let form = format!("form[action=\"{edit}\"]");
    let mut fields = page.page.form_fields(&form);
    fields
        .set("criteria.1.weight", "11")
        .set("criteria.6.name", "Zgodność ze sferą zadania")
        .set("criteria.6.max_points", "5");
    fields.0.push(("criteria.6.gate".into(), "on".into()));
    let refused = clerk.post(&edit, &fields.0).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = refused.text();
    assert!(refused.page.has("#criteria-1-weight-error"), "{text}");
    assert!(
        text.contains("Wpisz liczbę całkowitą od 1 do 10."),
        "{text}"
    );
    assert!(text.contains("nie ma punktów"), "{text}");
    assert!(
        refused.page.has("input#criteria-6-gate[checked]"),
        "the mark stays"
    );

    let mut fields = refused.page.form_fields(&form);
    fields
        .set("criteria.1.weight", "3")
        .set("criteria.6.max_points", "0");
    let saved = clerk.post(&edit, &fields.0).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.text());
    let (_, call) = app
        .get(&token, &format!("/api/v1/calls/{}", body["id"]))
        .await;
    assert_eq!(call["criteria"][1]["weight"], 3);
    assert_eq!(call["criteria"][6]["gate"], true);
    assert_eq!(call["criteria"][6]["max_points"], 0);
    let again = clerk.get(&edit).await;
    assert!(again.page.has("input#criteria-6-gate[checked]"));
    assert!(again.page.has("input#criteria-1-weight[value=\"3\"]"));
}
