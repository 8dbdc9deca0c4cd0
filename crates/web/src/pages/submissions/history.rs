//! A submitted offer's audit trail for the staff: each entry with its time in the town's zone,
//! the person, the action in the reader's language, the address it came from and what changed.

use super::diff::{changed_fields, shown};
use crate::pages::guard::Staff;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::instant;
use granty_store::audit::trail::{self, TrailEntry};
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct Row {
    when: String,
    who: String,
    action: String,
    from: String,
    changes: Vec<String>,
}

#[derive(Serialize)]
struct HistoryPage {
    id: i64,
    rows: Vec<Row>,
}

pub async fn history_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let entries = trail::of_application(&state.db, &signed.actor, id).await?;
    let t = texts::for_language(signed.lang);
    let rows = entries
        .into_iter()
        .map(|entry| Row {
            when: instant(entry.at, signed.zone(), signed.lang),
            who: who(&entry, &t),
            action: t
                .get(format!("audit_action_{}", entry.action).as_str())
                .map(|s| s.to_string())
                .unwrap_or_else(|| entry.action.clone()),
            from: entry.client_address.clone().unwrap_or_default(),
            changes: changes(&entry),
        })
        .collect();
    render(
        StatusCode::OK,
        "clerk_history.html",
        &signed.frame,
        &HistoryPage { id, rows },
    )
}

fn who(entry: &TrailEntry, t: &BTreeMap<&'static str, &'static str>) -> String {
    match (&entry.actor_name, &entry.actor_email) {
        (Some(name), Some(email)) => format!("{name} <{email}>"),
        _ => t.get("audit_by_system").copied().unwrap_or("").to_string(),
    }
}

/// "field: before → after" for each changed field (nested sections by their path, as in
/// `sources.requested_grant`); otherwise the entry's details as recorded.
fn changes(entry: &TrailEntry) -> Vec<String> {
    if let Some(after) = &entry.after {
        let before = entry.before.clone().unwrap_or(Value::Null);
        return changed_fields(&before, after)
            .into_iter()
            .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
            .collect();
    }
    match &entry.detail {
        Value::Object(map) => map
            .iter()
            .map(|(field, value)| format!("{field}: {}", shown(value)))
            .collect(),
        _ => Vec::new(),
    }
}
