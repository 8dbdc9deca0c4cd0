//! The committee routes' answers, typed for the OpenAPI document.

use chrono::{DateTime, Utc};
use granty_store::evaluation::offers::OfferRow;
use granty_store::evaluation::overview::{AssignmentView, MemberView};
use granty_store::evaluation::Assigned;
use serde::Serialize;
use utoipa::ToSchema;

/// The call's committee, its offers and assignments, and the evaluation rules.
#[derive(Serialize, ToSchema)]
pub struct Committee {
    pub call_id: i64,
    /// Active members first, then the removed ones.
    pub members: Vec<MemberView>,
    pub offers: Vec<OfferRow>,
    /// Every assignment, current or ended.
    pub assignments: Vec<AssignmentView>,
    /// Offers with an assignment ended by a declared tie and fewer current assignments since.
    pub needs_reassignment: Vec<i64>,
    pub settings: CommitteeSettings,
}

/// The evaluation rules in force for the call.
#[derive(Serialize, ToSchema)]
pub struct CommitteeSettings {
    pub half_points: bool,
    pub min_justification_chars: u32,
    /// The least total to be recommended, in hundredths of a point.
    pub min_total_centi: Option<u64>,
    /// The divergence that needs the clerk's resolution, in basis points of the maximum.
    pub divergence_bp: u32,
    pub per_offer: Option<u32>,
    /// Tie-breaker codes, in order (`criterion:1`, `received`…).
    pub tie_breakers: Vec<String>,
    pub scoring_deadline: Option<DateTime<Utc>>,
    pub no_ngo_reason: Option<String>,
    /// The version of the saved rules; `null` before they are first saved.
    pub lock_version: Option<i32>,
}

/// A member just appointed.
#[derive(Serialize, ToSchema)]
pub struct Appointed {
    pub id: i64,
    pub user_id: i64,
    pub kind: String,
    /// Who nominated an NGO member (empty for the town's own).
    pub nominated_by: String,
    pub scores: bool,
}

/// The evaluation rules as saved.
#[derive(Serialize, ToSchema)]
pub struct SavedSettings {
    pub call_id: i64,
    pub lock_version: i32,
    pub per_offer: Option<i32>,
    pub scoring_deadline: Option<DateTime<Utc>>,
    pub no_ngo_reason: Option<String>,
}

/// An assignment run: the pairs added, the offers short of members.
#[derive(Serialize, ToSchema)]
pub struct Assignments {
    pub added: Vec<AddedAssignment>,
    pub short: Vec<ShortOffer>,
    /// The call moved from closed to in evaluation with this run.
    pub started_evaluation: bool,
}

#[derive(Serialize, ToSchema)]
pub struct AddedAssignment {
    pub application_id: i64,
    pub user_id: i64,
}

/// An offer that could not get as many eligible members as asked.
#[derive(Serialize, ToSchema)]
pub struct ShortOffer {
    pub application_id: i64,
    pub wanted: u32,
    pub found: u32,
}

impl From<Assigned> for Assignments {
    fn from(done: Assigned) -> Self {
        let added = done
            .added
            .iter()
            .map(|&(application_id, user_id)| AddedAssignment {
                application_id,
                user_id,
            })
            .collect();
        let short = done
            .short
            .iter()
            .map(|s| ShortOffer {
                application_id: s.offer,
                wanted: s.wanted,
                found: s.found,
            })
            .collect();
        Assignments {
            added,
            short,
            started_evaluation: done.started_evaluation,
        }
    }
}
