//! The clerk's calls in the browser: created in the town's local time and published, edited with
//! their criteria while a draft, and refused when stale, published or another town's.

use crate::browser::Browser;
use crate::html::Fields;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

/// A draft call made through the API (deadline 31 December 2026, 10:00 Warsaw); returns its id.
async fn draft_call(app: &TestApp, clerk: &str) -> i64 {
    let (status, body) = app.post(clerk, "/api/v1/calls", call_body(app.now())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_i64().unwrap()
}

/// The call form's fields on the page at `path`.
fn call_form(page: &crate::html::Page, path: &str) -> Fields {
    page.form_fields(&format!("form[action=\"{path}\"]"))
}

async fn the_clerk_creates_a_call_in_local_time_and_publishes_it(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = Browser::signed_in(&app, &token);
    let page = clerk.get("/clerk/calls/new").await;
    assert_eq!(page.status, StatusCode::OK);
    let csrf = page.page.input("csrf");
    let mut fields = vec![
        ("csrf", csrf.as_str()),
        ("title", ""),
        ("task_area", "kultura"),
        ("budget", "100 000"),
        ("min_grant", "5000"),
        ("max_grant", "20000"),
        ("min_own_contribution", "10"),
        ("admin_cost_cap", "15"),
        ("opens_at", "2026-12-02T08:00"),
        ("deadline", "2027-03-28T02:30"),
        ("realisation_start", "2027-04-01"),
        ("realisation_end", "2027-11-30"),
        ("required_attachments", "Statut organizacji\nPełnomocnictwo"),
    ];
    let bad = clerk.post("/clerk/calls/new", &fields).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.page.has(".error-summary a[href=\"#title\"]"),
        "{}",
        bad.html()
    );
    assert!(
        bad.page.has(".error-summary a[href=\"#deadline\"]"),
        "02:30 on 28 March 2027 does not exist in Warsaw"
    );
    assert_eq!(
        bad.page.textarea("required_attachments"),
        "Statut organizacji\nPełnomocnictwo",
        "what was typed stays"
    );
    fields[1].1 = "Kultura 2027";
    fields[9].1 = "2026-12-15T15:30";
    let ok = clerk.post("/clerk/calls/new", &fields).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let (_, list) = app.get(&token, "/api/v1/calls").await;
    let call = &list["calls"][0];
    assert_eq!(call["deadline"], "2026-12-15T14:30:00Z", "15:30 CET");
    assert_eq!(
        call["required_attachments"][0]["code"],
        "statut-organizacji"
    );
    let id = call["id"].as_i64().unwrap();
    // Fourteen days is under the statutory 21: publishing needs the confirmation.
    let publish = format!("/clerk/calls/{id}/publish");
    let refused = clerk.post(&publish, &[("csrf", csrf.as_str())]).await;
    assert!(refused.text().contains("21"));
    let published = clerk
        .post(
            &publish,
            &[("csrf", csrf.as_str()), ("confirm_short_deadline", "yes")],
        )
        .await;
    assert!(published.text().contains("Konkurs opublikowany."));
    let (_, view) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(view["state"], "published");
}

async fn the_clerk_edits_a_draft_call_and_its_criteria(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = Browser::signed_in(&app, &token);
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");

    let list = clerk.get("/clerk/calls").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        list.page.has(&format!("a[href=\"{edit}\"]")),
        "{}",
        list.html()
    );

    let page = clerk.get(&edit).await;
    assert_eq!(page.status, StatusCode::OK);
    let form = &page.page;
    assert_eq!(form.text("h1"), "Edycja konkursu");
    assert!(form.text("title").starts_with("Edycja konkursu"));
    assert_eq!(form.input("title"), "Kultura 2027");
    assert_eq!(
        form.input("opens_at"),
        "2026-12-01T10:00",
        "opening in Warsaw time"
    );
    assert_eq!(
        form.input("deadline"),
        "2026-12-31T10:00",
        "deadline in Warsaw time"
    );
    assert_eq!(form.textarea("required_attachments"), "Statut");
    assert_eq!(form.input("version"), "1");
    assert!(form.has("#criteria-0-name"));
    assert_eq!(form.input("criteria.5.basis"), "art. 15 ust. 1 pkt 6");
    assert!(
        form.has("#criteria-7-name"),
        "six criteria and two blank rows"
    );
    assert!(!form.has("#criteria-8-name"));
    assert_eq!(form.text("#criteria-total"), "60");
    assert_eq!(
        form.attr("input[name=\"correction_days\"]", "type"),
        "number"
    );
    assert_eq!(form.input("correction_days"), "7");

    // Change a criterion's points, add one in a blank row (the statutory six stay), add an
    // attachment and a correction period.
    let mut fields = call_form(form, &edit);
    fields
        .set("title", "Kultura i sztuka 2027")
        .set("criteria.0.max_points", "20")
        .set("criteria.6.name", "Innowacyjność projektu")
        .set("criteria.6.max_points", "abc")
        .set("required_attachments", "Statut\nPełnomocnictwo")
        .set("correction_days", "10");
    let bad = clerk.post(&edit, &fields.0).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let form = &bad.page;
    // The new criterion is the seventh, after the statutory six.
    let link = ".error-summary a[href=\"#criteria-6-max_points\"]";
    assert!(form
        .text(link)
        .contains("Kryterium 7: Maksymalna liczba punktów"));
    assert!(form.has("p.field-error#criteria-6-max_points-error"));
    assert!(
        bad.text().contains("Wpisz liczbę całkowitą od 1 do 1000."),
        "points say what they may be"
    );
    assert_eq!(
        form.input("criteria.6.max_points"),
        "abc",
        "typed value stays"
    );
    assert_eq!(form.input("title"), "Kultura i sztuka 2027");
    assert_eq!(
        form.textarea("required_attachments"),
        "Statut\nPełnomocnictwo"
    );
    assert_eq!(
        form.text("#criteria-total"),
        "70",
        "20 + 5 × 10; abc counts nothing"
    );

    let mut fields = call_form(form, &edit);
    fields.set("criteria.6.max_points", "0");
    let zero = clerk.post(&edit, &fields.0).await;
    assert_eq!(zero.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(zero.text().contains("Wpisz liczbę całkowitą od 1 do 1000."));
    fields.set("criteria.6.max_points", "5");
    let saved = clerk.post(&edit, &fields.0).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);

    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura i sztuka 2027");
    assert_eq!(call["version"], 2);
    let criteria = call["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 7, "{call}");
    assert_eq!(criteria[0]["max_points"], 20);
    assert_eq!(criteria[5]["basis"], "art. 15 ust. 1 pkt 6");
    assert_eq!(
        criteria[6],
        json!({ "name": "Innowacyjność projektu", "max_points": 5, "basis": "", "gate": false, "weight": 1 })
    );
    assert_eq!(call["max_points"], 75);
    assert_eq!(
        call["required_attachments"],
        json!([
            { "code": "statut", "name": "Statut" },
            { "code": "pelnomocnictwo", "name": "Pełnomocnictwo" }
        ]),
        "the unchanged attachment keeps its code"
    );
    assert_eq!(call["correction_days"], 10);
    assert_eq!(
        call["deadline"], "2026-12-31T09:00:00Z",
        "untouched times stay"
    );
    assert_eq!(
        call["description"],
        "Wydarzenia kulturalne dla mieszkańców."
    );
}

