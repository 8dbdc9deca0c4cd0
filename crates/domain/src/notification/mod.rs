//! What reaches people by email: the events worth telling, as data, and the reminder plan (which
//! reminder is due when), all pure. The letters' words and layout live outside the domain: the
//! worker renders each event from its templates and the message catalogue (granty-i18n).

mod reminders;

pub use reminders::{due_offset, overdue_offsets, Offset, ReminderKind, ReminderSettings};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Something that happened and should be told to someone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    ApplicationSubmitted {
        call_title: String,
        application_title: String,
        organisation_name: String,
        receipt_number: String,
        submitted_at: DateTime<Utc>,
        /// True for a corrected version.
        correction: bool,
        /// SHA-256 of the submitted content, printed on the receipt as evidence.
        #[serde(default)]
        content_sha256: String,
    },
    CorrectionRequested {
        call_title: String,
        application_title: String,
        deficiencies: Vec<String>,
        due: DateTime<Utc>,
        /// Why the office asks, as the clerk typed it (may be empty); absent in older rows.
        #[serde(default)]
        justification: String,
    },
    FormallyAccepted {
        call_title: String,
        application_title: String,
    },
    FormallyRejected {
        call_title: String,
        application_title: String,
        reason: String,
    },
    /// A new account's email address must be confirmed through the link.
    AccountConfirmation { display_name: String },
    /// Someone asked to reset the password; the link sets a new one.
    PasswordReset { display_name: String },
    /// Too many wrong passwords: logins to the account are refused until `until`. Tells the
    /// owner, who may not have been the one trying.
    AccountLocked {
        display_name: String,
        failures: u32,
        until: DateTime<Utc>,
    },
    /// A member of an organisation invites someone to work on its offers; the link accepts.
    OrganisationInvitation {
        inviter_name: String,
        organisation_name: String,
        tenant_name: String,
        expires_at: DateTime<Utc>,
    },
    /// The clerk reopened a committee member's submitted scoring card; the member may change it
    /// and submit it again.
    ScorecardReopened {
        call_title: String,
        application_title: String,
        reason: String,
    },
    /// The clerk appointed the recipient to a call's committee; the link opens the declaration
    /// of impartiality, which comes before any offer.
    CommitteeAppointed {
        call_title: String,
        /// `official`, `ngo_nominee` or `adviser`.
        member_kind: String,
        /// The nominating organisation of an NGO nominee (empty otherwise).
        #[serde(default)]
        nominated_by: String,
    },
    /// A member declared a tie to applicants: the clerk is asked to reassign these offers.
    ReassignmentNeeded {
        call_title: String,
        member_name: String,
        application_titles: Vec<String>,
    },
    /// The results are published: the offer was chosen, for `amount`; when less than
    /// `requested`, the applicant files an updated estimate or withdraws.
    ResultChosen {
        call_title: String,
        application_title: String,
        amount: crate::Money,
        requested: crate::Money,
        update_needed: bool,
    },
    /// The results are published: the offer was not chosen; its score in hundredths of a point.
    ResultNotChosen {
        call_title: String,
        application_title: String,
        total_centi: Option<i64>,
    },
    /// To the clerks: an applicant filed its updated estimate, or withdrew from the award.
    AwardUpdateFiled {
        call_title: String,
        application_title: String,
        organisation_name: String,
        withdrawn: bool,
    },
    /// To the applicant: the clerk accepted its updated estimate (the award is final) or
    /// returned it with a comment.
    AwardUpdateReviewed {
        call_title: String,
        application_title: String,
        accepted: bool,
        comment: String,
    },
    /// To whoever asked: the office's justification of a choice or rejection (art. 15 ust. 2i).
    JustificationAnswered {
        call_title: String,
        question: String,
        answer: String,
    },
    /// To every applicant: the call was cancelled (art. 18a); `ground` is `no_offers` or
    /// `none_valid`.
    CallCancelled {
        call_title: String,
        ground: String,
        reason: String,
    },
    /// To the organisation's members: the agreement (or annex `annex_no`) is ready to sign.
    AgreementReady {
        agreement_number: String,
        task_title: String,
        #[serde(default)]
        annex_no: Option<i32>,
    },
    /// To the organisation's members and the clerks: every party signed the agreement (or the
    /// annex); the task is in realisation.
    AgreementSigned {
        agreement_number: String,
        task_title: String,
        #[serde(default)]
        annex_no: Option<i32>,
    },
    /// To the organisation's members: a transfer of the grant was recorded.
    TranchePaid {
        agreement_number: String,
        task_title: String,
        amount: crate::Money,
        paid_on: chrono::NaiveDate,
        /// Everything paid so far, this transfer included.
        paid_total: crate::Money,
    },
    /// To the organisation's members: the town recorded a control (art. 17) with its findings
    /// and, if any, recommendations to carry out by `recommendations_due`.
    ControlRecorded {
        agreement_number: String,
        task_title: String,
        held_on: chrono::NaiveDate,
        #[serde(default)]
        recommendations_due: Option<chrono::NaiveDate>,
    },
    /// To the organisation's members: the clerk decided on a report (`decision` is `accepted`,
    /// `corrections` or `rejected`). Corrections come with the comments per field and the day
    /// they are due; a rejection with its reason.
    ReportReviewed {
        agreement_number: String,
        task_title: String,
        decision: String,
        comments: Vec<String>,
        reason: String,
        correct_by: Option<chrono::NaiveDate>,
    },
    /// To the organisation's members: the clerk called for a report (`report_kind` is `partial`, with
    /// art. 18 ust. 3, or `final`, the written call of § 9 of the model agreement), due on `due_on`.
    ReportCalled {
        agreement_number: String,
        task_title: String,
        report_kind: String,
        due_on: chrono::NaiveDate,
    },
    /// To the organisation's members: no final report came within the written call's days, so
    /// the whole grant paid, `amount`, counts as misused (§ 9 of the model agreement, ufp art.
    /// 252): returned by `due_on`, with interest from the day of each transfer.
    MisuseRecorded {
        agreement_number: String,
        task_title: String,
        amount: crate::Money,
        due_on: chrono::NaiveDate,
    },
    Reminder {
        reminder: ReminderKind,
        /// What a report or return reminder is about (absent for the other kinds).
        #[serde(default)]
        about: Option<ReminderAbout>,
        offset: Offset,
        call_title: String,
        application_title: String,
        /// The deadline the reminder is about.
        target: DateTime<Utc>,
        /// For reminders about many objects (offers awaiting a check): how many are left.
        #[serde(default)]
        pending: u32,
    },
}

