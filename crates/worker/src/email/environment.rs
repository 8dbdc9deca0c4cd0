//! The template environment for emails: strict about unknown variables, HTML escaped the way
//! the letters always were, and three helpers for templates: `t(id, **args)` asks the message
//! catalogue, `instant` and `last_moment` write an instant in the tenant's zone, and `remaining`
//! says how long a reminder's offset leaves.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use granty_domain::notification::Offset;
use granty_domain::{Currency, Language, Money};
use granty_i18n::format::{instant, last_moment};
use granty_i18n::{message_with, Arg};
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior, Value};
use std::sync::OnceLock;

const TEMPLATES: &[(&str, &str)] = &[
    (
        "layout.txt",
        include_str!("../../templates/email/layout.txt"),
    ),
    (
        "layout.html",
        include_str!("../../templates/email/layout.html"),
    ),
    (
        "application_submitted.txt",
        include_str!("../../templates/email/application_submitted.txt"),
    ),
    (
        "application_submitted.html",
        include_str!("../../templates/email/application_submitted.html"),
    ),
    (
        "correction_requested.txt",
        include_str!("../../templates/email/correction_requested.txt"),
    ),
    (
        "correction_requested.html",
        include_str!("../../templates/email/correction_requested.html"),
    ),
    (
        "formally_accepted.txt",
        include_str!("../../templates/email/formally_accepted.txt"),
    ),
    (
        "formally_accepted.html",
        include_str!("../../templates/email/formally_accepted.html"),
    ),
    (
        "formally_rejected.txt",
        include_str!("../../templates/email/formally_rejected.txt"),
    ),
    (
        "formally_rejected.html",
        include_str!("../../templates/email/formally_rejected.html"),
    ),
    (
        "account_confirmation.txt",
        include_str!("../../templates/email/account_confirmation.txt"),
    ),
    (
        "account_confirmation.html",
        include_str!("../../templates/email/account_confirmation.html"),
    ),
    (
        "password_reset.txt",
        include_str!("../../templates/email/password_reset.txt"),
    ),
    (
        "password_reset.html",
        include_str!("../../templates/email/password_reset.html"),
    ),
    (
        "account_locked.txt",
        include_str!("../../templates/email/account_locked.txt"),
    ),
    (
        "account_locked.html",
        include_str!("../../templates/email/account_locked.html"),
    ),
    (
        "organisation_invitation.txt",
        include_str!("../../templates/email/organisation_invitation.txt"),
    ),
    (
        "organisation_invitation.html",
        include_str!("../../templates/email/organisation_invitation.html"),
    ),
    (
        "reminder_draft_deadline.txt",
        include_str!("../../templates/email/reminder_draft_deadline.txt"),
    ),
    (
        "reminder_draft_deadline.html",
        include_str!("../../templates/email/reminder_draft_deadline.html"),
    ),
    (
        "reminder_correction_due.txt",
        include_str!("../../templates/email/reminder_correction_due.txt"),
    ),
    (
        "reminder_correction_due.html",
        include_str!("../../templates/email/reminder_correction_due.html"),
    ),
    (
        "reminder_formal_check_due.txt",
        include_str!("../../templates/email/reminder_formal_check_due.txt"),
    ),
    (
        "reminder_formal_check_due.html",
        include_str!("../../templates/email/reminder_formal_check_due.html"),
    ),
    (
        "reminder_scoring_due.txt",
        include_str!("../../templates/email/reminder_scoring_due.txt"),
    ),
    (
        "reminder_scoring_due.html",
        include_str!("../../templates/email/reminder_scoring_due.html"),
    ),
    (
        "scorecard_reopened.txt",
        include_str!("../../templates/email/scorecard_reopened.txt"),
    ),
    (
        "scorecard_reopened.html",
        include_str!("../../templates/email/scorecard_reopened.html"),
    ),
    (
        "committee_appointed.txt",
        include_str!("../../templates/email/committee_appointed.txt"),
    ),
    (
        "committee_appointed.html",
        include_str!("../../templates/email/committee_appointed.html"),
    ),
    (
        "reassignment_needed.txt",
        include_str!("../../templates/email/reassignment_needed.txt"),
    ),
    (
        "reassignment_needed.html",
        include_str!("../../templates/email/reassignment_needed.html"),
    ),
    (
        "result_chosen.txt",
        include_str!("../../templates/email/result_chosen.txt"),
    ),
    (
        "result_chosen.html",
        include_str!("../../templates/email/result_chosen.html"),
    ),
    (
        "result_not_chosen.txt",
        include_str!("../../templates/email/result_not_chosen.txt"),
    ),
    (
        "result_not_chosen.html",
        include_str!("../../templates/email/result_not_chosen.html"),
    ),
    (
        "award_update_filed.txt",
        include_str!("../../templates/email/award_update_filed.txt"),
    ),
    (
        "award_update_filed.html",
        include_str!("../../templates/email/award_update_filed.html"),
    ),
    (
        "award_update_reviewed.txt",
        include_str!("../../templates/email/award_update_reviewed.txt"),
    ),
    (
        "award_update_reviewed.html",
        include_str!("../../templates/email/award_update_reviewed.html"),
    ),
    (
        "justification_answered.txt",
        include_str!("../../templates/email/justification_answered.txt"),
    ),
    (
        "justification_answered.html",
        include_str!("../../templates/email/justification_answered.html"),
    ),
    (
        "call_cancelled.txt",
        include_str!("../../templates/email/call_cancelled.txt"),
    ),
    (
        "call_cancelled.html",
        include_str!("../../templates/email/call_cancelled.html"),
    ),
    (
        "agreement_ready.txt",
        include_str!("../../templates/email/agreement_ready.txt"),
    ),
    (
        "agreement_ready.html",
        include_str!("../../templates/email/agreement_ready.html"),
    ),
    (
        "agreement_signed.txt",
        include_str!("../../templates/email/agreement_signed.txt"),
    ),
    (
        "agreement_signed.html",
        include_str!("../../templates/email/agreement_signed.html"),
    ),
    (
        "tranche_paid.txt",
        include_str!("../../templates/email/tranche_paid.txt"),
    ),
    (
        "tranche_paid.html",
        include_str!("../../templates/email/tranche_paid.html"),
    ),
    (
        "report_reviewed.txt",
        include_str!("../../templates/email/report_reviewed.txt"),
    ),
    (
        "report_reviewed.html",
        include_str!("../../templates/email/report_reviewed.html"),
    ),
    (
        "report_called.txt",
        include_str!("../../templates/email/report_called.txt"),
    ),
    (
        "report_called.html",
        include_str!("../../templates/email/report_called.html"),
    ),
    (
        "reminder_agreement_unsigned.txt",
        include_str!("../../templates/email/reminder_agreement_unsigned.txt"),
    ),
    (
        "reminder_agreement_unsigned.html",
        include_str!("../../templates/email/reminder_agreement_unsigned.html"),
    ),
    (
        "control_recorded.txt",
        include_str!("../../templates/email/control_recorded.txt"),
    ),
    (
        "control_recorded.html",
        include_str!("../../templates/email/control_recorded.html"),
    ),
    (
        "reminder_control_recommendations_due.txt",
        include_str!("../../templates/email/reminder_control_recommendations_due.txt"),
    ),
    (
        "reminder_control_recommendations_due.html",
        include_str!("../../templates/email/reminder_control_recommendations_due.html"),
    ),
    (
        "reminder_report_due.txt",
        include_str!("../../templates/email/reminder_report_due.txt"),
    ),
    (
        "reminder_report_due.html",
        include_str!("../../templates/email/reminder_report_due.html"),
    ),
    (
        "reminder_report_overdue.txt",
        include_str!("../../templates/email/reminder_report_overdue.txt"),
    ),
    (
        "reminder_report_overdue.html",
        include_str!("../../templates/email/reminder_report_overdue.html"),
    ),
    (
        "reminder_report_correction_due.txt",
        include_str!("../../templates/email/reminder_report_correction_due.txt"),
    ),
    (
        "reminder_report_correction_due.html",
        include_str!("../../templates/email/reminder_report_correction_due.html"),
    ),
    (
        "reminder_return_due.txt",
        include_str!("../../templates/email/reminder_return_due.txt"),
    ),
    (
        "reminder_return_due.html",
        include_str!("../../templates/email/reminder_return_due.html"),
    ),
    (
        "reminder_return_overdue.txt",
        include_str!("../../templates/email/reminder_return_overdue.txt"),
    ),
    (
        "reminder_return_overdue.html",
        include_str!("../../templates/email/reminder_return_overdue.html"),
    ),
    (
        "misuse_recorded.txt",
        include_str!("../../templates/email/misuse_recorded.txt"),
    ),
    (
        "misuse_recorded.html",
        include_str!("../../templates/email/misuse_recorded.html"),
    ),
];

