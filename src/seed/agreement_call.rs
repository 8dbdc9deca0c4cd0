//! The demo's fifth call, decided: Fundacja Zielony Zakątek's single offer was scored, awarded
//! in full and the results published; its agreement is in realisation — signed by the town
//! (PAdES with the town's configured key, or recorded when there is none) and by the
//! organisation with a development certificate the demo town trusts — the first tranche paid
//! today, the second due in two months. Every step goes through the store's use cases.

use super::evaluation::{create_call, CallShape};
use super::offers::{Demo, Files, Ngo};
use super::scored_call::{committee, newest_offer, planned, score};
use super::store;
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, Utc};
use granty_documents::pades::{self, SignOptions, Signer};
use granty_domain::agreement_settings::AgreementSettingsInput;
use granty_domain::call::Publication;
use granty_domain::evaluation::budget::AwardChoice;
use granty_domain::Money;
use granty_store::agreements::{self, AgreementPatch, AgreementServices, PaymentForm};
use granty_store::agreements::{SignatoryInput, TermsChanges, TrancheInput};
use granty_store::entities::award;
use granty_store::evaluation::{self, DeclarationInput};
use granty_store::results::{self, DecisionInput};
use granty_store::{agreement_settings, Actor, Db};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

pub const AGREEMENT_CALL_TITLE: &str = "Otwarty konkurs ofert: edukacja ekologiczna w szkołach";

/// What seed-demo prints about the agreement.
pub struct Seeded {
    pub title: &'static str,
    pub agreement_id: i64,
    pub number: String,
    /// Whether the town's signature is PAdES (a signing key is configured) or recorded.
    pub town_pades: bool,
}

/// The people the fifth call needs: the clerk, the town's admin (who trusts the NGO's
/// certificate), the filing organisation and the committee.
pub struct People<'a> {
    pub clerk: &'a Actor,
    pub admin: &'a Actor,
    pub ngo: &'a Ngo,
    pub evaluators: &'a [Actor; 3],
}

/// 40 instructor hours: 11 000 zł asked (150 zł × hours + 5 000 zł), all awarded.
pub(super) const INSTRUCTOR_HOURS: u32 = 40;
const GRANT_MINOR: i64 = 1_100_000;

pub async fn seed_agreement_call(
    db: &Db,
    files: &Files<'_>,
    people: &People<'_>,
    now: DateTime<Utc>,
) -> Result<Seeded> {
    // The deadline passed 40 days ago: the realisation started five days ago.
    let shape = CallShape {
        title: AGREEMENT_CALL_TITLE,
        budget: "30000",
        deadline_days_ago: 40,
    };
    let call = create_call(db, people.clerk, &shape, now).await?;
    let demo = Demo {
        db,
        files,
        clerk: people.clerk,
        ngo: people.ngo,
        call: &call,
    };
    demo.file(&planned("Zielona klasa", INSTRUCTOR_HOURS, 30))
        .await?;
    let offer = newest_offer(db, &people.ngo.actor, call.id).await?;
    let committee_from = now - Duration::days(34);
    committee(db, people.clerk, call.id, people.evaluators, committee_from).await?;
    declare_and_score(db, call.id, people.evaluators, &[&offer], committee_from).await?;
    let decision = "Zarządzenie nr 120/2026";
    publish(db, people.clerk, call.id, &[offer.record.id], decision, now).await?;
    let award_id = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(offer.record.id))
        .one(&db.reader)
        .await?
        .context("the award just recorded")?
        .id;
    sign_and_pay(db, files, people, award_id, now).await
}

/// Every member declares impartiality the day after `committee_from` and scores each offer
/// (9 points a criterion) two days later.
pub(super) async fn declare_and_score(
    db: &Db,
    call_id: i64,
    evaluators: &[Actor; 3],
    offers: &[&granty_store::applications::ApplicationDetail],
    committee_from: DateTime<Utc>,
) -> Result<()> {
    for (n, member) in evaluators.iter().enumerate() {
        let input = DeclarationInput {
            no_ties: true,
            statement: "Oświadczam, że nie pozostaję w stosunku, który mógłby budzić wątpliwości co do mojej bezstronności.".into(),
            ..DeclarationInput::default()
        };
        let at = committee_from + Duration::days(1) + Duration::hours(n as i64);
        evaluation::declare(db, member, call_id, input, at)
            .await
            .map_err(store)?;
        for offer in offers {
            score(db, member, offer, 9, at + Duration::days(2)).await?;
        }
    }
    Ok(())
}

/// Awards each offer (11 000 zł asked) in full, records the mayor's decision (`reference`) and
/// publishes the results.
pub(super) async fn publish(
    db: &Db,
    clerk: &Actor,
    call_id: i64,
    application_ids: &[i64],
    reference: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let currency = clerk.tenant.currency;
    let choices: Vec<AwardChoice> = application_ids
        .iter()
        .map(|&application_id| AwardChoice {
            application_id,
            amount: Money::new(GRANT_MINOR, currency),
            reason: String::new(),
        })
        .collect();
    evaluation::awards::record_awards(db, clerk, call_id, &choices, now - Duration::days(22))
        .await
        .map_err(store)?;
    let decided_at = now - Duration::days(21);
    let decided_on = decided_at
        .with_timezone(&clerk.tenant.time_zone)
        .date_naive();
    let decision = DecisionInput {
        decided_by_name: "Burmistrz Gminy Demo".into(),
        decision_reference: reference.into(),
        decided_on,
    };
    results::record_decision(db, clerk, call_id, decision, decided_at)
        .await
        .map_err(store)?;
    let days = Publication {
        bip_on: Some(decided_on),
        notice_board_on: Some(decided_on),
        website_on: Some(decided_on),
    };
    results::publish_results(db, clerk, call_id, days, decided_at + Duration::hours(2))
        .await
        .map_err(store)?;
    Ok(())
}

