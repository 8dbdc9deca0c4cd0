//! Each rule's stable code and the values its message shows.

use super::{Rule, RuleValue};

impl Rule {
    /// The stable machine code clients can switch on.
    pub fn code(&self) -> &'static str {
        match self {
            Rule::Required => "required",
            Rule::TooLong { .. } => "too_long",
            Rule::TooShort { .. } => "too_short",
            Rule::InvalidValue => "invalid_value",
            Rule::InvalidEmail => "invalid_email",
            Rule::InvalidNumber => "invalid_number",
            Rule::TooManyDecimals { .. } => "too_many_decimals",
            Rule::MustBePositive => "must_be_positive",
            Rule::MustNotBeNegative => "must_not_be_negative",
            Rule::AmountTooLarge => "amount_too_large",
            Rule::SumTooLarge => "sum_too_large",
            Rule::ForbiddenCharacter => "forbidden_character",
            Rule::CurrencyMismatch { .. } => "currency_mismatch",
            Rule::PercentOutOfRange => "percent_out_of_range",
            Rule::EndBeforeStart => "end_before_start",
            Rule::TooManyItems { .. } => "too_many_items",
            Rule::UnknownReference => "unknown_reference",
            Rule::Duplicate => "duplicate",
            Rule::PasswordsDiffer => "passwords_differ",
            Rule::WholeNumberBetween { .. } => "whole_number_between",
            Rule::AlreadyMember => "already_member",
            Rule::LastMember => "last_member",
            Rule::AlreadyInvited => "already_invited",
            Rule::StaffAccount => "staff_account",
            Rule::NipLength => "nip_length",
            Rule::NipChecksum => "nip_checksum",
            Rule::RegonLength => "regon_length",
            Rule::RegonChecksum => "regon_checksum",
            Rule::KrsFormat => "krs_format",
            Rule::IbanCountry => "iban_country",
            Rule::IbanLength => "iban_length",
            Rule::IbanCharacters => "iban_characters",
            Rule::IbanChecksum => "iban_checksum",
            Rule::AllZeros => "all_zeros",
            Rule::MinGrantAboveMaxGrant => "min_grant_above_max_grant",
            Rule::MaxGrantAboveBudget { .. } => "max_grant_above_budget",
            Rule::DeadlineNotAfterOpening => "deadline_not_after_opening",
            Rule::DeadlineInPast => "deadline_in_past",
            Rule::DeadlineTooSoon { .. } => "deadline_too_soon",
            Rule::RealisationStartsBeforeDeadline => "realisation_starts_before_deadline",
            Rule::NoCriteria => "no_criteria",
            Rule::StatutoryCriterionMissing { .. } => "statutory_criterion_missing",
            Rule::OwnMeansCriterionOnlyForSupport => "own_means_criterion_only_for_support",
            Rule::PublicationDateInFuture => "publication_date_in_future",
            Rule::GateCarriesNoPoints => "gate_carries_no_points",
            Rule::StatutoryCriterionNotGate => "statutory_criterion_not_gate",
            Rule::PointsAboveMaximum { .. } => "points_above_maximum",
            Rule::HalfPointsNotAllowed => "half_points_not_allowed",
            Rule::JustificationTooShort { .. } => "justification_too_short",
            Rule::PointsRequired => "points_required",
            Rule::PassFailRequired => "pass_fail_required",
            Rule::DateOutsideWindow { .. } => "date_outside_window",
            Rule::NoActions => "no_actions",
            Rule::NoCostLines => "no_cost_lines",
            Rule::UnknownAction { .. } => "unknown_action",
            Rule::ActionWithoutCosts => "action_without_costs",
            Rule::YearValuesCount { .. } => "year_values_count",
            Rule::YearValuesSum { .. } => "year_values_sum",
            Rule::GrantPartAboveLine { .. } => "grant_part_above_line",
            Rule::GrantPartsSum { .. } => "grant_parts_sum",
            Rule::GrantPartsNotAllowed => "grant_parts_not_allowed",
            Rule::TotalsDiffer { .. } => "totals_differ",
            Rule::GrantBelowMinimum { .. } => "grant_below_minimum",
            Rule::GrantAboveMaximum { .. } => "grant_above_maximum",
            Rule::OwnContributionTooLow { .. } => "own_contribution_too_low",
            Rule::FinancialContributionTooLow { .. } => "financial_contribution_too_low",
            Rule::NonFinancialContributionTooLow { .. } => "non_financial_contribution_too_low",
            Rule::AdminCostsAboveCap { .. } => "admin_costs_above_cap",
            Rule::AttachmentMissing { .. } => "attachment_missing",
            Rule::DeclarationRequired => "declaration_required",
            Rule::PaidNotAllowedForSimpleAssociation => "paid_not_allowed_for_simple_association",
            Rule::FeesWithoutPaidActivity => "fees_without_paid_activity",
            Rule::FeesNotAllowedForSimpleAssociation => "fees_not_allowed_for_simple_association",
            Rule::OtherPublicFundsNotAllowed => "other_public_funds_not_allowed",
            Rule::TaskTooLong { .. } => "task_too_long",
            Rule::PartnerIsApplicant => "partner_is_applicant",
            Rule::PartnerSharesAboveTotal { .. } => "partner_shares_above_total",
            Rule::DeficienciesRequired => "deficiencies_required",
            Rule::ReasonRequired => "reason_required",
            Rule::AcceptedWithUnmetCondition => "accepted_with_unmet_condition",
            Rule::AwardAboveRequest { .. } => "award_above_request",
            Rule::AwardAbovePool { .. } => "award_above_pool",
            Rule::AwardBelowMinimum { .. } => "award_below_minimum",
            Rule::ApplicantFlagged => "applicant_flagged",
            Rule::DivergenceUnresolved => "divergence_unresolved",
            Rule::FileTooLarge { .. } => "file_too_large",
            Rule::FileTypeNotAllowed { .. } => "file_type_not_allowed",
            Rule::FileContentNotAllowed { .. } => "file_content_not_allowed",
            Rule::FileEmpty => "file_empty",
            Rule::NomineeOfApplicant { .. } => "nominee_of_applicant",
            Rule::NominatorRequired => "nominator_required",
            Rule::NoNgoReasonRequired => "no_ngo_reason_required",
            Rule::NotAnEvaluator => "not_an_evaluator",
            Rule::AlreadyOnCommittee => "already_on_committee",
            Rule::AlreadyDeclared => "already_declared",
            Rule::MemberExcluded => "member_excluded",
            Rule::NotOnCommittee => "not_on_committee",
            Rule::NoScoringMembers => "no_scoring_members",
            Rule::UpdateGrantDiffers { .. } => "update_grant_differs",
            Rule::UpdateOwnShareFell { .. } => "update_own_share_fell",
            Rule::UpdateScopeRemoved { .. } => "update_scope_removed",
            Rule::UpdateNotExpected => "update_not_expected",
            Rule::AwardsMissing { .. } => "awards_missing",
            Rule::DecisionMissing => "decision_missing",
            Rule::NothingToPublish => "nothing_to_publish",
            Rule::JustificationPeriodOver { .. } => "justification_period_over",
            Rule::CancelOffersExist { .. } => "cancel_offers_exist",
            Rule::CancelValidOfferExists { .. } => "cancel_valid_offer_exists",
            Rule::AgreementNotDraft => "agreement_not_draft",
            Rule::SigningADraft => "signing_a_draft",
            Rule::TownNotSigned => "town_not_signed",
            Rule::AlreadySigned => "already_signed",
            Rule::AgreementNotInForce => "agreement_not_in_force",
            Rule::AnnexOnSettled => "annex_on_settled",
            Rule::AnnexPending => "annex_pending",
            Rule::NothingChanged => "nothing_changed",
            Rule::PaymentBeforeSigning => "payment_before_signing",
            Rule::AgreementClosed => "agreement_closed",
            Rule::PaymentAboveGrant { .. } => "payment_above_grant",
            Rule::DateInFuture => "date_in_future",
            Rule::UseByAfterBudgetYear { .. } => "use_by_after_budget_year",
            Rule::TranchesSumDiffers { .. } => "tranches_sum_differs",
            Rule::SignatoriesMissing { .. } => "signatories_missing",
            Rule::AwardNotFinal => "award_not_final",
            Rule::TooFewSignatures { .. } => "too_few_signatures",
            Rule::SignatureUntrusted => "signature_untrusted",
            Rule::SignatureInvalid => "signature_invalid",
            Rule::ScansNotAllowed => "scans_not_allowed",
            Rule::InterestRateDayNotAfter { .. } => "interest_rate_day_not_after",
            Rule::InterestRateBelowMinimum => "interest_rate_below_minimum",
            Rule::ReturnsUnpaid { .. } => "returns_unpaid",
            Rule::NoReturnsDue => "no_returns_due",
            Rule::ReportNotEditable => "report_not_editable",
            Rule::ReportNotDue => "report_not_due",
            Rule::ReportNotSubmitted => "report_not_submitted",
            Rule::PartialCallTooShort { .. } => "partial_call_too_short",
            Rule::ReportNotOverdue => "report_not_overdue",
            Rule::ReportGrantPartsSum { .. } => "report_grant_parts_sum",
            Rule::GrantUsedAbovePaid { .. } => "grant_used_above_paid",
            Rule::DocumentGrantAboveAmount { .. } => "document_grant_above_amount",
            Rule::DocumentsGrantSum { .. } => "documents_grant_sum",
            Rule::NoWrittenCall => "no_written_call",
            Rule::WrittenCallRunning { .. } => "written_call_running",
            Rule::FinalReportArrived => "final_report_arrived",
            Rule::MisuseRecorded => "misuse_recorded",
        }
    }
}