async fn editing_a_call_is_refused_when_stale_published_or_not_theirs(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = Browser::signed_in(&app, &token);
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");
    let mut fields = call_form(&clerk.get(&edit).await.page, &edit);

    // Without the CSRF token nothing changes.
    let forged = clerk.post(&edit, &fields.without("csrf").0).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);

    // Someone saves through the API meanwhile: the page's version 1 is stale.
    let (status, body) = app
        .patch(
            &token,
            &format!("/api/v1/calls/{id}"),
            json!({ "version": 1, "title": "Kultura 2027 (API)" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    fields.set("title", "Kultura 2027 (formularz)");
    let stale = clerk.post(&edit, &fields.0).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(
        stale
            .text()
            .contains("Ktoś inny zmienił ten konkurs w międzyczasie."),
        "{}",
        stale.html()
    );
    assert_eq!(
        stale.page.input("title"),
        "Kultura 2027 (formularz)",
        "typed value stays"
    );
    assert_eq!(stale.page.input("version"), "2");
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (API)");
    // Saved again knowingly, it wins.
    let again = clerk.post(&edit, &call_form(&stale.page, &edit).0).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (formularz)");

    // Another town's clerk and an NGO user do not get in; nor does a visitor.
    let other = app.other_tenant("ostrava").await;
    let foreign = app
        .user_in("urednik@ostrava.cz", Role::Clerk, other, "ostrava")
        .await;
    let foreign = Browser::signed_in(&app, &foreign);
    assert_eq!(foreign.get(&edit).await.status, StatusCode::NOT_FOUND);
    let mut foreign_fields = fields.clone();
    foreign_fields.set("csrf", &foreign.csrf().await);
    let foreign_post = foreign.post(&edit, &foreign_fields.0).await;
    assert_eq!(foreign_post.status, StatusCode::NOT_FOUND);
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let ngo = Browser::signed_in(&app, &ngo);
    assert_eq!(ngo.get(&edit).await.status, StatusCode::FORBIDDEN);
    let visitor = Browser::new(&app).get(&edit).await;
    assert_eq!(visitor.status, StatusCode::SEE_OTHER);
    assert_eq!(
        visitor.location,
        Some(format!("/login?next=/clerk/calls/{id}/edit"))
    );

    // A published call is not edited: the page says why, and a post changes nothing.
    let (status, body) = app
        .post(&token, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let closed = clerk.get(&edit).await;
    assert_eq!(closed.status, StatusCode::CONFLICT);
    let text = closed.text();
    assert!(
        text.contains("Tego konkursu nie można już edytować"),
        "{text}"
    );
    assert!(
        text.contains("Etap tego konkursu: trwa nabór ofert."),
        "{text}"
    );
    let list = clerk.get("/clerk/calls").await;
    assert!(!list.page.has(&format!("a[href=\"{edit}\"]")));
    fields.set("version", "3").set("title", "Po publikacji");
    let refused = clerk.post(&edit, &fields.0).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["title"], "Kultura 2027 (formularz)");
}

on_both_databases!(
    the_clerk_creates_a_call_in_local_time_and_publishes_it,
    the_clerk_edits_a_draft_call_and_its_criteria,
    editing_a_call_is_refused_when_stale_published_or_not_theirs,
);
