//! The committee of a call (issue 11): appointment and its refusals, the declaration of
//! impartiality with and without ties, what a member may read before and after it, assignment
//! (all, or N per offer spread evenly, never to an excluded member), reassignment with its
//! history, and the audit trail.

mod fixture;

pub use fixture::committee;
use fixture::{audit_actions, codes, queued};

use crate::on_both_databases;
use crate::support::*;
use granty_store::{accounts, evaluation};
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(
    appointment_and_its_refusals,
    declaration_with_a_tie_excludes_and_asks_to_reassign,
    assignment_spreads_evenly_and_reassignment_keeps_history,
);

async fn appointment_and_its_refusals(backend: Backend) {
    let app = TestApp::start(backend).await;
    let c = committee(&app).await;
    // A nominee of an organisation that applied is refused, with the reason.
    let applying =
        json!({ "kind": "ngo_nominee", "nominated_by_organisation_id": c.applicants[1] });
    let (status, body) = c.appoint(&app, 0, applying).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["nominee_of_applicant"]);
    let message = body["errors"][0]["message"].as_str().unwrap_or_default();
    assert!(message.contains("Stowarzyszenie Sąsiadów"), "{message}");
    // The same by a typed-in name, spelled differently.
    let typed = json!({ "kind": "ngo_nominee", "nominated_by_name": "klub sportowy  ORZEŁ" });
    let (status, body) = c.appoint(&app, 0, typed).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["nominee_of_applicant"]);
    // Only evaluators of the town, once each; the NGO user and other roles may not appoint.
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let (status, body) = app
        .post(
            &ngo,
            &c.path("committee"),
            json!({ "user_id": c.evaluators[0].1, "kind": "official" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (status, _) = c.appoint(&app, 0, json!({ "kind": "official" })).await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, body) = c.appoint(&app, 0, json!({ "kind": "adviser" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&body), ["already_on_committee"]);
    // The member is told by email, with the link to the declaration.
    let sent = queued(&app, "committee_appointed").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0],
        format!("/evaluations/calls/{}/declaration", c.call)
    );
    // No NGO nominee and no statutory reason: evaluation may not start.
    let (status, body) = app
        .post(&c.clerk, &c.path("assignments"), json!({ "mode": "all" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["no_ngo_reason_required"]);
    let (status, body) = app
        .send(
            app.client
                .put(app.url(&c.path("evaluation-settings")))
                .bearer_auth(&c.clerk)
                .json(&json!({ "no_ngo_reason": "no_nominations", "per_offer": 1 })),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let (status, body) = app.post(&c.clerk, &c.path("assignments"), json!({})).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["added"].as_array().map(Vec::len), Some(3));
    assert_eq!(body["started_evaluation"], true);
    // A stale settings save is refused.
    let (status, body) = app
        .send(
            app.client
                .put(app.url(&c.path("evaluation-settings")))
                .bearer_auth(&c.clerk)
                .json(&json!({ "lock_version": 7 })),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    // An adviser added later: no score by default; removed with a reason, the row kept.
    let (status, adviser) = c.appoint(&app, 1, json!({ "kind": "adviser" })).await;
    assert_eq!(
        (status, adviser["scores"].clone()),
        (StatusCode::CREATED, json!(false))
    );
    let remove = c.path(&format!("committee/{}/remove", adviser["id"]));
    let (status, body) = app.post(&c.clerk, &remove, json!({ "reason": "" })).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = app
        .post(&c.clerk, &remove, json!({ "reason": "Rezygnacja" }))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (_, overview) = app.get(&c.clerk, &c.path("committee")).await;
    let members = overview["members"].as_array().cloned().unwrap_or_default();
    assert_eq!(members.len(), 2);
    assert_eq!(members[1]["removed_reason"], "Rezygnacja");
    let actions = audit_actions(&app, c.call).await;
    for action in [
        "appoint_member",
        "evaluation_settings",
        "assign",
        "start_evaluation",
        "remove_member",
    ] {
        assert!(
            actions.contains(&action.to_string()),
            "{action} in {actions:?}"
        );
    }
}

async fn declaration_with_a_tie_excludes_and_asks_to_reassign(backend: Backend) {
    let app = TestApp::start(backend).await;
    let c = committee(&app).await;
    c.full_committee(&app).await;
    let (status, body) = app
        .post(&c.clerk, &c.path("assignments"), json!({ "mode": "all" }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let member = app.token("oceniajacy1@miasto.pl", "miasto").await;
    // Before the declaration: the member's standing on an offer is 403.
    let policy = granty_domain::tokens::SessionPolicy::default();
    let actor = accounts::actor_for_token(&app.db, &member, &policy, app.now())
        .await
        .unwrap();
    let before = evaluation::standing(&app.db.reader, &actor, c.offers[0]).await;
    assert!(
        matches!(before, Err(granty_store::StoreError::Forbidden)),
        "{before:?}"
    );
    // The declaration lists the applicants; neither "no tie" with ticks nor nothing at all.
    let (status, form) = app.get(&member, &c.path("declaration")).await;
    assert_eq!(status, StatusCode::OK, "{form}");
    assert_eq!(form["applicants"].as_array().map(Vec::len), Some(3));
    let (status, body) = app.post(&member, &c.path("declaration"), json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let tie = json!({ "tied_organisation_ids": [c.applicants[1]] });
    let (status, body) = app.post(&member, &c.path("declaration"), tie.clone()).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["excluded_application_ids"], json!([c.offers[1]]));
    // Signed once.
    let (status, body) = app.post(&member, &c.path("declaration"), tie).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&body), ["already_declared"]);
    // After it: the other offers are open, the tied one is 404.
    let open = evaluation::standing(&app.db.reader, &actor, c.offers[0]).await;
    assert!(open.is_ok_and(|s| s.assigned));
    let tied = evaluation::standing(&app.db.reader, &actor, c.offers[1]).await;
    assert!(
        matches!(tied, Err(granty_store::StoreError::NotFound)),
        "{tied:?}"
    );
    // The assignment ended with the reason; the clerk is asked to reassign.
    let (_, overview) = app.get(&c.clerk, &c.path("committee")).await;
    assert_eq!(overview["needs_reassignment"], json!([c.offers[1]]));
    let ended: Vec<&Value> = overview["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["end_reason"] == "declared_tie")
        .collect();
    assert_eq!(ended.len(), 1);
    let asked = queued(&app, "reassignment_needed").await;
    assert_eq!(asked, [format!("/clerk/calls/{}/committee", c.call)]);
    // A member of another call's committee, or not on any: 404; other roles 403.
    let other = app.token("oceniajacy3@miasto.pl", "miasto").await;
    let another_call = format!("/api/v1/calls/{}/declaration", c.call + 1000);
    assert_eq!(
        app.get(&other, &another_call).await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&c.clerk, &c.path("declaration")).await.0,
        StatusCode::FORBIDDEN
    );
    // A declaration without ties excludes nothing.
    let (status, body) = app
        .post(&other, &c.path("declaration"), json!({ "no_ties": true }))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body["excluded_application_ids"], json!([]));
    // Reassigning to the excluded member is refused; to another, the warning goes.
    let to_excluded =
        json!({ "application_id": c.offers[1], "to_user_id": c.evaluators[0].1, "reason": "x" });
    let (status, body) = app
        .post(&c.clerk, &c.path("assignments/reassign"), to_excluded)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(codes(&body), ["member_excluded"]);
    let actions = audit_actions(&app, c.call).await;
    assert!(
        actions.contains(&"declare_impartiality".to_string()),
        "{actions:?}"
    );
}

async fn assignment_spreads_evenly_and_reassignment_keeps_history(backend: Backend) {
    let app = TestApp::start(backend).await;
    let c = committee(&app).await;
    c.full_committee(&app).await;
    // The nominee declares a tie to the first applicant before the offers are spread.
    let nominee = app.token("oceniajacy3@miasto.pl", "miasto").await;
    let tie = json!({ "tied_organisation_ids": [c.applicants[0]] });
    let (status, _) = app.post(&nominee, &c.path("declaration"), tie).await;
    assert_eq!(status, StatusCode::CREATED);
    let spread = json!({ "mode": "spread", "per_offer": 2 });
    let (status, body) = app.post(&c.clerk, &c.path("assignments"), spread).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let added = body["added"].as_array().cloned().unwrap_or_default();
    assert_eq!(added.len(), 6);
    let nominee_id = c.evaluators[2].1;
    let excluded_pair = json!({ "application_id": c.offers[0], "user_id": nominee_id });
    assert!(
        !added.contains(&excluded_pair),
        "never to an excluded member"
    );
    for (_, user) in &c.evaluators {
        let load = added.iter().filter(|a| a["user_id"] == json!(user)).count();
        assert_eq!(load, 2, "even load for {user}: {added:?}");
    }
    // Reassign offer 2 from one of its members to the third; the old row stays, ended.
    let (_, overview) = app.get(&c.clerk, &c.path("committee")).await;
    let on_offer = current(&overview, c.offers[1]);
    assert_eq!(on_offer.len(), 2);
    let third = c
        .evaluators
        .iter()
        .map(|e| e.1)
        .find(|u| !on_offer.contains(u))
        .unwrap();
    let body = json!({ "application_id": c.offers[1], "from_user_id": on_offer[0],
        "to_user_id": third, "reason": "Zmiana" });
    let (status, answer) = app
        .post(&c.clerk, &c.path("assignments/reassign"), body)
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{answer}");
    let (_, overview) = app.get(&c.clerk, &c.path("committee")).await;
    let now_on = current(&overview, c.offers[1]);
    assert!(
        now_on.contains(&third) && !now_on.contains(&on_offer[0]),
        "{now_on:?}"
    );
    let history = overview["assignments"].as_array().unwrap();
    let old = history
        .iter()
        .find(|a| a["application_id"] == json!(c.offers[1]) && a["user_id"] == json!(on_offer[0]))
        .unwrap();
    assert_eq!(old["end_reason"], "Zmiana");
    // A member already on the offer cannot be given it again.
    let body = json!({ "application_id": c.offers[1], "from_user_id": third,
        "to_user_id": on_offer[1], "reason": "Zmiana" });
    let (status, answer) = app
        .post(&c.clerk, &c.path("assignments/reassign"), body)
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(codes(&answer), ["duplicate"]);
    // Three per offer cannot be met for the offer the nominee is excluded from.
    let three = json!({ "mode": "spread", "per_offer": 3 });
    let (_, body) = app.post(&c.clerk, &c.path("assignments"), three).await;
    assert_eq!(
        body["short"],
        json!([{ "application_id": c.offers[0], "wanted": 3, "found": 2 }])
    );
    // A removed member's assignments end with the reason; they cannot be given offers.
    let remove = c.path(&format!(
        "committee/{}/remove",
        overview["members"][0]["id"]
    ));
    let (status, _) = app
        .post(&c.clerk, &remove, json!({ "reason": "Choroba" }))
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let body = json!({ "application_id": c.offers[2], "to_user_id": c.evaluators[0].1,
        "reason": "Zmiana" });
    let (status, answer) = app
        .post(&c.clerk, &c.path("assignments/reassign"), body)
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "removed member: {answer}"
    );
    assert_eq!(codes(&answer), ["not_on_committee"]);
    let (_, overview) = app.get(&c.clerk, &c.path("committee")).await;
    let history = overview["assignments"].as_array().unwrap();
    assert!(history.iter().any(|a| a["end_reason"] == "Choroba"));
    let actions = audit_actions(&app, c.call).await;
    for action in ["reassign", "remove_member", "declare_impartiality"] {
        assert!(
            actions.contains(&action.to_string()),
            "{action} in {actions:?}"
        );
    }
}

/// The members assigned now to an offer, from the committee overview.
fn current(overview: &Value, offer: i64) -> Vec<i64> {
    overview["assignments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["application_id"] == json!(offer) && a["ended_at"].is_null())
        .map(|a| a["user_id"].as_i64().unwrap())
        .collect()
}
