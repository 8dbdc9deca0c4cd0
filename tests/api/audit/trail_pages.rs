//! The staff read a call's and an organisation's trail on pages linked from the clerk's calls
//! and from the formal check; NGO members may not, another town's staff find nothing.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

on_both_databases!(the_staff_read_a_calls_and_an_organisations_trail);

async fn the_staff_read_a_calls_and_an_organisations_trail(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let clerk = Browser::signed_in(&app, &s.clerk);

    let calls = clerk.get("/clerk/calls").await;
    let call_trail = format!("/clerk/calls/{}/history", s.call);
    assert!(calls.page.has(&format!("a[href='{call_trail}']")), "linked");
    let page = clerk.get(&call_trail).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.page.text("h1"), "Historia zmian");
    let actions = page.page.texts("td[data-label='Czynność']");
    assert!(actions.contains(&"Opublikowano".to_string()), "{actions:?}");
    assert!(page.text().contains("urzednik@miasto.pl"));

    let check = clerk.get(&format!("/clerk/applications/{id}")).await;
    let org_trail = format!("/clerk/organisations/{}/history", s.organisation);
    assert!(check.page.has(&format!("a[href='{org_trail}']")), "linked");
    let page = clerk.get(&org_trail).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.html());
    assert!(
        page.text().contains("fundacja@example.org"),
        "{}",
        page.text()
    );

    // The NGO member: 403; another town's clerk: 404, like an unknown id.
    let ngo = Browser::signed_in(&app, &s.ngo);
    assert_eq!(ngo.get(&org_trail).await.status, StatusCode::FORBIDDEN);
    assert_eq!(ngo.get(&call_trail).await.status, StatusCode::FORBIDDEN);
    let other = app.other_tenant("inne").await;
    let stranger = app
        .user_in("urzednik@inne.pl", Role::Clerk, other, "inne")
        .await;
    let stranger = Browser::signed_in(&app, &stranger);
    assert_eq!(stranger.get(&org_trail).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        stranger.get(&call_trail).await.status,
        StatusCode::NOT_FOUND
    );
    let unknown = clerk.get("/clerk/organisations/999999/history").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}
