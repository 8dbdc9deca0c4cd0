//! Uploads: judged by when their body finished arriving, checked again in the transaction that
//! records them, kept in memory only up to the limit, judged by their content and not by their
//! name, and stored under names that cannot disguise what they are.

use super::multipart::{self, body};
use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    an_upload_to_a_submitted_offer_leaves_nothing_behind,
    an_upload_whose_body_ends_after_the_deadline_is_refused,
    uploads_racing_a_submission_land_in_it_or_not_at_all,
    a_file_over_the_limit_is_refused_as_it_streams_in,
    the_content_decides_not_the_name,
    file_names_cannot_disguise_what_they_are,
);

/// Objects in storage under the offer, and its attachment rows.
async fn left_behind(app: &TestApp, token: &str, id: i64) -> (usize, usize) {
    let prefix = format!("tenants/{}/applications/{id}/", app.tenant_id);
    let objects = app.storage.keys(&prefix).await.expect("keys").len();
    let (_, offer) = app.get(token, &format!("/api/v1/applications/{id}")).await;
    let rows = offer["attachments"].as_array().expect("attachments").len();
    (objects, rows)
}

fn pdf_of(size: usize) -> Vec<u8> {
    let mut bytes = pdf_bytes();
    bytes.resize(size, b' ');
    bytes
}

async fn an_upload_to_a_submitted_offer_leaves_nothing_behind(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    assert_eq!(left_behind(&app, &s.ngo, id).await, (1, 1));
    let late = body(
        &[("kind", "inne")],
        ("aneks.pdf", "application/pdf", &pdf_bytes()),
    );
    let (status, problem) = multipart::post_api(&app, &s.ngo, id, late, "pl").await;
    assert_eq!(status, StatusCode::CONFLICT, "{problem}");
    assert_eq!(left_behind(&app, &s.ngo, id).await, (1, 1));
}

async fn an_upload_whose_body_ends_after_the_deadline_is_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let deadline = start_of_test() + Duration::days(30);
    app.clock.set(deadline - Duration::minutes(1));
    let token = app.token("fundacja@example.org", "miasto").await;
    let path = format!("/api/v1/applications/{id}/attachments");
    let file = pdf_of(150_000);
    let form = body(
        &[("kind", "statut")],
        ("statut.pdf", "application/pdf", &file),
    );

    // Begun a minute before the deadline, finished 30 seconds before: taken.
    let clock = app.clock.clone();
    let half_minute = move || clock.advance(Duration::seconds(30));
    let (status, answer) =
        multipart::post_in_two_parts(&app, &path, &token, &form, 1000, half_minute).await;
    assert_eq!(status, 201, "{answer}");
    // Begun 30 seconds before, finished 30 seconds after: refused, nothing kept.
    let clock = app.clock.clone();
    let minute = move || clock.advance(Duration::minutes(1));
    let (status, answer) =
        multipart::post_in_two_parts(&app, &path, &token, &form, 1000, minute).await;
    assert_eq!(status, 409, "{answer}");
    assert!(answer.contains("Termin składania ofert minął"), "{answer}");
    assert_eq!(left_behind(&app, &token, id).await, (1, 1));
}

async fn uploads_racing_a_submission_land_in_it_or_not_at_all(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let uploads = (0..12).map(|i| {
        let name = format!("aneks {i}.pdf");
        let form = body(
            &[("kind", "inne")],
            (&name, "application/pdf", &pdf_bytes()),
        );
        multipart::post_api(&app, &s.ngo, id, form, "pl")
    });
    let submit_path = format!("/api/v1/applications/{id}/submit");
    let submit = app.post(&s.ngo, &submit_path, json!({}));
    let (answers, (submitted, _)) = tokio::join!(futures::future::join_all(uploads), submit);
    assert_eq!(submitted, StatusCode::CREATED);
    let taken = answers
        .iter()
        .filter(|(s, _)| *s == StatusCode::CREATED)
        .count();
    for (status, answer) in &answers {
        assert!(
            [StatusCode::CREATED, StatusCode::CONFLICT].contains(status),
            "{status} {answer}"
        );
    }
    // Every file taken is part of the submitted version; every file refused left no object.
    let (_, version) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    let rows = version["attachments"]
        .as_array()
        .expect("attachments")
        .clone();
    assert_eq!(rows.len(), taken + 1, "{version}");
    for row in &rows {
        assert_eq!(row["locked_in_version"], 1, "{row}");
    }
    assert_eq!(left_behind(&app, &s.ngo, id).await, (taken + 1, taken + 1));
}

