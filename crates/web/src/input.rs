//! Where input enters: NUL bytes are refused before any handler sees them.
//!
//! PostgreSQL cannot store NUL (U+0000) in a text column and answers such a query with an
//! error, while SQLite stores it: left to the handlers, `/demo%00x` or an organisation named
//! `a\0b` was a 500 on one database and stored text on the other. So the address (path and
//! query), every JSON body (`ApiJson`) and every form (`pages::form::Form`) are checked once,
//! here, and refused with a 4xx that names the field. Other control characters are the
//! domain's to refuse (`Rule::ForbiddenCharacter` in `Violations::text`), with the same code.

use crate::error::invalid;
use crate::ApiError;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use granty_domain::Rule;
use serde_json::Value;

/// A NUL in the path is no address of ours (404); one in the query names its parameter (422).
pub async fn refuse_nul_in_address(request: Request, next: Next) -> Response {
    let uri = request.uri();
    if has_encoded_nul(uri.path().as_bytes()) {
        return ApiError::NotFound.into_response();
    }
    if let Some(field) = uri.query().and_then(|q| nul_in_form(q.as_bytes())) {
        return invalid(&field, Rule::ForbiddenCharacter).into_response();
    }
    next.run(request).await
}

/// Whether percent-encoded or form-encoded bytes may hold a NUL: a raw zero byte or `%00`.
pub fn has_encoded_nul(bytes: &[u8]) -> bool {
    bytes.contains(&0) || bytes.windows(3).any(|w| w == b"%00")
}

/// The first field of an `application/x-www-form-urlencoded` text whose name or value holds a
/// NUL once decoded.
pub fn nul_in_form(encoded: &[u8]) -> Option<String> {
    if !has_encoded_nul(encoded) {
        return None;
    }
    url::form_urlencoded::parse(encoded)
        .find(|(name, value)| name.contains('\0') || value.contains('\0'))
        .map(|(name, _)| name.replace('\0', "\u{FFFD}"))
}

/// The path of the first string (or key) of a JSON body that holds a NUL, in the fields'
/// notation (`costs[3].name`); `None` when there is none or the body is not JSON (the JSON
/// extractor then says why).
pub fn nul_in_json(body: &[u8]) -> Option<String> {
    // JSON can only carry NUL escaped; look for the escape before parsing anything.
    if !body.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")) {
        return None;
    }
    let value: Value = serde_json::from_slice(body).ok()?;
    nul_path(&value, String::new())
}

fn nul_path(value: &Value, path: String) -> Option<String> {
    match value {
        Value::String(text) if text.contains('\0') => Some(field_or_body(path)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| nul_path(item, format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(key, item)| {
            let child = if path.is_empty() {
                key.replace('\0', "\u{FFFD}")
            } else {
                format!("{path}.{}", key.replace('\0', "\u{FFFD}"))
            };
            if key.contains('\0') {
                Some(child)
            } else {
                nul_path(item, child)
            }
        }),
        _ => None,
    }
}

/// A NUL in a bare top-level string belongs to no field: it is the body's.
fn field_or_body(path: String) -> String {
    if path.is_empty() {
        "body".to_string()
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nul_in_json_is_found_by_its_field_path() {
        let body = br#"{"title":"ok","costs":[{"name":"a"},{"name":"b\u0000c"}]}"#;
        assert_eq!(nul_in_json(body), Some("costs[1].name".into()));
        assert_eq!(nul_in_json(br#"{"a\u0000":1}"#), Some("a\u{FFFD}".into()));
        assert_eq!(nul_in_json(br#""\u0000""#), Some("body".into()));
    }

    #[test]
    fn an_escaped_backslash_before_u0000_is_text_not_nul() {
        assert_eq!(nul_in_json(br#"{"title":"\\u0000"}"#), None);
        assert_eq!(nul_in_json(br#"{"title":"plain"}"#), None);
        assert_eq!(nul_in_json(b"not json \\u0000"), None);
    }

    #[test]
    fn a_nul_in_a_form_or_query_names_its_field() {
        assert_eq!(nul_in_form(b"csrf=x&name=a%00b"), Some("name".into()));
        assert_eq!(nul_in_form(b"na%00me=a"), Some("na\u{FFFD}me".into()));
        assert_eq!(nul_in_form(b"name=a%2500b"), None);
        assert_eq!(nul_in_form(b"name=plain+text"), None);
    }
}
