//! Forms: the CSRF checks (a signed-in form carries a token derived from the session; an
//! anonymous one a double-submit token, in a cookie and a hidden field that must match), posted
//! fields by name, and the pieces of a form page: fields with their errors and the error summary
//! that links to them.

use super::guard::SignedIn;
use super::layout::{render, Frame};
use super::respond::{append_cookie, PageError};
use super::session::{cookie, random_token, same, Cookies, LOGIN_CSRF};
use super::texts::text;
use crate::AppState;
use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use granty_domain::{Language, Violations};
use granty_i18n::rule_message;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A posted form, as axum's `Form` reads it, after refusing a NUL in any field's name or value
/// (see `crate::input`) with the 400 page that names the field. Every page form uses it.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Form<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (parts, body) = request.into_parts();
        let bytes = axum::body::to_bytes(body, state.limits.max_json_bytes)
            .await
            .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
        if let Some(field) = crate::input::nul_in_form(&bytes) {
            return Err(PageError::ForbiddenCharacter(field).into_response());
        }
        let request = Request::from_parts(parts, Body::from(bytes));
        match axum::Form::<T>::from_request(request, state).await {
            Ok(axum::Form(value)) => Ok(Form(value)),
            Err(rejection) => Err(rejection.into_response()),
        }
    }
}

/// A signed-in form's token must match the session's.
pub fn check_csrf(signed: &SignedIn, sent: &str) -> Result<(), PageError> {
    if same(&signed.csrf(), sent) {
        Ok(())
    } else {
        Err(PageError::FormExpired)
    }
}

/// The anonymous form token: the cookie's, or a new one to set.
pub fn form_token(cookies: &Cookies) -> String {
    cookies
        .get(LOGIN_CSRF)
        .map(str::to_string)
        .unwrap_or_else(random_token)
}

/// Whether an anonymous form's token matches its cookie.
pub fn token_ok(cookies: &Cookies, sent: &str) -> bool {
    cookies
        .get(LOGIN_CSRF)
        .is_some_and(|expected| same(expected, sent))
}

/// Sets the anonymous form token's cookie (an hour, as long as a form may stay open).
pub fn set_form_token(response: &mut Response, token: &str, secure: bool) {
    append_cookie(response, &cookie(LOGIN_CSRF, token, 3600, secure));
}

/// Renders an anonymous form page whose frame carries the form token, and sets the token's
/// cookie beside it.
pub fn render_with_token<T: Serialize>(
    status: StatusCode,
    template: &str,
    frame: &Frame,
    page: &T,
    secure: bool,
) -> Result<Response, PageError> {
    let mut response = render(status, template, frame, page)?;
    set_form_token(&mut response, &frame.csrf, secure);
    Ok(response)
}

/// A form that carries nothing but its token (a delete or remove button).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfForm {
    pub csrf: String,
}

/// Posted fields by name, for forms whose fields are not known in advance (rows of a table).
pub struct Fields(pub BTreeMap<String, String>);

impl Fields {
    pub fn new(pairs: Vec<(String, String)>) -> Fields {
        Fields(pairs.into_iter().collect())
    }

    /// The field's value, empty when it was not sent.
    pub fn get(&self, name: &str) -> String {
        self.0.get(name).cloned().unwrap_or_default()
    }

    /// How many rows of `table` were posted (`costs.3.name` makes four), at most `limit`.
    pub fn rows(&self, table: &str, limit: usize) -> usize {
        let prefix = format!("{table}.");
        self.0
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter_map(|rest| rest.split('.').next()?.parse::<usize>().ok())
            .map(|i| i + 1)
            .max()
            .unwrap_or(0)
            .min(limit)
    }
}

/// One input of a form as the templates lay it out.
#[derive(Serialize)]
pub struct Field {
    pub name: &'static str,
    pub label: &'static str,
    pub hint: Option<&'static str>,
    pub kind: &'static str,
    pub value: String,
    pub autocomplete: &'static str,
    pub error: Option<String>,
}

/// The two inputs of a new password (never sent back into the page), with their errors.
pub fn new_password_fields(lang: Language, errors: &[FieldError]) -> Vec<Field> {
    let field = |name, label, hint: Option<&str>| Field {
        name,
        label: text(lang, label),
        hint: hint.map(|h| text(lang, h)),
        kind: "password",
        value: String::new(),
        autocomplete: "new-password",
        error: field_error(errors, name),
    };
    vec![
        field("password", "password", Some("password_hint")),
        field("password_again", "password_again", None),
    ]
}

/// A problem of one field, for the error summary (`#field` links to its input).
#[derive(Serialize, Clone)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: &str) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: message.to_string(),
        }
    }
}

/// A problem with the field's label, for summaries that name the field.
#[derive(Serialize)]
pub struct LabelledError {
    pub field: String,
    pub label: String,
    pub message: String,
}

/// The first message of each field (shown next to its input) and the summary naming each field
/// by the text `label_prefix` + its name.
pub fn labelled_errors(
    violations: Option<&Violations>,
    lang: Language,
    label_prefix: &str,
) -> (BTreeMap<String, String>, Vec<LabelledError>) {
    let mut field_errors = BTreeMap::new();
    let mut errors = Vec::new();
    for v in violations.into_iter().flat_map(Violations::iter) {
        let message = rule_message(&v.rule, lang);
        field_errors
            .entry(v.field.clone())
            .or_insert_with(|| message.clone());
        errors.push(LabelledError {
            field: v.field.clone(),
            label: text(lang, &format!("{label_prefix}{}", v.field)).into(),
            message,
        });
    }
    (field_errors, errors)
}

/// The first message about `name`, shown next to its input.
pub fn field_error(errors: &[FieldError], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == name)
        .map(|e| e.message.clone())
}

/// The domain's violations in `lang`, one per problem, under their fields' names.
pub fn errors_of(violations: &Violations, lang: Language) -> Vec<FieldError> {
    violations
        .iter()
        .map(|v| FieldError {
            field: v.field.clone(),
            message: rule_message(&v.rule, lang),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_counted_from_the_highest_posted_index() {
        let fields = Fields::new(vec![
            ("costs.0.name".into(), "a".into()),
            ("costs.3.unit".into(), "b".into()),
            ("costsx.9.name".into(), "c".into()),
            ("title".into(), "d".into()),
        ]);
        assert_eq!(fields.rows("costs", 500), 4);
        assert_eq!(fields.rows("costs", 2), 2);
        assert_eq!(fields.rows("schedule", 500), 0);
        assert_eq!(fields.get("title"), "d");
        assert_eq!(fields.get("missing"), "");
    }
}
