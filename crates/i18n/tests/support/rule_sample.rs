//! One `Rule` of every variant, for the message tests.

use chrono::NaiveDate;
use granty_domain::{Currency, Money, Percent, Rule};

pub fn pln(minor: i64) -> Money {
    Money::new(minor, Currency::PLN)
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// One rule of every variant, with values its message shows.
pub fn one_of_each() -> Vec<Rule> {
    let p = Percent::from_basis_points;
    vec![
        Rule::Required,
        Rule::TooLong { max: 300 },
        Rule::TooShort { min: 3 },
        Rule::InvalidValue,
        Rule::InvalidEmail,
        Rule::InvalidNumber,
        Rule::TooManyDecimals { max: 2 },
        Rule::MustBePositive,
        Rule::MustNotBeNegative,
        Rule::AmountTooLarge,
        Rule::CurrencyMismatch {
            expected: Currency::PLN,
        },
        Rule::PercentOutOfRange,
        Rule::EndBeforeStart,
        Rule::TooManyItems { max: 100 },
        Rule::UnknownReference,
        Rule::Duplicate,
        Rule::AlreadyMember,
        Rule::LastMember,
        Rule::AlreadyInvited,
        Rule::StaffAccount,
        Rule::NipLength,
        Rule::NipChecksum,
        Rule::RegonLength,
        Rule::RegonChecksum,
        Rule::KrsFormat,
        Rule::IbanCountry,
        Rule::IbanLength,
        Rule::IbanCharacters,
        Rule::IbanChecksum,
        Rule::AllZeros,
        Rule::MinGrantAboveMaxGrant,
        Rule::MaxGrantAboveBudget {
            budget: pln(15_000_000),
        },
        Rule::DeadlineNotAfterOpening,
        Rule::DeadlineInPast,
        Rule::DeadlineTooSoon {
            days: 20,
            minimum: 21,
        },
        Rule::RealisationStartsBeforeDeadline,
        Rule::NoCriteria,
        Rule::StatutoryCriterionMissing { point: 4 },
        Rule::OwnMeansCriterionOnlyForSupport,
        Rule::PublicationDateInFuture,
        Rule::PasswordsDiffer,
        Rule::WholeNumberBetween { min: 1, max: 90 },
        Rule::DateOutsideWindow {
            from: day(2027, 3, 1),
            to: day(2027, 12, 31),
        },
        Rule::NoActions,
        Rule::NoCostLines,
        Rule::UnknownAction { action_no: 3 },
        Rule::ActionWithoutCosts,
        Rule::YearValuesCount { expected: 2 },
        Rule::YearValuesSum {
            total: pln(123_456),
        },
        Rule::GrantPartAboveLine { line: pln(50_000) },
        Rule::GrantPartsSum {
            grant: pln(1_000_000),
        },
        Rule::GrantPartsNotAllowed,
        Rule::TotalsDiffer {
            costs: pln(1_200_000),
            sources: pln(1_100_000),
        },
        Rule::GrantBelowMinimum {
            minimum: pln(500_000),
        },
        Rule::GrantAboveMaximum {
            maximum: pln(3_000_000),
        },
        Rule::OwnContributionTooLow {
            required: p(1000),
            actual: p(850),
        },
        Rule::FinancialContributionTooLow {
            required: p(500),
            actual: p(250),
        },
        Rule::NonFinancialContributionTooLow {
            required: p(500),
            actual: p(0),
        },
        Rule::AdminCostsAboveCap {
            cap: p(1500),
            actual: p(1667),
        },
        Rule::AttachmentMissing {
            name: "Statut".into(),
        },
        Rule::DeclarationRequired,
        Rule::PaidNotAllowedForSimpleAssociation,
        Rule::FeesWithoutPaidActivity,
        Rule::FeesNotAllowedForSimpleAssociation,
        Rule::OtherPublicFundsNotAllowed,
        Rule::TaskTooLong { max_years: 5 },
        Rule::PartnerIsApplicant,
        Rule::PartnerSharesAboveTotal {
            total: pln(100_000),
        },
        Rule::DeficienciesRequired,
        Rule::ReasonRequired,
        Rule::AcceptedWithUnmetCondition,
        Rule::FileTooLarge {
            max_bytes: 20_000_000,
        },
        Rule::FileTypeNotAllowed {
            allowed: "PDF, JPG, PNG".into(),
        },
        Rule::FileEmpty,
        Rule::SumTooLarge,
        Rule::ForbiddenCharacter,
        Rule::FileContentNotAllowed {
            allowed: "PDF, JPG, PNG".into(),
        },
        Rule::UpdateGrantDiffers {
            award: pln(900_000),
        },
        Rule::UpdateOwnShareFell {
            before: p(1538),
            after: p(1000),
        },
        Rule::UpdateScopeRemoved {
            name: "Koncerty".into(),
        },
        Rule::UpdateNotExpected,
        Rule::AwardsMissing { count: 2 },
        Rule::DecisionMissing,
        Rule::JustificationPeriodOver {
            closed_on: day(2027, 2, 4),
        },
        Rule::CancelOffersExist { count: 3 },
        Rule::CancelValidOfferExists { count: 1 },
    ]
}

/// The variant's place in the sample. The match has no wildcard arm, so a variant added to
/// `Rule` does not compile here until it gets a place, and the test below then asks for a
/// sample of it.
pub fn place(rule: &Rule) -> usize {
    match rule {
        Rule::Required => 0,
        Rule::TooLong { .. } => 1,
        Rule::TooShort { .. } => 2,
        Rule::InvalidValue => 3,
        Rule::InvalidEmail => 4,
        Rule::InvalidNumber => 5,
        Rule::TooManyDecimals { .. } => 6,
        Rule::MustBePositive => 7,
        Rule::MustNotBeNegative => 8,
        Rule::AmountTooLarge => 9,
        Rule::CurrencyMismatch { .. } => 10,
        Rule::PercentOutOfRange => 11,
        Rule::EndBeforeStart => 12,
        Rule::TooManyItems { .. } => 13,
        Rule::UnknownReference => 14,
        Rule::Duplicate => 15,
        Rule::PasswordsDiffer => 16,
        Rule::WholeNumberBetween { .. } => 17,
        Rule::AlreadyMember => 18,
        Rule::LastMember => 19,
        Rule::AlreadyInvited => 20,
        Rule::StaffAccount => 21,
        Rule::NipLength => 22,
        Rule::NipChecksum => 23,
        Rule::RegonLength => 24,
        Rule::RegonChecksum => 25,
        Rule::KrsFormat => 26,
        Rule::IbanCountry => 27,
        Rule::IbanLength => 28,
        Rule::IbanCharacters => 29,
        Rule::IbanChecksum => 30,
        Rule::AllZeros => 31,
        Rule::MinGrantAboveMaxGrant => 32,
        Rule::MaxGrantAboveBudget { .. } => 33,
        Rule::DeadlineNotAfterOpening => 34,
        Rule::DeadlineInPast => 35,
        Rule::DeadlineTooSoon { .. } => 36,
        Rule::RealisationStartsBeforeDeadline => 37,
        Rule::NoCriteria => 38,
        Rule::StatutoryCriterionMissing { .. } => 39,
        Rule::OwnMeansCriterionOnlyForSupport => 40,
        Rule::PublicationDateInFuture => 41,
        Rule::DateOutsideWindow { .. } => 42,
        Rule::NoActions => 43,
        Rule::NoCostLines => 44,
        Rule::UnknownAction { .. } => 45,
        Rule::ActionWithoutCosts => 46,
        Rule::YearValuesCount { .. } => 47,
        Rule::YearValuesSum { .. } => 48,
        Rule::GrantPartAboveLine { .. } => 49,
        Rule::GrantPartsSum { .. } => 50,
        Rule::GrantPartsNotAllowed => 51,
        Rule::TotalsDiffer { .. } => 52,
        Rule::GrantBelowMinimum { .. } => 53,
        Rule::GrantAboveMaximum { .. } => 54,
        Rule::OwnContributionTooLow { .. } => 55,
        Rule::FinancialContributionTooLow { .. } => 56,
        Rule::NonFinancialContributionTooLow { .. } => 57,
        Rule::AdminCostsAboveCap { .. } => 58,
        Rule::AttachmentMissing { .. } => 59,
        Rule::DeclarationRequired => 60,
        Rule::PaidNotAllowedForSimpleAssociation => 61,
        Rule::FeesWithoutPaidActivity => 62,
        Rule::FeesNotAllowedForSimpleAssociation => 63,
        Rule::OtherPublicFundsNotAllowed => 64,
        Rule::TaskTooLong { .. } => 65,
        Rule::PartnerIsApplicant => 66,
        Rule::PartnerSharesAboveTotal { .. } => 67,
        Rule::DeficienciesRequired => 68,
        Rule::ReasonRequired => 69,
        Rule::AcceptedWithUnmetCondition => 70,
        Rule::FileTooLarge { .. } => 71,
        Rule::FileTypeNotAllowed { .. } => 72,
        Rule::FileEmpty => 73,
        Rule::SumTooLarge => 74,
        Rule::ForbiddenCharacter => 75,
        Rule::FileContentNotAllowed { .. } => 76,
        Rule::UpdateGrantDiffers { .. } => 77,
        Rule::UpdateOwnShareFell { .. } => 78,
        Rule::UpdateScopeRemoved { .. } => 79,
        Rule::UpdateNotExpected => 80,
        Rule::AwardsMissing { .. } => 81,
        Rule::DecisionMissing => 82,
        Rule::JustificationPeriodOver { .. } => 83,
        Rule::CancelOffersExist { .. } => 84,
        Rule::CancelValidOfferExists { .. } => 85,
    }
}

pub const VARIANTS: usize = 86;
