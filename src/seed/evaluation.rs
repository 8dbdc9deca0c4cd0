//! The demo's third call, in evaluation: its deadline passed five days ago, six offers from four
//! organisations were formally accepted, and a committee of the three demo evaluators (two
//! officials and a nominee of an organisation that did not apply) has them spread two per offer,
//! scoring due in ten days. No member has declared impartiality yet, so an evaluator who logs in
//! is asked to declare first.

use super::offer_content::Topic;
use super::offers::{Demo, Files, Ngo};
use super::past_call::PastCall;
use super::plan::{Outcome, Planned};
use super::{organisation, store};
use anyhow::{Context, Result};
use chrono::{DateTime, Duration, TimeZone, Utc};
use granty_domain::call::{CallAction, CallInput, Publication, RequiredAttachment};
use granty_domain::evaluation::committee::Nominator;
use granty_domain::evaluation::{EvaluationSettings, MemberKind};
use granty_store::evaluation::{self, Appointment, SettingsInput};
use granty_store::{calls, organisations, Actor, Db};

pub const EVALUATION_CALL_TITLE: &str =
    "Otwarty konkurs ofert: edukacja ekologiczna i ochrona przyrody";

/// What seed-demo prints about the call in evaluation.
pub struct Seeded {
    pub title: &'static str,
    /// The organisations besides the demo's two, Anna Nowak's too: two applied, the third
    /// nominated the committee's NGO member.
    pub more: Vec<Ngo>,
    pub offers: usize,
    pub members: usize,
    pub per_offer: u32,
}

/// The organisations that apply besides the demo's two, and the one whose nominee sits on the
/// committee (it did not apply): name, NIP, KRS.
const MORE_ORGANISATIONS: [(&str, &str, &str); 3] = [
    ("Klub Sportowy Orły Demo", "5260250274", "0000222333"),
    (
        "Uniwersytet Trzeciego Wieku w Demo",
        "5260001269",
        "0000444555",
    ),
    (
        "Towarzystwo Przyjaciół Przyrody Demo",
        "5260001252",
        "0000666777",
    ),
];

/// The six offers: which organisation (0, 1: the demo's two; 2, 3: the others), on what.
const OFFERS: [(usize, &str); 6] = [
    (0, "Ogród deszczowy przy szkole"),
    (1, "Sprzątanie brzegów rzeki Demki"),
    (2, "Ścieżka przyrodnicza dla młodych sportowców"),
    (3, "Seniorzy liczą ptaki"),
    (0, "Warsztaty kompostowania"),
    (3, "Zielnik gminy Demo"),
];

/// Seeds the call in evaluation; `evaluators` are the three demo evaluators' actors.
pub async fn seed_evaluation(
    db: &Db,
    files: &Files<'_>,
    clerk: &Actor,
    ngos: &[Ngo; 2],
    evaluators: &[Actor; 3],
    now: DateTime<Utc>,
) -> Result<Seeded> {
    let shape = CallShape {
        title: EVALUATION_CALL_TITLE,
        budget: "120000",
        deadline_days_ago: 5,
    };
    let call = create_call(db, clerk, &shape, now).await?;
    let anna = &ngos[0].actor;
    let mut more = Vec::new();
    for (name, nip, krs) in MORE_ORGANISATIONS {
        let input = organisation(name, "association", nip, "123456785", krs);
        let created = organisations::create(db, anna, &input, now - Duration::days(60))
            .await
            .map_err(store)?;
        more.push(Ngo {
            actor: anna.clone(),
            organisation_id: created.id,
            organisation_name: name,
            contact: ("Anna Nowak", "anna@fundacja.example.org"),
        });
    }
    let filers = [&ngos[0], &ngos[1], &more[0], &more[1]];
    for (n, (who, title)) in OFFERS.iter().enumerate() {
        let demo = Demo {
            db,
            files,
            clerk,
            ngo: filers[*who],
            call: &call,
        };
        let hours = 30 + 20 * n as i64;
        demo.file(&planned(title, hours)).await?;
    }
    let nominator = more[2].organisation_id;
    appoint_committee(db, clerk, call.id, evaluators, nominator, now).await?;
    let per_offer = 2;
    save_settings(db, clerk, call.id, per_offer, now).await?;
    evaluation::assign(
        db,
        clerk,
        call.id,
        Some(per_offer),
        now - Duration::hours(20),
    )
    .await
    .map_err(store)?;
    Ok(Seeded {
        title: EVALUATION_CALL_TITLE,
        more,
        offers: OFFERS.len(),
        members: evaluators.len(),
        per_offer,
    })
}

