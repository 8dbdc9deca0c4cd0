//! The statute's rules as the API applies them: the days of publication and the minimum from the
//! last channel, the town's own rules, the statutory criteria, the commissioning mode, fees, the
//! "other public funds" row, NIP and REGON, and what each person may do next.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    the_minimum_counts_from_the_last_channel,
    a_deadline_at_midnight_and_the_towns_minimum,
    the_statutory_criteria_stay_and_commissioning_needs_no_own_contribution,
    fees_and_other_public_funds_are_refused_where_the_law_and_the_form_say,
    nip_and_regon_are_normalised_and_zeros_refused,
    each_person_sees_what_they_may_do_next
);

/// The first error's field and code of a problem.
fn first_error(problem: &Value) -> (&str, &str) {
    let error = &problem["errors"][0];
    (
        error["field"].as_str().unwrap_or_default(),
        error["code"].as_str().unwrap_or_default(),
    )
}

/// The codes of an application's problems.
fn problem_codes(application: &Value) -> Vec<String> {
    application["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{}:{}",
                p["field"].as_str().unwrap(),
                p["code"].as_str().unwrap()
            )
        })
        .collect()
}

/// A draft call closing `days` after the test's start (1 December 2026, 10:00 Warsaw).
async fn draft_call(app: &TestApp, clerk: &str, days: i64) -> i64 {
    let mut body = call_body(app.now());
    body["deadline"] = json!(app.now() + Duration::days(days));
    let (status, created) = app.post(clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    created["id"].as_i64().unwrap()
}

async fn the_minimum_counts_from_the_last_channel(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let id = draft_call(&app, &clerk, 25).await; // 26 December, 10:00
    let publish = format!("/api/v1/calls/{id}/publish");
    let (status, published) = app
        .post(
            &clerk,
            &publish,
            json!({ "bip_on": "2026-11-30", "notice_board_on": "2026-12-01" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(
        published["publication"],
        json!({
            "bip_on": "2026-11-30",
            "notice_board_on": "2026-12-01",
            "website_on": "2026-12-01",
            "last_on": "2026-12-01",
            "days_to_deadline": 25
        }),
        "the website is Granty's page, published today"
    );

    // Six days later the notice board turns out to have carried it only on 6 December: 20 days.
    app.clock.advance(Duration::days(6));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let record = format!("/api/v1/calls/{id}/publication");
    let (status, problem) = app
        .post(&clerk, &record, json!({ "notice_board_on": "2026-12-06" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        first_error(&problem),
        ("confirm_short_deadline", "deadline_too_soon")
    );
    let (status, problem) = app
        .post(&clerk, &record, json!({ "bip_on": "2026-12-08" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        first_error(&problem),
        ("bip_on", "publication_date_in_future")
    );
    let (status, recorded) = app
        .post(
            &clerk,
            &record,
            json!({ "notice_board_on": "2026-12-06", "confirm_short_deadline": true }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    assert_eq!(recorded["publication"]["bip_on"], "2026-11-30", "kept");
    assert_eq!(recorded["publication"]["last_on"], "2026-12-06");
    assert_eq!(recorded["publication"]["days_to_deadline"], 20);
    // A draft has nothing to record yet.
    let draft = draft_call(&app, &clerk, 40).await;
    let (status, _) = app
        .post(
            &clerk,
            &format!("/api/v1/calls/{draft}/publication"),
            json!({ "bip_on": "2026-12-07" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}

async fn a_deadline_at_midnight_and_the_towns_minimum(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    // Closing "22 December, 00:00" leaves 21 December as the last day: 20 days from today.
    let mut body = call_body(app.now());
    body["deadline"] = json!("2026-12-21T23:00:00Z");
    let (_, created) = app.post(&clerk, "/api/v1/calls", body).await;
    let id = created["id"].as_i64().unwrap();
    let (status, problem) = app
        .post(&clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(
        problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("20 dni"),
        "{problem}"
    );

    // The town asks for 30 days; only admins see and set its rules.
    let (status, rules) = app.get(&admin, "/api/v1/admin/rules").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        rules,
        json!({
            "min_days_to_deadline": 21,
            "other_public_funds": false,
            "require_two_factor_for_staff": false,
        })
    );
    assert_eq!(
        app.get(&clerk, "/api/v1/admin/rules").await.0,
        StatusCode::FORBIDDEN
    );
    let put = |body: Value| {
        app.send(
            app.client
                .put(app.url("/api/v1/admin/rules"))
                .bearer_auth(&admin)
                .json(&body),
        )
    };
    let (status, problem) = put(json!({ "min_days_to_deadline": 0 })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        first_error(&problem),
        ("min_days_to_deadline", "whole_number_between")
    );
    let (status, _) = put(json!({ "min_days_to_deadline": 30 })).await;
    assert_eq!(status, StatusCode::OK);
    let id = draft_call(&app, &clerk, 25).await;
    let (status, problem) = app
        .post(&clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let message = problem["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("co najmniej 30 dni"), "{message}");
}

async fn the_statutory_criteria_stay_and_commissioning_needs_no_own_contribution(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    // A call without the sixth statutory criterion is refused.
    let mut body = call_body(app.now());
    let (_, template) = app
        .get(&s.clerk, &format!("/api/v1/calls/{}", s.call))
        .await;
    let mut criteria = template["criteria"].as_array().unwrap().clone();
    criteria.pop();
    body["criteria"] = json!(criteria);
    let (status, problem) = app.post(&s.clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        first_error(&problem),
        ("criteria", "statutory_criterion_missing")
    );

    // Entrusting a task: five criteria (no point 4), and no own contribution asked.
    let mut body = call_body(app.now());
    body["commissioning"] = json!("entrusting");
    let (status, entrusting) = app.post(&s.clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{entrusting}");
    let bases: Vec<&str> = entrusting["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["basis"].as_str().unwrap())
        .collect();
    assert!(!bases.contains(&"art. 15 ust. 1 pkt 4"), "{bases:?}");
    assert_eq!(bases.len(), 5);
    let id = entrusting["id"].as_i64().unwrap();
    app.post(&s.clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    let draft = app.new_draft(&s.ngo, id, s.organisation).await;
    let mut content = offer_content();
    content["sources"] = json!({ "requested_grant": "13000" });
    let (status, saved) = app
        .patch(
            &s.ngo,
            &format!("/api/v1/applications/{draft}"),
            json!({ "version": 1, "content": content }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(
        problem_codes(&saved),
        vec!["attachments.statut:attachment_missing"],
        "the grant may pay for everything"
    );

    // Turning a supporting draft call into an entrusting one keeps criterion 4 only if asked.
    let supporting = draft_call(&app, &s.clerk, 30).await;
    let (status, problem) = app
        .patch(
            &s.clerk,
            &format!("/api/v1/calls/{supporting}"),
            json!({ "commissioning": "entrusting" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(
        first_error(&problem),
        ("criteria[3]", "own_means_criterion_only_for_support")
    );
}

async fn fees_and_other_public_funds_are_refused_where_the_law_and_the_form_say(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let path = format!("/api/v1/applications/{id}");
    // Fees and other public funds instead of part of the own contribution (13 000 zł in all).
    let mut content = offer_content();
    content["sources"] = json!({
        "requested_grant": "11000", "own_financial": "700", "own_personal": "1000",
        "participant_fees": "200", "other_public_funds": "100"
    });
    let (status, saved) = app
        .patch(&s.ngo, &path, json!({ "version": 2, "content": content }))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let codes = problem_codes(&saved);
    assert!(
        codes.contains(&"sources.participant_fees:fees_without_paid_activity".to_string()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"sources.other_public_funds:other_public_funds_not_allowed".to_string()),
        "{codes:?}"
    );

    // Paid activity allows the fees; the town's form may add the other public funds row.
    content["declarations"]["remuneration"] = json!("paid");
    let (status, saved) = app
        .patch(&s.ngo, &path, json!({ "version": 3, "content": content }))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, _) = app
        .send(
            app.client
                .put(app.url("/api/v1/admin/rules"))
                .bearer_auth(&admin)
                .json(&json!({ "other_public_funds": true })),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, current) = app.get(&s.ngo, &path).await;
    assert_eq!(
        problem_codes(&current),
        vec!["attachments.statut:attachment_missing"]
    );

    // A simple association charges no fees, paid or not.
    let members = app.user("zwykle@example.org", Role::Ngo).await;
    let mut body = organisation_body("Stowarzyszenie Zwykłe Sąsiedzi", "7740001454");
    body["legal_form"] = json!("simple_association");
    body["krs"] = json!("");
    let (status, simple) = app.post(&members, "/api/v1/organisations", body).await;
    assert_eq!(status, StatusCode::CREATED, "{simple}");
    let simple = simple["id"].as_i64().unwrap();
    let draft = app.new_draft(&members, s.call, simple).await;
    content["declarations"]["remuneration"] = json!("unpaid");
    let (_, saved) = app
        .patch(
            &members,
            &format!("/api/v1/applications/{draft}"),
            json!({ "version": 1, "content": content }),
        )
        .await;
    assert!(
        problem_codes(&saved)
            .contains(&"sources.participant_fees:fees_not_allowed_for_simple_association".into()),
        "{saved}"
    );
}

async fn nip_and_regon_are_normalised_and_zeros_refused(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let (status, created) = app
        .post(
            &ngo,
            "/api/v1/organisations",
            organisation_body("Fundacja", "PL 526-000-12-46"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["nip"], "5260001246");
    assert_eq!(created["legal_form"], "foundation");
    let (status, problem) = app
        .post(
            &ngo,
            "/api/v1/organisations",
            organisation_body("Fundacja Zero", "000-000-00-00"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(first_error(&problem), ("nip", "all_zeros"));
    let mut body = organisation_body("Fundacja Zero", "7740001454");
    body["regon"] = json!("000000000");
    let (status, problem) = app.post(&ngo, "/api/v1/organisations", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(first_error(&problem), ("regon", "all_zeros"));
}

async fn each_person_sees_what_they_may_do_next(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let draft = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    let path = format!("/api/v1/applications/{draft}");
    let next = |view: &Value| view["next_actions"].clone();
    assert_eq!(
        next(&app.get(&s.ngo, &path).await.1),
        json!(["save_draft", "submit"])
    );
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let path = format!("/api/v1/applications/{id}");
    assert_eq!(next(&app.get(&s.ngo, &path).await.1), json!(["withdraw"]));
    assert_eq!(
        next(&app.get(&s.clerk, &path).await.1),
        json!(["accept_formally", "request_correction", "reject_formally"])
    );
    let (status, checked) = app
        .post(
            &s.clerk,
            &format!("{path}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["Brak podpisu"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    assert_eq!(
        next(&checked),
        json!(["reject_formally"]),
        "while a correction is awaited the clerk may only reject"
    );
    assert_eq!(
        next(&app.get(&s.ngo, &path).await.1),
        json!(["save_draft", "submit_correction"])
    );
}
