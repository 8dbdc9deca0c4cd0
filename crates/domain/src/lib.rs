//! Granty's domain: the grant cycle's types, rules and state machines.
//!
//! No I/O, no async, no database: everything here is a pure function of its inputs (the clock is a
//! parameter), so the same rules serve the HTTP API, the worker and the tests. No sentences
//! either: a broken rule is a code with its values (`Rule::args`); the words for people live in
//! the message catalogue (granty-i18n).

pub mod agreement;
pub mod agreement_settings;
pub mod application;
pub mod calendar;
pub mod calendar_feed;
pub mod call;
pub mod evaluation;
pub mod file_name;
pub mod formal;
pub mod identifiers;
pub mod invitation;
pub mod language;
pub mod money;
pub mod notification;
pub mod offer;
pub mod organisation;
pub mod report;
pub mod results;
pub mod roles;
pub mod settlement;
pub mod tenant;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
pub mod text;
pub mod throttle;
pub mod tokens;
pub mod track_record;
pub mod violation;

pub use language::Language;
pub use money::{Currency, Money, Percent};
pub use violation::{Rule, Violation, Violations};
