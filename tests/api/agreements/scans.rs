//! A town without a signing key: its signature is recorded in the clerk's name and the PDF stays
//! unsigned; the organisation still signs electronically (checked against the certificates the
//! town's settings trust), or the clerk confirms a hand-signed scan. A town that takes no scans
//! refuses one, saying why.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_documents::pades::{self, TrustAnchors};
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(a_town_without_a_key_records_its_signature_and_the_ngo_signs_its_pdf);
on_both_databases!(a_town_without_a_key_takes_a_scan_the_clerk_confirms);
on_both_databases!(a_town_that_takes_no_scans_refuses_one_saying_why);

const SETTINGS: &str = "/api/v1/admin/agreement-settings";

/// Drafted, completed, ready and signed by the town; returns the agreement's id and view.
async fn signed_by_town(a: &Awarded) -> (i64, Value) {
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    a.complete_draft(&draft).await;
    for step in ["ready", "sign"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let (_, view) = a
        .app()
        .get(&a.e.clerk, &format!("/api/v1/agreements/{id}"))
        .await;
    (id, view)
}

async fn settings(a: &Awarded, body: Value) {
    let admin = a.app().user("admin@miasto.pl", Role::Admin).await;
    let (status, saved) = a.app().put(&admin, SETTINGS, body).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
}

fn ca_pem() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/documents/tests/fixtures/pades/ca.pem");
    std::fs::read_to_string(path).expect("the test CA")
}

async fn a_town_without_a_key_records_its_signature_and_the_ngo_signs_its_pdf(backend: Backend) {
    let a = awarded_in(TestApp::start_without_signing_key(backend).await).await;
    let (id, signed) = signed_by_town(&a).await;
    assert_eq!(signed["state"], "signed");
    let town = &signed["versions"][0]["signatures"][0];
    assert_eq!(town["method"], "recorded", "{signed}");
    assert_eq!(town["party"], "town");
    // The PDF the organisation downloads is the frozen one, with no signature in it.
    let (status, pdf) = a.pdf(&a.e.ngo, id, "").await;
    assert_eq!(status, StatusCode::OK);
    let (_, frozen) = a.pdf(&a.e.clerk, id, "?version=1").await;
    assert_eq!(pdf, frozen);
    let anchors = TrustAnchors::from_pem(&ca_pem()).expect("anchors");
    assert!(
        !matches!(pades::verify(&pdf, &anchors), Ok(s) if !s.is_empty()),
        "no signature on a town without a key"
    );
    // Without the organisation's CA among the trusted, its signature is not taken…
    let copy = signed_by(&pdf, "ngo", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo, id, copy.clone(), "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signature_untrusted"]);
    // …with it, it is, and the agreement is in realisation.
    settings(&a, json!({ "trust_anchors_pem": ca_pem() })).await;
    let (status, done) = a.upload_copy(&a.e.ngo, id, copy, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    let methods: Vec<&str> = done["versions"][0]["signatures"]
        .as_array()
        .expect("signatures")
        .iter()
        .filter_map(|s| s["method"].as_str())
        .collect();
    assert_eq!(methods, ["recorded", "pades"]);
    let (_, final_pdf) = a.pdf(&a.e.clerk, id, "").await;
    assert_eq!(pades::verify(&final_pdf, &anchors).map(|s| s.len()), Ok(1));
}

async fn a_town_without_a_key_takes_a_scan_the_clerk_confirms(backend: Backend) {
    let a = awarded_in(TestApp::start_without_signing_key(backend).await).await;
    let (id, _) = signed_by_town(&a).await;
    // A scan is not an electronic signature: the organisation cannot confirm its own.
    let (status, refused) = a.upload_copy(&a.e.ngo, id, pdf_bytes(), "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signature_invalid"]);
    // The clerk confirms it, naming who signed; an empty file or no names are refused.
    let (status, refused) = a.upload_copy(&a.e.clerk, id, pdf_bytes(), " \n").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["too_few_signatures"]);
    let (status, done) = a
        .upload_copy(&a.e.clerk, id, pdf_bytes(), "Anna Nowak")
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    let scan = &done["versions"][0]["signatures"][1];
    assert_eq!(scan["method"], "scan");
    assert_eq!(scan["signer"], "Anna Nowak");
    assert_eq!(scan["party"], "organisation");
    // What is kept as signed is the scan.
    let (_, kept) = a.pdf(&a.e.ngo, id, "").await;
    assert_eq!(kept, pdf_bytes());
    let today = a.app().now().date_naive().to_string();
    let body = json!({ "amount": "6000", "paid_on": today });
    let (status, paid) = a.act(&a.e.clerk, id, "payments", body).await;
    assert_eq!(status, StatusCode::CREATED, "{paid}");
}

async fn a_town_that_takes_no_scans_refuses_one_saying_why(backend: Backend) {
    let a = awarded(backend).await;
    settings(&a, json!({ "allow_scans": false })).await;
    let (id, _) = signed_by_town(&a).await;
    let (status, refused) = a
        .upload_copy(&a.e.clerk, id, pdf_bytes(), "Anna Nowak")
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["scans_not_allowed"]);
    let message = refused["errors"][0]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("skanów") && message.contains("elektronicznie"),
        "{refused}"
    );
    let (_, still) = a
        .app()
        .get(&a.e.clerk, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(still["state"], "signed", "nothing recorded");
    assert_eq!(
        still["versions"][0]["signatures"].as_array().map(Vec::len),
        Some(1)
    );
    // The electronic way stays open.
    let (_, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    let copy = signed_by(&town_signed, "ngo", a.app().now());
    let (status, done) = a.upload_copy(&a.e.ngo, id, copy, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
}
