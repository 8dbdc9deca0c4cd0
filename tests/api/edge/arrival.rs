//! A busy server must never make an on-time offer late, nor a late one on time: submission is
//! judged by the instant the request arrived, read by the router's outermost layer.

use crate::browser::Browser;
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    an_offer_sent_before_the_deadline_is_on_time_however_slow_the_server,
    an_offer_sent_after_the_deadline_is_late_however_early_it_is_handled,
);

/// The call of [`call_body`] closes 30 days after the test starts.
fn deadline() -> chrono::DateTime<chrono::Utc> {
    start_of_test() + Duration::days(30)
}

async fn an_offer_sent_before_the_deadline_is_on_time_however_slow_the_server(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let by_api = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    upload(
        &app,
        &s.ngo,
        by_api,
        "statut",
        pdf_bytes(),
        "application/pdf",
    )
    .await;
    let other = app
        .organisation(&s.ngo, "Stowarzyszenie", "7740001454")
        .await;
    let by_page = app.filled_draft(&s.ngo, s.call, other).await;
    upload(
        &app,
        &s.ngo,
        by_page,
        "statut",
        pdf_bytes(),
        "application/pdf",
    )
    .await;
    let sent = deadline() - Duration::seconds(1);
    app.clock.set(sent);
    let token = app.token("fundacja@example.org", "miasto").await;
    let ngo = Browser::signed_in(&app, &token);
    let csrf = ngo.csrf().await;

    // Sent a second before the deadline; by the time the server gets to it, it is 10 minutes past.
    app.clock.set(sent);
    app.clock
        .jump_after_next_read(deadline() + Duration::minutes(10));
    let (status, receipt) = app
        .post(
            &token,
            &format!("/api/v1/applications/{by_api}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
    let submitted_at: chrono::DateTime<chrono::Utc> =
        serde_json::from_value(receipt["submitted_at"].clone()).expect("submitted_at");
    assert_eq!(submitted_at, sent, "the receipt states when it arrived");

    // The same through the page's form.
    app.clock.set(sent);
    app.clock
        .jump_after_next_read(deadline() + Duration::minutes(10));
    let answer = ngo
        .post(
            &format!("/applications/{by_page}/submit"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.html());
    assert_eq!(
        answer.location.as_deref(),
        Some(format!("/applications/{by_page}/receipt").as_str())
    );
}

async fn an_offer_sent_after_the_deadline_is_late_however_early_it_is_handled(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.clock.set(deadline() - Duration::hours(1));
    let token = app.token("fundacja@example.org", "miasto").await;
    let ngo = Browser::signed_in(&app, &token);
    let csrf = ngo.csrf().await;

    // Arrived at the deadline; every later reading of the clock would still say it is on time.
    for _ in 0..2 {
        app.clock.set(deadline());
        app.clock
            .jump_after_next_read(deadline() - Duration::minutes(10));
        let (status, problem) = app
            .post(
                &token,
                &format!("/api/v1/applications/{id}/submit"),
                json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::CONFLICT, "{problem}");
        app.clock.set(deadline());
        app.clock
            .jump_after_next_read(deadline() - Duration::minutes(10));
        let answer = ngo
            .post(&format!("/applications/{id}/submit"), &[("csrf", &csrf)])
            .await;
        assert_eq!(answer.status, StatusCode::CONFLICT, "{}", answer.html());
    }
    let (_, offer) = app.get(&token, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(offer["state"], "draft", "{offer}");
}