fn planned(title: &'static str, hours_before: i64) -> Planned {
    Planned {
        ngo: 0,
        topic: Topic {
            title,
            place: "Świetlica wiejska, ul. Lipowa 3, Demo",
            summary: "Zajęcia w terenie i warsztaty o przyrodzie gminy dla mieszkańców.",
            instructor_hours: 30,
        },
        started_hours_before: hours_before + 24,
        submitted_hours_before: hours_before,
        outcome: Outcome::Accepted,
    }
}

/// Two officials and the nominee of the organisation that did not apply, a day ago.
async fn appoint_committee(
    db: &Db,
    clerk: &Actor,
    call_id: i64,
    evaluators: &[Actor; 3],
    nominator: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    for (n, member) in evaluators.iter().enumerate() {
        let (kind, nominator) = match n {
            2 => (
                MemberKind::NgoNominee,
                Some(Nominator::Organisation(nominator)),
            ),
            _ => (MemberKind::Official, None),
        };
        let input = Appointment {
            user_id: member.user_id,
            kind,
            nominator,
            scores: None,
        };
        evaluation::appoint(db, clerk, call_id, input, now - Duration::days(1))
            .await
            .map_err(store)?;
    }
    Ok(())
}

/// Two members per offer, scoring due in ten days at 16:00 Warsaw time.
async fn save_settings(
    db: &Db,
    clerk: &Actor,
    call_id: i64,
    per_offer: u32,
    now: DateTime<Utc>,
) -> Result<()> {
    let zone = clerk.tenant.time_zone;
    let day = (now + Duration::days(10)).with_timezone(&zone).date_naive();
    let deadline = zone
        .from_local_datetime(&day.and_hms_opt(16, 0, 0).context("deadline time")?)
        .earliest()
        .context("deadline in zone")?
        .with_timezone(&Utc);
    let input = SettingsInput {
        settings: EvaluationSettings {
            per_offer: Some(per_offer),
            ..EvaluationSettings::default()
        },
        scoring_deadline: Some(deadline),
        no_ngo_reason: None,
        lock_version: None,
    };
    evaluation::save_settings(db, clerk, call_id, input, now - Duration::days(1))
        .await
        .map_err(store)?;
    Ok(())
}

/// What differs between the demo's calls past their deadline in the evaluation's sphere.
pub(super) struct CallShape {
    pub(super) title: &'static str,
    /// In whole złoty, as the clerk types it.
    pub(super) budget: &'static str,
    pub(super) deadline_days_ago: i64,
}

/// Announced 35 days before its deadline, which was `deadline_days_ago` days ago at 15:30.
pub(super) async fn create_call(
    db: &Db,
    clerk: &Actor,
    shape: &CallShape,
    now: DateTime<Utc>,
) -> Result<PastCall> {
    let zone = clerk.tenant.time_zone;
    let deadline_day = (now - Duration::days(shape.deadline_days_ago))
        .with_timezone(&zone)
        .date_naive();
    let deadline = zone
        .from_local_datetime(&deadline_day.and_hms_opt(15, 30, 0).context("deadline")?)
        .earliest()
        .context("deadline in zone")?
        .with_timezone(&Utc);
    let announced = deadline - Duration::days(35);
    let realisation_start = deadline_day + Duration::days(45);
    let input = CallInput {
        title: shape.title.into(),
        task_area: "Ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego".into(),
        description: "Edukacja ekologiczna i działania na rzecz przyrody gminy.".into(),
        budget: shape.budget.into(),
        min_grant: "5000".into(),
        max_grant: "30000".into(),
        min_own_contribution: "10".into(),
        admin_cost_cap: "15".into(),
        opens_at: Some(announced + Duration::hours(1)),
        deadline: Some(deadline),
        realisation_start: Some(realisation_start),
        realisation_end: Some(realisation_start + Duration::days(180)),
        required_attachments: vec![RequiredAttachment {
            code: "statut".into(),
            name: "Statut organizacji".into(),
        }],
        ..CallInput::default()
    };
    let call = calls::create(db, clerk, &input, None, announced)
        .await
        .map_err(store)?;
    let on = announced.with_timezone(&zone).date_naive();
    let publish = CallAction::Publish {
        confirm_short_deadline: false,
        publication: Publication {
            bip_on: Some(on),
            notice_board_on: Some(on),
            website_on: Some(on),
        },
    };
    calls::transition(db, clerk, call.id, publish, announced)
        .await
        .map_err(store)?;
    Ok(PastCall {
        id: call.id,
        deadline,
        realisation_start,
    })
}
