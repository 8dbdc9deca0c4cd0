//! The statute's rules on the pages: the days of publication given when publishing and
//! recorded later (and shown on the public call page), the statutory criteria kept by the call
//! editor, the "other public funds" row only where the town has it, and the formal check
//! offering only the outcomes the transition table allows.

use crate::html::Page;
use crate::on_both_databases;
use crate::pages::{get_page, hidden, post_form};
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    the_clerk_publishes_with_the_channel_days_and_records_them_later,
    the_call_editor_keeps_the_statutory_criteria_and_criterion_4_for_support_only,
    the_editor_shows_other_public_funds_only_where_the_town_has_the_row,
    the_formal_check_offers_only_the_outcomes_the_table_allows
);

fn session(token: &str) -> String {
    format!("granty_session={token}")
}

/// A draft call made through the API: deadline 31 December 2026, 10:00 Warsaw.
async fn draft_call(app: &TestApp, clerk: &str) -> i64 {
    let (status, body) = app.post(clerk, "/api/v1/calls", call_body(app.now())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_i64().unwrap()
}

/// A page that must be there, parsed.
async fn open(app: &TestApp, path: &str, cookie: &str) -> Page {
    let (status, html) = get_page(app, path, cookie).await;
    assert_eq!(status, StatusCode::OK, "{path}: {html}");
    Page::parse(&html)
}

async fn the_clerk_publishes_with_the_channel_days_and_records_them_later(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = session(&token);
    let id = draft_call(&app, &token).await;
    let list = open(&app, "/clerk/calls", &clerk).await;
    for channel in ["bip_on", "notice_board_on", "website_on"] {
        let input = format!("input#{channel}-{id}");
        assert_eq!(list.attr(&input, "type"), "date", "{channel}");
        assert!(!list.text(&format!("label[for={channel}-{id}]")).is_empty());
    }
    let csrf = hidden(&list.source, "csrf");
    let publish = format!("/clerk/calls/{id}/publish");

    // A day in the future is no evidence.
    let refused = post_form(
        &app,
        &publish,
        &clerk,
        &[("csrf", &csrf), ("bip_on", "2026-12-05")],
    )
    .await;
    let notice = Page::parse(&refused.text().await.unwrap()).text(".error-summary");
    assert!(
        notice.contains(
            "w Biuletynie Informacji Publicznej: Data publikacji nie może być datą przyszłą."
        ),
        "{notice}"
    );
    let published = post_form(
        &app,
        &publish,
        &clerk,
        &[
            ("csrf", &csrf),
            ("bip_on", "2026-11-30"),
            ("notice_board_on", "2026-12-01"),
        ],
    )
    .await;
    let list = Page::parse(&published.text().await.unwrap());
    assert_eq!(list.text(".error-summary"), "Konkurs opublikowany.");
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(
        call["publication"]["website_on"], "2026-12-01",
        "Granty's page, today"
    );
    assert_eq!(call["publication"]["days_to_deadline"], 30);

    // The published call's publication page shows the days and counts from the last.
    let path = format!("/clerk/calls/{id}/publication");
    assert_eq!(list.attr(&format!("a[href=\"{path}\"]"), "href"), path);
    let days = open(&app, &path, &clerk).await;
    assert_eq!(days.input("bip_on"), "2026-11-30");
    assert_eq!(days.input("website_on"), "2026-12-01");
    assert_eq!(days.text("#last-publication"), "01.12.2026");
    assert_eq!(days.text("#days-to-deadline"), "30");

    // Twelve days on, the notice board turns out to have carried it only then: 18 days.
    app.clock.advance(Duration::days(12));
    let clerk = session(&app.token("urzednik@miasto.pl", "miasto").await);
    let days = open(&app, &path, &clerk).await;
    let csrf = hidden(&days.source, "csrf");
    let record = [("csrf", csrf.as_str()), ("notice_board_on", "2026-12-13")];
    let short = post_form(&app, &path, &clerk, &record).await;
    assert_eq!(short.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let short = Page::parse(&short.text().await.unwrap());
    let error = short.text("#confirm_short_deadline-error");
    assert!(error.contains("18 dni"), "{error}");
    assert_eq!(
        short.input("notice_board_on"),
        "2026-12-13",
        "what was typed stays"
    );
    let mut confirmed = record.to_vec();
    confirmed.push(("confirm_short_deadline", "yes"));
    let saved = post_form(&app, &path, &clerk, &confirmed).await;
    assert_eq!(saved.status(), StatusCode::OK);
    let saved = Page::parse(&saved.text().await.unwrap());
    assert_eq!(saved.text(".notice-box"), "Dni publikacji zapisane.");
    assert_eq!(saved.text("#days-to-deadline"), "18");

    // The public call page says where and when the announcement appeared.
    let public = Page::parse(&client_get(&app, &format!("/miasto/calls/{id}")).await);
    let facts = public.text(".published-in");
    assert!(
        facts.contains("w Biuletynie Informacji Publicznej: 30.11.2026"),
        "{facts}"
    );
    assert!(
        facts.contains("na tablicy ogłoszeń urzędu: 13.12.2026"),
        "{facts}"
    );
    assert!(
        facts.contains("na stronie internetowej urzędu: 01.12.2026"),
        "{facts}"
    );
}

async fn client_get(app: &TestApp, path: &str) -> String {
    let response = crate::pages::client()
        .get(app.url(path))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    response.text().await.unwrap()
}

/// The edit form's fields as a browser posts them, with `changes` over them.
fn posted(page: &Page, changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = page
        .all("form[action$=\"/edit\"] input[name], form[action$=\"/edit\"] textarea[name]")
        .iter()
        .map(|e| {
            let name = e.value().attr("name").unwrap().to_string();
            let value = if e.value().name() == "textarea" {
                e.text().collect::<String>()
            } else {
                e.value().attr("value").unwrap_or_default().to_string()
            };
            (name, value)
        })
        .collect();
    for (name, value) in changes {
        fields.retain(|(n, _)| n != name);
        fields.push((name.to_string(), value.to_string()));
    }
    fields
}

async fn post_pairs(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(String, String)],
) -> reqwest::Response {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    post_form(app, path, cookie, &pairs).await
}

fn bases(call: &serde_json::Value) -> Vec<String> {
    call["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["basis"].as_str().unwrap().to_string())
        .collect()
}

async fn the_call_editor_keeps_the_statutory_criteria_and_criterion_4_for_support_only(
    backend: Backend,
) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = session(&token);
    let new = open(&app, "/clerk/calls/new", &clerk).await;
    assert_eq!(
        new.attr("#criteria-0-name", "readonly"),
        "",
        "statutory: fixed name"
    );
    assert_eq!(new.attr("#criteria-0-basis", "readonly"), "");
    assert!(
        new.all("#criteria-0-max_points[readonly]").is_empty(),
        "points editable"
    );
    assert!(
        new.all("#criteria-6-name[readonly]").is_empty(),
        "a blank row is free"
    );
    assert_eq!(
        new.all("select#commissioning option").len(),
        2,
        "supporting or entrusting"
    );
    assert_eq!(
        new.attr("select#commissioning option[selected]", "value"),
        "supporting"
    );

    // Entrusting: criterion 4 leaves the form, the others stay.
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");
    let form = open(&app, &edit, &clerk).await;
    let saved = post_pairs(
        &app,
        &edit,
        &clerk,
        &posted(
            &form,
            &[
                ("commissioning", "entrusting"),
                ("criteria.0.max_points", "20"),
            ],
        ),
    )
    .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["commissioning"], "entrusting");
    assert_eq!(call["criteria"][0]["max_points"], 20);
    assert!(
        !bases(&call).contains(&"art. 15 ust. 1 pkt 4".to_string()),
        "{call}"
    );
    assert_eq!(bases(&call).len(), 5);
    let form = open(&app, &edit, &clerk).await;
    assert_eq!(
        form.attr("select#commissioning option[selected]", "value"),
        "entrusting"
    );
    assert_eq!(form.input("criteria.3.basis"), "art. 15 ust. 1 pkt 5");

    // Back to supporting: criterion 4 returns; clearing a statutory row does not remove it.
    let cleared = posted(
        &form,
        &[
            ("commissioning", "supporting"),
            ("criteria.4.name", ""),
            ("criteria.4.max_points", ""),
            ("criteria.4.basis", ""),
        ],
    );
    let saved = post_pairs(&app, &edit, &clerk, &cleared).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    let expected: Vec<String> = (1..=6).map(|p| format!("art. 15 ust. 1 pkt {p}")).collect();
    assert_eq!(bases(&call), expected);
    assert_eq!(
        call["criteria"][3]["max_points"], 10,
        "criterion 4 with its default points"
    );
}

