//! The ranking's downloads: CSV read back as text, XLSX opened back with calamine, both with
//! headers in the clerk's language (Polish) and exact amounts with the currency.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use calamine::{Data, Reader, Xlsx};
use reqwest::StatusCode;
use serde_json::json;
use std::io::Cursor;

async fn download(app: &TestApp, token: &str, path: &str) -> (StatusCode, String, Vec<u8>) {
    let response = app
        .client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("request");
    let status = response.status();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    (status, kind, response.bytes().await.expect("body").to_vec())
}

/// Resolves the divergence and saves the awards with a partial one at place 7.
async fn awarded(app: &TestApp, panel: &Panel) {
    let divergences = format!("/api/v1/calls/{}/divergences", panel.call);
    let note = json!({ "application_id": panel.offers[DIVERGENT], "note": "Rozstrzygnięte." });
    assert_eq!(
        app.post(&panel.clerk, &divergences, note).await.0,
        StatusCode::CREATED
    );
    let awards: Vec<serde_json::Value> = EXPECTED_ORDER
        .iter()
        .enumerate()
        .map(|(place, &k)| {
            let amount = match place {
                0..=5 => "15000",
                6 => "10000.5",
                _ => "",
            };
            json!({ "application_id": panel.offers[k], "amount": amount, "reason": if place == 6 { "Pula wyczerpana" } else { "" } })
        })
        .collect();
    let path = format!("/api/v1/calls/{}/awards", panel.call);
    let (status, body) = app
        .post(&panel.clerk, &path, json!({ "awards": awards }))
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "10 000,50 zł passes the pool: {body}"
    );
    let mut fixed = json!({ "awards": body_awards(panel) });
    fixed["awards"][6]["amount"] = json!("9999.99");
    let (status, body) = app.post(&panel.clerk, &path, fixed).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

fn body_awards(panel: &Panel) -> Vec<serde_json::Value> {
    EXPECTED_ORDER
        .iter()
        .enumerate()
        .map(|(place, &k)| {
            let amount = if place <= 5 { "15000" } else { "0" };
            json!({ "application_id": panel.offers[k], "amount": amount, "reason": if place == 6 { "Pula wyczerpana" } else { "" } })
        })
        .collect()
}

async fn the_ranking_downloads_hold_polish_headers_and_exact_amounts(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    awarded(&app, &panel).await;
    let csv_path = format!("/api/v1/calls/{}/ranking.csv", panel.call);
    let (status, kind, bytes) = download(&app, &panel.clerk, &csv_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.starts_with("text/csv"), "{kind}");
    let text = String::from_utf8(bytes).expect("utf-8");
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for spreadsheets");
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), OFFERS + 1);
    assert!(
        lines[0].starts_with("Miejsce,Organizacja,Zadanie,Numer oferty,Średnia: "),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with("Suma punktów,Rekomendowana,Rozbieżność,Uwagi o oferencie,Wnioskowana kwota,Kwota dotacji,Uzasadnienie,Pozostało w puli,Waluta"));
    let seventh: Vec<&str> = lines[7].split(',').collect();
    assert_eq!(seventh[0], "7");
    let tail = &seventh[seventh.len() - 5..];
    assert_eq!(
        tail,
        ["15000.00", "9999.99", "Pula wyczerpana", "0.01", "PLN"],
        "{}",
        lines[7]
    );
    let first: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(first[2], "Zadanie 1");
    assert_eq!(
        first[first.len() - 9],
        "60.00",
        "six criteria of 10 points: {}",
        lines[1]
    );

    let xlsx_path = format!("/api/v1/calls/{}/ranking.xlsx", panel.call);
    let (status, kind, bytes) = download(&app, &panel.clerk, &xlsx_path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(kind.contains("spreadsheetml"), "{kind}");
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let sheet = workbook.worksheet_range("Ranking").expect("sheet");
    let header: Vec<String> = sheet
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(header[0], "Miejsce");
    assert_eq!(header[header.len() - 4], "Kwota dotacji");
    assert_eq!(header[header.len() - 1], "Waluta");
    let row: Vec<&Data> = sheet.rows().nth(7).expect("place 7").iter().collect();
    let width = row.len();
    let amount = |cell: &Data| match cell {
        Data::Float(value) => format!("{value:.2}"),
        other => panic!("an amount is a number: {other:?}"),
    };
    assert_eq!(amount(row[width - 4]), "9999.99");
    assert_eq!(amount(row[width - 5]), "15000.00");
    assert_eq!(amount(row[width - 2]), "0.01");
    assert_eq!(row[width - 3].to_string(), "Pula wyczerpana");
    assert_eq!(row[width - 1].to_string(), "PLN");
    assert_eq!(
        amount(row[width - 9]),
        "42.00",
        "place 7's total, as a number"
    );
}

on_both_databases!(the_ranking_downloads_hold_polish_headers_and_exact_amounts);
