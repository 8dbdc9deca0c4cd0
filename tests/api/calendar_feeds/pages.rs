//! The subscription pages: the address shown once after it is made, never again; a new one
//! only after the confirmation; the form token checked; strangers 404, non-staff 403.

use super::*;
use crate::browser::Browser;
use crate::on_both_databases;
use granty_domain::roles::Role;

on_both_databases!(
    the_page_shows_a_new_address_once_and_rotates_after_confirmation,
    the_pages_answer_only_their_people,
);

async fn the_page_shows_a_new_address_once_and_rotates_after_confirmation(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let member = Browser::signed_in(&app, &s.ngo);
    let path = format!("/organisations/{}/calendar", s.organisation);
    let page = member.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(page
        .page
        .text("#calendar-status")
        .contains("nie został jeszcze utworzony"));
    assert!(!page.page.has("#calendar-url"));
    let csrf = page.page.input("csrf");

    let made = member.post(&path, &[("csrf", csrf.as_str())]).await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.html());
    assert!(made.page.has("#calendar-notice"));
    let first = made.page.text("#calendar-url");
    assert!(first.starts_with(&app.url("/calendar/")), "{first}");
    let webcal = made.page.attr("#calendar-webcal", "href");
    assert!(
        webcal.starts_with("webcal://") && webcal.ends_with(".ics"),
        "{webcal}"
    );
    assert_eq!(fetch(&app, &first).await.0, StatusCode::OK);
    assert_eq!(made.headers["cache-control"], "no-store");

    // Shown once: the page read again says since when, not what.
    let again = member.get(&path).await;
    assert!(!again.page.has("#calendar-url"));
    assert!(!again
        .html()
        .contains(first.rsplit('/').next().expect("token")));
    assert!(again.page.has("#confirm"));

    // A new one needs the confirmation; without it nothing changes.
    let refused = member.post(&path, &[("csrf", csrf.as_str())]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.page.has("#error-summary"));
    assert!(!refused.page.has("#calendar-url"));
    assert_eq!(fetch(&app, &first).await.0, StatusCode::OK);
    let forged = member
        .post(&path, &[("csrf", "forged"), ("confirm", "yes")])
        .await;
    assert_ne!(forged.status, StatusCode::OK);
    assert_eq!(fetch(&app, &first).await.0, StatusCode::OK);

    let rotated = member
        .post(&path, &[("csrf", csrf.as_str()), ("confirm", "yes")])
        .await;
    assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.html());
    let second = rotated.page.text("#calendar-url");
    assert_ne!(second, first);
    assert!(rotated
        .page
        .text("#calendar-notice")
        .contains("Poprzedni już nie działa"));
    assert_eq!(fetch(&app, &first).await.0, StatusCode::NOT_FOUND);
    assert_eq!(fetch(&app, &second).await.0, StatusCode::OK);
    // The dashboard and the members page link to it.
    let dashboard = member.get("/dashboard").await;
    assert!(dashboard.page.has(&format!("a[href='{path}']")));
}

async fn the_pages_answer_only_their_people(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let stranger = app.user("obca@example.org", Role::Ngo).await;
    let path = format!("/organisations/{}/calendar", s.organisation);
    for token in [&stranger, &s.clerk] {
        let answer = Browser::signed_in(&app, token).get(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND);
    }
    let ngo = Browser::signed_in(&app, &s.ngo)
        .get("/clerk/calendar")
        .await;
    assert_eq!(ngo.status, StatusCode::FORBIDDEN);
    let logged_out = Browser::new(&app).get("/clerk/calendar").await;
    assert_eq!(logged_out.status, StatusCode::SEE_OTHER);

    let clerk = Browser::signed_in(&app, &s.clerk);
    let page = clerk.get("/clerk/calendar").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    let csrf = page.page.input("csrf");
    let made = clerk
        .post("/clerk/calendar", &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(made.status, StatusCode::OK, "{}", made.html());
    let url = made.page.text("#calendar-url");
    let (status, kind, body) = fetch(&app, &url).await;
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::OK, "text/calendar; charset=utf-8")
    );
    assert!(
        unfold(&body).contains("SUMMARY:Termin oceny formalnej: Kultura 2027"),
        "{body}"
    );
    let calls = clerk.get("/clerk/calls").await;
    assert!(calls.page.has("a#calendar-link[href='/clerk/calendar']"));
}
