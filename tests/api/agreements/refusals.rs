//! What an agreement refuses: an annex on a settled agreement, a copy with too few signatures,
//! payments before signing, edits after the draft, awards that are not final.

use super::fixtures::*;
use super::journey::in_realisation;
use crate::on_both_databases;
use crate::support::*;
use granty_store::entities::organisation;
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use serde_json::json;

on_both_databases!(an_annex_on_a_settled_agreement_is_refused);
on_both_databases!(a_copy_with_too_few_signatures_is_refused);
on_both_databases!(a_draft_is_edited_only_as_a_draft_and_paid_only_once_signed);

async fn an_annex_on_a_settled_agreement_is_refused(backend: Backend) {
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    for step in ["reporting", "settle"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let body = json!({ "reason": "Późna zmiana", "use_by": "2027-09-29" });
    let (status, refused) = a.act(&a.e.clerk, id, "annexes", body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["annex_on_settled"]);
    let (status, refused) = a
        .act(&a.e.clerk, id, "terminate", json!({ "reason": "x" }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["agreement_closed"]);
}

async fn a_copy_with_too_few_signatures_is_refused(backend: Backend) {
    let a = awarded(backend).await;
    // "Two board members jointly".
    let org = organisation::Entity::find()
        .all(&a.app().db.reader)
        .await
        .expect("orgs");
    let first = org
        .iter()
        .find(|o| o.name == "Fundacja Muzyki")
        .expect("the first")
        .clone();
    let mut row = organisation::ActiveModel::from(first);
    row.signatures_required = Set(2);
    row.representation_rule = Set("dwóch członków zarządu łącznie".into());
    row.update(&a.app().db.writer).await.expect("rule");
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    assert_eq!(draft["terms"]["signatures_required"], 2);
    let body = json!({
        "lock_version": draft["lock_version"],
        "signatories": [
            { "party": "town", "name": "Jan Burmistrz", "function": "Burmistrz" },
            { "party": "organisation", "name": "Anna Nowak", "function": "Prezeska" }
        ]
    });
    let (status, refused) = a
        .app()
        .patch(
            &a.e.clerk,
            &format!("/api/v1/agreements/{id}"),
            body.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{refused}");
    let (status, refused) = a.act(&a.e.clerk, id, "ready", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signatories_missing"]);
    let mut both = body;
    both["lock_version"] = json!(draft["lock_version"].as_i64().unwrap_or(0) + 1);
    both["signatories"]
        .as_array_mut()
        .expect("list")
        .push(json!({ "party": "organisation", "name": "Ewa Łęcka", "function": "Skarbniczka" }));
    let (status, saved) = a
        .app()
        .patch(&a.e.clerk, &format!("/api/v1/agreements/{id}"), both)
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    for step in ["ready", "sign"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let (_, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    let one = signed_by(&town_signed, "ngo", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo, id, one.clone(), "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["too_few_signatures"]);
    assert!(
        refused["errors"][0]["message"]
            .as_str()
            .unwrap_or("")
            .contains('2'),
        "{refused}"
    );
    // The same person signing twice is still one signature.
    let twice = signed_by(&one, "ngo", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo, id, twice, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["too_few_signatures"]);
    // A scan confirmed by the clerk names both.
    let (status, done) = a
        .upload_copy(&a.e.clerk, id, pdf_bytes(), "Anna Nowak\nEwa Łęcka")
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    assert_eq!(done["versions"][0]["signatures"][1]["method"], "scan");
}

async fn a_draft_is_edited_only_as_a_draft_and_paid_only_once_signed(backend: Backend) {
    let a = awarded(backend).await;
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    let path = format!("/api/v1/agreements/{id}");
    // An outdated version is refused; so is a use-by date past the budget year.
    let (status, _) = a
        .app()
        .patch(
            &a.e.clerk,
            &path,
            json!({ "lock_version": 99, "task_title": "x" }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let late = json!({ "lock_version": draft["lock_version"], "use_by": "2028-01-15" });
    let (status, refused) = a.app().patch(&a.e.clerk, &path, late).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["use_by_after_budget_year"]);
    let uneven = json!({ "lock_version": draft["lock_version"], "tranches": [{ "amount": "1000", "due_on": "2027-05-10" }] });
    let (status, refused) = a.app().patch(&a.e.clerk, &path, uneven).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["tranches_sum_differs"]);
    let today = a.app().now().date_naive().to_string();
    let (status, refused) = a
        .act(
            &a.e.clerk,
            id,
            "payments",
            json!({ "amount": "100", "paid_on": today }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["payment_before_signing"]);
    // The NGO may neither edit nor create.
    let (status, _) = a
        .app()
        .patch(&a.e.ngo, &path, json!({ "lock_version": 0 }))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = a
        .app()
        .post(
            &a.e.ngo,
            &format!("/api/v1/awards/{}/agreement", a.award),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Terminated with a reason, then nothing more.
    let (status, refused) = a
        .act(&a.e.clerk, id, "terminate", json!({ "reason": " " }))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["required"]);
    let (status, ended) = a
        .act(
            &a.e.clerk,
            id,
            "terminate",
            json!({ "reason": "Rezygnacja organizacji" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{ended}");
    assert_eq!(ended["state"], "terminated");
    let late = json!({ "lock_version": ended["lock_version"], "task_title": "Nowy" });
    let (status, refused) = a.app().patch(&a.e.clerk, &path, late).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["agreement_not_draft"]);
}
