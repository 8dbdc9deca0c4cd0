//! Broken rules, named: a field path (`costs[3].unit_cost`), a machine code and the values a
//! message needs (`Rule::args`). The sentence a person reads lives in the message catalogue
//! (granty-i18n), under the id `rule-<code>`.

use crate::money::{Money, Percent};
use chrono::NaiveDate;
use serde::Serialize;

mod codes;

/// One rule broken by one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// Path of the field, e.g. `nip`, `schedule[0].end`, `costs[3].unit_cost`.
    pub field: String,
    pub rule: Rule,
}

impl Violation {
    pub fn new(field: impl Into<String>, rule: Rule) -> Violation {
        Violation {
            field: field.into(),
            rule,
        }
    }
}

/// The rules Granty enforces, each with the values its message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    // Generic field rules.
    Required,
    TooLong {
        max: usize,
    },
    TooShort {
        min: usize,
    },
    InvalidValue,
    InvalidEmail,
    InvalidNumber,
    TooManyDecimals {
        max: u32,
    },
    MustBePositive,
    MustNotBeNegative,
    AmountTooLarge,
    /// A sum of amounts that each fit but together pass the largest amount Granty holds.
    SumTooLarge,
    /// NUL or another control character, which no text may hold.
    ForbiddenCharacter,
    CurrencyMismatch {
        expected: crate::Currency,
    },
    PercentOutOfRange,
    EndBeforeStart,
    TooManyItems {
        max: usize,
    },
    UnknownReference,
    Duplicate,
    PasswordsDiffer,
    WholeNumberBetween {
        min: u32,
        max: u32,
    },
    // Organisation members.
    AlreadyMember,
    LastMember,
    AlreadyInvited,
    StaffAccount,
    // Identifiers.
    NipLength,
    NipChecksum,
    RegonLength,
    RegonChecksum,
    KrsFormat,
    IbanCountry,
    IbanLength,
    IbanCharacters,
    IbanChecksum,
    /// A NIP or REGON of zeros only passes the checksum but names nobody.
    AllZeros,
    // Calls.
    MinGrantAboveMaxGrant,
    MaxGrantAboveBudget {
        budget: Money,
    },
    DeadlineNotAfterOpening,
    DeadlineInPast,
    DeadlineTooSoon {
        days: i64,
        minimum: i64,
    },
    RealisationStartsBeforeDeadline,
    NoCriteria,
    /// A criterion of art. 15 ust. 1 (`point`) left out of a call that must weigh it.
    StatutoryCriterionMissing {
        point: u8,
    },
    /// Art. 15 ust. 1 pkt 4 in a call that entrusts a task (powierzenie).
    OwnMeansCriterionOnlyForSupport,
    PublicationDateInFuture,
    /// A pass/fail criterion (gate) with points: it carries none.
    GateCarriesNoPoints,
    /// A criterion of art. 15 ust. 1 made pass/fail: the law weighs it, so it is scored.
    StatutoryCriterionNotGate,
    // Scoring cards.
    /// More points than the criterion's maximum.
    PointsAboveMaximum {
        max: u32,
    },
    /// Half points where the call scores in whole points.
    HalfPointsNotAllowed,
    /// A justification shorter than the call's minimum (visible characters).
    JustificationTooShort {
        min: u32,
        actual: u32,
    },
    /// A scored criterion left without points on a card being submitted.
    PointsRequired,
    /// A pass/fail criterion left unanswered on a card being submitted.
    PassFailRequired,
    // Offers.
    DateOutsideWindow {
        from: NaiveDate,
        to: NaiveDate,
    },
    NoActions,
    NoCostLines,
    UnknownAction {
        action_no: usize,
    },
    ActionWithoutCosts,
    YearValuesCount {
        expected: usize,
    },
    YearValuesSum {
        total: Money,
    },
    GrantPartAboveLine {
        line: Money,
    },
    GrantPartsSum {
        grant: Money,
    },
    GrantPartsNotAllowed,
    TotalsDiffer {
        costs: Money,
        sources: Money,
    },
    GrantBelowMinimum {
        minimum: Money,
    },
    GrantAboveMaximum {
        maximum: Money,
    },
    OwnContributionTooLow {
        required: Percent,
        actual: Percent,
    },
    FinancialContributionTooLow {
        required: Percent,
        actual: Percent,
    },
    NonFinancialContributionTooLow {
        required: Percent,
        actual: Percent,
    },
    AdminCostsAboveCap {
        cap: Percent,
        actual: Percent,
    },
    AttachmentMissing {
        name: String,
    },
    DeclarationRequired,
    PaidNotAllowedForSimpleAssociation,
    /// Fees from participants while the offer declares unpaid activity only.
    FeesWithoutPaidActivity,
    /// Fees from participants in an offer of a simple association, which runs no paid activity.
    FeesNotAllowedForSimpleAssociation,
    /// The V.B row "other public funds" while the town's form has no such row.
    OtherPublicFundsNotAllowed,
    /// A task longer than the longest agreement (art. 16 ust. 3: five years).
    TaskTooLong {
        max_years: u32,
    },
    PartnerIsApplicant,
    PartnerSharesAboveTotal {
        total: Money,
    },
    // Formal check.
    DeficienciesRequired,
    ReasonRequired,
    AcceptedWithUnmetCondition,
    // Awards.
    /// More than the offer asked for.
    AwardAboveRequest {
        requested: Money,
    },
    /// More than is left of the call's pool at this row of the ranking.
    AwardAbovePool {
        left: Money,
    },
    /// Less than the call's minimum grant.
    AwardBelowMinimum {
        minimum: Money,
    },
    /// The applicant has an overdue report or an unpaid return and the town blocks such awards.
    ApplicantFlagged,
    /// Two members' totals diverge and the clerk has not resolved it yet.
    DivergenceUnresolved,
    // Attachments.
    FileTooLarge {
        max_bytes: u64,
    },
    FileTypeNotAllowed {
        allowed: String,
    },
    /// The bytes are not of an accepted type, whatever the name or the declared type say
    /// (HTML or an executable named `.pdf`).
    FileContentNotAllowed {
        allowed: String,
    },
    FileEmpty,
    // Committee and assignment (art. 15 ust. 2a–2f).
    /// A nominee of an organisation that applied in the call (art. 15 ust. 2d).
    NomineeOfApplicant {
        organisation: String,
    },
    /// An NGO nominee without the organisation that nominated them.
    NominatorRequired,
    /// A committee without NGO nominees needs one of the reasons of art. 15 ust. 2da.
    NoNgoReasonRequired,
    /// The user is not an evaluator of the town.
    NotAnEvaluator,
    /// The person already sits on this committee.
    AlreadyOnCommittee,
    /// The declaration of impartiality is signed once per call.
    AlreadyDeclared,
    /// The member is excluded from this offer (a declared tie).
    MemberExcluded,
    /// Not an active scoring member of this call's committee.
    NotOnCommittee,
    /// No member of the committee scores.
    NoScoringMembers,
    // Results, updated estimates, justifications, cancellation.
    /// An updated estimate must ask for exactly the amount awarded.
    UpdateGrantDiffers {
        award: Money,
    },
    /// An updated estimate may not lower the own contribution's share of the total.
    UpdateOwnShareFell {
        before: Percent,
        after: Percent,
    },
    /// An updated estimate may not drop an action or a result of the filed offer.
    UpdateScopeRemoved {
        name: String,
    },
    /// The award is not waiting for this step of its update (already filed, accepted, withdrawn,
    /// or never needed).
    UpdateNotExpected,
    /// The results cannot be published while formally accepted offers have no award decision.
    AwardsMissing {
        count: usize,
    },
    /// The results cannot be published before the executive's decision is recorded.
    DecisionMissing,
    /// No offer has an award decision (none was formally accepted): such a call is cancelled
    /// under art. 18a, not given empty results.
    NothingToPublish,
    /// The period for asking for a justification ended (art. 15 ust. 2i).
    JustificationPeriodOver {
        closed_on: NaiveDate,
    },
    /// Cancelling for "no offers" while offers were submitted.
    CancelOffersExist {
        count: usize,
    },
    /// Cancelling for "none meets the requirements" while an offer passed (or may pass) the
    /// formal check.
    CancelValidOfferExists {
        count: usize,
    },
    // Agreements (art. 16; the 2018 model agreement).
    /// Only a draft agreement (or annex) is edited or made ready.
    AgreementNotDraft,
    /// A draft is not signed: it is made ready (and its PDF frozen) first.
    SigningADraft,
    /// The organisation signs after the town.
    TownNotSigned,
    /// This party has already signed this version.
    AlreadySigned,
    /// The step needs an agreement in force (signed by every party, not ended).
    AgreementNotInForce,
    /// A settled or terminated agreement takes no annex.
    AnnexOnSettled,
    /// An annex is already being prepared or signed.
    AnnexPending,
    /// An annex must change something.
    NothingChanged,
    /// No grant is paid before every party signed, nor dated before the signing.
    PaymentBeforeSigning,
    /// The agreement is settled or terminated.
    AgreementClosed,
    /// The payments would add up to more than the grant.
    PaymentAboveGrant {
        left: Money,
    },
    /// The date lies in the future.
    DateInFuture,
    /// The grant may not be used past the end of its budget year (ufp art. 251).
    UseByAfterBudgetYear {
        last: NaiveDate,
    },
    /// The tranches must add up to the grant.
    TranchesSumDiffers {
        grant: Money,
    },
    /// Too few signatories named for a party (`town` or `organisation`).
    SignatoriesMissing {
        party: &'static str,
        required: usize,
    },
    /// The award is not final: not awarded, results unpublished, or its update not accepted.
    AwardNotFinal,
    /// The signed copy carries fewer valid signatures than the representation rule needs.
    TooFewSignatures {
        required: usize,
        found: usize,
    },
    /// A signature's certificate does not chain to an anchor the town trusts.
    SignatureUntrusted,
    /// The file is not a signed PDF of this agreement, or a signature does not verify.
    SignatureInvalid,
    /// The town takes no scans: the copy must carry electronic signatures.
    ScansNotAllowed,
    /// A town's interest rate must start after `last` (the shipped table's last day, or the row
    /// before it).
    InterestRateDayNotAfter {
        last: NaiveDate,
    },
    /// The tax-arrears rate is never under 8 % a year (tax ordinance art. 56 § 1a).
    InterestRateBelowMinimum,
    /// The agreement is settled only once its returns and their interest are paid.
    ReturnsUnpaid {
        left: Money,
    },
    /// No return was decided for the agreement: there is nothing to pay back.
    NoReturnsDue,
    // Reports (art. 18; Annex 5).
    /// The report is submitted, accepted or rejected: the organisation no longer edits it.
    ReportNotEditable,
    /// The agreement owes no report of this kind for this period.
    ReportNotDue,
    /// Only a submitted report is reviewed (it was decided already, or is still a draft).
    ReportNotSubmitted,
    /// A call for a partial report must leave at least `days` days after its delivery (art. 18
    /// ust. 3).
    PartialCallTooShort {
        days: i64,
    },
    /// The written call is only for a final report that is overdue and not filed.
    ReportNotOverdue,
    /// The lines' grant parts must add up to the grant reported as used.
    ReportGrantPartsSum {
        grant: Money,
    },
    /// More grant reported as used than was transferred.
    GrantUsedAbovePaid {
        paid: Money,
    },
    /// A document's part paid from the grant exceeds its amount.
    DocumentGrantAboveAmount {
        amount: Money,
    },
    /// The documents' grant parts must add up to the grant reported as used.
    DocumentsGrantSum {
        grant: Money,
    },
    // The misuse case (§ 9 of the model agreement; ufp art. 252).
    /// The grant counts as misused only after a written call for the final report.
    NoWrittenCall,
    /// The written call's days run until `until` (inclusive): the report may still come.
    WrittenCallRunning {
        until: NaiveDate,
    },
    /// The final report arrived: the grant is settled on it, not as misused.
    FinalReportArrived,
    /// The grant was found misused after the written call: the final report is closed.
    MisuseRecorded,
}

