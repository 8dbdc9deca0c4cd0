//! The town's settlement settings and interest rates: defaults until saved, the admin's alone,
//! each problem named on its field; the page keeps what was typed.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

const API: &str = "/api/v1/admin/settlement-settings";

fn fields(problem: &serde_json::Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| e["field"].as_str().expect("field").to_string())
        .collect()
}

async fn the_admin_reads_and_changes_the_settlement_settings(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let (status, _) = app.get(&s.clerk, API).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the town's admin decides");
    let (status, defaults) = app.get(&admin, API).await;
    assert_eq!(status, StatusCode::OK, "{defaults}");
    assert_eq!(defaults["days_after_finding"], 15);
    assert_eq!(defaults["written_call_days"], 7);
    assert_eq!(defaults["interest_floor_minor"], 2_610);
    assert_eq!(defaults["partial_call_days"], 30);
    assert_eq!(defaults["control_days"], 14);
    assert_eq!(
        defaults["overdue_every_days"], 7,
        "weekly reminders of what is overdue"
    );
    assert_eq!(defaults["rates"], json!([]));
    let table = defaults["table"].as_array().expect("table");
    assert_eq!(
        table.first().map(|r| r["rate_bp"].clone()),
        Some(json!(800))
    );
    assert_eq!(
        table.last().map(|r| r["from"].clone()),
        Some(json!("2025-12-04"))
    );

    let wrong = json!({
        "days_after_finding": 0, "partial_call_days": 14, "interest_floor_minor": -1,
        "overdue_every_days": 0,
        "rates": [{ "from": "2025-06-01", "rate_bp": 1_000 }]
    });
    let (status, problem) = app.put(&admin, API, wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        fields(&problem),
        [
            "days_after_finding",
            "interest_floor",
            "partial_call_days",
            "overdue_every_days",
            "rates"
        ]
    );
    let low = json!({ "rates": [{ "from": "2026-01-08", "rate_bp": 700 }] });
    let (_, problem) = app.put(&admin, API, low).await;
    assert_eq!(
        problem["errors"][0]["code"], "interest_rate_below_minimum",
        "{problem}"
    );

    let chosen = json!({
        "days_after_finding": 15, "written_call_days": 10, "interest_floor_minor": 2_610,
        "keep_grant_share": false, "documents_list": true, "partial_call_days": 30,
        "correction_days": 14, "control_days": 14, "overdue_every_days": 3,
        "rates": [{ "from": "2026-01-08", "rate_bp": 1_050 }]
    });
    let (status, saved) = app.put(&admin, API, chosen).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (_, read) = app.get(&admin, API).await;
    assert_eq!(read["written_call_days"], 10);
    assert_eq!(read["overdue_every_days"], 3);
    assert_eq!(read["keep_grant_share"], false);
    assert_eq!(
        read["rates"],
        json!([{ "from": "2026-01-08", "rate_bp": 1_050 }])
    );
    let last = read["table"].as_array().and_then(|t| t.last().cloned());
    assert_eq!(
        last,
        Some(json!({ "from": "2026-01-08", "rate_bp": 1_050, "shipped": false }))
    );
}

async fn the_settings_page_names_each_problem_and_adds_a_rate(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let browser = Browser::signed_in(&app, &admin);
    let page = browser.get("/admin/settlement-settings").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert_eq!(page.page.input("days_after_finding"), "15");
    assert_eq!(page.page.input("interest_floor"), "26.10");
    assert!(
        page.page.texts(".rate-table tbody tr").len() >= 16,
        "the shipped rows are shown"
    );
    let form = "form[action=\"/admin/settlement-settings\"]";
    let mut fields = page.page.form_fields(form);
    fields
        .set("partial_call_days", "dwadzieścia")
        .set("rates", "2025-01-01 9,5");
    let bad = browser.post("/admin/settlement-settings", &fields.0).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.page.text("#partial_call_days-error"),
        "Wpisz liczbę całkowitą od 30 do 90."
    );
    assert!(
        bad.page.text("#rates-error").contains("04.12.2025"),
        "{}",
        bad.html()
    );
    assert_eq!(
        bad.page.input("partial_call_days"),
        "dwadzieścia",
        "what was typed stays"
    );
    fields
        .set("partial_call_days", "45")
        .set("rates", "nie stawka");
    let unreadable = browser.post("/admin/settlement-settings", &fields.0).await;
    assert_eq!(unreadable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unreadable.page.has("#rates-error"));
    fields.set("rates", "2026-01-08 10,5");
    let ok = browser.post("/admin/settlement-settings", &fields.0).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.html());
    let after = browser.get("/admin/settlement-settings?saved=true").await;
    assert!(after.page.has(".notice-box"));
    assert_eq!(after.page.input("partial_call_days"), "45");
    assert_eq!(after.page.texts(".rate-table tr.town-rate").len(), 1);
    let (_, read) = app.get(&admin, API).await;
    assert_eq!(
        read["rates"],
        json!([{ "from": "2026-01-08", "rate_bp": 1_050 }])
    );
}

on_both_databases!(
    the_admin_reads_and_changes_the_settlement_settings,
    the_settings_page_names_each_problem_and_adds_a_rate,
);
