//! The error body every JSON route answers with (`crate::error` writes it) and the error
//! statuses a route may answer, declared once for all operations.

use chrono::{DateTime, Utc};
use utoipa::openapi::response::{ResponseBuilder, ResponsesBuilder};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response};
use utoipa::{IntoResponses, ToSchema};

/// An error, as `application/problem+json` (RFC 9457), in the caller's language.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the JSON `crate::error::problem_body` writes; never built.
pub struct Problem {
    /// `https://granty.example/problems/<kind>`: the kind of problem, stable for programs.
    #[schema(rename = "type")]
    kind: String,
    /// What went wrong, in a sentence for people.
    title: String,
    /// The HTTP status, repeated.
    status: u16,
    /// More about this occurrence, when there is more to say.
    detail: Option<String>,
    /// For invalid input: each wrong field, with its rule code and a message.
    errors: Option<Vec<FieldError>>,
    /// For a stale edit (409): the current state of the object.
    current: Option<utoipa::openapi::schema::Object>,
    /// For a deadline or opening that refused the request: the instant that decided it.
    at: Option<DateTime<Utc>>,
}

/// One wrong field of a request.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes JSON; never built.
pub struct FieldError {
    /// The field's path in the request body (`costs[2].amount`).
    field: String,
    /// The rule the value broke, stable for programs (`required`, `too-long`…).
    code: String,
    /// The rule in a sentence, in the caller's language.
    message: String,
}

/// The error statuses any JSON route may answer with, each with a [`Problem`] body: name it
/// last in an operation's `responses(...)`.
pub struct Problems;

const ERRORS: &[(&str, &str)] = &[
    (
        "400",
        "The request cannot be read (bad JSON, a bad parameter).",
    ),
    ("401", "Not logged in, or the session has ended."),
    ("403", "Logged in, but this role may not do it."),
    ("404", "No such object, or not one the caller may see."),
    (
        "409",
        "The object's state does not allow it (a deadline passed, already submitted…).",
    ),
    ("413", "The body is larger than allowed."),
    ("415", "The body is not of the expected media type."),
    ("422", "The input breaks a rule: `errors` lists each field."),
    ("429", "Too many attempts: wait `Retry-After` seconds."),
    (
        "503",
        "The database or the file store is unavailable for a moment.",
    ),
];

impl IntoResponses for Problems {
    fn responses() -> std::collections::BTreeMap<String, RefOr<Response>> {
        let content = ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build();
        ERRORS
            .iter()
            .fold(ResponsesBuilder::new(), |all, (status, description)| {
                let response = ResponseBuilder::new()
                    .description(*description)
                    .content("application/problem+json", content.clone())
                    .build();
                all.response(*status, response)
            })
            .build()
            .into()
    }
}
