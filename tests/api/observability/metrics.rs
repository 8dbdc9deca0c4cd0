//! `/metrics` after real traffic: requests by route pattern and status with their latencies,
//! the database pools, the outbox's depth, age and failures; and who may read it.

use super::scrape::{scrape, value};
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_store::notifications;
use reqwest::StatusCode;

on_both_databases!(
    metrics_count_requests_by_route_and_status,
    metrics_show_the_outbox_and_the_pools,
    metrics_are_for_the_token_holder_only,
);

const REQUESTS: &str = "granty_http_requests_total";
const LATENCY_COUNT: &str = "granty_http_request_duration_seconds_count";

async fn metrics_count_requests_by_route_and_status(backend: Backend) {
    let app = TestApp::start(backend).await;
    for _ in 0..3 {
        app.send(app.client.get(app.url("/health/live"))).await;
    }
    // Two different ids, one route pattern: counted together, never by raw path.
    for id in [900_001, 900_002] {
        let path = format!("/api/v1/calls/{id}");
        let (status, _) = app.send(app.client.get(app.url(&path))).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    app.send(app.client.get(app.url("/no/such/page"))).await;

    let samples = scrape(&app).await;
    let live = [("method", "GET"), ("route", "/health/live")];
    let requests = |labels: &[(&str, &str)]| value(&samples, REQUESTS, labels);
    assert_eq!(requests(&[live[0], live[1], ("status", "200")]), Some(3.0));
    assert_eq!(value(&samples, LATENCY_COUNT, &live), Some(3.0));
    let call = [("route", "/api/v1/calls/{id}"), ("status", "401")];
    assert_eq!(requests(&call), Some(2.0));
    assert_eq!(
        requests(&[("route", "unmatched"), ("status", "404")]),
        Some(1.0)
    );
    assert!(
        samples
            .iter()
            .all(|s| !s.labels.values().any(|v| v.contains("900001"))),
        "no raw path in a label"
    );
    // Every request falls in the histogram's last bucket.
    let slowest = [live[0], live[1], ("le", "+Inf")];
    let bucket = "granty_http_request_duration_seconds_bucket";
    assert_eq!(value(&samples, bucket, &slowest), Some(3.0));
}

async fn metrics_show_the_outbox_and_the_pools(backend: Backend) {
    let app = TestApp::start(backend).await;
    let empty = scrape(&app).await;
    assert_eq!(value(&empty, "granty_outbox_undelivered", &[]), Some(0.0));
    assert_eq!(
        value(&empty, "granty_outbox_oldest_undelivered_age_seconds", &[]),
        Some(0.0)
    );
    let pools = empty.iter().filter(|s| s.name == "granty_db_connections");
    assert!(
        pools.clone().any(|s| s.labels["state"] == "idle"),
        "{empty:?}"
    );
    assert!(
        pools.clone().any(|s| s.labels["state"] == "in_use"),
        "{empty:?}"
    );

    let s = app.scenario().await;
    app.submitted(&s.ngo, s.call, s.organisation).await;
    app.clock.advance(Duration::seconds(90));
    let waiting = scrape(&app).await;
    let undelivered = value(&waiting, "granty_outbox_undelivered", &[]).unwrap();
    assert!(undelivered >= 1.0, "the receipt waits: {undelivered}");
    let age = value(
        &waiting,
        "granty_outbox_oldest_undelivered_age_seconds",
        &[],
    );
    // Written at the submission or before it (the test's clock only moves forward).
    assert!(age.is_some_and(|age| age >= 90.0), "{age:?}");

    // One message given up for good.
    let claimed = notifications::claim(&app.db, "test-worker", app.now(), Duration::minutes(2), 1)
        .await
        .unwrap();
    notifications::mark_failed(
        &app.db,
        &claimed[0],
        "test-worker",
        "550 no such user",
        app.now(),
    )
    .await
    .unwrap();
    let after = scrape(&app).await;
    assert_eq!(value(&after, "granty_outbox_failed", &[]), Some(1.0));
    assert_eq!(
        value(&after, "granty_outbox_undelivered", &[]),
        Some(undelivered - 1.0)
    );
}

async fn metrics_are_for_the_token_holder_only(backend: Backend) {
    let app = TestApp::start(backend).await;
    let (anonymous, _) = app.send(app.client.get(app.url("/metrics"))).await;
    assert_eq!(anonymous, StatusCode::UNAUTHORIZED);
    let wrong = app.client.get(app.url("/metrics")).bearer_auth("guess");
    assert_eq!(app.send(wrong).await.0, StatusCode::UNAUTHORIZED);
    // A signed-in administrator's session is no metrics token.
    let admin = app
        .user("admin@miasto.pl", granty_domain::roles::Role::Admin)
        .await;
    let session = app.client.get(app.url("/metrics")).bearer_auth(&admin);
    assert_eq!(app.send(session).await.0, StatusCode::UNAUTHORIZED);
    // The refusals are counted like any request.
    let samples = scrape(&app).await;
    let refused = [("route", "/metrics"), ("status", "401")];
    assert_eq!(value(&samples, REQUESTS, &refused), Some(3.0));
}
