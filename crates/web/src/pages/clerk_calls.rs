//! The clerk creates a call (terms typed in the town's local time) and publishes it.

use super::clerk::staff;
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use granty_domain::call::{CallAction, CallInput, RequiredAttachment};
use granty_domain::format::messages::message;
use granty_domain::{Language, Rule, Violation, Violations};
use granty_store::{calls, StoreError};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct CallForm {
    csrf: String,
    title: String,
    task_area: String,
    description: String,
    budget: String,
    min_grant: String,
    max_grant: String,
    min_own_contribution: String,
    admin_cost_cap: String,
    opens_at: String,
    deadline: String,
    realisation_start: String,
    realisation_end: String,
    required_attachments: String,
}

/// (field, label key, input type, hint key)
const FIELDS: &[(&str, &str, &str, Option<&str>)] = &[
    ("title", "call_title", "text", None),
    ("task_area", "task_area", "text", None),
    ("description", "description", "textarea", None),
    ("budget", "budget", "text", Some("amount_hint")),
    ("min_grant", "min_grant", "text", None),
    ("max_grant", "max_grant", "text", None),
    ("min_own_contribution", "min_own_contribution", "text", None),
    ("admin_cost_cap", "admin_cost_cap", "text", None),
    ("opens_at", "opens_at", "datetime-local", None),
    ("deadline", "deadline_local", "datetime-local", None),
    ("realisation_start", "realisation_start", "date", None),
    ("realisation_end", "realisation_end", "date", None),
    (
        "required_attachments",
        "required_attachments",
        "textarea",
        Some("required_attachments_hint"),
    ),
];

/// A `datetime-local` value in the town's zone, as an instant (DST included).
fn local_instant(v: &mut Violations, field: &str, text: &str, zone: Tz) -> Option<DateTime<Utc>> {
    if text.trim().is_empty() {
        v.push(field, Rule::Required);
        return None;
    }
    let parsed = NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%dT%H:%M:%S"));
    let Ok(local) = parsed else {
        v.push(field, Rule::InvalidValue);
        return None;
    };
    // In the autumn hour that happens twice, the first occurrence is meant.
    match zone.from_local_datetime(&local).earliest() {
        Some(instant) => Some(instant.with_timezone(&Utc)),
        None => {
            v.push(field, Rule::InvalidValue);
            None
        }
    }
}

fn day(v: &mut Violations, field: &str, text: &str) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| v.push(field, Rule::InvalidValue))
        .ok()
}

/// Turns the form into the domain's input; problems the domain cannot see (local times) come back too.
fn to_input(form: &CallForm, zone: Tz) -> (CallInput, Violations) {
    let mut v = Violations::new();
    let attachments = form
        .required_attachments
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, name)| RequiredAttachment {
            code: attachment_code(name, i),
            name: name.to_string(),
        })
        .collect();
    let input = CallInput {
        title: form.title.clone(),
        task_area: form.task_area.clone(),
        description: form.description.clone(),
        budget: form.budget.clone(),
        min_grant: form.min_grant.clone(),
        max_grant: form.max_grant.clone(),
        min_own_contribution: form.min_own_contribution.clone(),
        admin_cost_cap: form.admin_cost_cap.clone(),
        opens_at: local_instant(&mut v, "opens_at", &form.opens_at, zone),
        deadline: local_instant(&mut v, "deadline", &form.deadline, zone),
        realisation_start: day(&mut v, "realisation_start", &form.realisation_start),
        realisation_end: day(&mut v, "realisation_end", &form.realisation_end),
        required_attachments: attachments,
        ..CallInput::default()
    };
    (input, v)
}

/// A short code for an attachment name ("Statut organizacji" → "statut-organizacji").
fn attachment_code(name: &str, index: usize) -> String {
    let code: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ą' => 'a',
            'ć' => 'c',
            'ę' => 'e',
            'ł' => 'l',
            'ń' => 'n',
            'ó' => 'o',
            'ś' => 's',
            'ź' | 'ż' => 'z',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let code: String = code.chars().take(40).collect();
    if code.is_empty() {
        format!("zalacznik-{}", index + 1)
    } else {
        code
    }
}

