//! `granty seed-demo` fills the demo's past call with offers in every phase, through the store's
//! use cases, on both databases; running it again adds nothing.

use crate::on_both_databases;
use crate::support::*;
use chrono::Duration;
use granty_store::entities::{application, application_version, attachment, call, formal_check};
use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter};
use std::collections::BTreeMap;

on_both_databases!(the_demo_shows_every_phase_of_the_past_call);

async fn the_demo_shows_every_phase_of_the_past_call(backend: Backend) {
    let (db_url, _guard) = fresh_database(backend).await;
    let files = tempfile::tempdir().unwrap();
    let storage = files.path().display().to_string();
    let keys = tempfile::tempdir().unwrap();
    // The town's development signing identity, kept across both runs as a deployment keeps it.
    let town_key = keys.path().join("town.pem").display().to_string();
    let templates = concat!(env!("CARGO_MANIFEST_DIR"), "/pdf-templates");
    let env = [
        ("GRANTY_DATABASE_URL", db_url.as_str()),
        ("GRANTY_STORAGE_URL", storage.as_str()),
        ("GRANTY_TEMPLATES_DIR", templates),
        ("GRANTY_SIGNING_DEVELOPMENT_FILE", town_key.as_str()),
    ];
    let seeded = granty_cli(&["seed-demo"], &env);
    assert!(seeded.status.success(), "{seeded:?}");
    let printed = String::from_utf8_lossy(&seeded.stdout);
    assert!(
        printed.contains("1 offer(s) corrected after a formal check"),
        "{printed}"
    );

    assert!(
        printed.contains("(call 3), in evaluation") && printed.contains("asked to declare first"),
        "{printed}"
    );
    assert!(printed.contains("(call 4), scored"), "{printed}");
    assert!(
        printed.contains("(call 5), results published") && printed.contains("/clerk/agreements/"),
        "{printed}"
    );
    assert!(
        printed.contains("(call 6), from 2024") && printed.contains("/clerk/reports/"),
        "{printed}"
    );

    let db = Database::connect(&db_url).await.unwrap();
    let mut calls = call::Entity::find().all(&db).await.unwrap();
    calls.sort_by_key(|c| c.id);
    assert_eq!(calls.len(), 6);
    the_agreement_is_in_realisation(&db, &calls[4], files.path()).await;
    the_2024_call_is_settled_and_in_review(&db, &calls[5], &printed).await;
    the_call_in_evaluation_has_its_committee(&db, &calls[2]).await;
    the_scored_call_awaits_its_awards(&db, &calls[3]).await;
    // The open call stays call 1 without offers: the journeys number its first receipt 0001.
    let open = application::Entity::find()
        .filter(application::Column::CallId.eq(calls[0].id))
        .all(&db)
        .await
        .unwrap();
    assert!(open.is_empty());
    let past = &calls[1];
    let offers = application::Entity::find()
        .filter(application::Column::CallId.eq(past.id))
        .all(&db)
        .await
        .unwrap();
    let mut states = BTreeMap::new();
    for offer in &offers {
        *states.entry(offer.state.as_str()).or_insert(0) += 1;
    }
    let expected = [
        ("draft", 1),
        ("formally_accepted", 1),
        ("formally_rejected", 1),
        ("needs_correction", 1),
        ("resubmitted", 1),
        ("submitted", 1),
    ];
    assert_eq!(states, expected.into_iter().collect(), "{offers:?}");

    let corrected = the_corrected_offer_has_two_versions(&db, &offers).await;
    an_attachment_has_two_versions(&db, corrected, files.path()).await;
    submissions_spread_over_days_and_the_last_hours(&offers, past.deadline);

    let again = granty_cli(&["seed-demo"], &env);
    assert!(again.status.success(), "{again:?}");
    assert!(String::from_utf8_lossy(&again.stdout).contains("nothing added"));
    let after = application::Entity::find().all(&db).await.unwrap();
    assert_eq!(
        after.len(),
        offers.len() + 6 + 5 + 1 + 2,
        "the call in evaluation holds six, the scored call five, the decided call one, the 2024 \
         call two"
    );
    assert_eq!(call::Entity::find().all(&db).await.unwrap().len(), 6);
}

