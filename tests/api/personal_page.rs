//! The administrator's personal-data page: find a person of the town, download the export the
//! CLI makes, erase after a confirmation; a person of another town is not found.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use crate::two_factor::audited;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::Value;

on_both_databases!(an_admin_exports_and_erases_a_person_of_the_town_only);

const NGO: &str = "ngo@fundacja.pl";

async fn an_admin_exports_and_erases_a_person_of_the_town_only(backend: Backend) {
    let app = TestApp::start(backend).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    app.user(NGO, Role::Ngo).await;
    let other = app.other_tenant("inne").await;
    app.user_in("obcy@inne.pl", Role::Ngo, other, "inne").await;
    let browser = Browser::signed_in(&app, &admin);
    let page = browser.get("/admin/people").await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.page.input("csrf");
    let post = |path: &'static str, email: &'static str, confirm: &'static str| {
        let fields = [
            ("csrf", csrf.clone()),
            ("email", email.into()),
            ("confirm", confirm.into()),
        ];
        let browser = &browser;
        async move { browser.post(path, &fields).await }
    };

    let blank = post("/admin/people", "  ", "").await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(blank.page.has("#email-error"));
    let foreign = post("/admin/people", "obcy@inne.pl", "").await;
    assert_eq!(foreign.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        foreign.page.input("email"),
        "obcy@inne.pl",
        "what was typed stays"
    );
    let foreign_export = post("/admin/people/export", "obcy@inne.pl", "").await;
    assert_eq!(foreign_export.status, StatusCode::UNPROCESSABLE_ENTITY);

    let found = post("/admin/people", "NGO@fundacja.pl", "").await;
    assert_eq!(found.status, StatusCode::OK);
    assert_eq!(found.page.text("#person-email"), NGO);
    let download = post("/admin/people/export", NGO, "").await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.headers["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment; filename=\"granty-person-"));
    let document: Value = serde_json::from_str(download.html()).expect("JSON");
    assert!(document.to_string().contains(NGO), "{document}");
    assert_eq!(audited(&app, "personal_export").await, 1);

    // Erasing asks first; only the confirmation erases.
    let asked = post("/admin/people/erase", NGO, "").await;
    assert_eq!(asked.status, StatusCode::OK);
    assert!(asked.page.has("input[name='confirm'][value='yes']"));
    assert_eq!(
        app.login(NGO, PASSWORD, "miasto").await.0,
        StatusCode::CREATED
    );
    let erased = post("/admin/people/erase", NGO, "yes").await;
    assert_eq!(erased.status, StatusCode::OK);
    assert_eq!(audited(&app, "personal_erase").await, 1);
    assert_eq!(
        app.login(NGO, PASSWORD, "miasto").await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post("/admin/people", NGO, "").await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    // A clerk may not open the page.
    let clerk = app.user("clerk@miasto.pl", Role::Clerk).await;
    let refused = Browser::signed_in(&app, &clerk).get("/admin/people").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