#[derive(Serialize)]
struct Field {
    name: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    kind: &'static str,
    value: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct ErrorLink {
    field: String,
    label: &'static str,
    message: String,
}

fn form_page(
    signed: &super::ngo::Signed,
    form: &CallForm,
    violations: &Violations,
    status: StatusCode,
) -> Response {
    let lang: Language = signed.lang;
    let values = serde_json::to_value(form).unwrap_or_default();
    let error_of = |name: &str| {
        violations
            .iter()
            .find(|v| v.field == name || v.field.starts_with(&format!("{name}[")))
            .map(|v| message(&v.rule, lang))
    };
    let fields = FIELDS
        .iter()
        .map(|(name, label, kind, hint)| Field {
            name,
            label: text(lang, label),
            hint: hint.map(|h| text(lang, h)),
            kind,
            value: values[*name].as_str().unwrap_or_default().to_string(),
            error: error_of(name),
        })
        .collect();
    let errors = violations
        .iter()
        .map(|v: &Violation| {
            let field = v.field.split('[').next().unwrap_or("title").to_string();
            let label = FIELDS
                .iter()
                .find(|(n, ..)| *n == field)
                .map(|(_, l, ..)| text(lang, l))
                .unwrap_or("");
            ErrorLink {
                field,
                label,
                message: message(&v.rule, lang),
            }
        })
        .collect();
    #[derive(Serialize)]
    struct Page {
        fields: Vec<Field>,
        errors: Vec<ErrorLink>,
    }
    render(
        status,
        "clerk_call_form.html",
        &signed.frame,
        &Page { fields, errors },
    )
}

pub async fn new_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    match staff(&state, &cookies, &language, "/clerk/calls/new").await {
        Ok(signed) => form_page(
            &signed,
            &CallForm::default(),
            &Violations::new(),
            StatusCode::OK,
        ),
        Err(response) => response,
    }
}

pub async fn create_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<CallForm>,
) -> Response {
    let signed = match staff(&state, &cookies, &language, "/clerk/calls/new").await {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let (input, mut local) = to_input(&form, signed.actor.tenant.time_zone);
    let created = calls::create(&state.db, &signed.actor, &input, None, state.clock.now()).await;
    match created {
        Ok(_) if local.is_empty() => Redirect::to("/clerk/calls").into_response(),
        Err(StoreError::Invalid(v)) => {
            // The domain reports missing instants too; keep one message per field.
            for violation in v.0 {
                if !local.iter().any(|l| l.field == violation.field) {
                    local.push(violation.field, violation.rule);
                }
            }
            form_page(&signed, &form, &local, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Ok(_) => Redirect::to("/clerk/calls").into_response(),
        Err(error) => {
            tracing::error!(?error, "creating a call");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    csrf: String,
    confirm_short_deadline: String,
}

pub async fn publish_call(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(form): Form<PublishForm>,
) -> Response {
    let signed = match staff(&state, &cookies, &language, "/clerk/calls").await {
        Ok(signed) => signed,
        Err(response) => return response,
    };
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let action = CallAction::Publish {
        confirm_short_deadline: form.confirm_short_deadline == "yes",
    };
    let notice = match calls::transition(&state.db, &signed.actor, id, action, state.clock.now())
        .await
    {
        Ok(_) => text(signed.lang, "published_notice").to_string(),
        Err(StoreError::Call(granty_domain::call::CallError::DeadlineTooSoon { days })) => message(
            &Rule::DeadlineTooSoon {
                days,
                minimum: granty_domain::call::STATUTORY_MIN_DAYS_TO_DEADLINE,
            },
            signed.lang,
        ),
        Err(StoreError::Call(_)) => text(signed.lang, "not_found_text").to_string(),
        Err(error) => return super::clerk::failure_response(error, &signed),
    };
    super::clerk::calls_list(&state, &signed, Some(notice)).await
}
