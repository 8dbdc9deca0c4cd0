//! Art. 18a: a call is cancelled for lack of valid offers, with a public notice and an email to
//! every applicant; refused while an offer meets the requirements, or for "no offers" when some
//! were submitted.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(a_call_is_cancelled_only_when_no_offer_is_valid);

async fn a_call_is_cancelled_only_when_no_offer_is_valid(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        clerk: _,
        ngo,
        organisation,
        call,
    } = app.scenario().await;
    let first = app.submitted(&ngo, call, organisation).await;
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let cancel = format!("/api/v1/calls/{call}/cancel");
    let reason = "Jedyna oferta nie spełnia wymogów ogłoszenia.";

    // Not for "no offers": one was submitted.
    let (status, problem) = app
        .post(
            &clerk,
            &cancel,
            json!({ "ground": "no_offers", "reason": reason }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["cancel_offers_exist"]);
    // Not while the offer may still pass (or has passed) the formal check.
    let none_valid = json!({ "ground": "none_valid", "reason": reason });
    let (status, problem) = app.post(&clerk, &cancel, none_valid.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["cancel_valid_offer_exists"]);
    formal_check(&app, &clerk, first, "accepted").await;
    let (status, problem) = app.post(&clerk, &cancel, none_valid.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, problem) = app
        .post(
            &clerk,
            &cancel,
            json!({ "ground": "whim", "reason": reason }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");

    // A second call whose only offer was rejected is cancelled.
    let second = second_call_with_a_rejected_offer(&app, organisation).await;
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let cancel = format!("/api/v1/calls/{second}/cancel");
    let (status, _) = app.post(&ngo, &cancel, none_valid.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, cancelled) = app.post(&clerk, &cancel, none_valid).await;
    assert_eq!(status, StatusCode::OK, "{cancelled}");
    assert_eq!(cancelled["state"], "cancelled");
    assert_eq!(
        queued(&app, "call_cancelled").await,
        [("fundacja@example.org".to_string(), "pl".to_string())]
    );
    let (_, trail) = app
        .get(&clerk, &format!("/api/v1/calls/{second}/history"))
        .await;
    assert!(trail.to_string().contains("none_valid"), "{trail}");

    // The public page carries the notice with its ground.
    let page = app
        .send(app.client.get(app.url(&format!("/miasto/calls/{second}"))))
        .await
        .1;
    let html = page.as_str().unwrap_or_default();
    assert!(html.contains("id=\"cancellation\""), "{html}");
    assert!(html.contains("Żadna oferta nie spełnia wymogów"), "{html}");
    assert!(html.contains(reason), "{html}");
}

/// Another call, open now, with one offer filed and rejected after its deadline.
async fn second_call_with_a_rejected_offer(app: &TestApp, organisation: i64) -> i64 {
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let call = app.open_call(&clerk).await;
    let offer = app.submitted(&ngo, call, organisation).await;
    app.clock.advance(Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    formal_check(app, &clerk, offer, "rejected").await;
    call
}
