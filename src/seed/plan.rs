//! Which offers the demo's past call holds: who filed each, when, and how it ended. The times
//! spread the submissions over several days and the last 48 hours, so the clerk's chart has
//! bars on both scales.

use super::offer_content::Topic;

/// What the clerk decided, and what happened after.
#[derive(Clone, Copy, PartialEq)]
pub enum Outcome {
    NeverSubmitted,
    AwaitingCheck,
    Accepted,
    Rejected,
    AwaitingCorrection,
    Corrected,
}

/// One demo offer: who files it, on what, when it was started and submitted (hours before the
/// deadline), and its outcome.
pub struct Planned {
    pub ngo: usize,
    pub topic: Topic,
    pub started_hours_before: i64,
    pub submitted_hours_before: i64,
    pub outcome: Outcome,
}

pub const PLAN: [Planned; 6] = [
    planned(
        0,
        "Turniej piłki nożnej o puchar wójta",
        400,
        0,
        Outcome::NeverSubmitted,
    ),
    planned(
        0,
        "Szkółka pływania dla dzieci",
        260,
        216,
        Outcome::AwaitingCheck,
    ),
    planned(1, "Rowerem po gminie Demo", 170, 120, Outcome::Corrected),
    planned(0, "Szachy w świetlicy", 96, 30, Outcome::Accepted),
    planned(1, "Mini-olimpiada przedszkolaków", 60, 3, Outcome::Rejected),
    planned(
        1,
        "Nordic walking dla młodzieży",
        40,
        1,
        Outcome::AwaitingCorrection,
    ),
];

const fn planned(
    ngo: usize,
    title: &'static str,
    started_hours_before: i64,
    submitted_hours_before: i64,
    outcome: Outcome,
) -> Planned {
    Planned {
        ngo,
        topic: Topic {
            title,
            place: "Hala sportowa, ul. Szkolna 5, Demo",
            summary: "Cotygodniowe zajęcia sportowe zakończone pokazem dla rodziców.",
            instructor_hours: 40,
        },
        started_hours_before,
        submitted_hours_before,
        outcome,
    }
}

pub fn phase_name(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::NeverSubmitted => "draft never submitted",
        Outcome::AwaitingCheck => "submitted, awaiting the formal check",
        Outcome::Accepted => "formally accepted",
        Outcome::Rejected => "formally rejected",
        Outcome::AwaitingCorrection => "awaiting the applicant's correction",
        Outcome::Corrected => "corrected after a formal check",
    }
}
