//! The statute's rules on the pages: the days of publication given when publishing and
//! recorded later (and shown on the public call page), the statutory criteria kept by the call
//! editor, the "other public funds" row only where the town has it, and the formal check
//! offering only the outcomes the transition table allows.

use crate::browser::Browser;
use crate::html::Page;
use crate::on_both_databases;
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

/// A draft call made through the API: deadline 31 December 2026, 10:00 Warsaw.
async fn draft_call(app: &TestApp, clerk: &str) -> i64 {
    let (status, body) = app.post(clerk, "/api/v1/calls", call_body(app.now())).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    body["id"].as_i64().unwrap()
}

/// A page that must be there.
async fn open(browser: &Browser<'_>, path: &str) -> Page {
    let answer = browser.get(path).await;
    assert_eq!(answer.status, StatusCode::OK, "{path}: {}", answer.html());
    answer.page
}

async fn the_clerk_publishes_with_the_channel_days_and_records_them_later(backend: Backend) {
    let app = TestApp::start(backend).await;
    let token = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let clerk = Browser::signed_in(&app, &token);
    let id = draft_call(&app, &token).await;
    let list = open(&clerk, "/clerk/calls").await;
    for channel in ["bip_on", "notice_board_on", "website_on"] {
        assert_eq!(list.attr(&format!("input#{channel}-{id}"), "type"), "date");
        assert!(!list.text(&format!("label[for={channel}-{id}]")).is_empty());
    }
    let csrf = list.input("csrf");
    let publish = format!("/clerk/calls/{id}/publish");

    // A day in the future is no evidence.
    let refused = clerk
        .post(
            &publish,
            &[("csrf", csrf.as_str()), ("bip_on", "2026-12-05")],
        )
        .await;
    let notice = refused.page.text(".error-summary");
    assert!(
        notice.contains(
            "w Biuletynie Informacji Publicznej: Data publikacji nie może być datą przyszłą."
        ),
        "{notice}"
    );
    let days = [
        ("csrf", csrf.as_str()),
        ("bip_on", "2026-11-30"),
        ("notice_board_on", "2026-12-01"),
    ];
    let published = clerk.post(&publish, &days).await;
    assert_eq!(
        published.page.text("[role=status]"),
        "Konkurs opublikowany."
    );
    assert!(
        !published.page.has(".error-summary"),
        "a success is no error"
    );
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    let recorded = &call["publication"];
    assert_eq!(recorded["website_on"], "2026-12-01", "Granty's page, today");
    assert_eq!(recorded["days_to_deadline"], 30);

    // The published call's publication page shows the days and counts from the last.
    let path = format!("/clerk/calls/{id}/publication");
    assert!(published.page.has(&format!("a[href=\"{path}\"]")));
    let page = open(&clerk, &path).await;
    assert_eq!(page.input("bip_on"), "2026-11-30");
    assert_eq!(page.input("website_on"), "2026-12-01");
    assert_eq!(page.text("#last-publication"), "01.12.2026");
    assert_eq!(page.text("#days-to-deadline"), "30");

    // Twelve days on, the notice board turns out to have carried it only then: 18 days.
    app.clock.advance(Duration::days(12));
    let token = app.token("urzednik@miasto.pl", "miasto").await;
    let clerk = Browser::signed_in(&app, &token);
    let csrf = open(&clerk, &path).await.input("csrf");
    let record = [("csrf", csrf.as_str()), ("notice_board_on", "2026-12-13")];
    let short = clerk.post(&path, &record).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = short.page.text("#confirm_short_deadline-error");
    assert!(error.contains("18 dni"), "{error}");
    assert_eq!(
        short.page.input("notice_board_on"),
        "2026-12-13",
        "what was typed stays"
    );
    let mut confirmed = record.to_vec();
    confirmed.push(("confirm_short_deadline", "yes"));
    let saved = clerk.post(&path, &confirmed).await;
    assert_eq!(saved.status, StatusCode::OK);
    assert_eq!(saved.page.text(".notice-box"), "Dni publikacji zapisane.");
    assert_eq!(saved.page.text("#days-to-deadline"), "18");

    // The public call page says where and when the announcement appeared.
    let public = open(&Browser::new(&app), &format!("/miasto/calls/{id}")).await;
    let facts = public.text(".published-in");
    for expected in [
        "w Biuletynie Informacji Publicznej: 30.11.2026",
        "na tablicy ogłoszeń urzędu: 13.12.2026",
        "na stronie internetowej urzędu: 01.12.2026",
    ] {
        assert!(facts.contains(expected), "{facts}");
    }
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
    let clerk = Browser::signed_in(&app, &token);
    let new = open(&clerk, "/clerk/calls/new").await;
    assert!(
        new.has("#criteria-0-name[readonly]"),
        "statutory: fixed name"
    );
    assert!(new.has("#criteria-0-basis[readonly]"));
    assert!(
        !new.has("#criteria-0-max_points[readonly]"),
        "points editable"
    );
    assert!(
        !new.has("#criteria-6-name[readonly]"),
        "a blank row is free"
    );
    assert_eq!(new.all("select#commissioning option").len(), 2);
    assert_eq!(
        new.attr("select#commissioning option[selected]", "value"),
        "supporting"
    );

    // Entrusting: criterion 4 leaves the form, the others stay.
    let id = draft_call(&app, &token).await;
    let edit = format!("/clerk/calls/{id}/edit");
    let form = format!("form[action=\"{edit}\"]");
    let mut fields = open(&clerk, &edit).await.form_fields(&form);
    fields
        .set("commissioning", "entrusting")
        .set("criteria.0.max_points", "20");
    let saved = clerk.post(&edit, &fields.0).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(call["commissioning"], "entrusting");
    assert_eq!(call["criteria"][0]["max_points"], 20);
    assert_eq!(bases(&call).len(), 5);
    assert!(!bases(&call).contains(&"art. 15 ust. 1 pkt 4".to_string()));
    let page = open(&clerk, &edit).await;
    assert_eq!(
        page.attr("select#commissioning option[selected]", "value"),
        "entrusting"
    );
    assert_eq!(page.input("criteria.3.basis"), "art. 15 ust. 1 pkt 5");

    // Back to supporting: criterion 4 returns; clearing a statutory row does not remove it.
    let mut fields = page.form_fields(&form);
    fields
        .set("commissioning", "supporting")
        .set("criteria.4.name", "")
        .set("criteria.4.max_points", "")
        .set("criteria.4.basis", "");
    let saved = clerk.post(&edit, &fields.0).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html());
    let (_, call) = app.get(&token, &format!("/api/v1/calls/{id}")).await;
    let all: Vec<String> = (1..=6).map(|p| format!("art. 15 ust. 1 pkt {p}")).collect();
    assert_eq!(bases(&call), all);
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
    let ngo = Browser::signed_in(&app, &s.ngo);
    let form = open(&ngo, &edit).await;
    assert!(
        !form.has("input[name=\"sources.other_public_funds\"]"),
        "the 2018 form has no such row"
    );
    assert!(form.has("input[name=\"sources.participant_fees\"]"));
    let (status, _) = app
        .send(
            app.client
                .put(app.url("/api/v1/admin/rules"))
                .bearer_auth(&admin)
                .json(&json!({ "other_public_funds": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let form = open(&ngo, &edit).await;
    assert_eq!(form.input("sources.other_public_funds"), "");
}

async fn the_formal_check_offers_only_the_outcomes_the_table_allows(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let clerk = Browser::signed_in(&app, &s.clerk);
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let path = format!("/clerk/applications/{id}");
    let outcomes = |page: &Page| -> Vec<String> {
        page.all("input[name=outcome]")
            .iter()
            .map(|e| e.value().attr("value").unwrap().to_string())
            .collect()
    };
    let submitted = open(&clerk, &path).await;
    assert_eq!(
        outcomes(&submitted),
        ["accepted", "needs_correction", "rejected"]
    );
    assert!(submitted.has("textarea#deficiencies"));

    let (status, _) = app
        .post(
            &s.clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let awaiting = open(&clerk, &path).await;
    assert_eq!(
        outcomes(&awaiting),
        ["rejected"],
        "while a correction is awaited the clerk may only reject"
    );
    assert!(!awaiting.has("textarea#deficiencies"));
    assert!(awaiting.has("textarea#reason"));
    // Choosing nothing points the summary at the one choice there is.
    let csrf = awaiting.input("csrf");
    let unchosen = clerk.post(&path, &[("csrf", csrf.as_str())]).await;
    assert_eq!(unchosen.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        unchosen.page.attr(".error-summary a", "href"),
        "#outcome-rejected"
    );
}
