//! Serves the document: `/api/openapi.json` for programs (schemathesis, client generators).
//! The page for people is `pages::api_docs`.

use super::document;
use crate::routing::Routes;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::sync::OnceLock;

pub fn router() -> Routes {
    Routes::default().route("/api/openapi.json", get(openapi_json))
}

/// The document as JSON, built once: it only changes with the code.
pub fn document_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| document().to_pretty_json().unwrap_or_default())
}

async fn openapi_json() -> Response {
    let mut response = document_json().into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}
