//! The ranking's refusals: awards above the request, the pool or below the minimum, a partial
//! award without a reason, callers who are not the town's staff, and the town's switch that
//! makes applicant flags refuse an award.

use super::api::{amounts, body, codes};
use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_domain::roles::Role;
use granty_store::entities::award;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::json;

async fn awards_above_the_request_or_the_pool_or_partial_without_reason_are_refused(
    backend: Backend,
) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let awards = format!("/api/v1/calls/{}/awards", panel.call);
    let resolution =
        json!({ "application_id": panel.offers[DIVERGENT], "note": "Rozstrzygnięte." });
    let divergences = format!("/api/v1/calls/{}/divergences", panel.call);
    assert_eq!(
        app.post(&panel.clerk, &divergences, resolution).await.0,
        StatusCode::CREATED
    );
    let first = panel.offers[EXPECTED_ORDER[0]];
    let (status, above) = app
        .post(&panel.clerk, &awards, body(&[(first, "15000.01")], &[]))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&above),
        vec![(
            format!("awards[{first}].amount"),
            "award_above_request".into()
        )]
    );
    assert!(
        above["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("15\u{a0}000,00\u{a0}zł"),
        "{above}"
    );

    let mut seven_full = amounts(&panel);
    seven_full[6].1 = "15000.00";
    let (status, pool) = app
        .post(&panel.clerk, &awards, body(&seven_full, &[]))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let seventh = panel.offers[EXPECTED_ORDER[6]];
    assert_eq!(
        codes(&pool),
        vec![(
            format!("awards[{seventh}].amount"),
            "award_above_pool".into()
        )]
    );

    let (status, reasonless) = app
        .post(&panel.clerk, &awards, body(&amounts(&panel), &[]))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&reasonless),
        vec![(
            format!("awards[{seventh}].reason"),
            "reason_required".into()
        )]
    );

    let (status, small) = app
        .post(
            &panel.clerk,
            &awards,
            body(&[(first, "4999.99")], &[(first, "mniej")]),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&small),
        vec![(
            format!("awards[{first}].amount"),
            "award_below_minimum".into()
        )]
    );
    let (status, stranger) = app
        .post(&panel.clerk, &awards, body(&[(999_999, "1")], &[]))
        .await;
    assert_eq!(
        (status, codes(&stranger)[0].1.as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, "unknown_reference")
    );
    let none = award::Entity::find()
        .all(&app.db.writer)
        .await
        .expect("awards");
    assert!(none.is_empty(), "nothing saved by a refused request");
}

async fn only_the_towns_staff_see_the_ranking(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let call = panel.call;
    let paths = [
        format!("/api/v1/calls/{call}/ranking"),
        format!("/api/v1/calls/{call}/ranking.csv"),
        format!("/api/v1/calls/{call}/ranking.xlsx"),
    ];
    for path in &paths {
        for token in [&panel.ngo, &panel.evaluator] {
            let (status, problem) = app.get(token, path).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{path}: {problem}");
            assert_eq!(
                problem["type"], "https://granty.example/problems/forbidden",
                "{problem}"
            );
        }
    }
    let awards = format!("/api/v1/calls/{call}/awards");
    let (status, _) = app
        .post(&panel.ngo, &awards, json!({ "awards": "nonsense" }))
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the body is not read for a role that may not award"
    );
    let (status, _) = app
        .post(
            &panel.evaluator,
            &format!("/api/v1/calls/{call}/divergences"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let other = app.other_tenant("brno").await;
    let stranger = app
        .user_in("urednik@brno.cz", Role::Clerk, other, "brno")
        .await;
    let (status, _) = app.get(&stranger, &paths[0]).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another town's call is not there"
    );
}

async fn the_town_may_make_applicant_flags_block_awards(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    let path = format!("/api/v1/calls/{}/ranking", panel.call);
    let (_, board) = app.get(&panel.clerk, &path).await;
    assert_eq!(
        board["block_flagged_applicants"], false,
        "flag only, by default"
    );
    let rules = "/api/v1/admin/award-rules";
    let block = json!({ "block_flagged_applicants": true });
    let (status, _) = app.put(&panel.clerk, rules, block.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "the town's admin decides");
    let admin = app.user("admin@miasto.pl", Role::Admin).await;
    let (status, read) = app.get(&admin, rules).await;
    assert_eq!(
        (status, read),
        (StatusCode::OK, json!({ "block_flagged_applicants": false }))
    );
    let (status, saved) = app.put(&admin, rules, block.clone()).await;
    assert_eq!((status, saved), (StatusCode::OK, block));
    let (_, board) = app.get(&panel.clerk, &path).await;
    assert_eq!(board["block_flagged_applicants"], true);
    // No applicant has a report or a return yet, so nothing is blocked and the flags are empty.
    assert!(board["ranking"]
        .as_array()
        .is_some_and(|rows| rows.iter().all(|r| r["flags"] == json!([]))));
}

on_both_databases!(
    the_town_may_make_applicant_flags_block_awards,
    awards_above_the_request_or_the_pool_or_partial_without_reason_are_refused,
    only_the_towns_staff_see_the_ranking,
);
