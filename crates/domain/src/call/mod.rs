//! A call for offers (otwarty konkurs ofert): its terms, its life cycle and the clock that opens
//! and closes it.

pub mod activity;
mod criteria;
mod publication;
mod terms;
mod transitions;

pub use criteria::{
    point_applies, statutory_criteria, statutory_criteria_for, statutory_point_of, Criterion,
    MAX_CRITERIA, MAX_POINTS, MAX_WEIGHT, OWN_MEANS_POINT,
};
pub use publication::{
    days_to_deadline, deadline_day, Publication, STATUTORY_MIN_DAYS_TO_DEADLINE,
};
pub(crate) use terms::{amount_field, amount_rule};
pub use terms::{
    CallInput, CallTerms, DateWindow, OwnContributionRule, RequiredAttachment, MAX_CORRECTION_DAYS,
    MAX_FORMAL_CHECK_DAYS,
};
pub use transitions::{apply_call_action, CallAction, CallError, CallTransition, CALL_TRANSITIONS};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
/// Default correction period after a formal check (domain defaults).
pub const DEFAULT_CORRECTION_DAYS: u32 = 7;
/// Default time the clerks give themselves for the formal check after the deadline; towns set it
/// in the call's rules (regulamin).
pub const DEFAULT_FORMAL_CHECK_DAYS: u32 = 14;

/// The states a call is stored in. Whether a published call is open or closed is not stored: it
/// follows from the clock (see [`CallPhase`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CallState {
    Draft,
    Published,
    InEvaluation,
    ResultsPublished,
    Archived,
    Cancelled,
}

impl CallState {
    pub fn code(self) -> &'static str {
        match self {
            CallState::Draft => "draft",
            CallState::Published => "published",
            CallState::InEvaluation => "in_evaluation",
            CallState::ResultsPublished => "results_published",
            CallState::Archived => "archived",
            CallState::Cancelled => "cancelled",
        }
    }

    pub fn parse(code: &str) -> Option<CallState> {
        [
            CallState::Draft,
            CallState::Published,
            CallState::InEvaluation,
            CallState::ResultsPublished,
            CallState::Archived,
            CallState::Cancelled,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// What a call is at a given instant: the stored state refined by the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallPhase {
    Draft,
    /// Announced, submissions not yet open.
    Published,
    /// Accepting offers: opening ≤ now < deadline.
    Open,
    /// Deadline passed, evaluation not started.
    Closed,
    InEvaluation,
    ResultsPublished,
    Archived,
    Cancelled,
}

impl CallPhase {
    pub fn at(
        state: CallState,
        opens_at: DateTime<Utc>,
        deadline: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> CallPhase {
        match state {
            CallState::Draft => CallPhase::Draft,
            CallState::Published if now < opens_at => CallPhase::Published,
            CallState::Published if now < deadline => CallPhase::Open,
            CallState::Published => CallPhase::Closed,
            CallState::InEvaluation => CallPhase::InEvaluation,
            CallState::ResultsPublished => CallPhase::ResultsPublished,
            CallState::Archived => CallPhase::Archived,
            CallState::Cancelled => CallPhase::Cancelled,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            CallPhase::Draft => "draft",
            CallPhase::Published => "published",
            CallPhase::Open => "open",
            CallPhase::Closed => "closed",
            CallPhase::InEvaluation => "in_evaluation",
            CallPhase::ResultsPublished => "results_published",
            CallPhase::Archived => "archived",
            CallPhase::Cancelled => "cancelled",
        }
    }
}

/// Why an applicant may not start an offer in a call now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewDraftRefusal {
    /// The call is a draft or was cancelled: to applicants it does not exist.
    NotAnnounced,
    /// The deadline has passed.
    DeadlinePassed,
}

impl CallPhase {
    /// Whether an applicant may start a new offer: from the announcement, so that it can be
    /// prepared before submissions open, until the deadline.
    pub fn check_new_draft(self) -> Result<(), NewDraftRefusal> {
        match self {
            CallPhase::Published | CallPhase::Open => Ok(()),
            CallPhase::Closed
            | CallPhase::InEvaluation
            | CallPhase::ResultsPublished
            | CallPhase::Archived => Err(NewDraftRefusal::DeadlinePassed),
            CallPhase::Draft | CallPhase::Cancelled => Err(NewDraftRefusal::NotAnnounced),
        }
    }
}

/// Commissioning mode (art. 11 ust. 1): entrusting (powierzenie) finances the whole task,
/// supporting (wspieranie) co-finances it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Commissioning {
    Entrusting,
    #[default]
    Supporting,
}

impl Commissioning {
    /// The stored code, as serde writes it.
    pub fn code(self) -> &'static str {
        match self {
            Commissioning::Entrusting => "entrusting",
            Commissioning::Supporting => "supporting",
        }
    }

    pub fn parse(code: &str) -> Option<Commissioning> {
        [Commissioning::Entrusting, Commissioning::Supporting]
            .into_iter()
            .find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests;
