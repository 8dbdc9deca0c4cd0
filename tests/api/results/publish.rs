//! The decision recorded, the results published in the three channels, read by the public, and
//! every applicant told in its language; nothing of them before.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    results_are_published_read_and_notified,
    nothing_of_the_results_before_publication,
    a_call_with_no_accepted_offer_publishes_nothing
);

async fn results_are_published_read_and_notified(backend: Backend) {
    let e = evaluated(backend).await;
    let (app, call) = (&e.app, e.call);
    let publish = format!("/api/v1/calls/{call}/results/publish");

    // Publishing needs the executive's decision, then an award for every accepted offer.
    let (status, problem) = app.post(&e.clerk, &publish, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["decision_missing"]);
    record_decision(&e).await;
    insert_award(app, call, e.first, Some(900_000), 8_450, 1).await;
    let (status, problem) = app.post(&e.clerk, &publish, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["awards_missing"]);
    insert_award(app, call, e.second, None, 6_125, 2).await;

    // Only the staff publish: an applicant is refused.
    let (status, _) = app.post(&e.ngo, &publish, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let today = app.now().date_naive().to_string();
    let (status, published) = app
        .post(&e.clerk, &publish, json!({ "bip_on": today }))
        .await;
    assert_eq!(status, StatusCode::OK, "{published}");
    assert_eq!(published["published_bip_on"], today);
    assert_eq!(published["published_website_on"], today);
    assert_eq!(published["published_notice_board_on"], json!(null));
    let (_, read) = app.get(&e.clerk, &format!("/api/v1/calls/{call}")).await;
    assert_eq!(read["state"], "results_published");

    // Publishing twice is refused (the call already moved on).
    let (status, _) = app.post(&e.clerk, &publish, json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);

    // The notice board's day comes later.
    let (status, channels) = app
        .post(
            &e.clerk,
            &format!("/api/v1/calls/{call}/results/channels"),
            json!({ "notice_board_on": today }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{channels}");
    assert_eq!(channels["published_notice_board_on"], today);
    assert_eq!(channels["published_bip_on"], today);

    // Anyone reads them: organisation, task and amount for the chosen; the score for the others.
    let path = format!("/api/v1/public/miasto/calls/{call}/results");
    let (status, results) = app.send(app.client.get(app.url(&path))).await;
    assert_eq!(status, StatusCode::OK, "{results}");
    let entries = results["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["organisation"], "Fundacja Muzyki");
    assert_eq!(entries[0]["task"], "Letnie koncerty w parku");
    assert_eq!(entries[0]["amount"]["minor"], 900_000);
    assert_eq!(entries[0]["total_centi"], json!(null));
    assert_eq!(entries[1]["organisation"], "Towarzystwo Teatralne");
    assert_eq!(entries[1]["amount"], json!(null));
    assert_eq!(entries[1]["total_centi"], 6_125);
    assert_eq!(results["decided_by_name"], "Burmistrz Miasta");
    assert_eq!(results["published_bip_on"], today);

    // Each applicant heard its own result, in its language.
    assert_eq!(
        queued(app, "result_chosen").await,
        [("fundacja@example.org".to_string(), "pl".to_string())]
    );
    assert_eq!(
        queued(app, "result_not_chosen").await,
        [("society@example.org".to_string(), "en".to_string())]
    );

    // The clerk's view lists the awards with their update states.
    let (status, staff) = app
        .get(&e.clerk, &format!("/api/v1/calls/{call}/results"))
        .await;
    assert_eq!(status, StatusCode::OK, "{staff}");
    assert_eq!(staff["awards"][0]["update_state"], "awaiting");
    assert_eq!(staff["awards"][1]["update_state"], "not_needed");
}

async fn nothing_of_the_results_before_publication(backend: Backend) {
    let e = evaluated(backend).await;
    let (app, call) = (&e.app, e.call);
    insert_award(app, call, e.first, Some(900_000), 8_450, 1).await;
    insert_award(app, call, e.second, None, 6_125, 2).await;
    record_decision(&e).await;
    let path = format!("/api/v1/public/miasto/calls/{call}/results");
    let (status, _) = app.send(app.client.get(app.url(&path))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // An applicant signed in learns nothing more: no results, no scores, no update to file.
    let (status, _) = app.get(&e.ngo, &path).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .get(&e.ngo, &format!("/api/v1/calls/{call}/results"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let update = format!("/api/v1/applications/{}/update/submit", e.first);
    let (status, problem) = app.post(&e.ngo, &update, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["update_not_expected"]);
    let (_, offer) = app
        .get(&e.ngo, &format!("/api/v1/applications/{}", e.first))
        .await;
    let text = offer.to_string();
    assert!(
        !text.contains("total_centi") && !text.contains("8450"),
        "{text}"
    );
    // Nothing was sent.
    assert!(queued(app, "result_chosen").await.is_empty());
    // Another town's call is not found either.
    let (status, _) = app
        .send(
            app.client
                .get(app.url(&format!("/api/v1/public/nowhere/calls/{call}/results"))),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Every offer rejected formally: no award can be decided, so there are no results to publish;
/// the clerk is pointed to the art. 18a cancellation instead of empty results.
async fn a_call_with_no_accepted_offer_publishes_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let offer = app.submitted(&ngo, call, organisation).await;
    app.clock.advance(chrono::Duration::days(31));
    let clerk = app.token("urzednik@miasto.pl", "miasto").await;
    formal_check(&app, &clerk, offer, "rejected").await;
    start_evaluation(&app, call).await;
    let decision = json!({
        "decided_by_name": "Burmistrz Miasta",
        "decided_on": app.now().date_naive().to_string(),
    });
    let (status, saved) = app
        .post(&clerk, &format!("/api/v1/calls/{call}/decision"), decision)
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let publish = format!("/api/v1/calls/{call}/results/publish");
    let (status, problem) = app.post(&clerk, &publish, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["nothing_to_publish"]);
}
