//! A joint offer's agreement names every party with its share of the work and their joint
//! liability (art. 16 ust. 6, art. 14 ust. 5); the partner's members read it, only the applicant
//! signs for it.

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
    // The partner's member was told and reads it; it is the applicant who signs.
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
    let (status, _) = a.upload_copy(&a.e.ngo_en, id, pdf, "").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
