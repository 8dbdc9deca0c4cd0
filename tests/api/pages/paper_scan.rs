//! The scan of an agreement signed on paper through the pages: the organisation sends it from
//! its screen (a file that is not a PDF is refused next to the field), the clerk sees it waiting,
//! downloads it and confirms it with the names of who signed; then neither screen offers to sign
//! again.

use crate::agreements::fixtures::awarded;
use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(the_organisation_sends_a_scan_the_clerk_confirms);

async fn the_organisation_sends_a_scan_the_clerk_confirms(backend: Backend) {
    let a = awarded(backend).await;
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    a.complete_draft(&draft).await;
    for step in ["ready", "sign"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let ngo = Browser::signed_in(&a.e.app, &a.e.ngo);
    let screen = format!("/agreements/{id}");
    let page = ngo.get(&screen).await;
    assert!(
        page.page.has("#upload") && page.page.has("#upload-scan"),
        "{}",
        page.html()
    );
    let path = format!("/agreements/{id}/scan?csrf={}", page.page.input("csrf"));
    let html = ("skan.pdf", "application/pdf", b"<html></html>".to_vec());
    let refused = ngo.post_multipart(&path, file_form(html, &[])).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.page.has("#scanup_file-error"), "{}", refused.html());
    let scan = ("skan.pdf", "application/pdf", pdf_bytes());
    let sent = ngo.post_multipart(&path, file_form(scan, &[])).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.html());
    let waiting = ngo.get(sent.location.as_deref().expect("back")).await;
    assert!(waiting.page.has("#scan-waiting"), "{}", waiting.html());

    let clerk = Browser::signed_in(&a.e.app, &a.e.clerk);
    let desk = format!("/clerk/agreements/{id}");
    let page = clerk.get(&desk).await;
    assert!(page.page.has("#confirm-uploaded-scan"), "{}", page.html());
    assert!(
        !page.page.has("#confirm-scan"),
        "one confirmation form at a time"
    );
    assert_eq!(
        clerk.get(&format!("/agreements/{id}/scan")).await.status,
        StatusCode::OK
    );
    let csrf = page.page.input("csrf");
    let confirm = format!("/clerk/agreements/{id}/scan/confirm");
    let nobody = clerk
        .post(&confirm, &[("csrf", csrf.as_str()), ("signers", " ")])
        .await;
    assert_eq!(nobody.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(nobody.page.has("#scan_signers-error"), "{}", nobody.html());
    let named = [("csrf", csrf.as_str()), ("signers", "Anna Nowak")];
    let done = clerk.post(&confirm, &named).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.html());
    let after = ngo.get(&screen).await;
    assert_eq!(after.page.text("#agreement-state"), "w realizacji");
    for gone in ["#upload", "#upload-scan", "#scan-waiting"] {
        assert!(!after.page.has(gone), "{gone} after the scan was confirmed");
    }
}