async fn the_editor_shows_other_public_funds_only_where_the_town_has_the_row(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let edit = format!("/applications/{id}/edit");
    let ngo = session(&s.ngo);
    let form = open(&app, &edit, &ngo).await;
    assert!(
        form.all("input[name=\"sources.other_public_funds\"]")
            .is_empty(),
        "the 2018 form has no such row"
    );
    assert!(!form
        .all("input[name=\"sources.participant_fees\"]")
        .is_empty());
    let (status, _) = app
        .send(
            app.client
                .put(app.url("/api/v1/admin/rules"))
                .bearer_auth(&admin)
                .json(&json!({ "other_public_funds": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let form = open(&app, &edit, &ngo).await;
    assert_eq!(form.input("sources.other_public_funds"), "");
}

async fn the_formal_check_offers_only_the_outcomes_the_table_allows(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let clerk = session(&s.clerk);
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let path = format!("/clerk/applications/{id}");
    let outcomes = |page: &Page| -> Vec<String> {
        page.all("input[name=outcome]")
            .iter()
            .map(|e| e.value().attr("value").unwrap().to_string())
            .collect()
    };
    let submitted = open(&app, &path, &clerk).await;
    assert_eq!(
        outcomes(&submitted),
        ["accepted", "needs_correction", "rejected"]
    );
    assert!(!submitted.all("textarea#deficiencies").is_empty());

    let (status, _) = app
        .post(
            &s.clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let awaiting = open(&app, &path, &clerk).await;
    assert_eq!(
        outcomes(&awaiting),
        ["rejected"],
        "while a correction is awaited the clerk may only reject"
    );
    assert!(awaiting.all("textarea#deficiencies").is_empty());
    assert!(!awaiting.all("textarea#reason").is_empty());
    // Choosing nothing points the summary at the one choice there is.
    let csrf = hidden(&awaiting.source, "csrf");
    let unchosen = post_form(&app, &path, &clerk, &[("csrf", &csrf)]).await;
    assert_eq!(unchosen.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unchosen = Page::parse(&unchosen.text().await.unwrap());
    assert_eq!(
        unchosen.attr(".error-summary a", "href"),
        "#outcome-rejected"
    );
}
