//! The web layer's one error type, answered as RFC 9457 problem+json in the caller's language.
//!
//! Handlers return `ApiError`; its response carries the problem unrendered, and the
//! `render_problems` middleware writes the body in the language the request asked for.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use granty_domain::application::TransitionError;
use granty_domain::call::CallError;
use granty_domain::{Language, Rule, Violation, Violations};
use granty_i18n::format::{application_state, call_phase, scheduled};
use granty_i18n::{message, message_with, rule_message};
use granty_store::StoreError;
use serde_json::json;

#[derive(Debug)]
pub enum ApiError {
    Unauthorized,
    Forbidden,
    NotFound,
    Invalid(Violations),
    /// Malformed body: not JSON, or JSON of the wrong shape.
    BadRequest(String),
    TooLarge {
        max_bytes: usize,
    },
    Transition {
        error: TransitionError,
        zone: Tz,
    },
    CallState(CallError),
    /// The write was based on an old version; `current` is what is stored now.
    Stale {
        current: serde_json::Value,
    },
    Conflict(String),
    AttachmentLocked,
    EmailNotConfirmed,
    /// A service we depend on is down for now; the cause is logged, the caller told to retry.
    Unavailable {
        service: Service,
        cause: String,
    },
    /// The account logs in with a two-factor code: send `totp_code` with the password.
    TwoFactorRequired,
    /// The town requires two-factor login of its staff and this account has not set it up yet.
    TwoFactorEnrolmentRequired,
    /// Too many failed logins: try again after this many seconds (`Retry-After`).
    TooManyLogins {
        retry_after_seconds: i64,
    },
    Internal(String),
}

/// The outside service that is down, named in the problem's type and title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Database,
    Storage,
}

/// Seconds a client should wait before trying again after a 503.
pub const RETRY_AFTER_SECONDS: &str = "30";

impl ApiError {
    /// Maps a store error, formatting instants in `zone`.
    pub fn from_store(error: StoreError, zone: Tz) -> ApiError {
        match error {
            StoreError::NotFound => ApiError::NotFound,
            StoreError::Forbidden => ApiError::Forbidden,
            StoreError::BadCredentials => ApiError::Unauthorized,
            StoreError::AttachmentLocked => ApiError::AttachmentLocked,
            StoreError::CardState(state) => ApiError::Conflict(format!("scorecard {state}")),
            StoreError::EmailNotConfirmed => ApiError::EmailNotConfirmed,
            StoreError::TwoFactorRequired { .. } => ApiError::TwoFactorRequired,
            StoreError::Throttled {
                retry_after_seconds,
                ..
            } => ApiError::TooManyLogins {
                retry_after_seconds,
            },
            StoreError::Invalid(v) => ApiError::Invalid(v),
            StoreError::Transition(TransitionError::WrongActor) => ApiError::Forbidden,
            StoreError::Transition(error) => ApiError::Transition { error, zone },
            StoreError::Call(CallError::DeadlineTooSoon { days, minimum }) => invalid(
                "confirm_short_deadline",
                Rule::DeadlineTooSoon {
                    days,
                    minimum: i64::from(minimum),
                },
            ),
            StoreError::Call(CallError::DeadlineInPast) => {
                invalid("deadline", Rule::DeadlineInPast)
            }
            StoreError::Call(CallError::ReasonRequired) => invalid("reason", Rule::ReasonRequired),
            StoreError::Call(error) => ApiError::CallState(error),
            StoreError::Stale { current } => ApiError::Stale {
                current: json!({ "version": current }),
            },
            StoreError::Duplicate { constraint } => match constraint.as_str() {
                "uq_users_email" => invalid("email", Rule::Duplicate),
                "uq_organisations_tenant_nip" => invalid("nip", Rule::Duplicate),
                "uq_tenants_slug" => invalid("slug", Rule::Duplicate),
                other => ApiError::Conflict(other.to_string()),
            },
            error if error.is_unavailable() => ApiError::Unavailable {
                service: Service::Database,
                cause: error.to_string(),
            },
            StoreError::Storage(e) if e.is_outage() => ApiError::Unavailable {
                service: Service::Storage,
                cause: e.to_string(),
            },
            StoreError::Unavailable(e) => ApiError::Internal(e),
            StoreError::Db(e) => ApiError::Internal(e.to_string()),
            StoreError::Corrupt(e) => ApiError::Internal(e),
            StoreError::NotFiled => ApiError::Conflict("offer not filed yet".into()),
            StoreError::Document(e) => ApiError::Internal(e),
            StoreError::Storage(e) => ApiError::Internal(e.to_string()),
        }
    }
}