/// Six accepted offers from four organisations, the three evaluators (one an NGO nominee of an
/// organisation that did not apply), two per offer, no declaration yet.
async fn the_call_in_evaluation_has_its_committee(
    db: &sea_orm::DatabaseConnection,
    call: &call::Model,
) {
    use granty_store::entities::{assignment, committee_member, impartiality_declaration};
    assert_eq!(call.state, "in_evaluation");
    let offers = application::Entity::find()
        .filter(application::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(offers.len(), 6);
    assert!(offers.iter().all(|o| o.state == "formally_accepted"));
    let organisations: std::collections::BTreeSet<i64> =
        offers.iter().map(|o| o.organisation_id).collect();
    assert_eq!(organisations.len(), 4);
    let members = committee_member::Entity::find()
        .filter(committee_member::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    let kinds: Vec<&str> = members.iter().map(|m| m.kind.as_str()).collect();
    assert_eq!(kinds, ["official", "official", "ngo_nominee"]);
    let nominator = members[2].nominated_by_organisation_id.unwrap();
    assert!(
        !organisations.contains(&nominator),
        "the nominee's organisation did not apply"
    );
    let assigned = assignment::Entity::find()
        .filter(assignment::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(assigned.len(), 12);
    for member in &members {
        let load = assigned
            .iter()
            .filter(|a| a.user_id == member.user_id)
            .count();
        assert_eq!(load, 4, "two per offer spread evenly");
    }
    let declared = impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert!(declared.is_empty());
}

async fn the_corrected_offer_has_two_versions(
    db: &sea_orm::DatabaseConnection,
    offers: &[application::Model],
) -> i64 {
    let corrected = offers.iter().find(|o| o.state == "resubmitted").unwrap();
    let versions = application_version::Entity::find()
        .filter(application_version::Column::ApplicationId.eq(corrected.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(versions.len(), 2, "{versions:?}");
    assert_ne!(versions[0].content, versions[1].content);
    let checks = formal_check::Entity::find()
        .filter(formal_check::Column::ApplicationId.eq(corrected.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0].outcome, "needs_correction");
    assert!(!checks[0].reason.is_empty() && checks[0].deficiencies.contains("Kosztorys"));
    corrected.id
}

/// The replaced statutes keep both versions (one replaced before the submission, one in the
/// correction), and every stored file is a PDF.
async fn an_attachment_has_two_versions(
    db: &sea_orm::DatabaseConnection,
    corrected: i64,
    folder: &std::path::Path,
) {
    let rows = attachment::Entity::find().all(db).await.unwrap();
    let replaced: Vec<_> = rows.iter().filter(|a| a.version_no == 2).collect();
    assert_eq!(replaced.len(), 2, "{rows:?}");
    assert!(replaced.iter().any(|a| a.application_id == corrected));
    for second in replaced {
        let first = rows.iter().find(|a| a.id == second.original_id).unwrap();
        assert!(first.replaced_at.is_some(), "{first:?}");
        assert_eq!(first.version_no, 1);
    }
    for row in &rows {
        let bytes = std::fs::read(folder.join(&row.storage_key)).unwrap();
        assert!(
            bytes.starts_with(b"%PDF-") && bytes.ends_with(b"%%EOF\n"),
            "{row:?}"
        );
        assert_eq!(row.content_type, "application/pdf");
    }
}

/// The chart has bars on several days and in the last 48 hours before the deadline.
fn submissions_spread_over_days_and_the_last_hours(
    offers: &[application::Model],
    deadline: chrono::DateTime<chrono::Utc>,
) {
    let submitted: Vec<_> = offers.iter().filter_map(|o| o.submitted_at).collect();
    assert_eq!(submitted.len(), 5);
    let days: std::collections::BTreeSet<_> = submitted.iter().map(|s| s.date_naive()).collect();
    assert!(days.len() >= 3, "{submitted:?}");
    let last_hours = submitted
        .iter()
        .filter(|s| **s < deadline && deadline - **s <= Duration::hours(48))
        .count();
    assert!(last_hours >= 2, "{submitted:?}");
}

/// Call 4: five accepted offers, every member declared and submitted every card, no awards; the
/// pool runs out at the third offer, Fundacja Zielony Zakątek's, which it covers only in part.
async fn the_scored_call_awaits_its_awards(db: &sea_orm::DatabaseConnection, call: &call::Model) {
    use granty_store::entities::{award, impartiality_declaration, scorecard};
    let mut offers = application::Entity::find()
        .filter(application::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    offers.sort_by_key(|o| o.id);
    assert_eq!(offers.len(), 5);
    assert!(offers.iter().all(|o| o.state == "formally_accepted"));
    let declared = impartiality_declaration::Entity::find()
        .filter(impartiality_declaration::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(declared.len(), 3);
    let cards = scorecard::Entity::find()
        .filter(scorecard::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(cards.len(), 15, "three members, five offers");
    assert!(cards.iter().all(|c| c.state == "submitted"), "{cards:?}");
    let awards = award::Entity::find()
        .filter(award::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert!(awards.is_empty());
    let asked: Vec<i64> = offers.iter().map(|o| o.requested_grant_minor).collect();
    // In filing order: Fundacja's (ranked third) asks 20 000, the two above it 14 000 and 17 000.
    assert_eq!(asked[..3], [2_000_000, 1_400_000, 1_700_000]);
    let left = call.budget_minor - asked[1] - asked[2];
    assert!(
        0 < left && left < asked[0],
        "the pool covers part of it: {left}"
    );
}

/// Call 5: results published, the agreement signed by both parties (two PAdES signatures when
/// the town has a key, as the seed's development key is), in realisation, the first tranche paid;
/// the signed PDF is stored where the download reads it.
async fn the_agreement_is_in_realisation(
    db: &sea_orm::DatabaseConnection,
    call: &call::Model,
    folder: &std::path::Path,
) {
    use granty_store::entities::{
        agreement, agreement_payment, agreement_signature, agreement_version,
    };
    assert_eq!(call.state, "results_published");
    let agreements = agreement::Entity::find()
        .filter(agreement::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(agreements.len(), 1);
    let found = &agreements[0];
    assert_eq!(found.state, "realisation", "{found:?}");
    let payments = agreement_payment::Entity::find()
        .filter(agreement_payment::Column::AgreementId.eq(found.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(payments.len(), 1);
    assert_eq!(payments[0].amount_minor, 600_000);
    let version = agreement_version::Entity::find()
        .filter(agreement_version::Column::AgreementId.eq(found.id))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(version.state, "signed");
    let signatures = agreement_signature::Entity::find()
        .filter(agreement_signature::Column::VersionId.eq(version.id))
        .all(db)
        .await
        .unwrap();
    let methods: Vec<&str> = signatures.iter().map(|s| s.method.as_str()).collect();
    assert_eq!(methods, ["pades", "pades"], "{signatures:?}");
    let key = version.signed_key.as_deref().expect("the signed copy");
    let bytes = std::fs::read(folder.join(key)).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let signed = granty_documents::pades::verify(&bytes, &Default::default());
    assert!(
        matches!(
            signed,
            Err(granty_documents::pades::VerifyError::Untrusted { .. })
        ),
        "two signatures that only the demo town trusts: {signed:?}"
    );
}

/// The 2024 call: one agreement settled after its unused grant came back late (the payments
/// exceed the return by the interest charged), the other's final report awaiting review; the
/// printout names the clerk's review screen of that report.
async fn the_2024_call_is_settled_and_in_review(
    db: &sea_orm::DatabaseConnection,
    call: &call::Model,
    printed: &str,
) {
    use chrono::Datelike;
    use granty_store::entities::{agreement, agreement_return, agreement_return_payment, report};
    assert_eq!(
        call.deadline.year(),
        2024,
        "a fixed past year, whatever today is"
    );
    let mut agreements = agreement::Entity::find()
        .filter(agreement::Column::CallId.eq(call.id))
        .all(db)
        .await
        .unwrap();
    agreements.sort_by_key(|a| a.id);
    let states: Vec<&str> = agreements.iter().map(|a| a.state.as_str()).collect();
    assert_eq!(states, ["settled", "realisation"], "{agreements:?}");
    let (settled, awaiting) = (&agreements[0], &agreements[1]);
    let returns = agreement_return::Entity::find()
        .filter(agreement_return::Column::AgreementId.eq(settled.id))
        .all(db)
        .await
        .unwrap();
    assert_eq!(returns.len(), 1, "{returns:?}");
    assert_eq!(
        (returns[0].kind.as_str(), returns[0].amount_minor),
        ("unused", 300_000)
    );
    let payments = agreement_return_payment::Entity::find()
        .filter(agreement_return_payment::Column::AgreementId.eq(settled.id))
        .all(db)
        .await
        .unwrap();
    assert!(payments[0].paid_on > returns[0].due_on, "{payments:?}");
    let interest: i64 = payments.iter().map(|p| p.amount_minor).sum::<i64>() - 300_000;
    assert!(interest > 0, "the interest charged and paid: {payments:?}");
    let report_of = |agreement_id: i64| {
        report::Entity::find()
            .filter(report::Column::AgreementId.eq(agreement_id))
            .one(db)
    };
    let accepted = report_of(settled.id).await.unwrap().unwrap();
    assert_eq!(
        (accepted.kind.as_str(), accepted.state.as_str()),
        ("final", "accepted")
    );
    let submitted = report_of(awaiting.id).await.unwrap().unwrap();
    assert_eq!(
        (submitted.kind.as_str(), submitted.state.as_str()),
        ("final", "submitted")
    );
    assert!(
        printed.contains(&format!("/clerk/reports/{}", submitted.id)),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("/clerk/agreements/{}/settlement", settled.id)),
        "{printed}"
    );
}
