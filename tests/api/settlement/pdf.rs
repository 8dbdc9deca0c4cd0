//! The settlement and the report as PDFs on both databases: a final report spending 2 000,00 zł
//! of the grant less, filed, accepted, its return paid 60 days late; the report's PDF shows its
//! figures (by version), the settlement's the interest and the clerk's decision; the screens
//! link both; another organisation gets neither.

use super::flow::{accept, at, pay, spend_less, warsaw};
use crate::browser::Browser;
use crate::on_both_databases;
use crate::reports::fixtures::reporting;
use crate::support::*;
use granty_documents::testing::pdf_text;
use granty_store::entities::user;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

on_both_databases!(the_settlement_and_the_report_read_back_as_pdfs);

/// A PDF download: the status, the `Content-Disposition` and the bytes.
pub(super) async fn download(
    app: &TestApp,
    token: &str,
    path: &str,
) -> (StatusCode, String, Vec<u8>) {
    let response = app
        .client
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .expect("download");
    let status = response.status();
    let disposition = response
        .headers()
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (
        status,
        disposition,
        response.bytes().await.expect("bytes").to_vec(),
    )
}

/// The text read back, lines of a wrapped cell joined by single spaces.
pub(super) fn text_of(pdf: &[u8]) -> String {
    pdf_text(pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) fn assert_contains(text: &str, expected: &[&str]) {
    for e in expected {
        assert!(text.contains(e), "{e:?} not in:\n{text}");
    }
}

async fn display_name(app: &TestApp, email: &str) -> String {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&app.db.reader)
        .await
        .expect("user")
        .expect("row")
        .display_name
}

async fn the_settlement_and_the_report_read_back_as_pdfs(backend: Backend) {
    let r = reporting(backend).await;
    let (ngo, clerk, other) = (r.a.e.ngo.clone(), r.a.e.clerk.clone(), r.a.e.ngo_en.clone());
    let (status, report) = r.start_final(&ngo).await;
    assert_eq!(status, StatusCode::CREATED, "{report}");
    let report_id = report["id"].as_i64().expect("id");
    let report_pdf = format!("/api/v1/reports/{report_id}/pdf");
    // A draft has nothing filed yet.
    let (status, _, _) = download(r.app(), &ngo, &report_pdf).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let mut content = r.complete(&report);
    spend_less(&mut content, 200_000);
    let (status, saved) = r.save(&ngo, &report, content).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, submitted) = r.submit(&ngo, report_id).await;
    assert_eq!(status, StatusCode::CREATED, "{submitted}");

    let (status, disposition, pdf) = download(r.app(), &ngo, &report_pdf).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        disposition.contains("sprawozdanie-") && disposition.contains("-v1-pl.pdf"),
        "{disposition}"
    );
    let task = r.terms["task_title"].as_str().expect("title");
    assert_contains(
        &text_of(&pdf),
        &[
            "SPRAWOZDANIE KOŃCOWE Z WYKONANIA ZADANIA PUBLICZNEGO",
            task,
            "wersja 1",
            "Rodzaj kosztu",
            "11 000,00 zł",
            "9 000,00 zł",
        ],
    );
    let (status, _, by_version) =
        download(r.app(), &clerk, &format!("{report_pdf}?version=1")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_version, pdf, "one version, one document");
    let (status, _, _) = download(r.app(), &clerk, &format!("{report_pdf}?version=2")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = download(r.app(), &other, &report_pdf).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, ended) = r.a.act(&clerk, r.agreement, "reporting", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ended}");
    let (clerk, _, _) = at(&r, warsaw(2027, 11, 20)).await;
    assert_eq!(accept(&r, &clerk, report_id).await, 1);
    let (clerk, ngo, other) = at(&r, warsaw(2028, 1, 10)).await;
    let late = json!({ "amount": "2000,00", "paid_on": "2027-12-14", "note": "przelew" });
    let (status, standing) = pay(&r, &clerk, late).await;
    assert_eq!(status, StatusCode::CREATED, "{standing}");

    // 2 000 zł 60 days late at 11 %: 36,16 zł, rounded to 36 zł, above the 26,10 zł floor; the
    // interest still unpaid.
    let settlement_pdf = format!("/api/v1/agreements/{}/settlement.pdf", r.agreement);
    let (status, disposition, pdf) = download(r.app(), &clerk, &settlement_pdf).await;
    assert_eq!(status, StatusCode::OK);
    assert!(disposition.contains("rozliczenie-"), "{disposition}");
    let clerk_name = display_name(r.app(), "urzednik@miasto.pl").await;
    assert_contains(
        &text_of(&pdf),
        &[
            "ROZLICZENIE DOTACJI",
            task,
            "Dotacja przyznana 11 000,00 zł",
            "9 000,00 zł",
            "2 000,00 zł",
            "art. 251 ust. 3 ustawy o finansach publicznych",
            "15.10.2027",
            "14.12.2027",
            "11,00%",
            "Odsetki dokładnie 36,16 zł, po zaokrągleniu 36,00 zł.",
            "Naliczone: 36,00 zł (próg 26,10 zł).",
            "Pozostaje do zapłaty (z odsetkami) 36,00 zł",
            &clerk_name,
            "pozostaje do zapłaty: 36,00 zł",
        ],
    );
    let (status, _, seen) = download(r.app(), &ngo, &settlement_pdf).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(seen, pdf, "the same settlement on the same day");
    let (status, _, _) = download(r.app(), &other, &settlement_pdf).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    the_screens_link_them(&r, &clerk, report_id).await;
}

/// The clerk's settlement screen and the report's read page link their PDFs, which the
/// signed-in session downloads.
async fn the_screens_link_them(
    r: &crate::reports::fixtures::Reporting,
    clerk: &str,
    report_id: i64,
) {
    let browser = Browser::signed_in(r.app(), clerk);
    let screen = browser
        .get(&format!("/clerk/agreements/{}/settlement", r.agreement))
        .await;
    assert_eq!(screen.status, StatusCode::OK, "{}", screen.html());
    let href = format!("/agreements/{}/settlement.pdf", r.agreement);
    assert!(
        screen
            .page
            .has(&format!("a#settlement-pdf[href=\"{href}\"]")),
        "{}",
        screen.html()
    );
    let file = browser.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");
    let read = browser.get(&format!("/reports/{report_id}")).await;
    assert_eq!(read.status, StatusCode::OK, "{}", read.html());
    let href = format!("/reports/{report_id}/report.pdf");
    assert!(
        read.page.has(&format!("a#report-pdf[href=\"{href}\"]")),
        "{}",
        read.html()
    );
    let file = browser.get(&href).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");
}
