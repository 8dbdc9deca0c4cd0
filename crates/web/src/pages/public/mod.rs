//! Public pages: a town's calls (open, upcoming, closed), each call's terms, and the call's
//! documents to download, without login; and the start page (`home`).

mod home;

pub use home::home;

use super::guard::SignedIn;
use super::layout::{render, Frame};
use super::respond::{remember_language, PageError};
use super::session::PageLanguage;
use super::texts::text;
use super::views::attachments::kind_name;
use super::views::documents::{rows, DocumentRow};
use super::views::results::{ground_text, results_view, ResultsView};
use crate::upload::file_response;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use granty_domain::call::{CallPhase, CallTerms, Criterion, Publication};
use granty_domain::roles::Role;
use granty_domain::tenant::Tenant;
use granty_domain::Language;
use granty_i18n::format::{call_phase, date, last_moment, money, percent, scheduled, time_left};
use granty_store::calls::{self, CallRecord};
use granty_store::{call_documents, organisations, uploads};
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
    commissioning: &'static str,
    /// The channels the announcement appeared in, with their days (those recorded).
    published_in: Vec<PublishedIn>,
}

#[derive(Serialize)]
struct PublishedIn {
    channel: &'static str,
    day: String,
}

/// Where and when the announcement appeared (art. 13 ust. 3), as far as recorded.
fn published_in(days: &Publication, lang: Language) -> Vec<PublishedIn> {
    [
        ("bip_on", days.bip_on),
        ("notice_board_on", days.notice_board_on),
        ("website_on", days.website_on),
    ]
    .into_iter()
    .filter_map(|(key, day)| {
        Some(PublishedIn {
            channel: text(lang, key),
            day: date(day?, lang),
        })
    })
    .collect()
}

/// The least own contribution asked: in total, and of it financial and non-financial.
/// A commissioning call asks none, whatever its form held.
fn own_contribution(terms: &CallTerms, lang: Language) -> String {
    let own = &terms.required_own_contribution();
    let mut parts = vec![percent(own.min_total, lang)];
    for (key, share) in [
        ("financial", own.min_financial),
        ("non_financial", own.min_non_financial),
    ] {
        if share.basis_points() > 0 {
            parts.push(format!("{} {}", text(lang, key), percent(share, lang)));
        }
    }
    parts.join(", ")
}

fn item(call: &CallRecord, tenant: &Tenant, now: DateTime<Utc>, lang: Language) -> CallItem {
    let t = &call.terms;
    let phase = call.phase(now);
    let zone = tenant.time_zone;
    CallItem {
        id: call.id,
        title: t.title.clone(),
        task_area: t.task_area.clone(),
        description: t.description.clone(),
        phase: call_phase(phase, lang),
        phase_code: phase.code(),
        deadline: last_moment(t.deadline, zone, lang),
        deadline_iso: t.deadline.to_rfc3339(),
        opens: scheduled(t.opens_at, zone, lang),
        opens_iso: t.opens_at.to_rfc3339(),
        time_left: (phase == CallPhase::Open)
            .then(|| time_left((t.deadline - now).num_seconds(), lang)),
        budget: money(t.budget, lang),
        min_grant: money(t.min_grant, lang),
        max_grant: money(t.max_grant, lang),
        own_contribution: own_contribution(t, lang),
        admin_cap: t.admin_cost_cap.map(|p| percent(p, lang)),
        realisation: format!(
            "{} – {}",
            date(t.realisation.start, lang),
            date(t.realisation.end, lang)
        ),
        correction_days: t.correction_days,
        criteria: t.criteria.clone(),
        max_points: t.max_points(),
        // Each named in the visitor's language where the catalogue knows its kind.
        attachments: t
            .required_attachments
            .iter()
            .map(|r| granty_domain::call::RequiredAttachment {
                code: r.code.clone(),
                name: kind_name(&t.required_attachments, &r.code, lang),
            })
            .collect(),
        cancel_reason: call.cancel_reason.clone(),
        commissioning: text(lang, &format!("commissioning_{}", t.commissioning.code())),
        published_in: published_in(&call.publication, lang),
    }
}

/// The frame of a town's public page: the town's own language unless the visitor chose another.
fn frame(tenant: &Tenant, language: &PageLanguage) -> (Language, Frame) {
    let lang = language.or_default(tenant.default_language);
    (
        lang,
        Frame::new(lang, String::new()).in_tenant(&tenant.name),
    )
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
) -> Result<Response, PageError> {
    town_page(&state, &slug, &language).await
}

/// A town's public page: its calls in groups, how to apply, and the ways in (log in, sign up).
async fn town_page(
    state: &AppState,
    slug: &str,
    language: &PageLanguage,
) -> Result<Response, PageError> {
    let (tenant, records) = calls::public_list(&state.db, slug).await?;
    let (lang, frame) = frame(&tenant, language);
    let page = ListPage {
        tenant_slug: tenant.slug.clone(),
        groups: groups(records, &tenant, state.clock.now(), lang),
    };
    let response = render(StatusCode::OK, "calls.html", &frame, &page)?;
    Ok(remember_language(response, language, state.secure_cookies))
}

