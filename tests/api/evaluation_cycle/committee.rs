//! The committee of the cycle: a nominee of an applying organisation refused, two officials and
//! an NGO nominee appointed, offers spread two per offer; nothing of an offer before the
//! declaration; a tie declared, the offer reassigned with its history kept; all on the trail.

use super::builder::*;
use super::steps::*;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub async fn the_committee_declares_and_a_tie_is_reassigned(backend: crate::support::Backend) {
    let c = accepted(backend).await;
    let app = &c.app;
    // A nominee of an organisation that applied in this call cannot sit on its committee.
    let applying = json!({ "kind": "ngo_nominee",
        "nominated_by_organisation_id": c.organisations[4] });
    let (status, body) = c.appoint(2, applying).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["nominee_of_applicant"]);
    c.committee_assigned().await;
    let overview = c.overview().await;
    let kinds: Vec<&str> = overview["members"]
        .as_array()
        .expect("members")
        .iter()
        .map(|m| m["kind"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(kinds, ["official", "official", "ngo_nominee"], "{overview}");
    let on = c.current_assignments().await;
    assert_eq!(on.len(), OFFERS, "every offer assigned: {on:?}");
    for m in 0..3 {
        let load = on.values().filter(|members| members.contains(&m)).count();
        assert_eq!(load, 8, "24 assignments spread evenly: {on:?}");
    }

    // Before the declaration the nominee sees no offer: 403, and an empty queue.
    let tied = c.nominees_offer().await;
    let nominee = &c.members[2].token;
    let (status, body) = app.get(nominee, &c.card_path(tied)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(problem_type(&body), "forbidden");
    let (_, queue) = app.get(nominee, "/api/v1/evaluations").await;
    assert_eq!(queue["calls"][0]["declared"], false, "{queue}");
    assert_eq!(queue["calls"][0]["offers"], json!([]));

    // The declaration lists all twelve applicants; the nominee names one tie.
    let (status, form) = app.get(nominee, &c.path("declaration")).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    assert_eq!(form["applicants"].as_array().map(Vec::len), Some(OFFERS));
    let (status, body) = c.declare(2, &[c.organisations[tied]]).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["excluded_application_ids"], json!([c.offers[tied]]));
    // The tied offer is gone for the nominee (404), the others open.
    let (status, _) = app.get(nominee, &c.card_path(tied)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let other = (0..OFFERS)
        .find(|&k| k != tied && on[&k].contains(&2))
        .expect("another offer of the nominee");
    let (status, body) = app.get(nominee, &c.card_path(other)).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // The clerk is asked to reassign; not to the excluded member, then to the free one.
    let overview = c.overview().await;
    assert_eq!(overview["needs_reassignment"], json!([c.offers[tied]]));
    assert_eq!(c.queued("reassignment_needed").await.len(), 1);
    let to_excluded = json!({ "application_id": c.offers[tied],
        "to_user_id": c.members[2].user_id, "reason": "Powrót" });
    let (status, body) = app
        .post(&c.clerk, &c.path("assignments/reassign"), to_excluded)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["member_excluded"]);
    let still_on = c.current_assignments().await[&tied].clone();
    assert_eq!(
        still_on.len(),
        1,
        "the nominee's assignment ended: {still_on:?}"
    );
    let to = (0..2).find(|m| !still_on.contains(m)).expect("free member");
    let body = json!({ "application_id": c.offers[tied],
        "to_user_id": c.members[to].user_id, "reason": "Wyłączenie członka komisji" });
    let (status, answer) = app
        .post(&c.clerk, &c.path("assignments/reassign"), body)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    assert_eq!(c.current_assignments().await[&tied], vec![0, 1]);

    // The history keeps the nominee's ended row with its reason.
    let overview = c.overview().await;
    assert_eq!(overview["needs_reassignment"], json!([]));
    let rows: Vec<&Value> = overview["assignments"]
        .as_array()
        .expect("assignments")
        .iter()
        .filter(|a| a["application_id"] == json!(c.offers[tied]))
        .collect();
    assert_eq!(rows.len(), 3, "two current and the ended one: {rows:?}");
    let ended = rows
        .iter()
        .find(|a| a["user_id"] == json!(c.members[2].user_id))
        .expect("the nominee's row");
    assert_eq!(ended["end_reason"], "declared_tie");
    assert!(!ended["ended_at"].is_null());

    // Appointment, settings, assignment, the declaration (with its exclusion) and the
    // reassignment are on the trail, each with who did it and the values after.
    let actions = c.actions("call").await;
    for action in [
        "appoint_member",
        "evaluation_settings",
        "assign",
        "declare_impartiality",
        "reassign",
    ] {
        assert!(
            actions.iter().any(|a| a == action),
            "{action} in {actions:?}"
        );
    }
    let trail = c.trail("call").await;
    let declaration = trail
        .iter()
        .find(|row| row.action == "declare_impartiality")
        .expect("declaration on the trail");
    assert_eq!(declaration.actor_user_id, Some(c.members[2].user_id));
    let after = declaration.after_value.clone().unwrap_or_default();
    assert!(
        after.contains(&c.offers[tied].to_string()),
        "the exclusion is recorded: {after}"
    );
    let reassign = trail.iter().rev().find(|row| row.action == "reassign");
    let reassign = reassign.expect("reassignment on the trail");
    assert!(reassign.before_value.is_some() && reassign.after_value.is_some());
}