pub fn invalid(field: &str, rule: Rule) -> ApiError {
    ApiError::Invalid(Violations(vec![Violation::new(field, rule)]))
}

/// The problem as it travels to the renderer.
#[derive(Clone)]
struct PendingProblem(std::sync::Arc<ApiError>);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::Unauthorized | ApiError::TwoFactorRequired => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden
            | ApiError::EmailNotConfirmed
            | ApiError::TwoFactorEnrolmentRequired => StatusCode::FORBIDDEN,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Transition { .. }
            | ApiError::CallState(_)
            | ApiError::Stale { .. }
            | ApiError::Conflict(_)
            | ApiError::AttachmentLocked => StatusCode::CONFLICT,
            ApiError::Unavailable { service, cause } => {
                tracing::warn!(?service, %cause, "service unavailable");
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::TooManyLogins { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "internal error");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(RETRY_AFTER_SECONDS),
            );
        }
        response
            .extensions_mut()
            .insert(PendingProblem(std::sync::Arc::new(self)));
        response
    }
}

/// Renders pending problems in the request's language (`Accept-Language`, then Polish).
pub async fn render_problems(request: Request, next: Next) -> Response {
    let lang = request
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Language::from_accept_language)
        .unwrap_or_default();
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let Some(PendingProblem(problem)) = response.extensions_mut().remove::<PendingProblem>() else {
        // Rejections from axum's own layers (e.g. the body limit) arrive as plain text.
        if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
            let status = response.status();
            let problem = problem_response(status, &ApiError::TooLarge { max_bytes: 0 }, lang);
            return keep_extensions(response, problem);
        }
        if api && is_plain_rejection(&response) {
            return rejection_as_problem(response, lang).await;
        }
        return response;
    };
    let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
    let mut rendered = problem_response(response.status(), &problem, lang);
    if let Some(value) = retry_after {
        rendered.headers_mut().insert(header::RETRY_AFTER, value);
    }
    keep_extensions(response, rendered)
}

/// The new answer keeps what inner layers noted on the old one (the route pattern the metrics
/// count by).
fn keep_extensions(mut from: Response, mut to: Response) -> Response {
    let noted = std::mem::take(from.extensions_mut());
    to.extensions_mut().extend(noted);
    to
}

/// An extractor's rejection (a path id that is no number, a query that does not parse): axum
/// answers a 4xx in plain text, which the JSON API's clients cannot read as a problem.
fn is_plain_rejection(response: &Response) -> bool {
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    plain && response.status().is_client_error()
}

/// The rejection as problem+json, its text (axum's, in English) kept as the detail.
async fn rejection_as_problem(response: Response, lang: Language) -> Response {
    let status = response.status();
    let (parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    let noted = Response::from_parts(parts, axum::body::Body::empty());
    keep_extensions(
        noted,
        problem_response(status, &ApiError::BadRequest(text), lang),
    )
}

fn problem_response(status: StatusCode, problem: &ApiError, lang: Language) -> Response {
    let body = problem_body(status, problem, lang);
    let mut response = (status, body.to_string()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(lang.code()),
    );
    if let ApiError::TooManyLogins {
        retry_after_seconds,
    } = problem
    {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_seconds));
    }
    response
}

/// The problem+json document for `problem`, in `lang`.
fn problem_body(status: StatusCode, problem: &ApiError, lang: Language) -> serde_json::Value {
    let kind = kind(problem);
    let title = message(lang, &format!("problem-{kind}"));
    let mut body = json!({
        "type": format!("https://granty.example/problems/{kind}"),
        "title": title,
        "status": status.as_u16(),
    });
    if let Some(detail) = detail(problem, lang) {
        body["detail"] = json!(detail);
    }
    if let ApiError::Invalid(violations) = problem {
        body["errors"] = json!(violations
            .iter()
            .map(|v| json!({ "field": v.field, "code": v.rule.code(), "message": rule_message(&v.rule, lang) }))
            .collect::<Vec<_>>());
    }
    if let ApiError::Stale { current } = problem {
        body["current"] = current.clone();
    }
    if let ApiError::Transition { error, .. } = problem {
        if let Some(at) = transition_instant(error) {
            body["at"] = json!(at);
        }
    }
    body
}

