//! The demo's second call, already past its deadline, with the two NGOs' offers in every phase:
//! a draft, offers awaiting the formal check, accepted, rejected, awaiting a correction, and
//! corrected. Everything goes through the store's use cases at past instants, so the audit
//! trail, receipts, versions and notifications are the real ones.

use super::decisions::{accepted, correction, rejected};
use super::offer_content::{offer, Topic};
use super::past_call::PastCall;
use super::pdf::pdf_upload;
use super::plan::{phase_name, Outcome, Planned, PLAN};
use super::store;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use granty_store::applications::{self, DraftChanges, FormalCheckInput, PartnerLinks};
use granty_store::uploads::{self, FileRules};
use granty_store::{Actor, Db, Storage};

/// An NGO's member, the organisation they file for and the offers' contact person.
pub struct Ngo {
    pub actor: Actor,
    pub organisation_id: i64,
    pub organisation_name: &'static str,
    pub contact: (&'static str, &'static str),
}

/// Where the demo's files go and what they may be.
pub struct Files<'a> {
    pub storage: &'a Storage,
    pub rules: FileRules,
    /// The agreement templates and the town's signing key (as `granty serve` loads them).
    pub documents: &'a granty_documents::Engine,
    pub signer: Option<&'a granty_documents::pades::Signer>,
}

/// Files the planned offers in `call`; returns how many ended in each phase, by phase name.
pub async fn seed_offers(
    db: &Db,
    files: &Files<'_>,
    clerk: &Actor,
    ngos: &[Ngo; 2],
    call: &PastCall,
) -> Result<Vec<(&'static str, usize)>> {
    let mut phases: Vec<(&'static str, usize)> = Vec::new();
    for plan in &PLAN {
        let demo = Demo {
            db,
            files,
            clerk,
            ngo: &ngos[plan.ngo],
            call,
        };
        demo.file(plan).await?;
        let phase = phase_name(plan.outcome);
        match phases.iter_mut().find(|(name, _)| *name == phase) {
            Some((_, count)) => *count += 1,
            None => phases.push((phase, 1)),
        }
    }
    Ok(phases)
}

/// One offer's way through the call, from one NGO (the call in evaluation files its offers the
/// same way).
pub(super) struct Demo<'a> {
    pub(super) db: &'a Db,
    pub(super) files: &'a Files<'a>,
    pub(super) clerk: &'a Actor,
    pub(super) ngo: &'a Ngo,
    pub(super) call: &'a PastCall,
}

