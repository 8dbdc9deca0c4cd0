//! A town without certificates: the organisation uploads a scan of the agreement signed on
//! paper, the clerk downloads it and confirms it with the names of who signed, and the
//! agreement is in realisation with the scan kept as signed. No one else sees the scan; a file
//! that is not a PDF, or a town that takes no scans, is refused saying why.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(the_organisation_uploads_a_scan_the_clerk_confirms);
on_both_databases!(a_scan_is_refused_when_not_a_pdf_or_not_taken);

/// Drafted, completed, ready and signed by the town; returns the agreement's id.
async fn signed_by_town(a: &Awarded) -> i64 {
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    a.complete_draft(&draft).await;
    for step in ["ready", "sign"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    id
}

async fn scan_of(a: &Awarded, token: &str, id: i64) -> (StatusCode, Vec<u8>) {
    let url = a.app().url(&format!("/api/v1/agreements/{id}/scan"));
    let response = a.app().client.get(url).bearer_auth(token).send().await;
    let response = response.expect("scan");
    let status = response.status();
    (status, response.bytes().await.expect("bytes").to_vec())
}

async fn view(a: &Awarded, token: &str, id: i64) -> Value {
    let (status, body) = a
        .app()
        .get(token, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

async fn the_organisation_uploads_a_scan_the_clerk_confirms(backend: Backend) {
    let a = awarded_in(TestApp::start_without_signing_key(backend).await).await;
    let id = signed_by_town(&a).await;
    assert_eq!(view(&a, &a.e.ngo, id).await["awaits_caller"], true);
    // Nothing to download before an upload.
    assert_eq!(scan_of(&a, &a.e.clerk, id).await.0, StatusCode::NOT_FOUND);
    let route = format!("/api/v1/agreements/{id}/scan");
    let (status, uploaded) = a.upload_to(&a.e.ngo, &route, pdf_bytes(), "").await;
    assert_eq!(status, StatusCode::OK, "{uploaded}");
    assert!(
        uploaded["versions"][0]["scan_uploaded_at"].is_string(),
        "{uploaded}"
    );
    // A scan is not a signature: the agreement still waits for the clerk.
    assert_eq!(uploaded["state"], "signed");
    let (status, kept) = scan_of(&a, &a.e.clerk, id).await;
    assert_eq!((status, kept), (StatusCode::OK, pdf_bytes()));
    // Another organisation's member does not learn the agreement exists.
    assert_eq!(scan_of(&a, &a.e.ngo_en, id).await.0, StatusCode::NOT_FOUND);
    // The organisation cannot confirm its own scan; the clerk must name who signed.
    let confirm = format!("/api/v1/agreements/{id}/scan/confirm");
    let names = json!({ "signers": ["Anna Nowak"] });
    let (status, _) = a.app().post(&a.e.ngo, &confirm, names.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let none = json!({ "signers": [" "] });
    let (status, refused) = a.app().post(&a.e.clerk, &confirm, none).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["too_few_signatures"]);
    let (status, done) = a.app().post(&a.e.clerk, &confirm, names.clone()).await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    let signature = &done["versions"][0]["signatures"][1];
    assert_eq!(signature["method"], "scan");
    assert_eq!(signature["signer"], "Anna Nowak");
    // The scan is what is kept as signed; a second confirmation acts no more.
    assert_eq!(a.pdf(&a.e.ngo, id, "").await.1, pdf_bytes());
    let (status, again) = a.app().post(&a.e.clerk, &confirm, names).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{again}");
    assert_eq!(codes(&again), ["already_signed"]);
    assert_eq!(view(&a, &a.e.ngo, id).await["awaits_caller"], false);
}

async fn a_scan_is_refused_when_not_a_pdf_or_not_taken(backend: Backend) {
    let a = awarded(backend).await;
    let id = signed_by_town(&a).await;
    let route = format!("/api/v1/agreements/{id}/scan");
    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let (status, refused) = a.upload_to(&a.e.ngo, &route, html, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["file_content_not_allowed"]);
    let admin = a.app().user("admin@miasto.pl", Role::Admin).await;
    let settings = json!({ "allow_scans": false });
    let (status, saved) = a
        .app()
        .put(&admin, "/api/v1/admin/agreement-settings", settings)
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, refused) = a.upload_to(&a.e.ngo, &route, pdf_bytes(), "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["scans_not_allowed"]);
    assert!(view(&a, &a.e.ngo, id).await["versions"][0]["scan_uploaded_at"].is_null());
}