fn transition_instant(error: &TransitionError) -> Option<DateTime<Utc>> {
    match error {
        TransitionError::DeadlinePassed { deadline } => Some(*deadline),
        TransitionError::NotYetOpen { opens_at } => Some(*opens_at),
        TransitionError::CorrectionPeriodOver { due } => Some(*due),
        _ => None,
    }
}

/// The problem's type (its URI's last segment); its title is the message `problem-<type>`.
fn kind(problem: &ApiError) -> &'static str {
    match problem {
        ApiError::Unauthorized => "unauthorized",
        ApiError::Forbidden => "forbidden",
        ApiError::NotFound => "not-found",
        ApiError::Invalid(_) => "invalid",
        ApiError::BadRequest(_) => "bad-request",
        ApiError::TooLarge { .. } => "too-large",
        ApiError::Transition { .. } | ApiError::CallState(_) => "state-conflict",
        ApiError::Stale { .. } => "stale-version",
        ApiError::Conflict(_) => "conflict",
        ApiError::EmailNotConfirmed => "email-not-confirmed",
        ApiError::TwoFactorRequired => "two-factor-required",
        ApiError::TwoFactorEnrolmentRequired => "two-factor-enrolment-required",
        ApiError::AttachmentLocked => "attachment-locked",
        ApiError::Unavailable {
            service: Service::Database,
            ..
        } => "unavailable",
        ApiError::Unavailable {
            service: Service::Storage,
            ..
        } => "storage-unavailable",
        ApiError::TooManyLogins { .. } => "too-many-logins",
        ApiError::Internal(_) => "internal",
    }
}

fn detail(problem: &ApiError, lang: Language) -> Option<String> {
    match problem {
        ApiError::Transition { error, zone } => Some(transition_detail(error, *zone, lang)),
        ApiError::CallState(CallError::NotAllowed { phase, .. }) => Some(message_with(
            lang,
            "problem-call-state-detail",
            &[("phase", call_phase(*phase, lang).into())],
        )),
        ApiError::BadRequest(detail) => Some(detail.clone()),
        ApiError::TooManyLogins {
            retry_after_seconds,
        } => Some(too_many_logins(*retry_after_seconds, lang)),
        ApiError::TooLarge { max_bytes } if *max_bytes > 0 => Some(message_with(
            lang,
            "problem-too-large-detail",
            &[(
                "max_bytes",
                i64::try_from(*max_bytes).unwrap_or(i64::MAX).into(),
            )],
        )),
        _ => None,
    }
}

/// How long to wait after too many failed logins, in whole minutes (rounded up), in words.
pub(crate) fn too_many_logins(retry_after_seconds: i64, lang: Language) -> String {
    let minutes = (retry_after_seconds + 59) / 60;
    message_with(
        lang,
        "too-many-logins-detail",
        &[("minutes", minutes.into())],
    )
}

/// Why a transition was refused, in words (with instants in the town's zone).
pub(crate) fn transition_detail(error: &TransitionError, zone: Tz, lang: Language) -> String {
    let at = |id: &str, t: &DateTime<Utc>| {
        message_with(lang, id, &[("at", scheduled(*t, zone, lang).into())])
    };
    match error {
        TransitionError::DeadlinePassed { deadline } => at("problem-deadline-passed", deadline),
        TransitionError::NotYetOpen { opens_at } => at("problem-not-yet-open", opens_at),
        TransitionError::CorrectionPeriodOver { due } => at("problem-correction-period-over", due),
        TransitionError::NotAllowed { state, .. } => message_with(
            lang,
            "problem-application-state",
            &[("state", application_state(*state, lang).into())],
        ),
        TransitionError::WrongActor => String::new(),
    }
}

#[cfg(test)]
mod tests;
