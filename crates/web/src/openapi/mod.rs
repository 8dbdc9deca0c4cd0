//! The OpenAPI 3.1 document of the JSON API, generated from the code: every handler carries a
//! `#[utoipa::path]` annotation, each routes module gathers its operations in a `Doc`, and
//! [`document`] merges them under the common parts declared here (the server prefix, bearer
//! authentication, the problem+json error body). `openapi::tests` fails when a route of the access
//! table is missing from the document or the document names one the router does not mount.

mod problems;
mod serve;

pub use problems::{FieldError, Problem, Problems};
pub use serve::{document_json, router};

use crate::routes;
use utoipa::openapi::path::{Operation, PathItem};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Granty API",
        description = "A municipality's grant cycle with NGOs: calls, offers, the formal check, \
            evaluation, awards, agreements, reports and settlement. Log in with \
            `POST /sessions` and send the token it returns as `Authorization: Bearer <token>`. \
            Errors are `application/problem+json` (RFC 9457) in the caller's language.",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    servers((url = "/api/v1", description = "this server")),
    security(("bearer" = [])),
    components(schemas(Problem, FieldError)),
    modifiers(&BearerAuth)
)]
struct Root;

/// Declares the `bearer` scheme every operation names, unless it says `security(())`.
struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// A path's operations with their methods, in a fixed order (the tests and the docs page).
pub fn operations(item: &PathItem) -> Vec<(&'static str, &Operation)> {
    [
        ("GET", &item.get),
        ("POST", &item.post),
        ("PUT", &item.put),
        ("PATCH", &item.patch),
        ("DELETE", &item.delete),
    ]
    .into_iter()
    .filter_map(|(method, op)| Some((method, op.as_ref()?)))
    .collect()
}

/// The whole document, as served at `/api/openapi.json`.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut document = Root::openapi();
    for part in routes::documented() {
        document.merge(part);
    }
    document
}

#[cfg(test)]
mod tests;
