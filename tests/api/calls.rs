//! Calls: the 21-day rule, editing drafts only, cloning, cancelling, and who sees what.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    publishing_and_the_21_day_rule,
    editing_cloning_and_cancelling
);

async fn publishing_and_the_21_day_rule(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let mut body = call_body(app.now());
    body["opens_at"] = json!(app.now() + Duration::days(1));
    body["deadline"] = json!(app.now() + Duration::days(10));
    let (status, created) = app.post(&clerk, "/api/v1/calls", body).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["state"], "draft");
    assert_eq!(
        created["criteria"].as_array().unwrap().len(),
        6,
        "statutory criteria are prefilled"
    );
    assert_eq!(created["correction_days"], 7);
    let id = created["id"].as_i64().unwrap();

    // Drafts are invisible to NGOs and the public.
    assert_eq!(
        app.get(&ngo, &format!("/api/v1/calls/{id}")).await.0,
        StatusCode::NOT_FOUND
    );
    let (_, public) = app
        .send(app.client.get(app.url("/api/v1/public/miasto/calls")))
        .await;
    assert_eq!(public["calls"].as_array().unwrap().len(), 0);

    let (status, problem) = app
        .post(&clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "confirm_short_deadline");
    assert_eq!(problem["errors"][0]["code"], "deadline_too_soon");
    let (status, published) = app
        .post(
            &clerk,
            &format!("/api/v1/calls/{id}/publish"),
            json!({ "confirm_short_deadline": true }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(published["state"], "published");
    // Opening follows the clock, to the second.
    app.clock.advance(Duration::days(1));
    // Sessions end after 12 hours.
    assert_eq!(
        app.get(&ngo, "/api/v1/calls").await.0,
        StatusCode::UNAUTHORIZED
    );
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let (_, open) = app.get(&ngo, &format!("/api/v1/calls/{id}")).await;
    assert_eq!(open["state"], "open");
    assert_eq!(open["seconds_to_deadline"], 9 * 24 * 3600);
    // A published call's terms are fixed.
    let (status, _) = app
        .patch(
            &clerk,
            &format!("/api/v1/calls/{id}"),
            json!({ "title": "Inny" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, problem) = app
        .post(&clerk, &format!("/api/v1/calls/{id}/publish"), json!({}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        problem["detail"],
        "Konkurs jest w stanie, który na to nie pozwala (trwa nabór ofert)"
    );
    let (status, problem) = app
        .send(app.client.get(app.url("/api/v1/no-such-thing")))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(problem["title"], "Nie znaleziono.");
}

async fn editing_cloning_and_cancelling(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let (_, created) = app
        .post(&clerk, "/api/v1/calls", call_body(app.now()))
        .await;
    let id = created["id"].as_i64().unwrap();

    // A partial edit keeps the other terms; invalid terms are named.
    let (status, edited) = app
        .patch(
            &clerk,
            &format!("/api/v1/calls/{id}"),
            json!({ "version": 1, "max_grant": "25000" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{edited}");
    assert_eq!(edited["max_grant"]["minor"], 2_500_000);
    assert_eq!(edited["min_grant"]["minor"], 500_000);
    assert_eq!(edited["version"], 2);
    let (status, problem) = app
        .patch(
            &clerk,
            &format!("/api/v1/calls/{id}"),
            json!({ "max_grant": "200000", "min_grant": "abc" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"max_grant") && fields.contains(&"min_grant"),
        "{fields:?}"
    );
    let (status, problem) = app
        .patch(
            &clerk,
            &format!("/api/v1/calls/{id}"),
            json!({ "version": 1, "title": "x" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(problem["current"]["version"], 2);

    // Next year's call starts as a clone.
    let (status, clone) = app
        .post(
            &clerk,
            "/api/v1/calls",
            json!({ "clone_from": id, "title": "Kultura 2028" }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{clone}");
    assert_eq!(clone["title"], "Kultura 2028");
    assert_eq!(clone["max_grant"]["minor"], 2_500_000);
    assert_eq!(clone["cloned_from_id"], id);
    assert_eq!(clone["state"], "draft");

    let (status, problem) = app
        .post(
            &clerk,
            &format!("/api/v1/calls/{id}/cancel"),
            json!({ "reason": " " }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, cancelled) = app
        .post(
            &clerk,
            &format!("/api/v1/calls/{id}/cancel"),
            json!({ "reason": "Zmiana budżetu gminy" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(cancelled["state"], "cancelled");
    assert_eq!(cancelled["cancel_reason"], "Zmiana budżetu gminy");
    let (_, list) = app.get(&clerk, "/api/v1/calls").await;
    assert_eq!(list["calls"].as_array().unwrap().len(), 2);
}
