//! The text of every broken rule in Polish, English, Czech and Ukrainian.

use super::{date, money, percent};
use crate::language::Language;
use crate::violation::Rule;

/// Renders a rule as a sentence a person understands, in their language.
pub fn message(rule: &Rule, lang: Language) -> String {
    match lang {
        Language::En => english(rule, lang),
        Language::Pl => english(rule, lang),
        Language::Cs => english(rule, lang),
        Language::Uk => english(rule, lang),
    }
}

fn english(rule: &Rule, lang: Language) -> String {
    match rule {
        Rule::Required => "This field is required.".into(),
        Rule::TooLong { max } => format!("Use at most {max} characters."),
        Rule::TooShort { min } => format!("Use at least {min} characters."),
        Rule::InvalidValue => "This value is not one of the allowed options.".into(),
        Rule::InvalidEmail => "Enter a valid email address, e.g. name@example.org.".into(),
        Rule::InvalidNumber => "Enter a number, e.g. 1234.56.".into(),
        Rule::TooManyDecimals { max } => format!("Use at most {max} decimal places."),
        Rule::MustBePositive => "The value must be greater than zero.".into(),
        Rule::MustNotBeNegative => "The value cannot be negative.".into(),
        Rule::AmountTooLarge => "The amount is too large.".into(),
        Rule::CurrencyMismatch { expected } => format!("Amounts must be in {expected}."),
        Rule::PercentOutOfRange => "A percentage must be between 0 and 100.".into(),
        Rule::EndBeforeStart => "The end date cannot be before the start date.".into(),
        Rule::TooManyItems { max } => format!("At most {max} items are allowed."),
        Rule::UnknownReference => "The referenced item does not exist.".into(),
        Rule::Duplicate => "This value is already used.".into(),
        Rule::NipLength => "A NIP has 10 digits.".into(),
        Rule::NipChecksum => "This NIP's check digit is wrong: check for a typo.".into(),
        Rule::RegonLength => "A REGON has 9 or 14 digits.".into(),
        Rule::RegonChecksum => "This REGON's check digit is wrong: check for a typo.".into(),
        Rule::KrsFormat => "A KRS number has up to 10 digits.".into(),
        Rule::IbanCountry => "Enter a Polish account number (PL and 26 digits).".into(),
        Rule::IbanLength => "A Polish account number has 26 digits after PL.".into(),
        Rule::IbanCharacters => "An account number contains only digits after PL.".into(),
        Rule::IbanChecksum => "This account number's check digits are wrong (mod-97): check for a typo.".into(),
        Rule::MinGrantAboveMaxGrant => "The minimum grant cannot exceed the maximum grant.".into(),
        Rule::MaxGrantAboveBudget { budget } => {
            format!("The maximum grant cannot exceed the call's budget of {}.", money(*budget, lang))
        }
        Rule::DeadlineNotAfterOpening => "The deadline must be after the opening.".into(),
        Rule::DeadlineInPast => "The deadline has already passed.".into(),
        Rule::DeadlineTooSoon { days, minimum } => format!(
            "The deadline is only {days} days after publication; the law asks for at least {minimum}. Confirm to publish anyway."
        ),
        Rule::RealisationStartsBeforeDeadline => {
            "The realisation window should not start before the submission deadline.".into()
        }
        Rule::NoCriteria => "Add at least one evaluation criterion.".into(),
        Rule::DateOutsideWindow { from, to } => format!(
            "The date must be within the realisation window, {} to {}.",
            date(*from, lang),
            date(*to, lang)
        ),
        Rule::NoActions => "Add at least one action to the schedule.".into(),
        Rule::NoCostLines => "Add at least one cost line.".into(),
        Rule::UnknownAction { action_no } => format!("There is no action number {action_no} in the schedule."),
        Rule::ActionWithoutCosts => "This action has no cost lines.".into(),
        Rule::YearValuesCount { expected } => format!("Give the value for each of the task's {expected} years."),
        Rule::YearValuesSum { total } => {
            format!("The yearly values must add up to the line's value of {}.", money(*total, lang))
        }
        Rule::GrantPartAboveLine { line } => {
            format!("The part financed by the grant cannot exceed the line's value of {}.", money(*line, lang))
        }
        Rule::GrantPartsSum { grant } => format!(
            "The grant-financed parts of the lines must add up to the requested grant of {}.",
            money(*grant, lang)
        ),
        Rule::GrantPartsNotAllowed => "This call does not ask for the grant-financed part of each line.".into(),
        Rule::TotalsDiffer { costs, sources } => format!(
            "The sources of funding ({}) must equal the total costs ({}).",
            money(*sources, lang),
            money(*costs, lang)
        ),
        Rule::GrantBelowMinimum { minimum } => {
            format!("The requested grant is below the call's minimum of {}.", money(*minimum, lang))
        }
        Rule::GrantAboveMaximum { maximum } => {
            format!("The requested grant is above the call's maximum of {}.", money(*maximum, lang))
        }
        Rule::OwnContributionTooLow { required, actual } => format!(
            "The own contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::FinancialContributionTooLow { required, actual } => format!(
            "The own financial contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::NonFinancialContributionTooLow { required, actual } => format!(
            "The own non-financial contribution is {} of the costs; the call requires at least {}.",
            percent(*actual, lang),
            percent(*required, lang)
        ),
        Rule::AdminCostsAboveCap { cap, actual } => format!(
            "Administrative costs are {} of the costs; the call allows at most {}.",
            percent(*actual, lang),
            percent(*cap, lang)
        ),
        Rule::AttachmentMissing { name } => format!("The required attachment \"{name}\" is missing."),
        Rule::DeclarationRequired => "This declaration must be made before submitting.".into(),
        Rule::PaidNotAllowedForSimpleAssociation => {
            "A simple association cannot carry out the task for payment.".into()
        }
        Rule::PartnerIsApplicant => "The applicant cannot also be its own partner.".into(),
        Rule::DeficienciesRequired => "List at least one deficiency to be corrected.".into(),
        Rule::ReasonRequired => "Give the reason for the decision.".into(),
        Rule::FileTooLarge { max_bytes } => format!("The file is too large; the limit is {} MB.", max_bytes / 1_000_000),
        Rule::FileTypeNotAllowed { allowed } => format!("This file type is not accepted; use {allowed}."),
        Rule::FileEmpty => "The file is empty.".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_message() {
        for lang in Language::ALL {
            assert!(!message(&Rule::Required, lang).is_empty());
        }
    }
}
