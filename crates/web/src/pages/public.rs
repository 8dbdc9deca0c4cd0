//! Public pages: a town's calls (open, upcoming, closed) and each call's terms, without login.

use super::session::PageLanguage;
use super::texts::text;
use super::{render, Frame};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use granty_domain::call::{CallPhase, Criterion};
use granty_domain::format::{call_phase, date, instant, money, percent, time_left};
use granty_domain::tenant::Tenant;
use granty_domain::Language;
use granty_store::calls::{self, CallRecord};
use granty_store::StoreError;
use serde::Serialize;

#[derive(Serialize)]
struct CallItem {
    id: i64,
    title: String,
    task_area: String,
    description: String,
    phase: &'static str,
    phase_code: &'static str,
    deadline: String,
    deadline_iso: String,
    opens: String,
    opens_iso: String,
    time_left: Option<String>,
    budget: String,
    min_grant: String,
    max_grant: String,
    own_contribution: String,
    admin_cap: Option<String>,
    realisation: String,
    correction_days: u32,
    criteria: Vec<Criterion>,
    max_points: u32,
    attachments: Vec<granty_domain::call::RequiredAttachment>,
    cancel_reason: Option<String>,
}

fn item(call: &CallRecord, tenant: &Tenant, now: DateTime<Utc>, lang: Language) -> CallItem {
    let t = &call.terms;
    let phase = call.phase(now);
    let zone = tenant.time_zone;
    let own = &t.own_contribution;
    let mut own_parts = vec![percent(own.min_total, lang)];
    if own.min_financial.basis_points() > 0 {
        own_parts.push(format!(
            "{} {}",
            text(lang, "financial"),
            percent(own.min_financial, lang)
        ));
    }
    if own.min_non_financial.basis_points() > 0 {
        own_parts.push(format!(
            "{} {}",
            text(lang, "non_financial"),
            percent(own.min_non_financial, lang)
        ));
    }
    CallItem {
        id: call.id,
        title: t.title.clone(),
        task_area: t.task_area.clone(),
        description: t.description.clone(),
        phase: call_phase(phase, lang),
        phase_code: phase.code(),
        deadline: instant(t.deadline, zone, lang),
        deadline_iso: t.deadline.to_rfc3339(),
        opens: instant(t.opens_at, zone, lang),
        opens_iso: t.opens_at.to_rfc3339(),
        time_left: (phase == CallPhase::Open)
            .then(|| time_left((t.deadline - now).num_seconds(), lang)),
        budget: money(t.budget, lang),
        min_grant: money(t.min_grant, lang),
        max_grant: money(t.max_grant, lang),
        own_contribution: own_parts.join(", "),
        admin_cap: t.admin_cost_cap.map(|p| percent(p, lang)),
        realisation: format!(
            "{} – {}",
            date(t.realisation.start, lang),
            date(t.realisation.end, lang)
        ),
        correction_days: t.correction_days,
        criteria: t.criteria.clone(),
        max_points: t.max_points(),
        attachments: t.required_attachments.clone(),
        cancel_reason: call.cancel_reason.clone(),
    }
}

fn frame(tenant: &Tenant, language: &PageLanguage) -> (Language, Frame) {
    // The tenant's own language is the default for its public pages.
    let lang = if language.chosen || language.from_browser {
        language.lang
    } else {
        tenant.default_language
    };
    let mut frame = Frame::new(lang, String::new());
    frame.tenant_name = Some(tenant.name.clone());
    (lang, frame)
}

#[derive(Serialize)]
struct Group {
    code: &'static str,
    heading: &'static str,
    calls: Vec<CallItem>,
}

#[derive(Serialize)]
struct ListPage {
    tenant_slug: String,
    groups: Vec<Group>,
}