/// The calls in three groups: open ones closest to their deadline first, upcoming ones by
/// opening, closed ones newest first.
fn groups(
    mut records: Vec<CallRecord>,
    tenant: &Tenant,
    now: DateTime<Utc>,
    lang: Language,
) -> Vec<Group> {
    let group = |code, heading| Group {
        code,
        heading: text(lang, heading),
        calls: vec![],
    };
    let mut groups = vec![
        group("open", "calls_open"),
        group("upcoming", "calls_upcoming"),
        group("closed", "calls_closed"),
    ];
    records.sort_by_key(|c| c.terms.deadline);
    for call in &records {
        let index = match call.phase(now) {
            CallPhase::Open => 0,
            CallPhase::Published => 1,
            _ => 2,
        };
        groups[index].calls.push(item(call, tenant, now, lang));
    }
    groups[2].calls.reverse();
    groups
}

#[derive(Serialize)]
struct CallPage {
    documents: Vec<DocumentRow>,
    tenant_slug: String,
    c: CallItem,
    /// JSON built here from our own constants, safe to place in the page's script.
    countdown_words: String,
    start: Option<StartOffer>,
    /// The published results (art. 15 ust. 2h), none before.
    results: Option<ResultsView>,
    /// The art. 18a ground of a cancelled call.
    cancel_ground: Option<&'static str>,
}

/// "Start an offer" on an open call's page: the form for a member of an organisation of this
/// town (the store continues a draft already started), a login that returns here for anyone not
/// signed in to the town.
#[derive(Serialize)]
struct StartOffer {
    login_href: Option<String>,
    organisations: Vec<(i64, String)>,
}

async fn start_offer(
    state: &AppState,
    signed: Option<&SignedIn>,
    tenant: &Tenant,
    record: &CallRecord,
) -> Result<Option<StartOffer>, PageError> {
    if record.phase(state.clock.now()) != CallPhase::Open {
        return Ok(None);
    }
    let Some(signed) = signed else {
        let back = format!("/{}/calls/{}", tenant.slug, record.id);
        return Ok(Some(StartOffer {
            login_href: Some(format!("/login?tenant={}&next={back}", tenant.slug)),
            organisations: vec![],
        }));
    };
    if signed.actor.role != Role::Ngo {
        return Ok(None);
    }
    let mine = organisations::mine(&state.db, &signed.actor).await?;
    Ok(Some(StartOffer {
        login_href: None,
        organisations: mine.into_iter().map(|o| (o.id, o.name)).collect(),
    }))
}

pub async fn call_page(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, i64)>,
    language: PageLanguage,
    signed: Result<SignedIn, PageError>,
) -> Result<Response, PageError> {
    let (tenant, record) = calls::public_get(&state.db, &slug, id).await?;
    let documents = call_documents::public_list(&state.db, &slug, id).await?;
    // Someone signed in to another town is a visitor here.
    let signed = match signed {
        Ok(signed) if signed.actor.tenant.slug == tenant.slug => Some(signed),
        Ok(_) | Err(PageError::Login { .. }) => None,
        Err(error) => return Err(error),
    };
    let (lang, anonymous) = frame(&tenant, &language);
    let lang = signed.as_ref().map_or(lang, |s| s.lang);
    let page = CallPage {
        documents: rows(&documents, tenant.time_zone, lang),
        tenant_slug: tenant.slug.clone(),
        c: item(&record, &tenant, state.clock.now(), lang),
        countdown_words: countdown_words(lang).to_string(),
        start: start_offer(&state, signed.as_ref(), &tenant, &record).await?,
        results: published_results(&state, &tenant, id, lang).await?,
        cancel_ground: granty_store::results::cancellation_ground(&state.db.reader, id)
            .await?
            .map(|ground| ground_text(ground, lang)),
    };
    let frame = signed.as_ref().map_or(&anonymous, |s| &s.frame);
    let response = render(StatusCode::OK, "call.html", frame, &page)?;
    Ok(remember_language(response, &language, state.secure_cookies))
}

/// The call's results once published; before, none (the store answers "not found").
async fn published_results(
    state: &AppState,
    tenant: &Tenant,
    id: i64,
    lang: Language,
) -> Result<Option<ResultsView>, PageError> {
    match granty_store::results::public_results(&state.db, &tenant.slug, id).await {
        Ok((_, found)) => Ok(Some(results_view(
            &found,
            state.clock.now(),
            tenant.time_zone,
            lang,
        ))),
        Err(granty_store::StoreError::NotFound) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// The countdown script's words: one, few and many days, hours and minutes.
fn countdown_words(lang: Language) -> serde_json::Value {
    match lang {
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
    }
}

/// Anyone downloads a document of a published call.
pub async fn download_document(
    State(state): State<AppState>,
    Path((slug, id, document)): Path<(String, i64, i64)>,
) -> Result<Response, PageError> {
    let (db, storage) = (&state.db, &state.storage);
    let file = uploads::call_document_file(db, storage, &slug, id, document).await?;
    Ok(file_response(file))
}
