//! What must be refused, with a clear answer: late submissions, wrong roles, other people's
//! offers, invalid identifiers, arithmetic that does not add up, oversized bodies, stale saves.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_domain::roles::Role;
use reqwest::StatusCode;
use serde_json::json;

mod limits;

on_both_databases!(
    submission_after_the_deadline,
    roles_are_enforced,
    other_organisations_and_tenants_see_nothing,
    invalid_identifiers_are_named,
    arithmetic_that_does_not_add_up,
);

async fn submission_after_the_deadline(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.filled_draft(&ngo, call, organisation).await;
    upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;

    // Exactly at the deadline it is too late: the clock decides, not a job.
    app.clock.advance(Duration::days(30));
    let ngo = app.token("fundacja@example.org", "miasto").await;
    let (status, problem) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{problem}");
    assert_eq!(
        problem["detail"],
        "Termin składania ofert minął 31.12.2026 10:00 CET."
    );
    assert_eq!(problem["at"], "2026-12-31T09:00:00Z");
    let (_, english) = app
        .send(
            app.client
                .post(app.url(&format!("/api/v1/applications/{id}/submit")))
                .bearer_auth(&ngo)
                .header("accept-language", "en-GB,en;q=0.9"),
        )
        .await;
    assert_eq!(
        english["detail"],
        "The submission deadline passed at 2026-12-31 10:00 CET."
    );
    // Nor can a new draft be started.
    let (status, _) = app
        .post(
            &ngo,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, call_view) = app.get(&ngo, &format!("/api/v1/calls/{call}")).await;
    assert_eq!(call_view["state"], "closed");
}