async fn a_file_over_the_limit_is_refused_as_it_streams_in(backend: Backend) {
    // The test app takes files of up to 200 000 bytes.
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let csrf = Browser::signed_in(&app, &s.ngo).csrf().await;
    for size in [200_001, 5_000_000] {
        let form = || {
            body(
                &[("kind", "statut")],
                ("duzy.pdf", "application/pdf", &pdf_of(size)),
            )
        };
        // Read to its end (and dropped), so the client hears why rather than a reset connection.
        let (status, problem) = multipart::post_api(&app, &s.ngo, id, form(), "en").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert_eq!(problem["errors"][0]["code"], "file_too_large");
        // Redirected to the editor (not the upload's address), the reason at the attachments.
        let (status, page) = multipart::post_page(&app, &s.ngo, &csrf, id, form()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("id=\"attachments-error\""), "{page}");
        assert!(page.contains("Plik jest za duży"), "{page}");
    }
    assert_eq!(left_behind(&app, &s.ngo, id).await, (0, 0));
}

async fn the_content_decides_not_the_name(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let csrf = Browser::signed_in(&app, &s.ngo).csrf().await;
    let html = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".to_vec();
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00".to_vec();
    exe.resize(4096, 0);
    for disguised in [html, exe] {
        let form = || {
            body(
                &[("kind", "statut")],
                ("statut.pdf", "application/pdf", &disguised),
            )
        };
        let (status, problem) = multipart::post_api(&app, &s.ngo, id, form(), "en").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
        assert_eq!(problem["errors"][0]["code"], "file_content_not_allowed");
        let message = problem["errors"][0]["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("content is not of an accepted type"),
            "{problem}"
        );
        // Redirected to the editor (not the upload's address), the reason at the attachments.
        let (status, page) = multipart::post_page(&app, &s.ngo, &csrf, id, form()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("id=\"attachments-error\""), "{page}");
        assert!(
            page.contains("Zawartość pliku nie jest dozwolonego rodzaju"),
            "{page}"
        );
    }
    assert_eq!(left_behind(&app, &s.ngo, id).await, (0, 0));
    // A real PNG sent as "application/pdf" is taken, and kept as what it is.
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01".to_vec();
    let form = body(&[("kind", "inne")], ("plan.pdf", "application/pdf", &png));
    let (status, added) = multipart::post_api(&app, &s.ngo, id, form, "pl").await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    assert_eq!(added["content_type"], "image/png");
}

async fn file_names_cannot_disguise_what_they_are(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    for (sent, kept) in [
        ("faktura\u{202E}fdp.exe", "fakturafdp.exe"),
        ("sta\u{200B}tut\u{2066}\u{FEFF}.pdf", "statut.pdf"),
        ("\u{200B}\u{200D}", "plik"),
        ("Sprawozdanie łódź.pdf", "Sprawozdanie łódź.pdf"),
    ] {
        let form = body(&[("kind", "inne")], (sent, "application/pdf", &pdf_bytes()));
        let (status, added) = multipart::post_api(&app, &s.ngo, id, form, "pl").await;
        assert_eq!(status, StatusCode::CREATED, "{added}");
        assert_eq!(added["file_name"], kept, "{sent:?}");
    }
}
