//! The agreement's states and the one function that moves between them. A refusal is a rule
//! code (`signing_a_draft`, `annex_on_settled`…) so the client can tell what went wrong.

use crate::Rule;

/// Where an agreement stands (`agreements.state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementState {
    /// The clerk edits the terms.
    Draft,
    /// The PDF is generated and frozen; the parties sign it.
    Ready,
    /// The town signed; the organisation's signatures are awaited.
    Signed,
    /// Every party signed: the task is carried out and tranches are paid.
    Realisation,
    /// The task ended: the final report is awaited and checked.
    Reporting,
    /// The report was accepted: the agreement is performed (terminal).
    Settled,
    /// Ended early, with a reason (terminal).
    Terminated,
}

/// Where one version (the original or an annex) stands (`agreement_versions.state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionState {
    Draft,
    Ready,
    Signed,
}

impl VersionState {
    pub fn code(self) -> &'static str {
        match self {
            VersionState::Draft => "draft",
            VersionState::Ready => "ready",
            VersionState::Signed => "signed",
        }
    }

    pub fn parse(code: &str) -> Option<VersionState> {
        [
            VersionState::Draft,
            VersionState::Ready,
            VersionState::Signed,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// What someone does to an agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementAction {
    /// The clerk changes the draft's terms.
    Edit,
    /// The clerk freezes the draft and generates its PDF.
    MarkReady,
    /// The town signs the frozen version.
    TownSigns,
    /// The organisation's signatures arrive (all parties have then signed).
    PartiesSign,
    /// The task ended; the report is awaited.
    EndRealisation,
    /// The final report was accepted.
    Settle,
    /// An annex is started (only on an agreement in force).
    StartAnnex,
    /// A transfer is recorded.
    RecordPayment,
    /// The agreement ends early.
    Terminate,
}

impl AgreementState {
    pub const ALL: [AgreementState; 7] = [
        AgreementState::Draft,
        AgreementState::Ready,
        AgreementState::Signed,
        AgreementState::Realisation,
        AgreementState::Reporting,
        AgreementState::Settled,
        AgreementState::Terminated,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgreementState::Draft => "draft",
            AgreementState::Ready => "ready",
            AgreementState::Signed => "signed",
            AgreementState::Realisation => "realisation",
            AgreementState::Reporting => "reporting",
            AgreementState::Settled => "settled",
            AgreementState::Terminated => "terminated",
        }
    }

    pub fn parse(code: &str) -> Option<AgreementState> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Nothing more happens to a settled or terminated agreement.
    pub fn is_terminal(self) -> bool {
        matches!(self, AgreementState::Settled | AgreementState::Terminated)
    }

    /// The agreement binds the parties (every party signed, not yet ended).
    pub fn in_force(self) -> bool {
        matches!(
            self,
            AgreementState::Realisation | AgreementState::Reporting
        )
    }
}

/// The state after `action`, or the rule that refuses it. Actions that do not move the state
/// (editing, payments, annexes) return the same state when allowed.
pub fn apply_action(
    state: AgreementState,
    action: AgreementAction,
) -> Result<AgreementState, Rule> {
    use AgreementAction as A;
    use AgreementState as S;
    match (state, action) {
        (S::Draft, A::Edit) => Ok(S::Draft),
        (_, A::Edit) => Err(Rule::AgreementNotDraft),
        (S::Draft, A::MarkReady) => Ok(S::Ready),
        (_, A::MarkReady) => Err(Rule::AgreementNotDraft),
        (S::Draft, A::TownSigns | A::PartiesSign) => Err(Rule::SigningADraft),
        (S::Ready, A::TownSigns) => Ok(S::Signed),
        (S::Ready, A::PartiesSign) => Err(Rule::TownNotSigned),
        (S::Signed, A::PartiesSign) => Ok(S::Realisation),
        (_, A::TownSigns | A::PartiesSign) => Err(Rule::AlreadySigned),
        (S::Realisation, A::EndRealisation) => Ok(S::Reporting),
        (_, A::EndRealisation) => Err(Rule::AgreementNotInForce),
        (S::Reporting, A::Settle) => Ok(S::Settled),
        (_, A::Settle) => Err(Rule::AgreementNotInForce),
        (S::Settled | S::Terminated, A::StartAnnex) => Err(Rule::AnnexOnSettled),
        (s, A::StartAnnex) if s.in_force() => Ok(s),
        (_, A::StartAnnex) => Err(Rule::AgreementNotInForce),
        (s, A::RecordPayment) if s.in_force() => Ok(s),
        (S::Draft | S::Ready | S::Signed, A::RecordPayment) => Err(Rule::PaymentBeforeSigning),
        (_, A::RecordPayment) => Err(Rule::AgreementClosed),
        (s, A::Terminate) if s.is_terminal() => Err(Rule::AgreementClosed),
        (_, A::Terminate) => Ok(S::Terminated),
    }
}
