//! Granty's words in Polish, English, Czech and Ukrainian: the message catalogue (one Project
//! Fluent file per language in `locales/`), the sentences of broken rules, and how amounts,
//! percents, dates and instants are written for people.
//!
//! Why `fluent-bundle` rather than `fluent-templates`: we need exactly four embedded files and
//! thread-safe formatting, which `fluent_bundle::concurrent::FluentBundle` gives directly; the
//! extra layer of `fluent-templates` (a directory loader with fallback chains and integrations for
//! handlebars and tera, not minijinja) would add dependencies without doing anything for us.
//! Plural forms come from the bundle's CLDR rules (intl_pluralrules), never from our code.
//!
//! Message ids: the interface's words keep their snake_case keys (`log_in`); the others start
//! with their area: `rule-<code>`, `problem-<type>`, `email-…`, `receipt-…`, `phase-<code>`,
//! `state-<code>`, `time-left-…`.

mod catalogue;
pub mod format;
mod rules;
pub mod typed;

pub use catalogue::{ids, message, message_with, source, text, texts, Arg};
pub use rules::rule_message;
