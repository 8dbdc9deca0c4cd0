//! The days a call's announcement appeared in BIP, on the notice board and on the website
//! (art. 13 ust. 3): given when publishing, from the list, and recorded later on the call's
//! publication page, which also counts the days from the last of them to the deadline.

use crate::pages::form::Form;
use crate::pages::form::{check_csrf, errors_of, field_error, FieldError, LabelledError};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use granty_domain::call::{CallError, Publication};
use granty_domain::{Language, Rule, Violation, Violations};
use granty_i18n::format::{date, last_moment};
use granty_i18n::rule_message;
use granty_store::calls::{self, CallRecord};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

/// The channels as (field, label key), in the law's order.
pub(super) const CHANNELS: [(&str, &str); 3] = [
    ("bip_on", "bip_on"),
    ("notice_board_on", "notice_board_on"),
    ("website_on", "website_on"),
];

/// The three days as posted (`YYYY-MM-DD`), each may be empty.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DaysForm {
    csrf: String,
    confirm_short_deadline: String,
    bip_on: String,
    notice_board_on: String,
    website_on: String,
}

impl DaysForm {
    pub(super) fn csrf(&self) -> &str {
        &self.csrf
    }

    pub(super) fn confirmed(&self) -> bool {
        self.confirm_short_deadline == "yes"
    }

    /// The days typed; an empty field is no day, one that is not a date is named.
    pub(super) fn publication(&self) -> Result<Publication, Violations> {
        let mut v = Violations::new();
        let mut day = |field: &str, typed: &str| {
            let typed = typed.trim();
            if typed.is_empty() {
                return None;
            }
            NaiveDate::parse_from_str(typed, "%Y-%m-%d")
                .map_err(|_| v.push(field, Rule::InvalidValue))
                .ok()
        };
        let days = Publication {
            bip_on: day("bip_on", &self.bip_on),
            notice_board_on: day("notice_board_on", &self.notice_board_on),
            website_on: day("website_on", &self.website_on),
        };
        v.into_result(days)
    }

    fn typed(&self, field: &str) -> &str {
        match field {
            "bip_on" => &self.bip_on,
            "notice_board_on" => &self.notice_board_on,
            _ => &self.website_on,
        }
    }
}

/// A one-line account of refused days, for the list's notice: "label: message" each.
pub(super) fn refusal(violations: &Violations, lang: Language) -> String {
    violations
        .iter()
        .map(|v| {
            let label = CHANNELS
                .iter()
                .find(|(f, _)| *f == v.field)
                .map(|(_, l)| text(lang, l))
                .unwrap_or_default();
            format!("{label}: {}", rule_message(&v.rule, lang))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Serialize)]
struct DayInput {
    name: &'static str,
    label: &'static str,
    value: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct PublicationPage {
    id: i64,
    title: String,
    deadline: String,
    days: Vec<DayInput>,
    last_day: Option<String>,
    days_to_deadline: Option<i64>,
    notice: Option<&'static str>,
    errors: Vec<LabelledError>,
    confirm_error: Option<String>,
}

pub async fn publication_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let call = calls::get(&state.db, &signed.actor, id).await?;
    let shown = |day: Option<NaiveDate>| day.map(|d| d.to_string()).unwrap_or_default();
    let form = DaysForm {
        bip_on: shown(call.publication.bip_on),
        notice_board_on: shown(call.publication.notice_board_on),
        website_on: shown(call.publication.website_on),
        ..DaysForm::default()
    };
    page(&signed, &call, &form, &[], None, StatusCode::OK)
}

pub async fn record_publication(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DaysForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, form.csrf())?;
    let refused = match record(&state, &signed, id, &form).await? {
        Ok(call) => {
            let notice = Some("publication_recorded");
            return page(&signed, &call, &form, &[], notice, StatusCode::OK);
        }
        Err(refused) => refused,
    };
    let call = calls::get(&state.db, &signed.actor, id).await?;
    let errors = errors_of(&refused, signed.lang);
    page(
        &signed,
        &call,
        &form,
        &errors,
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

/// Records the typed days; the call as recorded, or what stands in the way (a day that is not a
/// date or lies ahead, a deadline closer than the minimum and not confirmed).
async fn record(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    form: &DaysForm,
) -> Result<Result<CallRecord, Violations>, PageError> {
    let days = match form.publication() {
        Ok(days) => days,
        Err(v) => return Ok(Err(v)),
    };
    let now = state.clock.now();
    let confirmed = form.confirmed();
    match calls::record_publication(&state.db, &signed.actor, id, days, confirmed, now).await {
        Ok(call) => Ok(Ok(call)),
        Err(StoreError::Invalid(v)) => Ok(Err(v)),
        Err(StoreError::Call(CallError::DeadlineTooSoon { days, minimum })) => {
            let minimum = i64::from(minimum);
            let rule = Rule::DeadlineTooSoon { days, minimum };
            let field = "confirm_short_deadline";
            Ok(Err(Violations(vec![Violation::new(field, rule)])))
        }
        Err(error) => Err(error.into()),
    }
}

fn page(
    signed: &SignedIn,
    call: &CallRecord,
    form: &DaysForm,
    errors: &[FieldError],
    notice: Option<&'static str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = signed.lang;
    let days = CHANNELS
        .iter()
        .map(|(name, label)| DayInput {
            name,
            label: text(lang, label),
            value: form.typed(name).to_string(),
            error: field_error(errors, name),
        })
        .collect();
    let last = call.publication.last_day();
    let zone = signed.zone();
    let page = PublicationPage {
        id: call.id,
        title: call.terms.title.clone(),
        deadline: last_moment(call.terms.deadline, zone, lang),
        days,
        last_day: last.map(|d| date(d, lang)),
        days_to_deadline: last
            .map(|d| granty_domain::call::days_to_deadline(d, call.terms.deadline, zone)),
        notice: notice.map(|key| text(lang, key)),
        errors: labelled(errors, lang),
        confirm_error: field_error(errors, "confirm_short_deadline"),
    };
    render(status, "clerk_call_publication.html", &signed.frame, &page)
}

/// The error summary: each problem under its field's label.
fn labelled(errors: &[FieldError], lang: Language) -> Vec<LabelledError> {
    errors
        .iter()
        .map(|e| LabelledError {
            field: e.field.clone(),
            label: CHANNELS
                .iter()
                .find(|(f, _)| *f == e.field)
                .map(|(_, l)| text(lang, l))
                .unwrap_or_else(|| text(lang, "confirm_short_deadline"))
                .to_string(),
            message: e.message.clone(),
        })
        .collect()
}
