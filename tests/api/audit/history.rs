//! The staff read an offer's trail: on a page (times in the town's zone, actions in their
//! language) and as JSON; the applicant may not.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::{Backend, TestApp};
use reqwest::StatusCode;

async fn the_clerk_reads_an_offers_trail(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;

    let (status, body) = app
        .get(&s.clerk, &format!("/api/v1/applications/{id}/history"))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let entries = body["entries"].as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "save_draft", "upload", "submit"]);
    for entry in entries {
        assert_eq!(entry["actor_email"], "fundacja@example.org", "{entry}");
        assert_eq!(entry["client_address"], "127.0.0.1", "{entry}");
    }
    assert_eq!(entries[1]["after"]["sources"]["requested_grant"], "11000");
    assert_eq!(entries[1]["before"]["sources"]["requested_grant"], "");
    // The applicant reads their offer but not its trail.
    let (status, _) = app
        .get(&s.ngo, &format!("/api/v1/applications/{id}/history"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A call's trail: its creation and publication, with the state before and after.
    let (status, body) = app
        .get(&s.clerk, &format!("/api/v1/calls/{}/history", s.call))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let publish = &body["entries"][1];
    assert_eq!(body["entries"][0]["action"], "create");
    assert_eq!(publish["action"], "publish");
    assert_eq!(
        (&publish["before"]["state"], &publish["after"]["state"]),
        (&"draft".into(), &"published".into())
    );
    let (status, _) = app
        .get(&s.ngo, &format!("/api/v1/calls/{}/history", s.call))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let clerk = Browser::signed_in(&app, &s.clerk);
    let check = clerk.get(&format!("/clerk/applications/{id}")).await;
    assert!(check
        .html()
        .contains(&format!("/clerk/applications/{id}/history")));
    let page = clerk
        .get(&format!("/clerk/applications/{id}/history"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    for words in [
        "Historia zmian",
        "Rozpoczęto szkic",
        "Zapisano szkic",
        "Dołączono plik",
        "Złożono",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // 09:00 UTC is 10:00 in Warsaw, the town's zone.
    assert!(text.contains("10:00"), "{text}");
    // What changed, field by field (the draft's sections, before → after).
    assert!(
        text.contains("title: — → Letnie koncerty w parku"),
        "{text}"
    );
    assert!(
        text.contains("sources.requested_grant: — → 11000"),
        "{text}"
    );
    assert!(
        !text.contains("sources.own_in_kind"),
        "unchanged fields stay out: {text}"
    );
    assert!(text.contains("127.0.0.1"));
}

on_both_databases!(the_clerk_reads_an_offers_trail);