/// The environment, built once.
pub(super) fn get() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_trim_blocks(true);
        env.set_keep_trailing_newline(true);
        env.set_formatter(escape_formatter);
        env.add_function("t", t);
        env.add_filter("instant", |state: &State, at: String| {
            with_zone(state, &at, instant)
        });
        env.add_filter("last_moment", |state: &State, at: String| {
            with_zone(state, &at, last_moment)
        });
        env.add_filter("remaining", remaining);
        env.add_filter("money", money);
        env.add_filter("day", day);
        env.add_filter("points", points);
        for (name, source) in TEMPLATES {
            if let Err(error) = env.add_template(name, source) {
                // Tests render every template, so this only logs in a broken build.
                tracing::error!(%error, name, "email template does not compile");
            }
        }
        env
    })
}

/// `t("email-greeting")`, `t("email-correction-due", due=…)`: a message in the letter's language.
fn t(state: &State, id: &str, args: Kwargs) -> Result<String, Error> {
    let lang = language(state)?;
    let mut values = Vec::new();
    for name in args.args() {
        let value: Value = args.get(name)?;
        let arg = match value.as_i64() {
            Some(n) if value.is_number() => Arg::Number(n),
            _ => Arg::from(value.to_string()),
        };
        values.push((name, arg));
    }
    args.assert_all_used()?;
    Ok(message_with(lang, id, &values))
}

