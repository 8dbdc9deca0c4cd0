//! A joint offer's agreement names every party with its share of the work and their joint
//! liability (art. 16 ust. 6, art. 14 ust. 5); the partner's members read it and sign for the
//! partner, and the agreement binds only once every party has signed.

use super::fixtures::*;
use crate::on_both_databases;
use crate::support::*;
use granty_documents::testing::pdf_text;
use granty_store::entities::{application_partner, application_version, organisation};
use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::json;

on_both_databases!(a_joint_offers_agreement_names_both_parties_with_shares);

/// Makes the first offer a joint one with the second organisation (as filed).
async fn make_joint(a: &Awarded) {
    let db = &a.app().db;
    let partner = organisation::Entity::find()
        .filter(organisation::Column::Name.eq("Towarzystwo Teatralne"))
        .one(&db.reader)
        .await
        .expect("query")
        .expect("the partner");
    let now = a.app().now();
    application_partner::ActiveModel {
        application_id: Set(a.e.first),
        organisation_id: Set(partner.id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&db.writer)
    .await
    .expect("partner");
    let version = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(a.e.first))
        .one(&db.reader)
        .await
        .expect("query")
        .expect("the filed version");
    let mut content: serde_json::Value = serde_json::from_str(&version.content).expect("json");
    content["partners"] = json!([{
        "name": "Towarzystwo Teatralne", "country": "PL", "registration_number": "7740001454",
        "address": "ul. Teatralna 1, 00-001 Warszawa", "scope": "spektakle w parku", "cost_share": "4000"
    }]);
    let mut row = application_version::ActiveModel::from(version);
    row.content = Set(content.to_string());
    row.update(&db.writer).await.expect("joint content");
}

async fn a_joint_offers_agreement_names_both_parties_with_shares(backend: Backend) {
    let a = awarded(backend).await;
    make_joint(&a).await;
    let draft = a.create().await;
    let id = draft["id"].as_i64().expect("id");
    let parties = &draft["terms"]["parties"];
    assert_eq!(parties[1]["name"], "Fundacja Muzyki");
    assert_eq!(parties[1]["cost_share"]["minor"], 900_000);
    assert_eq!(parties[2]["role"], "partner");
    assert_eq!(parties[2]["name"], "Towarzystwo Teatralne");
    assert_eq!(parties[2]["cost_share"]["minor"], 400_000);
    a.complete_draft(&draft).await;
    let (status, ready) = a.act(&a.e.clerk, id, "ready", json!({})).await;
    assert_eq!(status, StatusCode::OK, "{ready}");
    // The partner's member was told and reads it.
    let told = queued(a.app(), "agreement_ready").await;
    assert!(
        told.iter().any(|(to, _)| to == "society@example.org"),
        "{told:?}"
    );
    let (status, seen) = a
        .app()
        .get(&a.e.ngo_en, &format!("/api/v1/agreements/{id}"))
        .await;
    assert_eq!(status, StatusCode::OK, "{seen}");
    assert_eq!(seen["role"], "partner");
    let (status, pdf) = a.pdf(&a.e.ngo_en, id, "").await;
    assert_eq!(status, StatusCode::OK);
    let text = pdf_text(&pdf).replace('\n', " ");
    for expected in [
        "Fundacja Muzyki",
        "Towarzystwo Teatralne",
        "spektakle w parku",
        "4 000,00 zł",
        "solidarną odpowiedzialność",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    signed_by_every_party(&a, id).await;
}

/// The partner is a party (art. 14 ust. 5): the agreement binds once the town, the applicant and
/// the partner have signed, each on the copy the one before left.
async fn signed_by_every_party(a: &Awarded, id: i64) {
    let (_, frozen) = a.pdf(&a.e.ngo_en, id, "").await;
    let early = signed_by(&frozen, "partner", a.app().now());
    let (status, refused) = a.upload_copy(&a.e.ngo_en, id, early, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["town_not_signed"]);
    let (status, _) = a.act(&a.e.clerk, id, "sign", json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (_, town_signed) = a.pdf(&a.e.ngo, id, "").await;
    let by_applicant = signed_by(&town_signed, "ngo", a.app().now());
    let (status, half) = a.upload_copy(&a.e.ngo, id, by_applicant.clone(), "").await;
    assert_eq!(status, StatusCode::OK, "{half}");
    assert_eq!(half["state"], "signed", "the partner has not signed yet");
    assert_eq!(half["versions"][0]["state"], "ready");
    let (status, refused) = a.upload_copy(&a.e.ngo, id, by_applicant, "").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["already_signed"]);
    // The partner signs the applicant's copy; its own signature is what counts, not theirs.
    let (_, latest) = a.pdf(&a.e.ngo_en, id, "").await;
    let (status, refused) = a
        .upload_copy(
            &a.e.ngo_en,
            id,
            signed_by(&latest, "ngo", a.app().now()),
            "",
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&refused), ["too_few_signatures"]);
    let by_partner = signed_by(&latest, "partner", a.app().now());
    let (status, done) = a.upload_copy(&a.e.ngo_en, id, by_partner, "").await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["state"], "realisation");
    let parties: Vec<&str> = done["versions"][0]["signatures"]
        .as_array()
        .expect("signatures")
        .iter()
        .filter_map(|s| s["party"].as_str())
        .collect();
    assert_eq!(parties, ["town", "organisation", "partner"]);
    let (_, final_pdf) = a.pdf(&a.e.clerk, id, "").await;
    assert_eq!(
        granty_documents::pades::verify(&final_pdf, &test_trust_anchors()).map(|s| s.len()),
        Ok(3)
    );
}
