//! From the award to an agreement in realisation with two tranches paid; an annex moving money
//! between cost lines, the original still readable.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_documents::pades;
use reqwest::StatusCode;
use serde_json::{json, Value};

on_both_databases!(award_to_realisation_with_two_tranches_paid);
on_both_databases!(an_annex_moves_money_between_cost_lines);

fn id_of(view: &Value) -> i64 {
    view["id"].as_i64().expect("id")
}

/// Drafted, completed, ready, signed by the town and by the organisation.
pub async fn in_realisation(a: &Awarded) -> i64 {
    let draft = a.create().await;
    let id = id_of(&draft);
    a.complete_draft(&draft).await;
    let (status, ready) = a.act(&a.e.clerk, id, "ready", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    let (status, signed) = a.act(&a.e.clerk, id, "sign", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{signed}");
    let (status, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    assert_eq!(status, StatusCode::OK);
    let copy = signed_by(&town_signed, "ngo", a.app().now());
    let (status, done) = a.upload_copy(&a.e.ngo, id, copy, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation", "{done}");
    id
}

async fn award_to_realisation_with_two_tranches_paid(backend: Backend) {
    let a = awarded(backend).await;
    let draft = a.create().await;
    let id = id_of(&draft);
    assert_eq!(draft["state"], "draft");
    assert_eq!(draft["terms"]["grant"]["minor"], 1_100_000);
    assert_eq!(
        draft["terms"]["cost_lines"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(draft["terms"]["starts_on"], "2027-05-01");
    // The use-by date is the task's end, within the budget year (ufp art. 251).
    assert_eq!(draft["terms"]["use_by"], "2027-09-30");
    assert_eq!(draft["return_by"], "2027-10-15");
    // 30 October 2027 is a Saturday and 1 November All Saints' Day: due Tuesday 2 November.
    assert_eq!(draft["final_report_by"], "2027-11-02");
    // A double click acts once.
    let again = a.create().await;
    assert_eq!(id_of(&again), id);

    // The draft is the town's: the organisation does not see it yet.
    let (status, _) = a
        .app()
        .get(&a.e.ngo, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, refused) = a.act(&a.e.clerk, id, "sign", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signing_a_draft"]);
    let (status, refused) = a.act(&a.e.clerk, id, "ready", json!({})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signatories_missing"]);

    let completed = a.complete_draft(&draft).await;
    assert_eq!(completed["tranches"].as_array().map(Vec::len), Some(2));
    let (status, ready) = a.act(&a.e.clerk, id, "ready", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    assert_eq!(ready["state"], "ready");
    assert_eq!(ready["versions"][0]["has_document"], true);
    let told = queued(a.app(), "agreement_ready").await;
    assert_eq!(
        told,
        [("fundacja@example.org".to_string(), "pl".to_string())]
    );

    // Now the organisation reads it; another organisation's member does not.
    let (status, seen) = a
        .app()
        .get(&a.e.ngo, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["role"], "organisation");
    let (status, _) = a
        .app()
        .get(&a.e.ngo_en, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = a.pdf(&a.e.ngo_en, id, "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, listed) = a.app().get(&a.e.ngo_en, "/api/v1/agreements").await;
    assert_eq!(listed["agreements"], json!([]));
    let (_, listed) = a.app().get(&a.e.ngo, "/api/v1/agreements").await;
    assert_eq!(listed["agreements"][0]["id"], id);

    // The organisation signs after the town.
    let (_, frozen) = a.pdf(&a.e.ngo, id, "").await;
    let early = signed_by(&frozen, "ngo", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo, id, early, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["town_not_signed"]);

    let (status, signed) = a.act(&a.e.clerk, id, "sign", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{signed}");
    assert_eq!(signed["state"], "signed");
    assert_eq!(signed["versions"][0]["signatures"][0]["method"], "pades");
    let (status, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        pades::verify(&town_signed, &test_trust_anchors()).map(|s| s.len()),
        Ok(1)
    );

    // A signature from a certificate the town does not trust is refused.
    let stranger = signed_by(&town_signed, "stranger", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo, id, stranger, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["signature_untrusted"]);
    // A partner of nothing (another organisation) cannot even see it.
    let copy = signed_by(&town_signed, "ngo", a.app().now());
    let (status, _) = a.upload_copy(&a.e.ngo_en, id, copy.clone(), "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let (status, done) = a.upload_copy(&a.e.ngo, id, copy, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    assert_eq!(done["versions"][0]["state"], "signed");
    assert_eq!(
        done["versions"][0]["signatures"].as_array().map(Vec::len),
        Some(2)
    );
    let (_, final_pdf) = a.pdf(&a.e.clerk, id, "").await;
    assert_eq!(
        pades::verify(&final_pdf, &test_trust_anchors()).map(|s| s.len()),
        Ok(2)
    );
    let signed_mail = queued(a.app(), "agreement_signed").await;
    assert!(
        signed_mail
            .iter()
            .any(|(to, _)| to == "fundacja@example.org"),
        "{signed_mail:?}"
    );
    assert!(
        signed_mail.iter().any(|(to, _)| to == "urzednik@miasto.pl"),
        "{signed_mail:?}"
    );

    let today = a.app().now().date_naive().to_string();
    for amount in ["6000", "5000.00"] {
        let body = json!({ "amount": amount, "paid_on": today });
        let (status, paid) = a.act(&a.e.clerk, id, "payments", body).await;
        assert_eq!(status, StatusCode::CREATED, "{paid}");
    }
    let (status, refused) = a
        .act(
            &a.e.clerk,
            id,
            "payments",
            json!({ "amount": "0.01", "paid_on": today }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["payment_above_grant"]);
    let (_, seen) = a
        .app()
        .get(&a.e.ngo, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(seen["paid"]["minor"], 1_100_000);
    assert_eq!(seen["tranches"][0]["paid"]["minor"], 600_000);
    assert_eq!(seen["tranches"][1]["paid"]["minor"], 500_000);
    assert_eq!(queued(a.app(), "tranche_paid").await.len(), 2);
}

async fn an_annex_moves_money_between_cost_lines(backend: Backend) {
    let a = awarded(backend).await;
    let id = in_realisation(&a).await;
    let (_, original_pdf) = a.pdf(&a.e.clerk, id, "").await;
    // Moving money out of one line only breaks the totals.
    let lopsided =
        json!({ "reason": "Zmiana cen", "cost_lines": [{ "number": "I.1.1", "value": "8500" }] });
    let (status, refused) = a.act(&a.e.clerk, id, "annexes", lopsided).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["totals_differ"]);
    let moved = json!({
        "reason": "Zmiana cen usług nagłośnienia",
        "cost_lines": [
            { "number": "I.1.1", "value": "8500" },
            { "number": "I.1.2", "value": "2900" }
        ]
    });
    let (status, annex) = a.act(&a.e.clerk, id, "annexes", moved).await;
    assert_eq!(status, StatusCode::CREATED, "{annex}");
    assert_eq!(annex["working_version"], 2);
    assert_eq!(annex["current_version"], 1);
    let changes = &annex["versions"][1]["changes"];
    assert_eq!(
        changes[0],
        json!({ "field": "cost_lines.I.1.1.value", "before": "9000.00 PLN", "after": "8500.00 PLN" })
    );
    assert_eq!(changes[1]["field"], "cost_lines.I.1.2.value");
    // A second annex waits for the first.
    let (status, refused) = a
        .act(
            &a.e.clerk,
            id,
            "annexes",
            json!({ "reason": "x", "use_by": "2027-09-29" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["annex_pending"]);

    for step in ["ready", "sign"] {
        let (status, body) = a.act(&a.e.clerk, id, step, json!({})).await;
        assert_eq!(status, StatusCode::OK, "{step}: {body}");
    }
    let (_, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    let copy = signed_by(&town_signed, "ngo", a.app().now());
    let (status, done) = a.upload_copy(&a.e.ngo, id, copy, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["current_version"], 2);
    assert_eq!(done["state"], "realisation");
    assert_eq!(done["terms"]["cost_lines"][0]["value"]["minor"], 850_000);
    // The original stays readable, as it was signed.
    let (status, first) = a.pdf(&a.e.ngo, id, "?version=1").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(first, original_pdf);
    assert_eq!(
        done["versions"][0]["terms"]["cost_lines"][0]["value"]["minor"],
        900_000
    );
}