impl Demo<'_> {
    pub(super) async fn file(&self, plan: &Planned) -> Result<()> {
        let deadline = self.call.deadline;
        let started = deadline - Duration::hours(plan.started_hours_before);
        let id = self.start(&plan.topic, started).await?;
        if plan.outcome == Outcome::NeverSubmitted {
            return Ok(());
        }
        let statute = self
            .attach(id, plan, started + Duration::minutes(20))
            .await?;
        let submitted = deadline - Duration::hours(plan.submitted_hours_before);
        applications::submit(self.db, &self.ngo.actor, id, submitted)
            .await
            .map_err(store)?;
        // The clerk checks the offers the morning after the deadline, a few minutes apart.
        let checked = deadline + Duration::hours(18) + Duration::minutes(plan.started_hours_before);
        match plan.outcome {
            Outcome::Accepted => self.check(id, accepted(), checked).await,
            Outcome::Rejected => self.check(id, rejected(), checked).await,
            Outcome::AwaitingCorrection => self.check(id, correction(), checked).await,
            Outcome::Corrected => {
                self.check(id, correction(), checked).await?;
                let corrected = checked + Duration::hours(4);
                self.correct(id, statute, &plan.topic, corrected).await
            }
            Outcome::NeverSubmitted | Outcome::AwaitingCheck => Ok(()),
        }
    }

    /// A new draft, filled in ten minutes later.
    async fn start(&self, topic: &Topic, at: DateTime<Utc>) -> Result<i64> {
        let (db, actor) = (self.db, &self.ngo.actor);
        let id =
            applications::create_draft(db, actor, self.call.id, self.ngo.organisation_id, None, at)
                .await
                .map_err(store)?;
        let content = offer(topic, self.call.realisation_start, self.ngo.contact);
        let changes = DraftChanges {
            content: Some(content),
            partners: PartnerLinks::Keep,
        };
        applications::save_draft(db, actor, id, 1, changes, at + Duration::minutes(10))
            .await
            .map_err(store)?;
        Ok(id)
    }

    /// The statute (replaced once on the offer awaiting its check, so a version history shows)
    /// and, there, a letter of support; the statute's id.
    async fn attach(&self, id: i64, plan: &Planned, at: DateTime<Utc>) -> Result<i64> {
        let org = self.ngo.organisation_name;
        let statute = self
            .upload(id, "statut", "statut.pdf", &["Statut", org], at)
            .await?;
        if plan.outcome != Outcome::AwaitingCheck {
            return Ok(statute);
        }
        let lines = ["Statut (tekst jednolity, 2026)", org];
        let later = at + Duration::hours(2);
        self.replace(id, statute, "statut-tekst-jednolity.pdf", &lines, later)
            .await?;
        let letter = ["List poparcia", "Szkoła Podstawowa nr 1 w Demo"];
        self.upload(id, "inne", "list-poparcia.pdf", &letter, later)
            .await?;
        Ok(statute)
    }

    async fn replace(
        &self,
        id: i64,
        attachment_id: i64,
        name: &str,
        lines: &[&str],
        at: DateTime<Utc>,
    ) -> Result<()> {
        let (files, actor) = (self.files, &self.ngo.actor);
        let file = pdf_upload(name, lines);
        uploads::replace_attachment(
            self.db,
            files.storage,
            &files.rules,
            actor,
            id,
            attachment_id,
            file,
            at,
        )
        .await
        .map_err(store)?;
        Ok(())
    }

    async fn upload(
        &self,
        id: i64,
        kind: &str,
        name: &str,
        lines: &[&str],
        at: DateTime<Utc>,
    ) -> Result<i64> {
        let files = self.files;
        let file = pdf_upload(name, lines);
        let view = uploads::upload_attachment(
            self.db,
            files.storage,
            &files.rules,
            &self.ngo.actor,
            id,
            kind,
            file,
            at,
        )
        .await
        .map_err(store)?;
        Ok(view.id)
    }

    async fn check(&self, id: i64, input: FormalCheckInput, at: DateTime<Utc>) -> Result<()> {
        applications::formal_check(self.db, self.clerk, id, input, at)
            .await
            .map_err(store)?;
        Ok(())
    }

    /// The applicant answers the correction request: fewer instructor hours, so a smaller grant
    /// (the version difference shows both), the statute again with its signatures (so the staff
    /// see a filed version history), then submits the correction.
    async fn correct(&self, id: i64, statute: i64, topic: &Topic, at: DateTime<Utc>) -> Result<()> {
        let (db, actor) = (self.db, &self.ngo.actor);
        let version = applications::get(db, actor, id)
            .await
            .map_err(store)?
            .record
            .version;
        let corrected = Topic {
            instructor_hours: 36,
            place: "Hala sportowa i boisko Orlik, ul. Szkolna 5, Demo",
            ..*topic
        };
        let content = offer(&corrected, self.call.realisation_start, self.ngo.contact);
        let changes = DraftChanges {
            content: Some(content),
            partners: PartnerLinks::Keep,
        };
        applications::save_draft(db, actor, id, version, changes, at)
            .await
            .map_err(store)?;
        let signed = ["Statut (z podpisami zarządu)", self.ngo.organisation_name];
        self.replace(
            id,
            statute,
            "statut-podpisany.pdf",
            &signed,
            at + Duration::minutes(5),
        )
        .await?;
        applications::submit(db, actor, id, at + Duration::minutes(15))
            .await
            .map_err(store)?;
        Ok(())
    }
}
