//! Pages that cannot be shown say why, in the reader's language: an unknown id is the 404 page,
//! a page of another role the 403 page, a database that is down the 503 page (never the login
//! page), and the login page brings the person back to where they were going.

use crate::html::Page;
use crate::on_both_databases;
use crate::pages::{client, get_page};
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

async fn an_unknown_id_is_the_translated_404_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let cookie = format!("granty_session={clerk}");
    let (status, html) = get_page(&app, "/clerk/applications/999999?lang=en", &cookie).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let page = Page::parse(&html);
    assert_eq!(page.lang(), "en");
    assert_eq!(page.text("h1"), "Page not found");
    assert_eq!(page.text("main a[href=\"/\"]"), "Go to the start page");
    assert!(
        html.contains("urzednik@miasto.pl"),
        "still signed in: {html}"
    );
    // A town that does not exist, for someone not signed in, in the browser's language.
    let page = client()
        .get(app.url("/no-such-town/calls/1"))
        .header("accept-language", "cs")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::NOT_FOUND);
    assert!(page.text().await.unwrap().contains("Stránka nenalezena"));
}

async fn a_staff_page_for_an_ngo_is_the_403_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let cookie = format!("granty_session={ngo}");
    let (status, html) = get_page(&app, "/clerk/calls", &cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let page = Page::parse(&html);
    assert_eq!(page.text("h1"), "Brak dostępu");
    assert!(
        page.text("main").contains("pracowników urzędu"),
        "says whom it is for"
    );
    assert_eq!(page.attr("main a", "href"), "/", "a link home");
    let (status, html) = get_page(&app, "/admin/notifications?lang=uk", &cookie).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(Page::parse(&html).text("h1"), "Доступ заборонено");
}

async fn a_database_outage_is_the_503_page_not_the_login_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let cookie = format!("granty_session={ngo}");
    assert_eq!(
        get_page(&app, "/dashboard", &cookie).await.0,
        StatusCode::OK
    );
    app.db.writer.close_by_ref().await.unwrap();
    app.db.reader.close_by_ref().await.unwrap();
    let response = client()
        .get(app.url("/dashboard"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().get("location").is_none());
    assert!(response.headers().contains_key("retry-after"));
    let page = Page::parse(&response.text().await.unwrap());
    assert_eq!(page.text("h1"), "Granty jest chwilowo niedostępne");
    // A public page too.
    let (status, _) = get_page(&app, "/miasto", "").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
}

on_both_databases!(
    an_unknown_id_is_the_translated_404_page,
    a_staff_page_for_an_ngo_is_the_403_page,
    a_database_outage_is_the_503_page_not_the_login_page,
);

#[tokio::test]
async fn the_login_page_brings_the_person_back_to_the_page_asked_for() {
    let app = TestApp::start(Backend::Sqlite).await;
    app.user("urzednik@miasto.pl", Role::Clerk).await;
    let asked = "/clerk/calls?lang=en&x=a%26b";
    let redirect = client().get(app.url(asked)).send().await.unwrap();
    assert_eq!(redirect.status(), StatusCode::SEE_OTHER);
    let location = redirect.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(
        location,
        "/login?next=/clerk/calls%3Flang%3Den%26x%3Da%2526b"
    );
    let (status, html) = get_page(&app, &location, "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        Page::parse(&html).input("next"),
        "/clerk/calls?lang=en&x=a%26b"
    );
    // A form posted without a session returns to the page the form was on.
    let form = client()
        .post(app.url("/clerk/calls/1/publish"))
        .header("referer", app.url("/clerk/calls"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("csrf=x")
        .send()
        .await
        .unwrap();
    assert_eq!(form.headers()["location"], "/login?next=/clerk/calls");
}
