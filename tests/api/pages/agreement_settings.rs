//! The town's agreement settings: defaults until saved, the admin's alone, every limit of the law
//! named next to its field, the trusted certificates counted with whose they are; the same use
//! case behind the JSON API and the admin's page.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

/// A self-signed TEST ONLY certificate (CN=Granty Test CA); its key was thrown away.
const TEST_CA: &str = include_str!("../../../crates/domain/src/agreement_settings/test_ca.pem");
const API: &str = "/api/v1/admin/agreement-settings";

async fn the_admin_reads_and_changes_the_agreement_settings(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let (status, _) = app.get(&s.clerk, API).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the town's admin decides");
    let (status, defaults) = app.get(&admin, API).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        defaults,
        json!({
            "shift_percent": "10", "shift_basis": "line", "payment_days": 30, "return_days": 15,
            "final_report_days": 30, "document_languages": [], "trust_anchors_pem": "",
            "allow_scans": true, "trust_anchor_subjects": []
        })
    );
    let beyond_the_law =
        json!({ "return_days": 20, "final_report_days": 45, "shift_percent": "101" });
    let (status, problem) = app.put(&admin, API, beyond_the_law).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        ["shift_percent", "return_days", "final_report_days"]
    );
    let chosen = json!({
        "shift_percent": "25", "shift_basis": "grant_part", "payment_days": 14,
        "return_days": 15, "final_report_days": 30, "document_languages": ["cs", "pl"],
        "trust_anchors_pem": format!("{TEST_CA}{TEST_CA}"), "allow_scans": false
    });
    let (status, saved) = app.put(&admin, API, chosen).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (_, read) = app.get(&admin, API).await;
    assert_eq!(read["shift_percent"], "25");
    assert_eq!(
        read["document_languages"],
        json!(["cs"]),
        "Polish goes without saying"
    );
    assert_eq!(
        read["trust_anchor_subjects"],
        json!(["Granty Test CA", "Granty Test CA"])
    );
    assert_eq!(read["allow_scans"], false);
}

async fn the_settings_page_keeps_what_was_typed_and_names_each_problem(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let browser = Browser::signed_in(&app, &admin);
    let page = browser.get("/admin/agreement-settings").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert_eq!(page.page.input("return_days"), "15");
    assert_eq!(
        page.page.text("#trust-anchor-count"),
        "Zapisane zaufane certyfikaty: 0"
    );
    let form = "form[action=\"/admin/agreement-settings\"]";
    let mut fields = page.page.form_fields(form);
    fields
        .set("return_days", "dwadzieścia")
        .set("shift_percent", "12,5")
        .set(
            "trust_anchors_pem",
            "-----BEGIN CERTIFICATE-----\nnie\n-----END CERTIFICATE-----",
        );
    let bad = browser.post("/admin/agreement-settings", &fields.0).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.page.text("#return_days-error"),
        "Wpisz liczbę całkowitą od 1 do 15."
    );
    assert!(bad.page.has("#trust_anchors_pem-error"));
    assert!(!bad.page.has("#shift_percent-error"), "12,5 % is a percent");
    assert_eq!(
        bad.page.input("return_days"),
        "dwadzieścia",
        "what was typed stays"
    );
    let mut fields = fields.without("allow_scans");
    fields
        .set("return_days", "10")
        .set("trust_anchors_pem", TEST_CA)
        .0
        .push(("language_uk".into(), "on".into()));
    let ok = browser.post("/admin/agreement-settings", &fields.0).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.html());
    let after = browser.get("/admin/agreement-settings?saved=true").await;
    assert!(after.page.has(".notice-box"));
    assert_eq!(after.page.input("shift_percent"), "12.50");
    assert_eq!(after.page.texts(".trust-anchors li"), ["Granty Test CA"]);
    assert!(after.page.has("#language_uk[checked]"));
    assert!(
        !after.page.has("#allow_scans[checked]"),
        "unticked stays unticked"
    );
    let (_, read) = app.get(&admin, API).await;
    assert_eq!(
        (
            read["return_days"].clone(),
            read["document_languages"].clone()
        ),
        (json!(10), json!(["uk"]))
    );
}

on_both_databases!(
    the_admin_reads_and_changes_the_agreement_settings,
    the_settings_page_keeps_what_was_typed_and_names_each_problem,
);
