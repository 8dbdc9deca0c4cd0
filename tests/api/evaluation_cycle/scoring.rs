//! The cards of the cycle: what a card refuses (points above the maximum, half points where the
//! call says whole, a short justification), who may not read one (a member of another call, an
//! NGO before the results), every assigned card submitted, one reopened by the clerk and
//! submitted again; the scores and the reopen on the trail.

use super::builder::*;
use crate::support::Backend;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::{json, Value};

fn fields(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    let field = e["field"].as_str().unwrap_or("").to_string();
                    (field, e["code"].as_str().unwrap_or("").to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn put_card(c: &Cycle, m: usize, k: usize, scores: Value) -> (StatusCode, Value) {
    let body = json!({ "version": 0, "scores": scores });
    let request = c.app.client.put(c.app.url(&c.card_path(k)));
    c.app
        .send(request.bearer_auth(&c.members[m].token).json(&body))
        .await
}

pub async fn cards_are_refused_scored_and_reopened(backend: Backend) {
    let c = accepted(backend).await;
    c.declared().await;
    let first = c.current_assignments().await;
    let (&k, _) = first
        .iter()
        .find(|(k, on)| on.contains(&0) && **k != DIVERGENT)
        .expect("offer");

    let above = json!([{ "criterion": 0, "points": "11", "justification": WHY }]);
    let (status, body) = put_card(&c, 0, k, above).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        fields(&body),
        [("scores[0].points".into(), "points_above_maximum".into())]
    );
    let half = json!([{ "criterion": 2, "points": "7.5", "justification": WHY }]);
    let (status, body) = put_card(&c, 0, k, half).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(
        fields(&body),
        [("scores[2].points".into(), "half_points_not_allowed".into())]
    );
    let mut short = points_for(k, false);
    short[4]["justification"] = json!("Dobra oferta.");
    let (status, body) = c.submit(0, k, short).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        fields(&body).contains(&(
            "scores[4].justification".into(),
            "justification_too_short".into()
        )),
        "{body}"
    );

    // A member of another call's committee finds none of this call's offers.
    let other_call = open_call_with_pool(&c.app, &c.clerk, "50000").await;
    let stranger = c.app.user("inna-komisja@miasto.pl", Role::Evaluator).await;
    let id = granty_store::accounts::user_id_by_email(&c.app.db, "inna-komisja@miasto.pl")
        .await
        .expect("user");
    let appoint = json!({ "user_id": id, "kind": "official" });
    let path = format!("/api/v1/calls/{other_call}/committee");
    let (status, body) = c.app.post(&c.clerk, &path, appoint).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let (status, _) = c.app.get(&stranger, &c.card_path(k)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = c.app.get(&stranger, &c.path("declaration")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    c.scored().await;
    an_ngo_reads_no_scores_before_the_results(&c, k).await;
    the_clerk_reopens_a_card_with_a_reason(&c, k).await;
    // The first member's queue: their eight offers and any reassigned to them, all submitted.
    let theirs = c
        .current_assignments()
        .await
        .values()
        .filter(|on| on.contains(&0))
        .count();
    let (_, queue) = c.app.get(&c.members[0].token, "/api/v1/evaluations").await;
    let offers = queue["calls"][0]["offers"]
        .as_array()
        .expect("queue")
        .clone();
    assert_eq!(offers.len(), theirs, "{queue}");
    assert!(theirs >= 8, "{queue}");
    assert!(
        offers.iter().all(|o| o["progress"] == "submitted"),
        "{queue}"
    );

    // Every submission is on the trail with its member and the points after.
    let scores = c.trail("scorecard").await;
    let submits: Vec<_> = scores.iter().filter(|r| r.action == "submit").collect();
    assert_eq!(
        submits.len(),
        2 * OFFERS + 1,
        "24 cards and one resubmission"
    );
    let mine = submits
        .iter()
        .find(|r| r.actor_user_id == Some(c.members[1].user_id))
        .expect("member 2's card");
    assert!(mine
        .after_value
        .clone()
        .unwrap_or_default()
        .contains("points"));
    let reopen: Vec<_> = scores.iter().filter(|r| r.action == "reopen").collect();
    assert_eq!(reopen.len(), 1);
    let reopen_after = reopen[0].after_value.clone().unwrap_or_default();
    assert!(reopen_after.contains("Omyłka pisarska"), "{reopen_after}");
}

/// The applicant never reads a card, the cards of its offer or the ranking before the results.
async fn an_ngo_reads_no_scores_before_the_results(c: &Cycle, k: usize) {
    let ngo = &c.ngos[owner_of(k)].0;
    let (status, _) = c.app.get(ngo, &c.card_path(k)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let cards = format!("/api/v1/applications/{}/scorecards", c.offers[k]);
    let (status, _) = c.app.get(ngo, &cards).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = c.app.get(ngo, &c.path("ranking")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let public = format!("/api/v1/public/miasto/calls/{}/results", c.call);
    let (status, _) = c.app.send(c.app.client.get(c.app.url(&public))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The clerk reopens member 1's card on offer `k`; the member corrects and submits it again.
async fn the_clerk_reopens_a_card_with_a_reason(c: &Cycle, k: usize) {
    let path = format!("{}/reopen", c.card_path(k));
    let body = json!({ "member_user_id": c.members[0].user_id, "reason": "Omyłka pisarska" });
    let (status, _) = c.app.post(&c.members[0].token, &path, body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "only the clerk reopens");
    let (status, reopened) = c.app.post(&c.clerk, &path, body).await;
    assert_eq!(status, StatusCode::OK, "{reopened}");
    assert_eq!(c.queued("scorecard_reopened").await.len(), 1);
    let (status, read) = c.app.get(&c.members[0].token, &c.card_path(k)).await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read["card"]["may_write"], true, "{read}");
    let version = read["card"]["version"].clone();
    let submit = format!("{}/submit", c.card_path(k));
    let again = json!({ "version": version, "scores": points_for(k, false) });
    let (status, body) = c.app.post(&c.members[0].token, &submit, again).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}
