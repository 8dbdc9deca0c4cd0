//! The updated estimate of an award below the request: refused when the grant differs from the
//! award or the own share falls, returned with a comment, filed again, accepted; or withdrawn.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::application_version;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

on_both_databases!(
    an_updated_estimate_is_checked_returned_and_accepted,
    an_award_may_be_declined,
    the_update_is_prepared_in_the_working_copy
);

/// The filed offer (13 000,00: grant 11 000, own 2 000, share 15,38%) cut to `costs`.
fn updated(honoraria: &str, coordination: &str, sources: Value) -> Value {
    let mut content = offer_content();
    content["costs"][0]["unit_cost"] = json!(honoraria);
    content["costs"][2]["unit_cost"] = json!(coordination);
    content["sources"] = sources;
    json!({ "content": content })
}

/// 7 200 + 2 400 + 1 400 = 11 000: grant 9 000, own 2 000 (18,18%).
fn keeps_the_share() -> Value {
    updated(
        "1200",
        "350",
        json!({ "requested_grant": "9000", "own_financial": "1000", "own_personal": "1000" }),
    )
}

async fn an_updated_estimate_is_checked_returned_and_accepted(backend: Backend) {
    let e = published(backend).await;
    let app = &e.app;
    let submit = format!("/api/v1/applications/{}/update/submit", e.first);

    // The grant must equal the award.
    let asks_more = updated(
        "1200",
        "350",
        json!({ "requested_grant": "9500", "own_financial": "1000", "own_personal": "500" }),
    );
    let (status, problem) = app.post(&e.ngo, &submit, asks_more).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert!(
        codes(&problem).contains(&"update_grant_differs".to_string()),
        "{problem}"
    );

    // The own share may not fall: 1 000 of 10 000 is 10%, the call's minimum but below 15,38%.
    let lower_share = updated(
        "1200",
        "100",
        json!({ "requested_grant": "9000", "own_financial": "1000" }),
    );
    let (status, problem) = app.post(&e.ngo, &submit, lower_share).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(codes(&problem), ["update_own_share_fell"]);
    assert_eq!(problem["errors"][0]["field"], "sources.own_contribution");

    // Another organisation's member may not file it; the clerk may not either.
    let (status, _) = app.post(&e.ngo_en, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.post(&e.clerk, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, filed) = app.post(&e.ngo, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::OK, "{filed}");
    assert_eq!(filed["update_state"], "submitted");
    let version = filed["update_version_no"].as_i64().unwrap();
    let kinds: Vec<String> = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(e.first))
        .all(&app.db.reader)
        .await
        .unwrap()
        .into_iter()
        .map(|v| format!("{}:{}", v.version_no, v.kind))
        .collect();
    assert!(kinds.contains(&format!("{version}:update")), "{kinds:?}");
    assert_eq!(queued(app, "award_update_filed").await.len(), 1);

    // Filed once: a second filing waits for the clerk.
    let (status, problem) = app.post(&e.ngo, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&problem), ["update_not_expected"]);

    // The applicant cannot accept its own update; the clerk returns it with a comment.
    let accept = format!("/api/v1/applications/{}/update/accept", e.first);
    let back = format!("/api/v1/applications/{}/update/return", e.first);
    let (status, _) = app.post(&e.ngo, &accept, json!({})).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, problem) = app.post(&e.clerk, &back, json!({ "comment": " " })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let (status, returned) = app
        .post(
            &e.clerk,
            &back,
            json!({ "comment": "Proszę rozpisać koordynację" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{returned}");
    assert_eq!(returned["update_state"], "awaiting");
    assert_eq!(
        queued(app, "award_update_reviewed").await,
        [("fundacja@example.org".to_string(), "pl".to_string())]
    );

    // Filed again and accepted: only now the award is final.
    let (status, _) = app.post(&e.ngo, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::OK);
    let (status, accepted) = app.post(&e.clerk, &accept, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    assert_eq!(accepted["update_state"], "accepted");
    let (status, _) = app.post(&e.clerk, &accept, json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // The trail holds each step with the award before and after.
    let (_, trail) = app
        .get(
            &e.clerk,
            &format!("/api/v1/applications/{}/history", e.first),
        )
        .await;
    let text = trail.to_string();
    for action in ["update_submit", "update_return", "update_accept"] {
        assert!(text.contains(action), "{action} missing from {text}");
    }

    // An offer not chosen has nothing to update.
    let other = format!("/api/v1/applications/{}/update/submit", e.second);
    let (status, _) = app.post(&e.ngo_en, &other, keeps_the_share()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn an_award_may_be_declined(backend: Backend) {
    let e = published(backend).await;
    let app = &e.app;
    let withdraw = format!("/api/v1/applications/{}/update/withdraw", e.first);
    let (status, declined) = app.post(&e.ngo, &withdraw, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{declined}");
    assert_eq!(declined["update_state"], "withdrawn");
    let (_, staff) = app
        .get(&e.clerk, &format!("/api/v1/calls/{}/results", e.call))
        .await;
    assert_eq!(staff["awards"][0]["update_state"], "withdrawn");
    assert_eq!(queued(app, "award_update_filed").await.len(), 1);
    let submit = format!("/api/v1/applications/{}/update/submit", e.first);
    let (status, _) = app.post(&e.ngo, &submit, keeps_the_share()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

async fn the_update_is_prepared_in_the_working_copy(backend: Backend) {
    let e = published(backend).await;
    let app = &e.app;
    let offer = format!("/api/v1/applications/{}", e.first);
    let (_, read) = app.get(&e.ngo, &offer).await;
    let version = read["version"].as_i64().unwrap();
    // The editor's save reopens for the update (the offer itself stays formally accepted).
    let content = keeps_the_share()["content"].clone();
    let (status, saved) = app
        .patch(
            &e.ngo,
            &offer,
            json!({ "version": version, "content": content }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let editor = crate::browser::Browser::signed_in(app, &e.ngo)
        .get(&format!("/applications/{}/edit", e.first))
        .await;
    assert_eq!(editor.status, StatusCode::OK, "{}", editor.html());
    // Filed from the working copy, without a body.
    let submit = format!("{offer}/update/submit");
    let (status, filed) = app.post(&e.ngo, &submit, json!({})).await;
    assert_eq!(status, StatusCode::OK, "{filed}");
    assert_eq!(filed["update_state"], "submitted");
    // The clerk sees what changed against the filed version (the correction loop's diff).
    let clerk = crate::browser::Browser::signed_in(app, &e.clerk);
    let check = clerk.get(&format!("/clerk/applications/{}", e.first)).await;
    let diff = check.page.text("#version-diff");
    assert!(
        diff.contains("9000") || diff.contains("9 000") || diff.contains("9\u{a0}000"),
        "{diff}"
    );
    // Once filed, the working copy is closed again.
    let (_, read) = app.get(&e.ngo, &offer).await;
    let version = read["version"].as_i64().unwrap();
    let (status, _) = app
        .patch(
            &e.ngo,
            &offer,
            json!({ "version": version, "content": offer_content() }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // The other organisation's offer, not chosen, stays closed.
    let theirs = format!("/api/v1/applications/{}", e.second);
    let (_, read) = app.get(&e.ngo_en, &theirs).await;
    let version = read["version"].as_i64().unwrap();
    let (status, _) = app
        .patch(
            &e.ngo_en,
            &theirs,
            json!({ "version": version, "content": offer_content() }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}
