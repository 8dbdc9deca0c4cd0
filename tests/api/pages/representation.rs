//! The organisation's representation rule and the signatures it needs: in the JSON profile and
//! on the profile page, where a rule asking for more signatures than persons listed is refused
//! next to its field and the page offers rows for more representatives.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::json;

async fn the_representation_rule_travels_in_the_json_profile(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let path = format!("/api/v1/organisations/{}", s.organisation);
    let (_, before) = app.get(&s.ngo, &path).await;
    assert_eq!(
        (
            &before["representation_rule"],
            &before["signatures_required"]
        ),
        (&json!(""), &json!(1)),
        "one signature until the organisation says otherwise"
    );
    let mut body = organisation_body("Fundacja Muzyki", "5260001246");
    body["representation_rule"] = json!("dwóch członków zarządu łącznie");
    body["signatures_required"] = json!(2);
    let (status, problem) = app.patch(&s.ngo, &path, body.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "signatures_required");
    assert_eq!(problem["errors"][0]["code"], "whole_number_between");
    body["representatives"] = json!([
        { "name": "Anna Nowak", "function": "Prezeska" },
        { "name": "Jan Wiśniewski", "function": "Członek zarządu" }
    ]);
    let (status, saved) = app.patch(&s.ngo, &path, body.clone()).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["signatures_required"], 2);
    let (_, read) = app.get(&s.clerk, &path).await;
    assert_eq!(
        read["representation_rule"],
        "dwóch członków zarządu łącznie"
    );
    assert_eq!(read["signatures_required"], 2);
    body["signatures_required"] = json!(11);
    let (status, _) = app.patch(&s.ngo, &path, body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "ten at most");
}

async fn the_profile_page_asks_for_as_many_representatives_as_signatures(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let path = format!("/organisations/{}/edit", s.organisation);
    let edit = ngo.get(&path).await;
    assert_eq!(edit.page.input("signatures_required"), "1");
    let mut fields = edit.page.form_fields(&format!("form[action=\"{path}\"]"));
    fields
        .set("representation_rule", "dwóch członków zarządu łącznie")
        .set("signatures_required", "2");
    let bad = ngo.post(&path, &fields.0).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.page.text("#signatures_required-error"),
        "Wpisz liczbę całkowitą od 1 do 1."
    );
    assert!(bad
        .page
        .has(".error-summary a[href=\"#signatures_required\"]"));
    assert_eq!(
        bad.page.input("representation_rule"),
        "dwóch członków zarządu łącznie"
    );
    // The page now offers a second row; a function without a name is named as missing there.
    let mut fields = bad.page.form_fields(&format!("form[action=\"{path}\"]"));
    fields.set("representative_function_2", "Członek zarządu");
    let missing = ngo.post(&path, &fields.0).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        missing.page.has("#representative_name_2-error"),
        "{}",
        missing.html()
    );
    assert_eq!(
        missing.page.input("representative_function_2"),
        "Członek zarządu"
    );
    fields.set("representative_name_2", "Jan Wiśniewski");
    let ok = ngo.post(&path, &fields.0).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.html());
    let again = ngo.get(&path).await;
    assert_eq!(again.page.input("representative_name_2"), "Jan Wiśniewski");
    assert_eq!(again.page.input("signatures_required"), "2");
    let english = ngo.get(&format!("{path}?lang=en")).await;
    assert!(english.text().contains("Signatures required"));
}

on_both_databases!(
    the_representation_rule_travels_in_the_json_profile,
    the_profile_page_asks_for_as_many_representatives_as_signatures,
);