pub async fn list_calls_page(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    language: PageLanguage,
) -> Response {
    let (tenant, records) = match calls::public_list(&state.db, &slug).await {
        Ok(found) => found,
        Err(error) => return not_found_or_error(error, &language),
    };
    let (lang, frame) = frame(&tenant, &language);
    let now = state.clock.now();
    let mut groups = vec![
        Group {
            code: "open",
            heading: text(lang, "calls_open"),
            calls: vec![],
        },
        Group {
            code: "upcoming",
            heading: text(lang, "calls_upcoming"),
            calls: vec![],
        },
        Group {
            code: "closed",
            heading: text(lang, "calls_closed"),
            calls: vec![],
        },
    ];
    // Open calls closest to their deadline first; upcoming by opening; closed newest first.
    let mut records = records;
    records.sort_by_key(|c| c.terms.deadline);
    for call in &records {
        let index = match call.phase(now) {
            CallPhase::Open => 0,
            CallPhase::Published => 1,
            _ => 2,
        };
        groups[index].calls.push(item(call, &tenant, now, lang));
    }
    groups[2].calls.reverse();
    let page = ListPage {
        tenant_slug: tenant.slug.clone(),
        groups,
    };
    with_language_cookie(
        render(StatusCode::OK, "calls.html", &frame, &page),
        &state,
        &language,
    )
}

#[derive(Serialize)]
struct CallPage {
    documents: Vec<super::call_documents::DocumentRow>,
    tenant_slug: String,
    c: CallItem,
    /// JSON built here from our own constants, safe to place in the page's script.
    countdown_words: String,
}

pub async fn call_page(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    language: PageLanguage,
) -> Response {
    let (tenant, record) = match calls::public_get(&state.db, &slug, id).await {
        Ok(found) => found,
        Err(error) => return not_found_or_error(error, &language),
    };
    let (lang, frame) = frame(&tenant, &language);
    let words = match lang {
        Language::Pl => {
            serde_json::json!({ "d": ["dzień", "dni", "dni"], "h": ["godzina", "godziny", "godzin"], "m": ["minuta", "minuty", "minut"] })
        }
        Language::En => {
            serde_json::json!({ "d": ["day", "days", "days"], "h": ["hour", "hours", "hours"], "m": ["minute", "minutes", "minutes"] })
        }
        Language::Cs => {
            serde_json::json!({ "d": ["den", "dny", "dní"], "h": ["hodina", "hodiny", "hodin"], "m": ["minuta", "minuty", "minut"] })
        }
        Language::Uk => {
            serde_json::json!({ "d": ["день", "дні", "днів"], "h": ["година", "години", "годин"], "m": ["хвилина", "хвилини", "хвилин"] })
        }
    };
    let documents = match granty_store::call_documents::public_list(&state.db, &slug, id).await {
        Ok(found) => super::call_documents::rows(&found, tenant.time_zone, lang),
        Err(error) => return not_found_or_error(error, &language),
    };
    let page = CallPage {
        documents,
        tenant_slug: tenant.slug.clone(),
        c: item(&record, &tenant, state.clock.now(), lang),
        countdown_words: words.to_string(),
    };
    with_language_cookie(
        render(StatusCode::OK, "call.html", &frame, &page),
        &state,
        &language,
    )
}

fn with_language_cookie(
    mut response: Response,
    state: &AppState,
    language: &PageLanguage,
) -> Response {
    if language.chosen {
        let value = super::session::cookie(
            super::session::LANG,
            language.lang.code(),
            365 * 24 * 3600,
            state.secure_cookies,
        );
        super::login::append_cookie(&mut response, &value);
    }
    response
}

fn not_found_or_error(error: StoreError, language: &PageLanguage) -> Response {
    match error {
        StoreError::NotFound => not_found_page(language.lang),
        other => {
            tracing::error!(error = ?other, "public page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The "page not found" page in `lang`.
pub(super) fn not_found_page(lang: Language) -> Response {
    #[derive(Serialize)]
    struct Page {
        heading: &'static str,
        text: &'static str,
    }
    let frame = Frame::new(lang, String::new());
    render(
        StatusCode::NOT_FOUND,
        "message.html",
        &frame,
        &Page {
            heading: text(lang, "not_found"),
            text: text(lang, "not_found_text"),
        },
    )
}
