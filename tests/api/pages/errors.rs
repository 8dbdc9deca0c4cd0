//! Pages that cannot be shown say why, in the reader's language: an unknown id is the 404 page,
//! a page of another role the 403 page, a database that is down the 503 page (never the login
//! page), and the login page brings the person back to where they were going.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

async fn an_unknown_id_is_the_translated_404_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = Browser::signed_in(&app, &token);
    let answer = clerk.get("/clerk/applications/999999?lang=en").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    let page = &answer.page;
    assert_eq!(page.lang(), "en");
    assert_eq!(page.text("h1"), "Page not found");
    assert_eq!(page.text("main a[href=\"/\"]"), "Go to the start page");
    assert!(
        answer.text().contains("urzednik@miasto.pl"),
        "still signed in"
    );
    // A town that does not exist, for someone not signed in, in the browser's language.
    let czech = Browser::new(&app).with_header("accept-language", "cs");
    let answer = czech.get("/no-such-town/calls/1").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(answer.page.text("h1"), "Stránka nenalezena");
}

async fn a_staff_page_for_an_ngo_is_the_403_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("fundacja@example.org", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &token);
    let answer = ngo.get("/clerk/calls").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let page = &answer.page;
    assert_eq!(page.text("h1"), "Nie możesz otworzyć tej strony");
    assert!(
        page.text("main").contains("pracowników urzędu"),
        "says whom it is for"
    );
    assert_eq!(page.attr("main a", "href"), "/", "a link home");
    let answer = ngo.get("/admin/notifications?lang=uk").await;
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(answer.page.text("h1"), "Ви не можете відкрити цю сторінку");
}

async fn a_database_outage_is_the_503_page_not_the_login_page(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("fundacja@example.org", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &token);
    assert_eq!(ngo.get("/dashboard").await.status, StatusCode::OK);
    app.db.writer.close_by_ref().await.unwrap();
    app.db.reader.close_by_ref().await.unwrap();
    let answer = ngo.get("/dashboard").await;
    assert_eq!(answer.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(answer.location.is_none());
    assert!(answer.headers.contains_key("retry-after"));
    assert_eq!(answer.page.text("h1"), "Granty jest chwilowo niedostępne");
    // A public page too.
    let public = Browser::new(&app).get("/miasto").await;
    assert_eq!(public.status, StatusCode::SERVICE_UNAVAILABLE);
}

async fn the_login_page_brings_the_person_back_to_the_page_asked_for(backend: Backend) {
    let app = TestApp::start(backend).await;
    app.user("urzednik@miasto.pl", Role::Clerk).await;
    let visitor = Browser::new(&app);
    let redirect = visitor.get("/clerk/calls?lang=en&x=a%26b").await;
    assert_eq!(redirect.status, StatusCode::SEE_OTHER);
    let location = redirect.location.expect("the login page");
    assert_eq!(
        location,
        "/login?next=/clerk/calls%3Flang%3Den%26x%3Da%2526b"
    );
    let login = visitor.get(&location).await;
    assert_eq!(login.status, StatusCode::OK);
    assert_eq!(login.page.input("next"), "/clerk/calls?lang=en&x=a%26b");
    // A form posted without a session returns to the page the form was on.
    let from_list = Browser::new(&app).with_header("referer", &app.url("/clerk/calls"));
    let form = from_list
        .post("/clerk/calls/1/publish", &[("csrf", "x")])
        .await;
    assert_eq!(form.location.as_deref(), Some("/login?next=/clerk/calls"));
}

on_both_databases!(
    an_unknown_id_is_the_translated_404_page,
    a_staff_page_for_an_ngo_is_the_403_page,
    a_database_outage_is_the_503_page_not_the_login_page,
    the_login_page_brings_the_person_back_to_the_page_asked_for,
);
