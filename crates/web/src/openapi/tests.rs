use super::{document, operations};
use crate::access::ROUTES;
use std::collections::BTreeSet;
use utoipa::openapi::path::HttpMethod;

const PREFIX: &str = "/api/v1";

/// `(METHOD, path)` of every JSON route in the access table (which its own test holds equal to
/// what the router mounts), the prefix taken off as the document's server adds it.
fn api_routes() -> BTreeSet<(String, String)> {
    ROUTES
        .iter()
        .filter_map(|r| {
            Some((
                r.method.to_string(),
                r.path.strip_prefix(PREFIX)?.to_string(),
            ))
        })
        .collect()
}

fn documented() -> BTreeSet<(String, String)> {
    document()
        .paths
        .paths
        .iter()
        .flat_map(|(path, item)| {
            operations(item)
                .into_iter()
                .map(move |(method, _)| (method.to_string(), path.clone()))
        })
        .collect()
}

#[test]
fn every_json_route_is_in_the_document_and_nothing_else() {
    let routes = api_routes();
    let documented = documented();
    let missing: Vec<_> = routes.difference(&documented).collect();
    let unknown: Vec<_> = documented.difference(&routes).collect();
    assert!(
        missing.is_empty(),
        "JSON routes without #[utoipa::path] in their module's Doc: {missing:?}"
    );
    assert!(
        unknown.is_empty(),
        "documented operations the router does not mount: {unknown:?}"
    );
}

#[test]
fn every_operation_names_a_success_and_the_problems() {
    let document = document();
    let mut wrong = Vec::new();
    for (path, item) in &document.paths.paths {
        for (method, operation) in operations(item) {
            let statuses: Vec<&String> = operation.responses.responses.keys().collect();
            let success = statuses
                .iter()
                .any(|s| s.starts_with('2') || s.starts_with('3'));
            let problems = statuses.iter().any(|s| *s == "422");
            if !success || !problems || operation.operation_id.is_none() {
                wrong.push(format!("{method} {path}: {statuses:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "operations without a 2xx and `Problems`: {wrong:#?}"
    );
}

#[test]
fn the_document_is_openapi_3_1_with_unique_operation_ids() {
    let document = document();
    let json = serde_json::to_value(&document).unwrap_or_default();
    assert_eq!(json["openapi"], "3.1.0");
    assert_eq!(json["servers"][0]["url"], PREFIX);
    assert!(json["components"]["securitySchemes"]["bearer"].is_object());
    let mut ids = BTreeSet::new();
    for item in document.paths.paths.values() {
        for (_, operation) in operations(item) {
            let id = operation.operation_id.clone().unwrap_or_default();
            assert!(ids.insert(id.clone()), "operation id {id} twice");
        }
    }
    // `HttpMethod` is the type the router's methods map to; named so a utoipa upgrade that
    // renames it fails here, beside the list above.
    let _ = HttpMethod::Get;
}
