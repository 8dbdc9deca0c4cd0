//! The correction loop in the pages: the clerk's saved decision confirmed with its justification,
//! the justification in the NGO's editor, the history and the outbox, the correction labelled as
//! one on the review and receipt pages, both versions' times and their difference for the clerk,
//! the call's activity chart with its table, and each call's count of offers on the clerk's list.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::notification;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::json;

const JUSTIFICATION: &str = "Ofertę podpisuje zarząd w składzie z KRS, dwie osoby.";

/// The clerk asks for a correction through the page, with a justification.
async fn request_correction(app: &TestApp, clerk: &Browser<'_>, id: i64) {
    let path = format!("/clerk/applications/{id}");
    let csrf = clerk.get(&path).await.page.input("csrf");
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("outcome", "needs_correction"),
        ("deficiencies", "Brak podpisu skarbnika"),
        ("reason", JUSTIFICATION),
    ];
    form.extend([
        ("checklist.on_time", "met"),
        ("checklist.eligible_applicant", "met"),
        ("checklist.statutory_activity", "met"),
        ("checklist.complete_form", "met"),
        ("checklist.required_attachments", "met"),
        ("checklist.authorised_signatures", "not_met"),
        ("checklist.financial_conditions", "not_applicable"),
    ]);
    let saved = clerk.post(&path, &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let location = saved.headers["location"].to_str().unwrap().to_string();
    assert!(
        location.starts_with(&format!("{path}?saved=1")),
        "{location}"
    );
    let confirmed = clerk.get(&format!("{path}?saved=1")).await;
    let status = confirmed.page.text("#decision-saved[role=status]");
    assert!(status.contains("Decyzja została zapisana"), "{status}");
    assert!(status.contains("do uzupełnienia"), "the outcome: {status}");
    assert!(status.contains("Brak podpisu skarbnika"), "{status}");
    assert!(status.contains(JUSTIFICATION), "{status}");
    assert!(
        status.contains("23:59:59"),
        "the correction deadline: {status}"
    );
    // Without `saved` the decision is still shown, but not announced as news.
    let later = clerk.get(&path).await;
    assert!(!later.page.has("#decision-saved[role=status]"));
    assert!(later.page.text("#decision-saved").contains(JUSTIFICATION));
    let stored = notification::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    assert!(
        stored
            .iter()
            .any(|n| n.kind == "correction_requested" && n.event.contains(JUSTIFICATION)),
        "the deficiency letter carries the justification"
    );
}

/// The NGO sees the justification, changes the summary and files the correction.
async fn file_correction(app: &TestApp, s: &Scenario, id: i64) {
    let ngo = Browser::signed_in(app, &s.ngo);
    let editor = ngo.get(&format!("/applications/{id}/edit")).await;
    assert!(editor
        .page
        .text("#correction-justification")
        .contains(JUSTIFICATION));
    let (_, current) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    let mut corrected = offer_content();
    corrected["summary"] = json!("Sześć koncertów; podpisy dwóch członków zarządu.");
    let version = current["version"].as_i64().unwrap();
    let body = json!({ "version": version, "content": corrected });
    let (status, _) = app
        .patch(&s.ngo, &format!("/api/v1/applications/{id}"), body)
        .await;
    assert_eq!(status, StatusCode::OK);
    let review = ngo.get(&format!("/applications/{id}/review")).await;
    assert_eq!(review.page.text("main form button"), "Składam korektę");
    let csrf = review.page.input("csrf");
    let filed = ngo
        .post(&format!("/applications/{id}/submit"), &[("csrf", csrf)])
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER);
    let receipt = ngo.get(&format!("/applications/{id}/receipt")).await;
    assert_eq!(receipt.page.text("h1"), "Korekta złożona");
    let number = format!("K{}/2026/0001", s.call);
    assert_eq!(
        receipt.page.text("#correction-number"),
        format!(
            "Numer {number}-K1 oznacza korektę nr 1 oferty złożonej pod numerem {number}. \
             Urząd zachowuje wcześniejszą wersję."
        )
    );
}

async fn the_correction_loop_reads_as_one_on_both_sides(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = Browser::signed_in(&app, &s.clerk);
    let review = Browser::signed_in(&app, &s.ngo)
        .get(&format!("/applications/{id}/review"))
        .await;
    assert!(!review.text().contains("Składam korektę"));
    request_correction(&app, &clerk, id).await;
    let history = clerk
        .get(&format!("/clerk/applications/{id}/history"))
        .await;
    assert!(history.text().contains(JUSTIFICATION), "{}", history.html());
    app.clock.advance(chrono::Duration::minutes(90));
    file_correction(&app, &s, id).await;

    // The clerk sees both versions with their times, and what changed between them.
    let page = clerk.get(&format!("/clerk/applications/{id}")).await;
    let versions = page.page.texts("#versions tbody tr");
    assert_eq!(versions.len(), 2, "{}", page.html());
    assert!(versions[0].contains("oferta") && versions[1].contains("korekta"));
    assert!(versions[1].contains(&format!("K{}/2026/0001-K1", s.call)));
    let changed = page.page.texts("#version-diff tbody tr");
    assert_eq!(changed.len(), 1, "only the summary changed: {changed:?}");
    assert!(changed[0].contains("Cykl sześciu koncertów plenerowych."));
    assert!(changed[0].contains("Sześć koncertów; podpisy dwóch członków zarządu."));
    assert!(page.page.has("#version-diff del") && page.page.has("#version-diff ins"));

    // The call's page charts the offer started and submitted, with the numbers in a table.
    let call = clerk
        .get(&format!("/clerk/calls/{}/applications", s.call))
        .await;
    assert!(call
        .page
        .has("svg#activity-chart[role=img] title#activity-title"));
    let desc = call.page.text("svg#activity-chart desc");
    assert!(desc.contains("rozpoczęte: 1, złożone: 1"), "{desc}");
    assert_eq!(call.page.all("svg#activity-chart rect.submitted").len(), 1);
    let rows = call.page.texts("#activity-table tbody tr");
    assert_eq!(rows.len(), 1, "{rows:?}");
    // The clerk's list counts each call's offers; a corrected one counts once.
    let calls = clerk.get("/clerk/calls").await;
    assert!(calls.text().contains("(złożone: 1)"), "{}", calls.html());
}

on_both_databases!(the_correction_loop_reads_as_one_on_both_sides);