impl Rule {
    /// The values the rule's message shows, by name (the names the catalogue's messages use).
    pub fn args(&self) -> Vec<(&'static str, RuleValue<'_>)> {
        use RuleValue::{Date, Money as Amount, Percent as Share, Text};
        let count = |n: usize| RuleValue::Number(i64::try_from(n).unwrap_or(i64::MAX));
        match self {
            Rule::TooLong { max } | Rule::TooManyItems { max } => vec![("max", count(*max))],
            Rule::UpdateGrantDiffers { award } => vec![("award", Amount(*award))],
            Rule::UpdateOwnShareFell { before, after } => {
                vec![("before", Share(*before)), ("after", Share(*after))]
            }
            Rule::UpdateScopeRemoved { name } => vec![("name", Text(name))],
            Rule::PaymentAboveGrant { left } | Rule::ReturnsUnpaid { left } => {
                vec![("left", Amount(*left))]
            }
            Rule::UseByAfterBudgetYear { last } | Rule::InterestRateDayNotAfter { last } => {
                vec![("last", Date(*last))]
            }
            Rule::WrittenCallRunning { until } => vec![("last_day", Date(*until))],
            Rule::TranchesSumDiffers { grant }
            | Rule::ReportGrantPartsSum { grant }
            | Rule::DocumentsGrantSum { grant } => vec![("grant", Amount(*grant))],
            Rule::GrantUsedAbovePaid { paid } => vec![("paid", Amount(*paid))],
            Rule::DocumentGrantAboveAmount { amount } => vec![("amount", Amount(*amount))],
            Rule::PartialCallTooShort { days } => vec![("days", RuleValue::Number(*days))],
            Rule::SignatoriesMissing { party, required } => {
                vec![("party", Text(party)), ("required", count(*required))]
            }
            Rule::TooFewSignatures { required, found } => {
                vec![("required", count(*required)), ("found", count(*found))]
            }
            Rule::AwardsMissing { count: n }
            | Rule::CancelOffersExist { count: n }
            | Rule::CancelValidOfferExists { count: n } => vec![("count", count(*n))],
            Rule::JustificationPeriodOver { closed_on } => vec![("closed_on", Date(*closed_on))],
            Rule::TooShort { min } => vec![("min", count(*min))],
            Rule::TooManyDecimals { max } => vec![("max", RuleValue::Number(i64::from(*max)))],
            Rule::CurrencyMismatch { expected } => vec![("expected", Text(expected.code()))],
            Rule::WholeNumberBetween { min, max } => vec![
                ("min", RuleValue::Number(i64::from(*min))),
                ("max", RuleValue::Number(i64::from(*max))),
            ],
            Rule::MaxGrantAboveBudget { budget } => vec![("budget", Amount(*budget))],
            Rule::DeadlineTooSoon { days, minimum } => vec![
                ("days", RuleValue::Number(*days)),
                ("minimum", RuleValue::Number(*minimum)),
            ],
            Rule::DateOutsideWindow { from, to } => vec![("from", Date(*from)), ("to", Date(*to))],
            Rule::UnknownAction { action_no } => vec![("action_no", count(*action_no))],
            Rule::YearValuesCount { expected } => vec![("expected", count(*expected))],
            Rule::YearValuesSum { total } | Rule::PartnerSharesAboveTotal { total } => {
                vec![("total", Amount(*total))]
            }
            Rule::GrantPartAboveLine { line } => vec![("line", Amount(*line))],
            Rule::GrantPartsSum { grant } => vec![("grant", Amount(*grant))],
            Rule::TotalsDiffer { costs, sources } => {
                vec![("costs", Amount(*costs)), ("sources", Amount(*sources))]
            }
            Rule::GrantBelowMinimum { minimum } => vec![("minimum", Amount(*minimum))],
            Rule::AwardAboveRequest { requested } => vec![("requested", Amount(*requested))],
            Rule::AwardAbovePool { left } => vec![("left", Amount(*left))],
            Rule::AwardBelowMinimum { minimum } => vec![("minimum", Amount(*minimum))],
            Rule::GrantAboveMaximum { maximum } => vec![("maximum", Amount(*maximum))],
            Rule::OwnContributionTooLow { required, actual }
            | Rule::FinancialContributionTooLow { required, actual }
            | Rule::NonFinancialContributionTooLow { required, actual } => {
                vec![("required", Share(*required)), ("actual", Share(*actual))]
            }
            Rule::AdminCostsAboveCap { cap, actual } => {
                vec![("cap", Share(*cap)), ("actual", Share(*actual))]
            }
            Rule::AttachmentMissing { name } => vec![("name", Text(name))],
            Rule::NomineeOfApplicant { organisation } => {
                vec![("organisation", Text(organisation))]
            }
            // Limits are whole megabytes (decimal, as upload forms state them).
            Rule::FileTooLarge { max_bytes } => vec![(
                "max_megabytes",
                RuleValue::Number(i64::try_from(max_bytes / 1_000_000).unwrap_or(i64::MAX)),
            )],
            Rule::FileTypeNotAllowed { allowed } | Rule::FileContentNotAllowed { allowed } => {
                vec![("allowed", Text(allowed))]
            }
            Rule::StatutoryCriterionMissing { point } => {
                vec![("point", RuleValue::Number(i64::from(*point)))]
            }
            Rule::PointsAboveMaximum { max } => vec![("max", RuleValue::Number(i64::from(*max)))],
            Rule::JustificationTooShort { min, actual } => vec![
                ("min", RuleValue::Number(i64::from(*min))),
                ("actual", RuleValue::Number(i64::from(*actual))),
            ],
            Rule::TaskTooLong { max_years } => {
                vec![("max_years", RuleValue::Number(i64::from(*max_years)))]
            }
            Rule::AllZeros
            | Rule::GateCarriesNoPoints
            | Rule::StatutoryCriterionNotGate
            | Rule::HalfPointsNotAllowed
            | Rule::PointsRequired
            | Rule::PassFailRequired
            | Rule::OwnMeansCriterionOnlyForSupport
            | Rule::PublicationDateInFuture
            | Rule::FeesWithoutPaidActivity
            | Rule::FeesNotAllowedForSimpleAssociation
            | Rule::OtherPublicFundsNotAllowed
            | Rule::Required
            | Rule::InvalidValue
            | Rule::InvalidEmail
            | Rule::InvalidNumber
            | Rule::MustBePositive
            | Rule::MustNotBeNegative
            | Rule::AmountTooLarge
            | Rule::SumTooLarge
            | Rule::ForbiddenCharacter
            | Rule::PercentOutOfRange
            | Rule::EndBeforeStart
            | Rule::UnknownReference
            | Rule::Duplicate
            | Rule::PasswordsDiffer
            | Rule::AlreadyMember
            | Rule::LastMember
            | Rule::AlreadyInvited
            | Rule::StaffAccount
            | Rule::NipLength
            | Rule::NipChecksum
            | Rule::RegonLength
            | Rule::RegonChecksum
            | Rule::KrsFormat
            | Rule::IbanCountry
            | Rule::IbanLength
            | Rule::IbanCharacters
            | Rule::IbanChecksum
            | Rule::MinGrantAboveMaxGrant
            | Rule::DeadlineNotAfterOpening
            | Rule::DeadlineInPast
            | Rule::RealisationStartsBeforeDeadline
            | Rule::NoCriteria
            | Rule::NoActions
            | Rule::NoCostLines
            | Rule::ActionWithoutCosts
            | Rule::GrantPartsNotAllowed
            | Rule::DeclarationRequired
            | Rule::PaidNotAllowedForSimpleAssociation
            | Rule::PartnerIsApplicant
            | Rule::DeficienciesRequired
            | Rule::ReasonRequired
            | Rule::AcceptedWithUnmetCondition
            | Rule::FileEmpty
            | Rule::UpdateNotExpected
            | Rule::DecisionMissing
            | Rule::NothingToPublish
            | Rule::ApplicantFlagged
            | Rule::DivergenceUnresolved
            | Rule::NominatorRequired
            | Rule::NoNgoReasonRequired
            | Rule::NotAnEvaluator
            | Rule::AlreadyOnCommittee
            | Rule::AlreadyDeclared
            | Rule::MemberExcluded
            | Rule::NotOnCommittee
            | Rule::NoScoringMembers
            | Rule::AgreementNotDraft
            | Rule::SigningADraft
            | Rule::TownNotSigned
            | Rule::AlreadySigned
            | Rule::AgreementNotInForce
            | Rule::AnnexOnSettled
            | Rule::AnnexPending
            | Rule::NothingChanged
            | Rule::PaymentBeforeSigning
            | Rule::AgreementClosed
            | Rule::DateInFuture
            | Rule::AwardNotFinal
            | Rule::SignatureUntrusted
            | Rule::SignatureInvalid
            | Rule::ScansNotAllowed
            | Rule::InterestRateBelowMinimum
            | Rule::NoReturnsDue => Vec::new(),
            Rule::ReportNotEditable
            | Rule::ReportNotDue
            | Rule::ReportNotSubmitted
            | Rule::ReportNotOverdue => Vec::new(),
            Rule::NoWrittenCall | Rule::FinalReportArrived | Rule::MisuseRecorded => Vec::new(),
        }
    }
}
