//! The clerk's side of the offers: a call's submissions filtered and sorted, and the formal check
//! with its checklist, outcome and deficiencies.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::json;

/// The checklist as the clerk answers it: one condition not met.
const CHECKLIST: [(&str, &str); 7] = [
    ("checklist.on_time", "met"),
    ("checklist.eligible_applicant", "met"),
    ("checklist.statutory_activity", "met"),
    ("checklist.complete_form", "met"),
    ("checklist.required_attachments", "met"),
    ("checklist.authorised_signatures", "not_met"),
    ("checklist.financial_conditions", "not_applicable"),
];

async fn the_clerk_lists_submissions_and_runs_the_formal_check(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = Browser::signed_in(&app, &s.clerk);
    let calls = clerk.get("/clerk/calls").await;
    assert_eq!(calls.status, StatusCode::OK);
    assert!(calls.text().contains("Kultura 2027"));
    let list = clerk
        .get(&format!("/clerk/calls/{}/applications?sort=grant", s.call))
        .await;
    let receipt = format!("K{}/2026/0001", s.call);
    assert!(list.text().contains(&receipt), "{}", list.html());
    assert!(list.text().contains("11\u{a0}000,00\u{a0}zł"));
    let filtered = clerk
        .get(&format!(
            "/clerk/calls/{}/applications?state=formally_accepted",
            s.call
        ))
        .await;
    assert!(!filtered.text().contains(&receipt));

    let path = format!("/clerk/applications/{id}");
    let page = clerk.get(&path).await;
    let text = page.text();
    assert!(
        text.contains("Oferta spełnia wszystkie warunki sprawdzane automatycznie."),
        "{text}"
    );
    // The filed attachment, its kind translated, with a download link.
    assert!(
        page.page
            .has(".attachments-table a[href^=\"/applications/\"][download]"),
        "{text}"
    );
    assert!(text.contains("Statut organizacji"), "{text}");
    // The clerk reads the offer as it was submitted: its sections, lines and declarations.
    assert!(text.contains("Treść oferty (wersja 1)"), "{text}");
    assert!(page
        .page
        .texts("td")
        .contains(&"Honoraria artystów".to_string()));
    assert!(text.contains("Anna Nowak"), "the contact person");
    assert!(
        text.contains("1\u{a0}500,00\u{a0}zł"),
        "the unit cost, computed"
    );
    // The checklist: the automatic checks' answers are offered, the rest is the clerk's.
    assert!(page
        .page
        .has("input#checklist-on_time[name=\"checklist.on_time\"][value=\"met\"][checked]"));
    let csrf = page.page.input("csrf");
    let missing = clerk
        .post(
            &path,
            &[("csrf", csrf.as_str()), ("deficiencies", "Brak podpisu")],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.text().contains("Wybierz wynik oceny formalnej."));
    assert_eq!(
        missing.page.textarea("deficiencies"),
        "Brak podpisu",
        "what was typed stays"
    );
    let empty = clerk
        .post(
            &path,
            &[
                ("csrf", csrf.as_str()),
                ("outcome", "needs_correction"),
                ("deficiencies", "  "),
            ],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        empty
            .page
            .has(".error-summary a[href=\"#checklist-eligible_applicant\"]"),
        "a condition no machine can judge must be answered: {}",
        empty.html()
    );
    let mut accepted = vec![("csrf", csrf.as_str()), ("outcome", "accepted")];
    accepted.extend(CHECKLIST);
    let contradiction = clerk.post(&path, &accepted).await;
    assert_eq!(contradiction.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        contradiction.text().contains("nie można uznać za poprawną"),
        "{}",
        contradiction.html()
    );
    assert!(
        contradiction
            .page
            .has("input[name=\"checklist.authorised_signatures\"][value=\"not_met\"][checked]"),
        "the answers stay as given"
    );
    let mut correction = vec![
        ("csrf", csrf.as_str()),
        ("outcome", "needs_correction"),
        ("deficiencies", "Brak podpisu skarbnika\nBrak statutu"),
    ];
    correction.extend(CHECKLIST);
    let done = clerk.post(&path, &correction).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let (_, view) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(view["state"], "needs_correction");
    assert_eq!(
        view["formal_checks"][0]["deficiencies"],
        json!(["Brak podpisu skarbnika", "Brak statutu"])
    );
    assert_eq!(
        view["formal_checks"][0]["checklist"]["authorised_signatures"],
        "not_met"
    );
    // Not for NGOs.
    let ngo = Browser::signed_in(&app, &s.ngo);
    assert_eq!(ngo.get("/clerk/calls").await.status, StatusCode::FORBIDDEN);
}

on_both_databases!(the_clerk_lists_submissions_and_runs_the_formal_check);
