//! A call's documents: the clerk adds and removes them, the public downloads those of published
//! calls; the bytes and the rows stay together (no object without its row).

use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::json;

fn pdf() -> (&'static str, &'static str, Vec<u8>) {
    ("ogłoszenie.pdf", "application/pdf", pdf_bytes())
}

/// The ids of every call document stored.
async fn document_ids(app: &TestApp) -> Vec<i64> {
    granty_store::entities::call_document::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect()
}

async fn a_calls_documents_are_published_with_it(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let (status, call) = app
        .post(&token, "/api/v1/calls", call_body(app.now()))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{call}");
    let call = call["id"].as_i64().unwrap();
    let clerk = Browser::signed_in(&app, &token);
    let path = format!("/clerk/calls/{call}/documents");
    let page = clerk.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    let action = page
        .page
        .attr("form[enctype=\"multipart/form-data\"]", "action");
    let upload = |title: &'static str, file| {
        let form = file_form(file, &[("title", title)]);
        let (clerk, action) = (&clerk, action.clone());
        async move { clerk.post_multipart(&action, form).await }
    };

    // Without the form's token nothing is stored; a title and a permitted type are required.
    let forged = clerk
        .post_multipart(
            &format!("{path}?csrf=x"),
            file_form(pdf(), &[("title", "Ogłoszenie")]),
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    let untitled = upload(" ", pdf()).await;
    assert_eq!(untitled.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(untitled.page.has("#document-title-error"));
    let text_file = ("notatka.txt", "text/plain", b"notatka".to_vec());
    let wrong = upload("Notatka", text_file).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.page.has("#document-file-error"), "{}", wrong.html());
    assert_eq!(wrong.page.input("title"), "Notatka", "the title stays");

    let added = upload("Ogłoszenie o konkursie", pdf()).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let listed = clerk.get(&path).await.text();
    assert!(listed.contains("Ogłoszenie o konkursie"));
    assert!(listed.contains("PDF, 1 kB"), "{listed}");

    // A draft call and its documents are not public yet.
    let visitor = Browser::new(&app);
    let public = format!("/miasto/calls/{call}");
    assert_eq!(visitor.get(&public).await.status, StatusCode::NOT_FOUND);
    let document = document_ids(&app).await[0];
    let download = format!("/miasto/calls/{call}/documents/{document}");
    assert_eq!(visitor.get(&download).await.status, StatusCode::NOT_FOUND);
    let publish = format!("/api/v1/calls/{call}/publish");
    assert_eq!(
        app.post(&token, &publish, json!({})).await.0,
        StatusCode::OK
    );
    assert!(visitor
        .get(&public)
        .await
        .text()
        .contains("Ogłoszenie o konkursie"));
    let file = Browser::new(&app).get(&download).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");
    assert!(file.headers["content-disposition"]
        .to_str()
        .unwrap()
        .contains("og%C5%82oszenie.pdf"));
    assert_eq!(file.html().as_bytes(), pdf_bytes());

    // Only the town's staff manage documents.
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let refused = Browser::signed_in(&app, &ngo).get(&path).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let other = app.other_tenant("brno").await;
    let stranger = app
        .user_in("urednik@brno.cz", Role::Clerk, other, "brno")
        .await;
    let theirs = Browser::signed_in(&app, &stranger).get(&path).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);

    // Removed, it is gone from the public page and its link.
    let csrf = clerk.csrf().await;
    let delete = format!("/clerk/calls/{call}/documents/{document}/delete");
    let removed = clerk.post(&delete, &[("csrf", &csrf)]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(visitor.get(&download).await.status, StatusCode::NOT_FOUND);
    assert!(!visitor
        .get(&public)
        .await
        .text()
        .contains("Ogłoszenie o konkursie"));
}

async fn an_upload_whose_row_does_not_land_leaves_no_object(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let call = app.open_call(&clerk).await;
    let path = format!("/clerk/calls/{call}/documents");
    // A clerk of another town passes every check on the file, but the call is not theirs.
    let other = app.other_tenant("brno").await;
    let stranger = app
        .user_in("urednik@brno.cz", Role::Clerk, other, "brno")
        .await;
    let stranger = Browser::signed_in(&app, &stranger);
    let form = file_form(pdf(), &[("title", "Ogłoszenie")]);
    let csrf = stranger.csrf().await;
    let refused = stranger
        .post_multipart(&format!("{path}?csrf={csrf}"), form)
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert!(app.storage.keys("tenants").await.unwrap().is_empty());

    let ours = Browser::signed_in(&app, &clerk);
    let csrf = ours.csrf().await;
    let form = file_form(pdf(), &[("title", "Ogłoszenie")]);
    let added = ours
        .post_multipart(&format!("{path}?csrf={csrf}"), form)
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let keys = app.storage.keys("tenants").await.unwrap();
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].starts_with(&format!("tenants/{}/calls/{call}/", app.tenant_id)));

    let document = document_ids(&app).await[0];
    let delete = format!("/clerk/calls/{call}/documents/{document}/delete");
    let removed = ours.post(&delete, &[("csrf", &csrf)]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(app.storage.keys("tenants").await.unwrap().is_empty());
}

on_both_databases!(
    a_calls_documents_are_published_with_it,
    an_upload_whose_row_does_not_land_leaves_no_object,
);
