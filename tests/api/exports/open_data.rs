//! A town's awarded grants as open data: nothing before the results are published; then the
//! chosen offer with its exact amount and the decision, the offer not chosen left out; the
//! same in CSV (headers in the visitor's language), JSON and the API, without logging in; the
//! town's public page links them.

use super::*;
use crate::browser::Browser;
use crate::on_both_databases;
use crate::results::fixtures::{evaluated, insert_award, record_decision};
use serde_json::{json, Value};

on_both_databases!(open_data_lists_only_published_awards);

async fn open_data_lists_only_published_awards(backend: Backend) {
    let e = evaluated(backend).await;
    let app = &e.app;
    insert_award(app, e.call, e.first, Some(900_050), 8_450, 1).await;
    insert_award(app, e.call, e.second, None, 6_125, 2).await;
    record_decision(&e).await;

    // Decided, not yet published: no grant is public.
    let before = download(app, None, "/api/v1/public/miasto/grants", None).await;
    assert_eq!(before.status, StatusCode::OK);
    assert_eq!(
        serde_json::from_slice::<Value>(&before.bytes).expect("json"),
        json!([])
    );
    assert_eq!(
        download(app, None, "/miasto/open-data/grants.csv", None)
            .await
            .lines()
            .len(),
        1
    );

    let path = format!("/api/v1/calls/{}/results/publish", e.call);
    let (status, body) = app.post(&e.clerk, &path, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let api = download(app, None, "/api/v1/public/miasto/grants", None).await;
    assert_eq!(api.header("content-type"), "application/json");
    let grants: Value = serde_json::from_slice(&api.bytes).expect("json");
    let expected = json!([{
        "call_id": e.call,
        "call_title": "Kultura 2027",
        "organisation": "Fundacja Muzyki",
        "task_title": "Letnie koncerty w parku",
        "amount": "9000.50",
        "amount_minor": 900_050,
        "currency": "PLN",
        "decided_on": app.now().date_naive().to_string(),
        "decision_reference": "Zarządzenie nr 12/2027",
    }]);
    assert_eq!(grants, expected, "the offer not chosen is no grant");
    let file = download(app, None, "/miasto/open-data/grants.json", None).await;
    assert_eq!(
        serde_json::from_slice::<Value>(&file.bytes).expect("json"),
        expected
    );
    assert!(file
        .header("content-disposition")
        .contains("grants-miasto.json"));

    let csv = download(app, None, "/miasto/open-data/grants.csv", None).await;
    assert_eq!(csv.status, StatusCode::OK);
    let lines = csv.lines();
    assert_eq!(
        lines[0],
        "Nabór,Organizacja,Zadanie,Kwota przyznana,Waluta,Data decyzji,Akt decyzji"
    );
    assert_eq!(
        fields(&lines[1])[..5],
        [
            "Kultura 2027",
            "Fundacja Muzyki",
            "Letnie koncerty w parku",
            "9000.50",
            "PLN"
        ]
    );
    let english = download(app, None, "/miasto/open-data/grants.csv", Some("en")).await;
    assert!(english.lines()[0].starts_with("Call,Organisation,Task,Amount awarded"));

    assert_eq!(
        download(app, None, "/api/v1/public/nie-ma-takiego/grants", None)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let town = Browser::new(app).get("/miasto").await;
    assert!(
        town.page
            .has("a#open-data-csv[href$=\"/miasto/open-data/grants.csv\"]"),
        "{}",
        town.html()
    );
    assert!(town.page.has("a#open-data-json"));
}
