//! The admin's notification log: queued, sent, retrying and failed messages with their reasons.

use super::guard::Admin;
use super::layout::render;
use super::respond::PageError;
use super::texts;
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono_tz::Tz;
use granty_domain::Language;
use granty_i18n::format::minute;
use granty_store::notifications::{self, status, NotificationView};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Filter {
    status: String,
}

#[derive(Serialize)]
struct StatusLink {
    code: &'static str,
    label: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct Row {
    created: String,
    kind: String,
    recipient: String,
    language: String,
    status: String,
    status_label: String,
    /// Failed tries so far; a letter that went out at once says so instead of "0".
    attempts: String,
    sent: String,
    error: String,
}

#[derive(Serialize)]
struct Page {
    current: Option<&'static str>,
    statuses: Vec<StatusLink>,
    rows: Vec<Row>,
}

const STATUSES: [&str; 5] = [
    status::QUEUED,
    status::SENDING,
    status::RETRYING,
    status::FAILED,
    status::SENT,
];

pub async fn notifications_page(
    State(state): State<AppState>,
    Admin(signed): Admin,
    Query(filter): Query<Filter>,
) -> Result<Response, PageError> {
    let current = STATUSES.iter().copied().find(|s| *s == filter.status);
    let all = notifications::list(&state.db, &signed.actor, None, 1000).await?;
    let lang = signed.lang;
    let t = texts::for_language(lang);
    let statuses = STATUSES
        .iter()
        .map(|code| StatusLink {
            code,
            label: word(&t, "status", code),
            count: all.iter().filter(|n| n.status == *code).count(),
        })
        .collect();
    let rows = all
        .into_iter()
        .filter(|n| current.is_none_or(|c| n.status == c))
        .map(|n| row(n, &t, signed.zone(), lang))
        .collect();
    let page = Page {
        current,
        statuses,
        rows,
    };
    render(StatusCode::OK, "notifications.html", &signed.frame, &page)
}

/// The word for `code` (`status_sent`), or nothing when there is none.
fn word(t: &BTreeMap<&'static str, &'static str>, group: &str, code: &str) -> &'static str {
    t.get(format!("{group}_{code}").as_str())
        .copied()
        .unwrap_or("")
}

/// One message of the log, in the reader's words and time zone.
fn row(
    n: NotificationView,
    t: &BTreeMap<&'static str, &'static str>,
    zone: Tz,
    lang: Language,
) -> Row {
    Row {
        created: minute(n.created_at, zone, lang),
        kind: t
            .get(format!("kind_{}", n.kind).as_str())
            .map(|k| k.to_string())
            .unwrap_or(n.kind.clone()),
        recipient: n.recipient_email,
        language: n.language,
        status_label: word(t, "status", &n.status).to_string(),
        attempts: attempts(n.attempts, &n.status, t),
        status: n.status,
        sent: n.sent_at.map(|s| minute(s, zone, lang)).unwrap_or_default(),
        error: n.last_error.unwrap_or_default(),
    }
}

/// The count of failed tries when there were any; "sent on first try" for a letter that went
/// out at once; nothing for one still waiting for its first try.
fn attempts(count: i32, status: &str, t: &BTreeMap<&'static str, &'static str>) -> String {
    match (count, status) {
        (n, _) if n > 0 => n.to_string(),
        (_, "sent") => t.get("sent_first_try").copied().unwrap_or("").to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::attempts;
    use crate::pages::texts::for_language;
    use granty_domain::Language;

    #[test]
    fn a_letter_sent_at_once_says_so_and_failures_are_counted() {
        let t = for_language(Language::En);
        assert_eq!(attempts(0, "sent", &t), "sent on first try");
        assert_eq!(attempts(2, "sent", &t), "2");
        assert_eq!(attempts(3, "retrying", &t), "3");
        assert_eq!(
            attempts(0, "pending", &t),
            "",
            "no try yet: nothing to count"
        );
    }
}
