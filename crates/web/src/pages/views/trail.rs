//! An object's audit trail as the staff read it (an offer's, a call's, an organisation's): each
//! entry with its time in the town's zone, the person, the action in the reader's language, the
//! address it came from and what changed, cell by cell.

use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts;
use crate::pages::views::diff::{changed_fields, shown};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::instant;
use granty_store::audit::trail::TrailEntry;
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

/// What the trail is of, for its page: the heading's and intro's text ids and the way back.
pub struct Of<'a> {
    pub heading: &'a str,
    pub intro: &'a str,
    pub back_href: String,
    pub back_label: &'a str,
}

#[derive(Serialize)]
struct TrailPage {
    heading: &'static str,
    intro: &'static str,
    back_href: String,
    back_label: &'static str,
    rows: Vec<Row>,
}

/// The trail's page (`clerk_history.html`).
pub fn page(
    signed: &SignedIn,
    of: Of<'_>,
    entries: Vec<TrailEntry>,
) -> Result<Response, PageError> {
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
            changes: changes(&entry).iter().map(|l| labelled(l, &t)).collect(),
        })
        .collect();
    let page = TrailPage {
        heading: texts::text(signed.lang, of.heading),
        intro: texts::text(signed.lang, of.intro),
        back_href: of.back_href,
        back_label: texts::text(signed.lang, of.back_label),
        rows,
    };
    render(StatusCode::OK, "clerk_history.html", &signed.frame, &page)
}

fn who(entry: &TrailEntry, t: &BTreeMap<&'static str, &'static str>) -> String {
    match (&entry.actor_name, &entry.actor_email) {
        (Some(name), Some(email)) => format!("{name} <{email}>"),
        _ => t.get("audit_by_system").copied().unwrap_or("").to_string(),
    }
}

/// A change line led by the form's label of its field when the catalogue has one (the last key
/// of the path: `costs[2].unit_cost` reads "Koszt jednostkowy · costs[2].unit_cost: 10 → 12"),
/// so the staff read the words of the form and still see exactly which cell changed.
fn labelled(line: &str, t: &BTreeMap<&'static str, &'static str>) -> String {
    let path = line.split(": ").next().unwrap_or("");
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = key.split('[').next().unwrap_or(key);
    match t.get(key) {
        Some(label) if !key.is_empty() => format!("{label} · {line}"),
        _ => line.to_string(),
    }
}

/// "field: before → after" for each changed field (nested sections by their path, as in
/// `sources.requested_grant`); otherwise the entry's details as recorded.
fn changes(entry: &TrailEntry) -> Vec<String> {
    if let Some(after) = &entry.after {
        let before = entry.before.clone().unwrap_or(Value::Null);
        return changed_fields(&before, after)
            .into_iter()
            .map(|c| c.to_string())
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn a_change_is_led_by_its_fields_label_where_the_form_has_one() {
        let t = crate::pages::texts::for_language(granty_domain::Language::En);
        let line = super::labelled("costs[2].unit_cost: 10 → 12", &t);
        assert_eq!(line, "Unit cost · costs[2].unit_cost: 10 → 12");
        assert_eq!(super::labelled("zzz: 1 → 2", &t), "zzz: 1 → 2");
    }

    #[test]
    fn a_changed_row_reads_as_its_changed_cells() {
        let before = json!({ "costs": [{ "name": "Glina", "unit_cost": "10" }] });
        let after = json!({ "costs": [
            { "name": "Glina", "unit_cost": "12" },
            { "name": "Szkliwo", "unit_cost": "5" },
        ] });
        let entry = granty_store::audit::trail::TrailEntry {
            id: 1,
            at: chrono::Utc::now(),
            action: "application.saved".into(),
            actor_name: None,
            actor_email: None,
            client_address: None,
            detail: json!({}),
            before: Some(before),
            after: Some(after),
        };
        let lines = super::changes(&entry);
        assert_eq!(
            lines,
            [
                "costs[1].unit_cost: 10 → 12",
                "costs[2].name: — → Szkliwo",
                "costs[2].unit_cost: — → 5",
            ]
        );
    }
}
