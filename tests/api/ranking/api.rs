//! The JSON API of the ranking board: the order with its tie-breakers, a divergence refused then
//! resolved, the budget running out mid-list with a partial award, and the refusals.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::{assignment, audit_event, award};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{json, Value};

/// The proposal down the list: six full awards of 15 000 zł, the seventh 10 000 zł, the rest none.
pub(super) fn amounts(panel: &Panel) -> Vec<(i64, &'static str)> {
    EXPECTED_ORDER
        .iter()
        .enumerate()
        .map(|(place, &k)| {
            let amount = match place {
                0..=5 => "15000.00",
                6 => "10000.00",
                _ => "0",
            };
            (panel.offers[k], amount)
        })
        .collect()
}

pub(super) fn body(lines: &[(i64, &str)], reasons: &[(i64, &str)]) -> Value {
    let awards: Vec<Value> = lines
        .iter()
        .map(|&(id, amount)| {
            let reason = reasons
                .iter()
                .find(|(r, _)| *r == id)
                .map_or("", |(_, t)| *t);
            json!({ "application_id": id, "amount": amount, "reason": reason })
        })
        .collect();
    json!({ "awards": awards })
}

pub(super) fn codes(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or("").to_string(),
                        e["code"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn the_clerk_ranks_resolves_a_divergence_and_awards_down_the_pool(backend: Backend) {
    let app = TestApp::start(backend).await;
    let panel = panel(&app).await;
    the_board_ranks_with_stated_ties_and_proposes_the_pool(&app, &panel).await;
    let valid = an_unresolved_divergence_refuses_the_awards(&app, &panel).await;
    the_divergence_is_resolved_with_an_extra_member(&app, &panel).await;
    the_awards_are_saved_on_the_trail(&app, &panel, valid).await;
}

async fn the_board_ranks_with_stated_ties_and_proposes_the_pool(app: &TestApp, panel: &Panel) {
    let path = format!("/api/v1/calls/{}/ranking", panel.call);
    let (status, board) = app.get(&panel.clerk, &path).await;
    assert_eq!(status, StatusCode::OK, "{board}");
    let rows = board["ranking"].as_array().expect("rows");
    let order: Vec<i64> = rows
        .iter()
        .map(|r| r["application_id"].as_i64().unwrap_or(0))
        .collect();
    let expected: Vec<i64> = EXPECTED_ORDER.iter().map(|&k| panel.offers[k]).collect();
    assert_eq!(order, expected, "{board}");
    // The ties, and what broke them, as stated.
    let separated: Vec<&str> = rows
        .iter()
        .map(|r| r["separated_by"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        &separated[..5],
        &["total", "received", "total", "criterion:1", "criterion:1"]
    );
    assert_eq!(board["tie_breakers"], json!(["criterion:1", "received"]));
    assert_eq!(
        rows[2]["total"], rows[4]["total"],
        "offers 4, 2, 3 tie on the total"
    );
    // The adviser's zero cards do not count: the best offer keeps 10 points on each criterion.
    assert_eq!(rows[0]["means"][0], "10.00");
    assert_eq!(board["leniency"].as_array().map(Vec::len), Some(3));
    let divergent: Vec<i64> = rows
        .iter()
        .filter(|r| r["divergent"] == true)
        .map(|r| r["application_id"].as_i64().unwrap_or(0))
        .collect();
    assert_eq!(divergent, vec![panel.offers[DIVERGENT]]);
    // The proposal fills the pool down the list and runs out at place 7.
    let left: Vec<&str> = rows
        .iter()
        .map(|r| r["pool_left"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        &left[..8],
        &["85000.00", "70000.00", "55000.00", "40000.00", "25000.00", "10000.00", "0.00", "0.00"]
    );
}

/// Returns the valid awards body (refused until the divergence is resolved).
async fn an_unresolved_divergence_refuses_the_awards(app: &TestApp, panel: &Panel) -> Value {
    let awards = format!("/api/v1/calls/{}/awards", panel.call);
    let partial_reason = [(
        panel.offers[EXPECTED_ORDER[6]],
        "Pula wyczerpana: kwota obniżona.",
    )];
    let valid = body(&amounts(panel), &partial_reason);
    let (status, refused) = app.post(&panel.clerk, &awards, valid.clone()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let field = format!("awards[{}].divergence", panel.offers[DIVERGENT]);
    assert_eq!(
        codes(&refused),
        vec![(field, "divergence_unresolved".to_string())]
    );

    valid
}

async fn the_divergence_is_resolved_with_an_extra_member(app: &TestApp, panel: &Panel) {
    let divergences = format!("/api/v1/calls/{}/divergences", panel.call);
    let target = panel.offers[DIVERGENT];
    let (status, blank) = app
        .post(
            &panel.clerk,
            &divergences,
            json!({ "application_id": target, "note": " " }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{blank}");
    assert_eq!(
        codes(&blank),
        vec![("note".to_string(), "required".to_string())]
    );
    let (status, adviser) = app
        .post(
            &panel.clerk,
            &divergences,
            json!({ "application_id": target, "note": "x", "extra_member_user_id": panel.adviser }),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an adviser does not score: {adviser}"
    );
    let resolution = json!({
        "application_id": target,
        "note": "Członek 3 ocenił ofertę surowo; dodatkowa ocena.",
        "extra_member_user_id": panel.members[0],
    });
    let (status, note) = app.post(&panel.clerk, &divergences, resolution).await;
    assert_eq!(status, StatusCode::CREATED, "{note}");
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::ApplicationId.eq(target))
        .filter(assignment::Column::UserId.eq(panel.members[0]))
        .all(&app.db.writer)
        .await
        .expect("query");
    assert_eq!(assigned.len(), 1, "the extra member is assigned");
}

async fn the_awards_are_saved_on_the_trail(app: &TestApp, panel: &Panel, valid: Value) {
    let awards = format!("/api/v1/calls/{}/awards", panel.call);
    let partial_reason = [(
        panel.offers[EXPECTED_ORDER[6]],
        "Pula wyczerpana: kwota obniżona.",
    )];
    let (status, saved) = app.post(&panel.clerk, &awards, valid).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let stored = award::Entity::find()
        .filter(award::Column::CallId.eq(panel.call))
        .all(&app.db.writer)
        .await
        .expect("awards");
    assert_eq!(stored.len(), OFFERS, "a row for every ranked offer");
    let partial = stored
        .iter()
        .find(|a| a.application_id == panel.offers[EXPECTED_ORDER[6]])
        .expect("partial award");
    assert_eq!(
        (partial.amount_minor, partial.update_state.as_str()),
        (1_000_000, "awaiting")
    );
    assert_eq!(
        (partial.rank, partial.decision.as_str()),
        (Some(7), "awarded")
    );
    let full = stored.iter().find(|a| a.rank == Some(1)).expect("first");
    assert_eq!(
        (full.amount_minor, full.update_state.as_str()),
        (REQUESTED_MINOR, "not_needed")
    );
    let none = stored.iter().find(|a| a.rank == Some(8)).expect("eighth");
    assert_eq!(
        (none.amount_minor, none.decision.as_str()),
        (0, "not_awarded")
    );
    let trail = audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("award"))
        .all(&app.db.writer)
        .await
        .expect("trail");
    assert_eq!(trail.len(), OFFERS, "every new award on the trail");
    // Lowering one amount again writes one more entry with before and after.
    let mut lowered = amounts(panel);
    lowered[6].1 = "9000.00";
    let (status, again) = app
        .post(&panel.clerk, &awards, body(&lowered, &partial_reason))
        .await;
    assert_eq!(status, StatusCode::OK, "{again}");
    let trail = audit_event::Entity::find()
        .filter(audit_event::Column::Entity.eq("award"))
        .all(&app.db.writer)
        .await
        .expect("trail");
    assert_eq!(trail.len(), OFFERS + 1);
    assert_eq!(again["ranking"][6]["pool_left"], "1000.00");
}

on_both_databases!(the_clerk_ranks_resolves_a_divergence_and_awards_down_the_pool);
