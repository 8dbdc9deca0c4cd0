//! A town's public pages: its calls grouped by phase, and each call's terms, in the town's
//! language or the visitor's choice.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::json;

async fn the_public_sees_a_towns_calls_and_their_terms(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    // An upcoming call too.
    let mut upcoming = call_body(app.now() + chrono::Duration::days(3));
    upcoming["title"] = json!("Sport 2027");
    upcoming["deadline"] = json!(app.now() + chrono::Duration::days(40));
    let (_, created) = app.post(&s.clerk, "/api/v1/calls", upcoming).await;
    let upcoming_id = created["id"].as_i64().unwrap();
    let publish = format!("/api/v1/calls/{upcoming_id}/publish");
    app.post(&s.clerk, &publish, json!({})).await;
    // And a draft nobody outside may see.
    let mut draft = call_body(app.now());
    draft["title"] = json!("Projekt tajny");
    app.post(&s.clerk, "/api/v1/calls", draft).await;

    let visitor = Browser::new(&app);
    let list = visitor.get("/miasto").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.page.lang(), "pl");
    let text = list.text();
    let at = |words: &str| {
        text.find(words)
            .unwrap_or_else(|| panic!("{words} in {text}"))
    };
    assert!(
        at("Trwa nabór") < at("Kultura 2027")
            && at("Kultura 2027") < at("Zapowiedziane")
            && at("Zapowiedziane") < at("Sport 2027"),
        "grouped by phase"
    );
    assert!(text.contains("100\u{a0}000,00\u{a0}zł"));
    assert!(!text.contains("Projekt tajny"));

    let call = visitor.get(&format!("/miasto/calls/{}", s.call)).await;
    assert_eq!(call.status, StatusCode::OK);
    assert_eq!(call.page.text("h1"), "Kultura 2027");
    let text = call.text();
    assert!(
        text.contains("31.12.2026 10:00 CET"),
        "the deadline in the town's zone"
    );
    assert!(text.contains("30 dni 0 godzin"), "the countdown");
    assert!(text.contains("5\u{a0}000,00\u{a0}zł – 20\u{a0}000,00\u{a0}zł"));
    assert!(
        text.contains("art. 15 ust. 1 pkt 1"),
        "the statutory criteria"
    );
    // The required statute, named by the catalogue in the visitor's language.
    let statute =
        |page: &crate::html::Page, name: &str| page.texts("li").contains(&name.to_string());
    assert!(statute(&call.page, "Statut organizacji"));

    // In Ukrainian, by choice, remembered in a cookie.
    let ukrainian = visitor
        .get(&format!("/miasto/calls/{}?lang=uk", s.call))
        .await;
    assert_eq!(ukrainian.cookie("granty_lang").as_deref(), Some("uk"));
    assert_eq!(ukrainian.page.lang(), "uk");
    assert!(ukrainian.text().contains("Критерії оцінювання"));
    assert!(ukrainian.text().contains("30 днів 0 годин"));
    assert!(statute(&ukrainian.page, "Статут організації"));

    let nowhere = visitor.get("/no-such-town").await;
    assert_eq!(nowhere.status, StatusCode::NOT_FOUND);
    let hidden = visitor.get(&format!("/miasto/calls/{}", s.call + 2)).await;
    assert_eq!(
        hidden.status,
        StatusCode::NOT_FOUND,
        "a draft call is not public"
    );
}

on_both_databases!(the_public_sees_a_towns_calls_and_their_terms);
