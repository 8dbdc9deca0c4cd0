//! The NGO member's dashboard and the organisation profile: created and edited in the browser,
//! registry numbers checked, a second tab told when it is stale.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;

async fn the_ngo_dashboard_and_organisation_profile(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let ngo = Browser::signed_in(&app, &s.ngo);
    let home = ngo.get("/").await;
    assert_eq!(home.location.as_deref(), Some("/dashboard"));
    let dashboard = ngo.get("/dashboard").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    let text = dashboard.text();
    assert!(text.contains("Fundacja Muzyki"), "{text}");
    assert!(text.contains("Letnie koncerty w parku"));
    assert!(text.contains("Uzupełnij i złóż ofertę do 31.12.2026 10:00 CET."));

    let path = format!("/organisations/{}/edit", s.organisation);
    let edit = ngo.get(&path).await;
    assert_eq!(edit.page.input("nip"), "5260001246");
    let mut fields = edit.page.form_fields(&format!("form[action=\"{path}\"]"));
    fields
        .set("name", "Fundacja Muzyki Dawnej")
        .set("nip", "5260001247")
        .set("bank_account", "PL61109010140000071219812874");
    let bad = ngo.post(&path, &fields.0).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.page.has(".error-summary a[href=\"#nip\"]"),
        "{}",
        bad.html()
    );
    assert_eq!(
        bad.page.input("name"),
        "Fundacja Muzyki Dawnej",
        "what was typed stays"
    );
    fields.set("nip", "5260001246");
    let ok = ngo.post(&path, &fields.0).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    // A second tab still holding the old version is told, and keeps its text.
    let stale = ngo.post(&path, &fields.0).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(stale.text().contains("Ktoś zapisał te dane w międzyczasie"));
    let (_, view) = app
        .get(&s.ngo, &format!("/api/v1/organisations/{}", s.organisation))
        .await;
    assert_eq!(view["name"], "Fundacja Muzyki Dawnej");
}

async fn a_new_organisation_from_the_browser_form(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("nowa@example.org", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &token);
    let page = ngo.get("/organisations/new").await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.page.input("csrf");
    let fields = [
        ("csrf", csrf.as_str()),
        ("version", ""),
        ("legal_form", "association"),
        ("name", "Stowarzyszenie Nowe Horyzonty"),
        ("krs", "0000654321"),
        ("nip", "5260001247"),
        ("regon", "123456785"),
        ("street", "ul. Polna 3"),
        ("postal_code", "00-950"),
        ("city", "Demo"),
        ("email", "biuro@horyzonty.org"),
        ("phone", ""),
        ("bank_account", "PL62 1090 1014 0000 0712 1981 2874"),
        ("representative_name", "Ewa Kowalska"),
        ("representative_function", "Prezeska"),
    ];
    let bad = ngo.post("/organisations/new", &fields).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.page.has(".error-summary"), "{}", bad.html());
    assert_eq!(
        bad.page
            .text("select[name=\"legal_form\"] option[selected]"),
        "stowarzyszenie",
        "the chosen legal form stays"
    );
    // A NIP registered by another organisation: the person learns to ask for an invitation.
    let other = app.user("inna@example.org", Role::Ngo).await;
    app.organisation(&other, "Fundacja Muzyki", "5260001246")
        .await;
    let mut taken = fields;
    taken[5] = ("nip", "526-000-12-46");
    taken[12] = ("bank_account", "PL61 1090 1014 0000 0712 1981 2874");
    let refused = ngo.post("/organisations/new", &taken).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .contains("poproś osobę, która ją zarejestrowała"),
        "{}",
        refused.html()
    );
    assert_eq!(
        refused.page.input("nip"),
        "526-000-12-46",
        "the typed NIP stays"
    );
}

on_both_databases!(
    the_ngo_dashboard_and_organisation_profile,
    a_new_organisation_from_the_browser_form,
);
