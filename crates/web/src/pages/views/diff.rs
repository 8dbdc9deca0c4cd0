//! What changed between two JSON documents, field by field: the audit trail's entries and the
//! offer's versions both read as "field: before → after", never as raw JSON.

use serde::Serialize;
use serde_json::Value;

/// One changed field: its path (`costs[2].unit_cost`, rows numbered from 1 as the editor shows
/// them) and the value before and after, as people read them (an empty value is "—").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// "field: before → after", the line both pages show.
impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} → {}", self.field, self.before, self.after)
    }
}

/// Every changed field between `before` and `after`, in the documents' key order.
pub fn changed_fields(before: &Value, after: &Value) -> Vec<Change> {
    let mut changes = Vec::new();
    walk("", before, after, &mut changes);
    changes
}

/// Objects by their keys and lists by their rows, so a changed cost line reads as its changed
/// cells.
fn walk(path: &str, before: &Value, after: &Value, changes: &mut Vec<Change>) {
    match (before, after) {
        (Value::Object(was), Value::Object(is)) => {
            let keys: std::collections::BTreeSet<&String> = was.keys().chain(is.keys()).collect();
            for key in keys {
                let nested = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let old = was.get(key).unwrap_or(&Value::Null);
                let new = is.get(key).unwrap_or(&Value::Null);
                walk(&nested, old, new, changes);
            }
        }
        (Value::Array(_) | Value::Null, Value::Array(_)) | (Value::Array(_), Value::Null) => {
            let rows = |value: &Value| value.as_array().cloned().unwrap_or_default();
            let (was, is) = (rows(before), rows(after));
            for row in 0..was.len().max(is.len()) {
                let old = was.get(row).unwrap_or(&Value::Null);
                let new = is.get(row).unwrap_or(&Value::Null);
                walk(&format!("{path}[{}]", row + 1), old, new, changes);
            }
        }
        (Value::Null, Value::Object(_)) | (Value::Object(_), Value::Null) => {
            let or_empty = |value: &Value| match value {
                Value::Null => Value::Object(serde_json::Map::new()),
                other => other.clone(),
            };
            walk(path, &or_empty(before), &or_empty(after), changes);
        }
        _ if shown(before) != shown(after) || path.is_empty() => changes.push(Change {
            field: path.to_string(),
            before: shown(before),
            after: shown(after),
        }),
        _ => {}
    }
}

/// A value as people read it: text as it is, nothing as "—".
pub fn shown(value: &Value) -> String {
    match value {
        Value::Null => "—".to_string(),
        Value::String(s) if s.is_empty() => "—".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::changed_fields;
    use serde_json::json;

    #[test]
    fn a_changed_row_reads_as_its_changed_cells() {
        let before = json!({ "costs": [{ "name": "Glina", "unit_cost": "10" }] });
        let after = json!({ "costs": [
            { "name": "Glina", "unit_cost": "12" },
            { "name": "Szkliwo", "unit_cost": "5" },
        ] });
        let lines: Vec<String> = changed_fields(&before, &after)
            .into_iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(
            lines,
            [
                "costs[1].unit_cost: 10 → 12",
                "costs[2].name: — → Szkliwo",
                "costs[2].unit_cost: — → 5",
            ]
        );
    }

    #[test]
    fn an_empty_text_and_a_missing_one_are_no_change() {
        let before = json!({ "other_information": "", "title": "Koncerty" });
        let after = json!({ "title": "Koncerty" });
        assert!(changed_fields(&before, &after).is_empty());
    }
}