/// A value a rule's message shows, typed so that each language writes it its own way (an amount as
/// `1 234,56 zł` or `PLN 1,234.56`, a count that picks the plural form).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleValue<'a> {
    Number(i64),
    Money(Money),
    Percent(Percent),
    Date(NaiveDate),
    Text(&'a str),
}

/// A collection of violations gathered while checking one input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    pub fn new() -> Violations {
        Violations(Vec::new())
    }

    pub fn push(&mut self, field: impl Into<String>, rule: Rule) {
        self.0.push(Violation::new(field, rule));
    }

    pub fn extend(&mut self, other: Violations) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Violation> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was violated.
    pub fn into_result<T>(self, value: T) -> Result<T, Violations> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// Checks a required, length-limited text field; returns the trimmed text. Text of
    /// invisible characters only (zero-width spaces, bidi marks) is empty.
    pub fn text(&mut self, field: &str, value: &str, max: usize) -> String {
        if crate::text::is_blank(value) {
            self.push(field, Rule::Required);
            return value.trim().to_string();
        }
        self.optional_text(field, value, max)
    }

    /// Checks an optional, length-limited text field that holds no control character.
    pub fn optional_text(&mut self, field: &str, value: &str, max: usize) -> String {
        let trimmed = value.trim();
        if crate::text::has_forbidden(trimmed) {
            self.push(field, Rule::ForbiddenCharacter);
        } else if trimmed.chars().count() > max {
            self.push(field, Rule::TooLong { max });
        }
        trimmed.to_string()
    }
}

/// What a client receives for one violation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}
