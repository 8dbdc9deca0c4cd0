//! The updated estimate ("aktualizacja") of an offer awarded less than it asked: the same rules
//! as the offer, plus three of its own. The grant asked for is now the award; the applicant's
//! own contribution keeps at least its share of the total costs from the filed offer; the task's
//! scope stays (no action of the schedule and no expected result may disappear).

use crate::offer::{CostSummary, OfferInput};
use crate::{Money, Rule, Violations};
use std::collections::BTreeSet;

/// What the executive decided for one offer (`awards.decision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwardDecision {
    Awarded,
    NotAwarded,
}

impl AwardDecision {
    pub fn code(self) -> &'static str {
        match self {
            AwardDecision::Awarded => "awarded",
            AwardDecision::NotAwarded => "not_awarded",
        }
    }

    pub fn parse(code: &str) -> Option<AwardDecision> {
        [AwardDecision::Awarded, AwardDecision::NotAwarded]
            .into_iter()
            .find(|d| d.code() == code)
    }
}

/// Where the updated estimate of an award stands (`awards.update_state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpdateState {
    /// Awarded what was asked (or not awarded): nothing to update.
    NotNeeded,
    /// Awarded less: the applicant files an update or withdraws; also after a return.
    Awaiting,
    /// Filed, waiting for the clerk.
    Submitted,
    /// Accepted by the clerk: only now is the award final.
    Accepted,
    /// The applicant gave up the award.
    Withdrawn,
}

impl UpdateState {
    pub const ALL: [UpdateState; 5] = [
        UpdateState::NotNeeded,
        UpdateState::Awaiting,
        UpdateState::Submitted,
        UpdateState::Accepted,
        UpdateState::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            UpdateState::NotNeeded => "not_needed",
            UpdateState::Awaiting => "awaiting",
            UpdateState::Submitted => "submitted",
            UpdateState::Accepted => "accepted",
            UpdateState::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(code: &str) -> Option<UpdateState> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the award is final (nothing more to file or accept).
    pub fn is_final(self) -> bool {
        matches!(self, UpdateState::NotNeeded | UpdateState::Accepted)
    }
}

/// The rules of an update beyond the offer's own: `filed` is the version the committee judged,
/// `updated` the applicant's new estimate with its computed summary, `award` the amount granted.
pub fn check_update(
    filed: (&OfferInput, &CostSummary),
    updated: (&OfferInput, &CostSummary),
    award: Money,
) -> Violations {
    let mut v = Violations::new();
    let (filed_input, filed_sums) = filed;
    let (updated_input, updated_sums) = updated;
    if updated_sums.requested_grant != award {
        v.push(
            "sources.requested_grant",
            Rule::UpdateGrantDiffers { award },
        );
    }
    let (before, after) = (
        filed_sums.own_contribution_share,
        updated_sums.own_contribution_share,
    );
    if after < before {
        v.push(
            "sources.own_contribution",
            Rule::UpdateOwnShareFell { before, after },
        );
    }
    let actions = names(updated_input.schedule.iter().map(|a| a.name.as_str()));
    for (i, action) in filed_input.schedule.iter().enumerate() {
        if !actions.contains(&normalised(&action.name)) {
            let name = action.name.trim().to_string();
            v.push(format!("schedule[{i}]"), Rule::UpdateScopeRemoved { name });
        }
    }
    let results = names(updated_input.results.iter().map(|r| r.name.as_str()));
    for (i, result) in filed_input.results.iter().enumerate() {
        if !results.contains(&normalised(&result.name)) {
            let name = result.name.trim().to_string();
            v.push(format!("results[{i}]"), Rule::UpdateScopeRemoved { name });
        }
    }
    v
}

/// Names compared without case and surrounding blanks: retyping "Warsztaty " is not removing it.
fn normalised(name: &str) -> String {
    name.trim().to_lowercase()
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    items.map(normalised).collect()
}
