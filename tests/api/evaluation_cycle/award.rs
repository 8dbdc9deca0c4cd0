//! From the submitted cards to the published results: the ranking with a tie in totals broken by
//! the stated rule, a divergence refused then resolved, the pool running out at the ninth place
//! with a partial award, the executive's decision, the results published and read by anyone,
//! every applicant told in its language; the awards and the decision on the trail.

use super::builder::*;
use super::steps::*;
use crate::support::Backend;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub async fn the_ranking_is_awarded_decided_and_published(backend: Backend) {
    let c = accepted(backend).await;
    c.declared().await;
    c.scored().await;
    the_ranking_breaks_the_tie_by_the_stated_rule(&c).await;
    a_divergence_refuses_the_awards_until_resolved(&c).await;
    c.awarded().await;
    the_pool_runs_out_with_a_partial_award(&c).await;
    an_amount_lowered_is_on_the_trail(&c).await;
    let open = a_card_is_left_open(&c).await;
    c.decided().await;
    c.published().await;
    nothing_changes_after_publication(&c, open).await;
    anyone_reads_the_results(&c).await;
    every_applicant_is_told_in_its_language(&c).await;
    the_awards_and_the_decision_are_on_the_trail(&c).await;
}

async fn the_ranking_breaks_the_tie_by_the_stated_rule(c: &Cycle) {
    let board = c.ranking().await;
    let rows = board["ranking"].as_array().expect("rows");
    let order: Vec<usize> = rows
        .iter()
        .map(|r| c.index_of(r["application_id"].as_i64().unwrap_or(0)))
        .collect();
    assert_eq!(order, EXPECTED_ORDER, "{board}");
    let totals: Vec<&str> = rows
        .iter()
        .map(|r| r["total"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        totals,
        [
            "60.00", "54.00", "53.00", "53.00", "48.00", "42.00", "39.00", "36.00", "30.00",
            "24.00", "18.00", "12.00"
        ]
    );
    // Offer 3 was received after offer 2 and goes first on criterion 2, as the call states.
    assert_eq!(board["tie_breakers"], json!(["criterion:1", "received"]));
    assert_eq!(rows[2]["application_id"], json!(c.offers[TIED.1]));
    assert_eq!(rows[3]["separated_by"], "criterion:1", "{}", rows[3]);
    assert_eq!(rows[2]["means"][1], "9.00");
    assert_eq!(rows[3]["means"][1], "8.00");
    let divergent: Vec<i64> = rows
        .iter()
        .filter(|r| r["divergent"] == true)
        .filter_map(|r| r["application_id"].as_i64())
        .collect();
    assert_eq!(
        divergent,
        [c.offers[DIVERGENT]],
        "10 and 3 on every criterion"
    );
    assert_eq!(board["leniency"].as_array().map(Vec::len), Some(3));
}

async fn a_divergence_refuses_the_awards_until_resolved(c: &Cycle) {
    let (status, refused) = c
        .app
        .post(&c.clerk, &c.path("awards"), c.awards_body())
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert_eq!(codes(&refused), ["divergence_unresolved"]);
    c.resolve_divergence().await;
    let board = c.ranking().await;
    let row = board["ranking"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["application_id"] == json!(c.offers[DIVERGENT]))
        .cloned()
        .expect("the divergent offer");
    assert_eq!(row["divergence_resolved"], true, "{row}");
}

async fn the_pool_runs_out_with_a_partial_award(c: &Cycle) {
    let board = c.ranking().await;
    assert_eq!(board["pool"], "97000.00");
    assert_eq!(board["awards_saved"], true);
    let rows = board["ranking"].as_array().expect("rows");
    let left: Vec<&str> = rows
        .iter()
        .map(|r| r["pool_left"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        left,
        [
            "86000.00", "75000.00", "64000.00", "53000.00", "42000.00", "31000.00", "20000.00",
            "9000.00", "0.00", "0.00", "0.00", "0.00"
        ]
    );
    let partial = &rows[PARTIAL_PLACE];
    assert_eq!(partial["amount_minor"], 900_000, "{partial}");
    assert_eq!(partial["partial"], true);
    assert_eq!(partial["reason"], PARTIAL_REASON);
    assert_eq!(rows[PARTIAL_PLACE + 1]["amount_minor"], 0);
    // More than the pool holds is refused.
    let mut greedy = c.awards_body();
    greedy["awards"][PARTIAL_PLACE + 1]["amount"] = json!("0.01");
    let (status, body) = c.app.post(&c.clerk, &c.path("awards"), greedy).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
}

/// The clerk lowers the partial award once more and puts it back: two entries, before and after.
async fn an_amount_lowered_is_on_the_trail(c: &Cycle) {
    let mut lowered = c.awards_body();
    lowered["awards"][PARTIAL_PLACE]["amount"] = json!("8500.00");
    let (status, body) = c.app.post(&c.clerk, &c.path("awards"), lowered).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let trail = c.trail("award").await;
    assert_eq!(
        trail.len(),
        OFFERS + 1,
        "only the changed award is written again"
    );
    let change = trail.last().expect("the change");
    assert!(
        change
            .before_value
            .clone()
            .unwrap_or_default()
            .contains("900000"),
        "{change:?}"
    );
    assert!(
        change
            .after_value
            .clone()
            .unwrap_or_default()
            .contains("850000"),
        "{change:?}"
    );
    c.awarded().await;
    assert_eq!(c.trail("award").await.len(), OFFERS + 2);
}

/// A card reopened before the decision and left open: the board still counts the other card.
async fn a_card_is_left_open(c: &Cycle) -> (usize, usize) {
    let k = EXPECTED_ORDER[0];
    let m = c.current_assignments().await[&k][0];
    let reopen = format!("{}/reopen", c.card_path(k));
    let body = json!({ "member_user_id": c.members[m].user_id, "reason": "Do sprawdzenia" });
    let (status, answer) = c.app.post(&c.clerk, &reopen, body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    (k, m)
}

/// Once the results are out the awards, the cards, the divergences, the assignments and the
/// settings stay as published (all but the assignment were accepted before the fix).
async fn nothing_changes_after_publication(c: &Cycle, (k, m): (usize, usize)) {
    let refused = |status: StatusCode, body: &Value, what: &str| {
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "{what} after publication: {body}"
        );
        assert_eq!(problem_type(body), "state-conflict", "{what}: {body}");
    };
    let mut changed = c.awards_body();
    changed["awards"][PARTIAL_PLACE]["amount"] = json!("5000.00");
    let (status, body) = c.app.post(&c.clerk, &c.path("awards"), changed).await;
    refused(status, &body, "awards");
    let note = json!({ "application_id": c.offers[DIVERGENT], "note": "Jeszcze raz" });
    let (status, body) = c.app.post(&c.clerk, &c.path("divergences"), note).await;
    refused(status, &body, "a divergence");
    let other = c.current_assignments().await[&k][1];
    let reopen = format!("{}/reopen", c.card_path(k));
    let body = json!({ "member_user_id": c.members[other].user_id, "reason": "Po wynikach" });
    let (status, answer) = c.app.post(&c.clerk, &reopen, body).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "reopen after publication: {answer}"
    );
    let (_, read) = c.app.get(&c.members[m].token, &c.card_path(k)).await;
    let version = read["card"]["version"].clone();
    let submit = format!("{}/submit", c.card_path(k));
    let late = json!({ "version": version, "scores": points_for(k, false) });
    let (status, answer) = c.app.post(&c.members[m].token, &submit, late).await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a card after publication: {answer}"
    );
    assert_eq!(c.trail("award").await.len(), OFFERS + 2, "no award moved");
    let spread = json!({ "mode": "spread", "per_offer": 3 });
    let (status, body) = c.app.post(&c.clerk, &c.path("assignments"), spread).await;
    refused(status, &body, "assignment");
    let body = json!({ "application_id": c.offers[k], "from_user_id": c.members[m].user_id,
        "to_user_id": c.members[2].user_id, "reason": "Po wynikach" });
    let (status, body) = c
        .app
        .post(&c.clerk, &c.path("assignments/reassign"), body)
        .await;
    refused(status, &body, "a reassignment");
    let settings = json!({ "divergence_percent": 90, "lock_version": 1 });
    let request = c.app.client.put(c.app.url(&c.path("evaluation-settings")));
    let (status, body) = c
        .app
        .send(request.bearer_auth(&c.clerk).json(&settings))
        .await;
    refused(status, &body, "the settings");
}

