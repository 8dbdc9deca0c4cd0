//! The sentence for a broken rule: the domain names the rule and its values, the catalogue holds
//! the words (`rule-<code>`), and amounts, percents and dates are written the language's way.

use crate::catalogue::{message_with, Arg};
use crate::format::{date, money, percent};
use granty_domain::violation::RuleValue;
use granty_domain::{Language, Rule};

/// Renders a rule as a sentence a person understands, in their language.
pub fn rule_message(rule: &Rule, lang: Language) -> String {
    let args: Vec<(&str, Arg<'_>)> = rule
        .args()
        .into_iter()
        .map(|(name, value)| (name, arg(value, lang)))
        .collect();
    message_with(lang, &format!("rule-{}", rule.code()), &args)
}

fn arg(value: RuleValue<'_>, lang: Language) -> Arg<'_> {
    match value {
        RuleValue::Number(n) => Arg::Number(n),
        RuleValue::Money(amount) => money(amount, lang).into(),
        RuleValue::Percent(share) => percent(share, lang).into(),
        RuleValue::Date(day) => date(day, lang).into(),
        RuleValue::Text(text) => text.into(),
    }
}
