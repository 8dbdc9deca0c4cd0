//! The upload use cases keep storage and the database together: a file whose row does not land
//! leaves no object behind, and a removed file takes its object with it.

use crate::html::Page;
use crate::on_both_databases;
use crate::pages::{client, get_page, post_form};
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

/// Posts a PDF to a call's documents page as the browser's form does.
async fn post_document(app: &TestApp, call: i64, cookie: &str, csrf: &str) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(pdf_bytes())
        .file_name("ogłoszenie.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("title", "Ogłoszenie")
        .part("file", part);
    client()
        .post(app.url(&format!("/clerk/calls/{call}/documents?csrf={csrf}")))
        .header("cookie", cookie)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn an_upload_whose_row_does_not_land_leaves_no_object(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let call = app.open_call(&clerk).await;
    // A clerk of another town passes every check on the file, but the call is not theirs.
    let other = app.other_tenant("brno").await;
    let stranger = app
        .user_in("urednik@brno.cz", Role::Clerk, other, "brno")
        .await;
    let theirs = format!("granty_session={stranger}");
    let csrf = Page::parse(&get_page(&app, "/clerk/calls", &theirs).await.1).input("csrf");
    let refused = post_document(&app, call, &theirs, &csrf).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert!(app.storage.keys("tenants").await.unwrap().is_empty());

    let ours = format!("granty_session={clerk}");
    let csrf = Page::parse(&get_page(&app, "/clerk/calls", &ours).await.1).input("csrf");
    let added = post_document(&app, call, &ours, &csrf).await;
    assert_eq!(added.status(), StatusCode::SEE_OTHER);
    let keys = app.storage.keys("tenants").await.unwrap();
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(keys[0].starts_with(&format!("tenants/{}/calls/{call}/", app.tenant_id)));

    use sea_orm::EntityTrait;
    let documents = granty_store::entities::call_document::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    let delete = format!("/clerk/calls/{call}/documents/{}/delete", documents[0].id);
    let removed = post_form(&app, &delete, &ours, &[("csrf", &csrf)]).await;
    assert_eq!(removed.status(), StatusCode::SEE_OTHER);
    assert!(app.storage.keys("tenants").await.unwrap().is_empty());
}

on_both_databases!(an_upload_whose_row_does_not_land_leaves_no_object);