/// Drafts, signs (town, then organisation) and pays the first tranche.
async fn sign_and_pay(
    db: &Db,
    files: &Files<'_>,
    people: &People<'_>,
    award_id: i64,
    now: DateTime<Utc>,
) -> Result<Seeded> {
    let services = AgreementServices {
        storage: files.storage,
        documents: files.documents,
        signer: files.signer,
    };
    let clerk = people.clerk;
    let ngo_signer = trust_ngo_identity(db, people.admin, now).await?;
    let today = now.with_timezone(&clerk.tenant.time_zone).date_naive();
    let tranches = |starts_on| {
        vec![
            tranche("6000", starts_on),
            tranche("5000", today + Duration::days(60)),
        ]
    };
    let id = draft_ready(db, services, clerk, award_id, tranches, now).await?;
    let signed = agreements::sign_by_town(db, services, clerk, id, now)
        .await
        .map_err(store)?;
    let town_file = agreements::pdf(db, services, &people.ngo.actor, id, None, None)
        .await
        .map_err(store)?
        .bytes;
    let options = SignOptions {
        signing_time: now,
        reason: Some("Fundacja Zielony Zakątek".into()),
        location: None,
        signer_name: None,
    };
    let copy = pades::sign(&town_file, &ngo_signer, options)?;
    agreements::upload_signed_copy(db, services, &people.ngo.actor, id, copy, now)
        .await
        .map_err(store)?;
    let payment = PaymentForm {
        amount: "6000".into(),
        paid_on: Some(today),
        tranche: Some(1),
        note: "Przelew pierwszej transzy".into(),
    };
    agreements::record_payment(db, clerk, id, payment, now)
        .await
        .map_err(store)?;
    Ok(Seeded {
        title: AGREEMENT_CALL_TITLE,
        agreement_id: id,
        number: signed.number,
        town_pades: files.signer.is_some(),
    })
}

/// Drafts the agreement, names the signatories, splits the grant in the `tranches` made from
/// the first day of the task, and freezes it; returns its id.
pub(super) async fn draft_ready(
    db: &Db,
    services: AgreementServices<'_>,
    clerk: &Actor,
    award_id: i64,
    tranches: impl Fn(chrono::NaiveDate) -> Vec<TrancheInput>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let draft = agreements::create_from_award(db, clerk, award_id, now - Duration::hours(5))
        .await
        .map_err(store)?;
    let patch = AgreementPatch {
        lock_version: draft.lock_version,
        changes: TermsChanges {
            signatories: Some(vec![
                signatory("town", "Jan Burmistrz", "Burmistrz Gminy Demo"),
                signatory("organisation", "Anna Nowak", "Prezes Zarządu"),
            ]),
            tranches: Some(tranches(draft.terms.starts_on)),
            ..TermsChanges::default()
        },
    };
    agreements::patch_draft(db, clerk, draft.id, patch, now - Duration::hours(4))
        .await
        .map_err(store)?;
    agreements::mark_ready(db, services, clerk, draft.id, now - Duration::hours(3))
        .await
        .map_err(store)?;
    Ok(draft.id)
}

/// A development certificate for Anna Nowak (nobody outside trusts it), which the demo town's
/// admin adds to the agreement settings' trust anchors, so her signed copy verifies.
async fn trust_ngo_identity(db: &Db, admin: &Actor, now: DateTime<Utc>) -> Result<Signer> {
    let pem = Signer::development_pem(
        "Anna Nowak (Fundacja Zielony Zakątek, demo)",
        now - Duration::days(1),
    )?;
    let signer = Signer::from_pem(&pem, &pem)?;
    let input = AgreementSettingsInput {
        trust_anchors_pem: signer.chain_pem(),
        ..AgreementSettingsInput::default()
    };
    agreement_settings::save(db, admin, &input, now - Duration::days(1))
        .await
        .map_err(store)?;
    Ok(signer)
}

pub(super) fn signatory(party: &str, name: &str, function: &str) -> SignatoryInput {
    SignatoryInput {
        party: party.into(),
        name: name.into(),
        function: function.into(),
    }
}

pub(super) fn tranche(amount: &str, due_on: chrono::NaiveDate) -> TrancheInput {
    TrancheInput {
        amount: amount.into(),
        due_on: Some(due_on),
    }
}

impl Seeded {
    /// Where to find the agreement, and how honestly it was signed.
    pub fn print(&self) {
        println!("  \"{}\" (call 5), results published:", self.title);
        let town = if self.town_pades {
            "signed by the town with its PAdES key (the signing_* configuration; in development \
             the self-signed development certificate)"
        } else {
            "the town's signature recorded by the clerk (no signing key configured)"
        };
        println!(
            "    agreement {} in realisation: {town}; then by the organisation with a PAdES \
             development certificate (\"Anna Nowak … demo\", nobody outside trusts it) that the \
             demo town's agreement settings list as a trust anchor; first tranche (6 000 zł) paid \
             today, second (5 000 zł) due in 60 days",
            self.number
        );
        println!(
            "    clerk (urzednik@): /clerk/agreements/{id}; organisation (fundacja@): \
             /agreements/{id}",
            id = self.agreement_id
        );
    }
}