fn language(state: &State) -> Result<Language, Error> {
    let code = lookup(state, "lang")?;
    code.parse()
        .map_err(|_| Error::new(ErrorKind::InvalidOperation, format!("language `{code}`")))
}

fn lookup(state: &State, name: &str) -> Result<String, Error> {
    state
        .lookup(name)
        .and_then(|v| v.as_str().map(str::to_string))
        .ok_or_else(|| Error::new(ErrorKind::UndefinedError, format!("`{name}` is not set")))
}

/// An instant as the event stored it (RFC 3339), written in the tenant's zone.
fn with_zone(
    state: &State,
    at: &str,
    write: fn(DateTime<Utc>, Tz, Language) -> String,
) -> Result<String, Error> {
    let bad = |what: String| Error::new(ErrorKind::InvalidOperation, what);
    let zone: Tz = lookup(state, "zone")?
        .parse()
        .map_err(|e| bad(format!("time zone: {e}")))?;
    let at = DateTime::parse_from_rfc3339(at)
        .map_err(|e| bad(format!("instant `{at}`: {e}")))?
        .with_timezone(&Utc);
    Ok(write(at, zone, language(state)?))
}

/// An amount as the event stored it (`{"minor": 123456, "currency": "PLN"}`), written the
/// letter's language's way.
fn money(state: &State, amount: Value) -> Result<String, Error> {
    let bad = |what: &str| Error::new(ErrorKind::InvalidOperation, what.to_string());
    let minor = amount
        .get_attr("minor")?
        .as_i64()
        .ok_or_else(|| bad("amount without minor units"))?;
    let currency: Currency = amount
        .get_attr("currency")?
        .as_str()
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| bad("amount without a currency"))?;
    Ok(granty_i18n::format::money(
        Money::new(minor, currency),
        language(state)?,
    ))
}

/// A calendar day as the event stored it (`2026-03-10`), written the letter's language's way.
fn day(state: &State, value: String) -> Result<String, Error> {
    let parsed = chrono::NaiveDate::parse_from_str(&value, "%Y-%m-%d")
        .map_err(|e| Error::new(ErrorKind::InvalidOperation, format!("day {value}: {e}")))?;
    Ok(granty_i18n::format::date(parsed, language(state)?))
}

/// A score in hundredths of a point with two decimals, the language's decimal sign
/// (`72,50` in Polish, `72.50` in English).
fn points(state: &State, centi: i64) -> Result<String, Error> {
    Ok(granty_i18n::format::points_centi(centi, language(state)?))
}

/// "7 dni", "2 godziny", "ostatni dzień": how long a reminder's offset (`3d`, `2h`) leaves.
fn remaining(state: &State, offset: String) -> Result<String, Error> {
    let lang = language(state)?;
    let offset: Offset = offset
        .parse()
        .map_err(|e: String| Error::new(ErrorKind::InvalidOperation, e))?;
    Ok(match offset {
        Offset::DaysBefore(days) => message_with(
            lang,
            "email-remaining-days",
            &[("days", i64::from(days).into())],
        ),
        Offset::HoursBefore(hours) => message_with(
            lang,
            "email-remaining-hours",
            &[("hours", i64::from(hours).into())],
        ),
        // Overdue kinds (reports, returns) will word their own letters; today's kinds only use
        // offsets before their target.
        Offset::DaysAfter(_) => message_with(lang, "email-remaining-overdue", &[]),
    })
}

/// HTML output escapes what a person typed as the letters always did (`'` as `&#39;`, `/` left
/// alone, so links read as links); everything else is minijinja's default.
fn escape_formatter(
    out: &mut minijinja::Output,
    state: &State,
    value: &Value,
) -> Result<(), Error> {
    match value.as_str() {
        Some(text) if state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
            out.write_str(&escape(text)).map_err(Error::from)
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}