/// What a report or return reminder names besides the agreement and the task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "about", rename_all = "snake_case")]
pub enum ReminderAbout {
    /// A report: its kind (`partial`, `called` or `final`) and the period it covers.
    Report {
        report_kind: String,
        period_from: chrono::NaiveDate,
        period_to: chrono::NaiveDate,
    },
    /// The returns due on one day: what is left of their principal, and of the interest
    /// charged on the agreement's returns so far.
    Return {
        amount: crate::Money,
        interest: crate::Money,
    },
}

impl Event {
    /// A short stable code, used in logs and the admin list.
    pub fn code(&self) -> &'static str {
        match self {
            Event::ApplicationSubmitted { .. } => "application_submitted",
            Event::CorrectionRequested { .. } => "correction_requested",
            Event::FormallyAccepted { .. } => "formally_accepted",
            Event::FormallyRejected { .. } => "formally_rejected",
            Event::AccountConfirmation { .. } => "account_confirmation",
            Event::PasswordReset { .. } => "password_reset",
            Event::AccountLocked { .. } => "account_locked",
            Event::OrganisationInvitation { .. } => "organisation_invitation",
            Event::ScorecardReopened { .. } => "scorecard_reopened",
            Event::CommitteeAppointed { .. } => "committee_appointed",
            Event::ReassignmentNeeded { .. } => "reassignment_needed",
            Event::ResultChosen { .. } => "result_chosen",
            Event::ResultNotChosen { .. } => "result_not_chosen",
            Event::AwardUpdateFiled { .. } => "award_update_filed",
            Event::AwardUpdateReviewed { .. } => "award_update_reviewed",
            Event::JustificationAnswered { .. } => "justification_answered",
            Event::CallCancelled { .. } => "call_cancelled",
            Event::AgreementReady { .. } => "agreement_ready",
            Event::AgreementSigned { .. } => "agreement_signed",
            Event::TranchePaid { .. } => "tranche_paid",
            Event::ControlRecorded { .. } => "control_recorded",
            Event::ReportReviewed { .. } => "report_reviewed",
            Event::ReportCalled { .. } => "report_called",
            Event::MisuseRecorded { .. } => "misuse_recorded",
            Event::Reminder { reminder, .. } => reminder.code(),
        }
    }
}