async fn anyone_reads_the_results(c: &Cycle) {
    let path = format!("/api/v1/public/miasto/calls/{}/results", c.call);
    let (status, results) = c.app.send(c.app.client.get(c.app.url(&path))).await;
    assert_eq!(status, StatusCode::OK, "{results}");
    let entries = results["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), OFFERS, "{results}");
    for (place, &k) in EXPECTED_ORDER.iter().enumerate() {
        let entry = entries
            .iter()
            .find(|e| e["organisation"] == json!(organisation_name(k)))
            .unwrap_or_else(|| panic!("offer {k} in {results}"));
        let (amount, total): (Value, Value) = match place {
            0..=7 => (json!(1_100_000), Value::Null),
            PARTIAL_PLACE => (json!(900_000), Value::Null),
            _ => (Value::Null, json!((13 - k as i64) * 600)),
        };
        assert_eq!(entry["amount"]["minor"].clone(), amount, "{entry}");
        assert_eq!(entry["total_centi"], total, "{entry}");
        assert_eq!(entry["task"], "Letnie koncerty w parku");
    }
    assert_eq!(results["decided_by_name"], "Burmistrz Miasta");
    let (_, call) = c
        .app
        .get(&c.clerk, &format!("/api/v1/calls/{}", c.call))
        .await;
    assert_eq!(call["state"], "results_published");
}

async fn every_applicant_is_told_in_its_language(c: &Cycle) {
    let told = |places: &[usize]| {
        let mut rows: Vec<(String, String)> = places
            .iter()
            .map(|&place| {
                let (_, email, code) = &c.ngos[owner_of(EXPECTED_ORDER[place])];
                (email.clone(), code.to_string())
            })
            .collect();
        rows.sort();
        rows
    };
    let chosen: Vec<usize> = (0..=PARTIAL_PLACE).collect();
    let not_chosen: Vec<usize> = (PARTIAL_PLACE + 1..OFFERS).collect();
    assert_eq!(c.queued("result_chosen").await, told(&chosen));
    assert_eq!(c.queued("result_not_chosen").await, told(&not_chosen));
}

async fn the_awards_and_the_decision_are_on_the_trail(c: &Cycle) {
    let awards = c.trail("award").await;
    assert_eq!(
        awards.len(),
        OFFERS + 2,
        "one entry per award and the two changes"
    );
    let partial = c.offers[EXPECTED_ORDER[PARTIAL_PLACE]];
    let with_partial = awards
        .iter()
        .filter_map(|row| row.after_value.clone())
        .find(|after| after.contains("900000") && after.contains(&partial.to_string()));
    assert!(
        with_partial.is_some(),
        "the partial amount recorded: {awards:?}"
    );
    assert!(awards.iter().all(|row| row.actor_user_id.is_some()));
    let actions = c.actions("call").await;
    for action in ["record_decision", "publish_results"] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    let divergence = c.actions("application").await;
    assert!(
        divergence.iter().any(|a| a.contains("divergence")),
        "{divergence:?}"
    );
}
