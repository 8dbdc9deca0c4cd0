//! After the results: the ranking exported as CSV and XLSX and read back with exact amounts, the
//! partial award's updated estimate filed and accepted, a justification asked on the public form
//! and answered by email.

use super::builder::*;
use super::steps::*;
use crate::support::{offer_content, Backend};
use calamine::{Data, Reader, Xlsx};
use reqwest::StatusCode;
use serde_json::json;
use std::io::Cursor;

async fn published(backend: Backend) -> Cycle {
    let c = accepted(backend).await;
    c.declared().await;
    c.scored().await;
    c.resolve_divergence().await;
    c.awarded().await;
    c.decided().await;
    c.published().await;
    c
}

pub async fn the_results_are_exported_updated_and_justified(backend: Backend) {
    let c = published(backend).await;
    the_ranking_is_exported_with_exact_amounts(&c).await;
    the_updated_estimate_is_filed_and_accepted(&c).await;
    a_justification_is_answered_by_email(&c).await;
}

async fn download(c: &Cycle, path: &str) -> (StatusCode, Vec<u8>) {
    let request = c.app.client.get(c.app.url(path)).bearer_auth(&c.clerk);
    let response = request.send().await.expect("download");
    let status = response.status();
    (status, response.bytes().await.expect("body").to_vec())
}

async fn the_ranking_is_exported_with_exact_amounts(c: &Cycle) {
    let (status, bytes) = download(c, &c.path("ranking.csv")).await;
    assert_eq!(status, StatusCode::OK);
    let text = String::from_utf8(bytes).expect("utf-8");
    let text = text.trim_start_matches('\u{feff}');
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), OFFERS + 1, "{text}");
    assert!(
        lines[0].starts_with("Miejsce,Organizacja,Zadanie"),
        "{}",
        lines[0]
    );
    let partial: Vec<&str> = lines[PARTIAL_PLACE + 1].split(',').collect();
    assert_eq!(partial[0], "9");
    assert_eq!(partial[1], organisation_name(EXPECTED_ORDER[PARTIAL_PLACE]));
    let tail = &partial[partial.len() - 5..];
    assert_eq!(
        tail,
        ["11000.00", "9000.00", PARTIAL_REASON, "0.00", "PLN"],
        "{}",
        lines[9]
    );
    let full: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(
        &full[full.len() - 5..full.len() - 3],
        ["11000.00", "11000.00"]
    );

    let (status, bytes) = download(c, &c.path("ranking.xlsx")).await;
    assert_eq!(status, StatusCode::OK);
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let sheet = workbook.worksheet_range("Ranking").expect("sheet");
    let rows: Vec<Vec<Data>> = sheet.rows().map(<[Data]>::to_vec).collect();
    assert_eq!(rows.len(), OFFERS + 1);
    assert_eq!(rows[0][0].to_string(), "Miejsce");
    let amount = |cell: &Data| match cell {
        Data::Float(value) => format!("{value:.2}"),
        other => panic!("an amount is a number: {other:?}"),
    };
    let row = &rows[PARTIAL_PLACE + 1];
    let width = row.len();
    assert_eq!(amount(&row[width - 5]), "11000.00");
    assert_eq!(amount(&row[width - 4]), "9000.00");
    assert_eq!(amount(&row[width - 2]), "0.00");
    let sum: f64 = rows[1..]
        .iter()
        .map(|r| match &r[width - 4] {
            Data::Float(value) => *value,
            _ => 0.0,
        })
        .sum();
    assert_eq!(
        format!("{sum:.2}"),
        "97000.00",
        "the whole pool, to the grosz"
    );
}

/// The partial award's applicant files the estimate cut to 9 000 zł (own share kept); the clerk
/// accepts it and the award is final.
async fn the_updated_estimate_is_filed_and_accepted(c: &Cycle) {
    let k = EXPECTED_ORDER[PARTIAL_PLACE];
    let ngo = &c.ngos[owner_of(k)].0;
    let id = c.offers[k];
    let mut content = offer_content();
    content["costs"][0]["unit_cost"] = json!("1200");
    content["costs"][2]["unit_cost"] = json!("350");
    content["sources"] =
        json!({ "requested_grant": "9000", "own_financial": "1000", "own_personal": "1000" });
    let submit = format!("/api/v1/applications/{id}/update/submit");
    let (status, filed) = c
        .app
        .post(ngo, &submit, json!({ "content": content }))
        .await;
    assert_eq!(status, StatusCode::OK, "{filed}");
    assert_eq!(filed["update_state"], "submitted");
    // A fully awarded applicant has nothing to update.
    let full = c.offers[EXPECTED_ORDER[0]];
    let other = format!("/api/v1/applications/{full}/update/submit");
    let owner = &c.ngos[owner_of(EXPECTED_ORDER[0])].0;
    let (status, _) = c
        .app
        .post(owner, &other, json!({ "content": content }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let accept = format!("/api/v1/applications/{id}/update/accept");
    let (status, accepted) = c.app.post(&c.clerk, &accept, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    assert_eq!(accepted["update_state"], "accepted");
    let (_, staff) = c.app.get(&c.clerk, &c.path("results")).await;
    let award = staff["awards"]
        .as_array()
        .expect("awards")
        .iter()
        .find(|a| a["application_id"] == json!(id))
        .cloned()
        .expect("the partial award");
    assert_eq!(award["update_state"], "accepted", "{award}");
    let (_, trail) = c
        .app
        .get(&c.clerk, &format!("/api/v1/applications/{id}/history"))
        .await;
    let trail = trail.to_string();
    assert!(
        trail.contains("update_submit") && trail.contains("update_accept"),
        "{trail}"
    );
}

/// Someone asks (in Ukrainian) why the last offer got nothing; the answer goes by email.
async fn a_justification_is_answered_by_email(c: &Cycle) {
    let last = c.offers[EXPECTED_ORDER[OFFERS - 1]];
    let form = format!(
        "/api/v1/public/miasto/calls/{}/justification-requests",
        c.call
    );
    let question = json!({
        "requester_name": "Olena Kowalenko",
        "requester_email": "olena@example.org",
        "application_id": last,
        "question": "Чому ця пропозиція не отримала дотації?",
    });
    let request = c
        .app
        .client
        .post(c.app.url(&form))
        .header("accept-language", "uk");
    let (status, filed) = c.app.send(request.json(&question)).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    let id = filed["id"].as_i64().expect("id");
    let answer = format!("/api/v1/justification-requests/{id}/answer");
    let text = "Oferta uzyskała 12,00 pkt; pula wyczerpała się na 9. miejscu listy.";
    let (status, answered) = c
        .app
        .post(&c.clerk, &answer, json!({ "answer": text }))
        .await;
    assert_eq!(status, StatusCode::OK, "{answered}");
    assert_eq!(
        c.queued("justification_answered").await,
        [("olena@example.org".to_string(), "uk".to_string())]
    );
    let trail = c.actions("justification_request").await;
    assert!(trail.iter().any(|a| a == "answer"), "{trail:?}");
}