async fn roles_are_enforced(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let evaluator = app.user("ekspert@example.org", Role::Evaluator).await;
    let organisation = app.organisation(&ngo, "Fundacja", "5260001246").await;
    let call = app.open_call(&clerk).await;

    let (status, _) = app.send(app.client.get(app.url("/api/v1/calls"))).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get("not-a-token", "/api/v1/calls").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, problem) = app.post(&ngo, "/api/v1/calls", call_body(app.now())).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(problem["title"], "Nie masz uprawnień do tej operacji.");
    let (status, _) = app
        .post(
            &clerk,
            "/api/v1/organisations",
            organisation_body("Urząd", "7740001454"),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .post(
            &clerk,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let id = app.filled_draft(&ngo, call, organisation).await;
    upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.post(
        &ngo,
        &format!("/api/v1/applications/{id}/submit"),
        json!({}),
    )
    .await;
    let (status, _) = app
        .post(
            &ngo,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "accepted" }),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // No evaluator sees an offer before the evaluation stage (and its conflict-of-interest declaration).
    let (status, _) = app
        .get(&evaluator, &format!("/api/v1/applications/{id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .get(&evaluator, &format!("/api/v1/calls/{call}/applications"))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // A formal check must say what is wrong, or why it is rejected.
    let (status, problem) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "rejected" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "reason");
    let (status, problem) = app
        .post(
            &clerk,
            &format!("/api/v1/applications/{id}/formal-check"),
            json!({ "outcome": "needs_correction", "deficiencies": ["  "] }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["code"], "deficiencies_required");
}

async fn other_organisations_and_tenants_see_nothing(backend: Backend) {
    let app = TestApp::start(backend).await;
    let clerk = app.user("urzednik@miasto.pl", Role::Clerk).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let rival = app.user("rival@example.org", Role::Ngo).await;
    let organisation = app.organisation(&ngo, "Fundacja", "5260001246").await;
    let rival_organisation = app
        .organisation(&rival, "Stowarzyszenie", "7740001454")
        .await;
    let call = app.open_call(&clerk).await;
    let id = app.filled_draft(&ngo, call, organisation).await;

    // Another NGO gets "not found", never "forbidden": the offer's existence is not revealed.
    for (status, _) in [
        app.get(&rival, &format!("/api/v1/applications/{id}")).await,
        app.patch(
            &rival,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 2, "content": {} }),
        )
        .await,
        app.post(
            &rival,
            &format!("/api/v1/applications/{id}/submit"),
            json!({}),
        )
        .await,
        app.get(&rival, &format!("/api/v1/organisations/{organisation}"))
            .await,
    ] {
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
    // Nor may it file an offer in someone else's name.
    let (status, problem) = app
        .post(
            &rival,
            &format!("/api/v1/calls/{call}/applications"),
            json!({ "organisation_id": organisation }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "organisation_id");
    let (_, list) = app
        .get(&rival, &format!("/api/v1/calls/{call}/applications"))
        .await;
    assert_eq!(list["applications"].as_array().unwrap().len(), 0);
    // Drafts stay private even from the clerk until submitted.
    let (status, _) = app.get(&clerk, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A clerk of another town sees neither the call nor the offer.
    let other = app.other_tenant("ostrava").await;
    let foreign_clerk = app
        .user_in("urednik@ostrava.cz", Role::Clerk, other, "ostrava")
        .await;
    upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    app.post(
        &ngo,
        &format!("/api/v1/applications/{id}/submit"),
        json!({}),
    )
    .await;
    assert_eq!(
        app.get(&foreign_clerk, &format!("/api/v1/applications/{id}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&foreign_clerk, &format!("/api/v1/calls/{call}"))
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&clerk, &format!("/api/v1/applications/{id}"))
            .await
            .0,
        StatusCode::OK
    );
    let _ = rival_organisation;
}

async fn invalid_identifiers_are_named(backend: Backend) {
    let app = TestApp::start(backend).await;
    let ngo = app.user("fundacja@example.org", Role::Ngo).await;
    let mut body = organisation_body("Fundacja", "5260001247");
    body["bank_account"] = json!("PL62 1090 1014 0000 0712 1981 2874");
    body["regon"] = json!("12345");
    let (status, problem) = app.post(&ngo, "/api/v1/organisations", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["title"], "Popraw zaznaczone pola.");
    let errors = problem["errors"].as_array().unwrap();
    let find = |field: &str| {
        errors
            .iter()
            .find(|e| e["field"] == field)
            .unwrap_or_else(|| panic!("{field} in {problem}"))
    };
    assert_eq!(find("nip")["code"], "nip_checksum");
    assert_eq!(find("bank_account")["code"], "iban_checksum");
    assert_eq!(find("regon")["code"], "regon_length");
    assert!(find("nip")["message"].as_str().unwrap().contains("NIP"));
    // The same NIP twice in one town is a duplicate, named as such.
    app.organisation(&ngo, "Fundacja", "5260001246").await;
    let (status, problem) = app
        .post(
            &ngo,
            "/api/v1/organisations",
            organisation_body("Fundacja 2", "5260001246"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "nip");
    assert_eq!(problem["errors"][0]["code"], "duplicate");
}

async fn arithmetic_that_does_not_add_up(backend: Backend) {
    let app = TestApp::start(backend).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.new_draft(&ngo, call, organisation).await;
    let mut content = offer_content();
    // A client's own totals are not even read; the server's sums decide.
    content["total_costs"] = json!("99999");
    content["costs"][0]["value"] = json!("1");
    content["sources"]["requested_grant"] = json!("12000");
    content["costs"][2]["unit_cost"] = json!("12,5x");
    let (status, saved) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": 1, "content": content }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    // What was typed is kept, even where it does not parse.
    assert_eq!(saved["content"]["costs"][2]["unit_cost"], "12,5x");
    upload(&app, &ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    let (status, problem) = app
        .send(
            app.client
                .post(app.url(&format!("/api/v1/applications/{id}/submit")))
                .bearer_auth(&ngo)
                .header("accept-language", "cs"),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{problem}");
    let errors = problem["errors"].as_array().unwrap();
    let codes: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert!(
        codes.contains(&("costs[2].unit_cost", "invalid_number")),
        "{codes:?}"
    );
    assert!(codes.contains(&("sources", "totals_differ")), "{codes:?}");
    let totals = errors
        .iter()
        .find(|e| e["code"] == "totals_differ")
        .unwrap();
    assert!(
        totals["message"]
            .as_str()
            .unwrap()
            .contains("14\u{a0}000,00\u{a0}zł"),
        "{totals}"
    );
    assert!(
        totals["message"]
            .as_str()
            .unwrap()
            .contains("11\u{a0}400,00\u{a0}zł"),
        "{totals}"
    );

    // Fix the line, but ask for more than the call's maximum.
    content["costs"][2]["unit_cost"] = json!("400");
    content["costs"][0]["unit_cost"] = json!("5000");
    content["sources"]["requested_grant"] = json!("37000");
    content["sources"]["own_financial"] = json!("0");
    content["sources"]["own_personal"] = json!("0");
    let (_, current) = app.get(&ngo, &format!("/api/v1/applications/{id}")).await;
    let (_, saved) = app
        .patch(
            &ngo,
            &format!("/api/v1/applications/{id}"),
            json!({ "version": current["version"], "content": content }),
        )
        .await;
    let codes: Vec<&str> = saved["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"grant_above_maximum"), "{codes:?}");
    assert!(codes.contains(&"own_contribution_too_low"), "{codes:?}");
    assert_eq!(
        app.post(
            &ngo,
            &format!("/api/v1/applications/{id}/submit"),
            json!({})
        )
        .await
        .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}
