//! `/api/docs`: the JSON API's reference for the people who integrate with a town's Granty,
//! rendered on the server from the same OpenAPI document `/api/openapi.json` serves (no script,
//! so the strict Content-Security-Policy holds and nothing loads from elsewhere).

use super::layout::{render, Frame};
use super::respond::{remember_language, PageError};
use super::session::PageLanguage;
use crate::openapi::operations;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::openapi::path::Operation;
use utoipa::openapi::{Content, OpenApi, RefOr};

#[derive(Serialize)]
struct Group {
    tag: String,
    operations: Vec<OperationRow>,
}

#[derive(Serialize)]
struct OperationRow {
    method: &'static str,
    path: String,
    anchor: String,
    summary: String,
    description: String,
    public: bool,
    request: Option<String>,
    responses: Vec<ResponseRow>,
}

#[derive(Serialize)]
struct ResponseRow {
    status: String,
    description: String,
    body: Option<String>,
}

#[derive(Serialize)]
struct ApiDocsPage {
    title: String,
    version: String,
    base: String,
    groups: Vec<Group>,
}

pub async fn api_docs(
    State(state): State<AppState>,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let document = crate::openapi::document();
    let page = ApiDocsPage {
        title: document.info.title.clone(),
        version: document.info.version.clone(),
        base: document
            .servers
            .as_ref()
            .and_then(|s| s.first())
            .map(|s| s.url.clone())
            .unwrap_or_default(),
        groups: groups(&document),
    };
    let frame = Frame::new(language.lang, String::new());
    let response = render(StatusCode::OK, "api_docs.html", &frame, &page)?;
    Ok(remember_language(response, &language, state.secure_cookies))
}

/// The operations by tag, tags and paths in alphabetical order.
fn groups(document: &OpenApi) -> Vec<Group> {
    let mut by_tag: BTreeMap<String, Vec<OperationRow>> = BTreeMap::new();
    for (path, item) in &document.paths.paths {
        for (method, operation) in operations(item) {
            let tag = operation
                .tags
                .as_ref()
                .and_then(|t| t.first().cloned())
                .unwrap_or_default();
            by_tag
                .entry(tag)
                .or_default()
                .push(row(method, path, operation));
        }
    }
    by_tag
        .into_iter()
        .map(|(tag, operations)| Group { tag, operations })
        .collect()
}

fn row(method: &'static str, path: &str, operation: &Operation) -> OperationRow {
    let request = match &operation.request_body {
        Some(RefOr::T(body)) => first_content(body.content.iter()),
        _ => None,
    };
    OperationRow {
        method,
        path: path.to_string(),
        anchor: operation.operation_id.clone().unwrap_or_default(),
        summary: operation.summary.clone().unwrap_or_default(),
        description: operation.description.clone().unwrap_or_default(),
        public: is_public(operation),
        request,
        responses: responses(operation),
    }
}

/// Whether the operation opts out of the bearer login (`security(())`: one empty requirement).
fn is_public(operation: &Operation) -> bool {
    let security = serde_json::to_value(&operation.security).unwrap_or_default();
    security == serde_json::json!([{}])
}

/// The operation's own responses; the shared error statuses are listed once on the page.
fn responses(operation: &Operation) -> Vec<ResponseRow> {
    operation
        .responses
        .responses
        .iter()
        .filter_map(|(status, response)| match response {
            RefOr::T(r) if !r.content.contains_key("application/problem+json") => {
                Some(ResponseRow {
                    status: status.clone(),
                    description: r.description.clone(),
                    body: first_content(r.content.iter()),
                })
            }
            _ => None,
        })
        .collect()
}

/// The first media type's schema, as `Name (media/type)`.
fn first_content<'a>(
    mut content: impl Iterator<Item = (&'a String, &'a RefOr<Content>)>,
) -> Option<String> {
    let (media, content) = content.next()?;
    let schema = match content {
        RefOr::T(c) => schema_name(c.schema.as_ref()),
        RefOr::Ref(r) => r.ref_location.rsplit('/').next().unwrap_or("").to_string(),
    };
    Some(format!("{schema} ({media})"))
}

fn schema_name(schema: Option<&RefOr<utoipa::openapi::schema::Schema>>) -> String {
    match schema {
        Some(RefOr::Ref(r)) => r.ref_location.rsplit('/').next().unwrap_or("").to_string(),
        Some(RefOr::T(utoipa::openapi::schema::Schema::Array(_))) => "array".to_string(),
        Some(RefOr::T(_)) => "object".to_string(),
        None => String::new(),
    }
}
