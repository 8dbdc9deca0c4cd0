//! The report's kinds and states, and which state allows what.

use serde::{Deserialize, Serialize};

/// A partial report (one per budget year of a multi-year task), a partial report the clerk
/// called for during the year (art. 18 ust. 3; its own kind, so that it never takes the place of
/// the year's partial report, which starts on the same day) or the final report (art. 18).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    Partial,
    Called,
    Final,
}

impl ReportKind {
    pub fn code(self) -> &'static str {
        match self {
            ReportKind::Partial => "partial",
            ReportKind::Called => "called",
            ReportKind::Final => "final",
        }
    }

    pub fn parse(code: &str) -> Option<ReportKind> {
        [ReportKind::Partial, ReportKind::Called, ReportKind::Final]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// Where a report stands (`reports.state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    /// The organisation writes it.
    Draft,
    /// Filed; the clerk reviews it. Read-only for the organisation.
    Submitted,
    /// The clerk asked for corrections: the organisation edits and resubmits.
    Corrections,
    /// The clerk accepted it (terminal).
    Accepted,
    /// The clerk rejected it (terminal).
    Rejected,
}

const STATES: [ReportState; 5] = [
    ReportState::Draft,
    ReportState::Submitted,
    ReportState::Corrections,
    ReportState::Accepted,
    ReportState::Rejected,
];

impl ReportState {
    pub fn code(self) -> &'static str {
        match self {
            ReportState::Draft => "draft",
            ReportState::Submitted => "submitted",
            ReportState::Corrections => "corrections",
            ReportState::Accepted => "accepted",
            ReportState::Rejected => "rejected",
        }
    }

    pub fn parse(code: &str) -> Option<ReportState> {
        STATES.into_iter().find(|s| s.code() == code)
    }

    /// The organisation may change the working copy (and submit it) only in these states.
    pub fn is_editable(self) -> bool {
        matches!(self, ReportState::Draft | ReportState::Corrections)
    }

    /// The state a submission leads to, or the rule that refuses it.
    pub fn submit(self) -> Result<ReportState, crate::Rule> {
        if self.is_editable() {
            Ok(ReportState::Submitted)
        } else {
            Err(crate::Rule::ReportNotEditable)
        }
    }
}

/// The clerk's decision on a submitted report (art. 18): accept it, send it back for
/// corrections (with comments per field), or reject it (with a reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewDecision {
    Accept,
    Corrections,
    Reject,
}

impl ReviewDecision {
    /// The code kept on the version (`report_versions.decision`).
    pub fn code(self) -> &'static str {
        self.state().code()
    }

    /// The report's state after the decision.
    pub fn state(self) -> ReportState {
        match self {
            ReviewDecision::Accept => ReportState::Accepted,
            ReviewDecision::Corrections => ReportState::Corrections,
            ReviewDecision::Reject => ReportState::Rejected,
        }
    }
}

impl ReportState {
    /// The state a review leads to, or the rule that refuses it: only a submitted report is
    /// reviewed, so a second click on a decided report is refused rather than applied twice.
    pub fn review(self, decision: ReviewDecision) -> Result<ReportState, crate::Rule> {
        match self {
            ReportState::Submitted => Ok(decision.state()),
            _ => Err(crate::Rule::ReportNotSubmitted),
        }
    }
}

#[cfg(test)]
mod review_tests {
    use super::*;

    #[test]
    fn only_a_submitted_report_is_reviewed() {
        let to = |d| ReportState::Submitted.review(d);
        assert_eq!(to(ReviewDecision::Accept), Ok(ReportState::Accepted));
        assert_eq!(
            to(ReviewDecision::Corrections),
            Ok(ReportState::Corrections)
        );
        assert_eq!(to(ReviewDecision::Reject), Ok(ReportState::Rejected));
        for state in [
            ReportState::Draft,
            ReportState::Corrections,
            ReportState::Accepted,
            ReportState::Rejected,
        ] {
            assert_eq!(
                state.review(ReviewDecision::Accept),
                Err(crate::Rule::ReportNotSubmitted)
            );
        }
    }
}
