//! The demo's fourth call, scored: its deadline passed three weeks ago, five offers from four
//! organisations were formally accepted, a committee of the three demo evaluators (all officials:
//! no organisation nominated anyone) declared no ties and submitted every card. The 60 000 zł
//! pool covers the first two offers and only part of the third, Fundacja Zielony Zakątek's
//! 20 000 zł: the clerk awards it a part on the ranking board, and the journeys go on from there.
//! No award is recorded yet.

use super::evaluation::{create_call, CallShape};
use super::offer_content::Topic;
use super::offers::{Demo, Files, Ngo};
use super::plan::{Outcome, Planned};
use super::store;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use granty_domain::evaluation::{EvaluationSettings, MemberKind, NoNgoReason, Points, ScoreEntry};
use granty_store::applications::{self, ApplicationDetail};
use granty_store::evaluation::{self, Appointment, CardChange, DeclarationInput, SettingsInput};
use granty_store::{Actor, Db};

pub const SCORED_CALL_TITLE: &str = "Otwarty konkurs ofert: zdrowie i aktywność seniorów";

/// What seed-demo prints about the scored call.
pub struct Seeded {
    pub title: &'static str,
    pub offers: usize,
    /// The offer the pool cannot fully cover, Fundacja Zielony Zakątek's.
    pub partly_covered: String,
}

/// Who files (0, 1: the demo's two; 2, 3: the evaluation call's others), on what, with how many
/// instructor hours (the grant asked is 150 zł × hours + 5 000 zł), and the points every member
/// gives on every criterion: the ranking follows the points.
const OFFERS: [(usize, &str, u32, u32); 5] = [
    (0, "Nordic walking z fizjoterapeutą", 100, 8),
    (1, "Gimnastyka dla seniorów w świetlicy", 60, 10),
    (2, "Rowerowe wtorki 60+", 80, 9),
    (3, "Akademia zdrowego żywienia", 60, 7),
    (1, "Taniec w kręgu", 40, 6),
];

/// The pool: the first two ask 14 000 and 17 000, which leaves 14 000 of the 20 000 zł that
/// Fundacja Zielony Zakątek, ranked third, asks.
const BUDGET: &str = "45000";

/// Seeds the scored call; `more` are the evaluation call's other organisations.
pub async fn seed_scored_call(
    db: &Db,
    files: &Files<'_>,
    clerk: &Actor,
    filers: [&Ngo; 4],
    evaluators: &[Actor; 3],
    now: DateTime<Utc>,
) -> Result<Seeded> {
    let shape = CallShape {
        title: SCORED_CALL_TITLE,
        budget: BUDGET,
        deadline_days_ago: 21,
    };
    let call = create_call(db, clerk, &shape, now).await?;
    let mut offers = Vec::new();
    for (n, (who, title, hours, _)) in OFFERS.iter().enumerate() {
        let demo = Demo {
            db,
            files,
            clerk,
            ngo: filers[*who],
            call: &call,
        };
        let submitted_hours_before = 30 + 20 * n as i64;
        demo.file(&planned(title, *hours, submitted_hours_before))
            .await?;
        offers.push(newest_offer(db, &filers[*who].actor, call.id).await?);
    }
    let committee_from = now - Duration::days(15);
    committee(db, clerk, call.id, evaluators, committee_from).await?;
    for (n, member) in evaluators.iter().enumerate() {
        let signed = committee_from + Duration::days(1) + Duration::hours(n as i64);
        let input = DeclarationInput {
            no_ties: true,
            statement: "Oświadczam, że nie pozostaję w stosunku, który mógłby budzić wątpliwości co do mojej bezstronności.".into(),
            ..DeclarationInput::default()
        };
        evaluation::declare(db, member, call.id, input, signed)
            .await
            .map_err(store)?;
    }
    let scored_from = committee_from + Duration::days(3);
    for (n, member) in evaluators.iter().enumerate() {
        for (offer, (_, _, _, points)) in offers.iter().zip(OFFERS) {
            let at = scored_from + Duration::days(n as i64) + Duration::minutes(offer.record.id);
            score(db, member, offer, points, at).await?;
        }
    }
    Ok(Seeded {
        title: SCORED_CALL_TITLE,
        offers: OFFERS.len(),
        partly_covered: OFFERS[0].1.into(),
    })
}

pub(super) fn planned(title: &'static str, instructor_hours: u32, hours_before: i64) -> Planned {
    Planned {
        ngo: 0,
        topic: Topic {
            title,
            place: "Klub Seniora, ul. Parkowa 5, Demo",
            summary: "Regularne zajęcia ruchowe i spotkania o zdrowiu dla seniorów gminy.",
            instructor_hours,
        },
        started_hours_before: hours_before + 24,
        submitted_hours_before: hours_before,
        outcome: Outcome::Accepted,
    }
}

/// The offer `actor` filed last in the call (the one just filed).
pub(super) async fn newest_offer(
    db: &Db,
    actor: &Actor,
    call_id: i64,
) -> Result<ApplicationDetail> {
    let listed = applications::list_for_call(db, actor, call_id)
        .await
        .map_err(store)?;
    let id = listed
        .iter()
        .map(|a| a.id)
        .max()
        .ok_or_else(|| anyhow::anyhow!("the offer just filed is not listed"))?;
    applications::get(db, actor, id).await.map_err(store)
}

/// Three officials; every member scores every offer, due five days ago.
pub(super) async fn committee(
    db: &Db,
    clerk: &Actor,
    call_id: i64,
    evaluators: &[Actor; 3],
    at: DateTime<Utc>,
) -> Result<()> {
    for member in evaluators {
        let input = Appointment {
            user_id: member.user_id,
            kind: MemberKind::Official,
            nominator: None,
            scores: None,
        };
        evaluation::appoint(db, clerk, call_id, input, at)
            .await
            .map_err(store)?;
    }
    let input = SettingsInput {
        settings: EvaluationSettings {
            per_offer: Some(3),
            ..EvaluationSettings::default()
        },
        scoring_deadline: Some(at + Duration::days(10)),
        no_ngo_reason: Some(NoNgoReason::NoNominations),
        lock_version: None,
    };
    evaluation::save_settings(db, clerk, call_id, input, at)
        .await
        .map_err(store)?;
    evaluation::assign(db, clerk, call_id, Some(3), at + Duration::hours(1))
        .await
        .map_err(store)?;
    Ok(())
}

/// A draft first, then the submission an hour later, as a member works.
pub(super) async fn score(
    db: &Db,
    member: &Actor,
    offer: &ApplicationDetail,
    points: u32,
    at: DateTime<Utc>,
) -> Result<()> {
    let entries = offer
        .call
        .terms
        .criteria
        .iter()
        .enumerate()
        .map(|(criterion, c)| ScoreEntry {
            criterion,
            points: (!c.gate).then_some(Points(2 * points.min(c.max_points))),
            passed: c.gate.then_some(true),
            justification: "Oferta opisuje to kryterium rzetelnie i spójnie z kosztorysem.".into(),
        })
        .collect();
    let id = offer.record.id;
    let draft = CardChange {
        expected_version: 0,
        scores: Some(entries),
    };
    let card = evaluation::save_draft(db, member, id, draft, at)
        .await
        .map_err(store)?;
    let submission = CardChange {
        expected_version: card.version,
        scores: None,
    };
    evaluation::submit(db, member, id, submission, at + Duration::hours(1))
        .await
        .map_err(store)?;
    Ok(())
}
