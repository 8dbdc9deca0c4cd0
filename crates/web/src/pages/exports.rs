//! The downloads linked from the clerk's pages (a call's submissions; the town's agreements,
//! payments and settlements) in the page's language, and a town's open data linked from its
//! public page (awarded grants as CSV and JSON, no login). The same use cases and writers as
//! the JSON API's (`crate::exports`).

use super::guard::Staff;
use super::respond::PageError;
use super::session::PageLanguage;
use crate::exports::open_data::{grants_json, grants_sheet};
use crate::exports::records::{agreements_sheet, payments_sheet, settlements_sheet, Named};
use crate::exports::submissions::submissions_sheet;
use crate::exports::{attachment, respond, Caching, Format, CSV_TYPE};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use granty_store::exports::{agreements, open_data, payments, settlements, submissions};
use granty_store::Actor;
use serde::Deserialize;

fn named<'a>(state: &AppState, actor: &'a Actor) -> Named<'a> {
    let zone = actor.tenant.time_zone;
    Named {
        slug: &actor.tenant.slug,
        today: state.clock.now().with_timezone(&zone).date_naive(),
    }
}

async fn submissions_file(
    state: &AppState,
    signed: &super::guard::SignedIn,
    id: i64,
    format: Format,
) -> Result<Response, PageError> {
    let export = submissions::open(&state.db, &signed.actor, id).await?;
    let sheet = submissions_sheet(state.db.clone(), export, signed.zone(), signed.lang);
    Ok(respond(sheet, format))
}

pub async fn submissions_csv(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    submissions_file(&state, &signed, id, Format::Csv).await
}

pub async fn submissions_xlsx(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    submissions_file(&state, &signed, id, Format::Xlsx).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct StateFilter {
    state: String,
}

async fn agreements_file(
    state: &AppState,
    signed: &super::guard::SignedIn,
    filter: &StateFilter,
    format: Format,
) -> Result<Response, PageError> {
    let wanted = Some(filter.state.as_str()).filter(|s| !s.is_empty());
    let export = agreements::open(&signed.actor, wanted).await?;
    let named = named(state, &signed.actor);
    let sheet = agreements_sheet(state.db.clone(), export, named, signed.zone(), signed.lang);
    Ok(respond(sheet, format))
}

pub async fn agreements_csv(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Query(filter): Query<StateFilter>,
) -> Result<Response, PageError> {
    agreements_file(&state, &signed, &filter, Format::Csv).await
}

pub async fn agreements_xlsx(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Query(filter): Query<StateFilter>,
) -> Result<Response, PageError> {
    agreements_file(&state, &signed, &filter, Format::Xlsx).await
}

async fn payments_file(
    state: &AppState,
    signed: &super::guard::SignedIn,
    format: Format,
) -> Result<Response, PageError> {
    let export = payments::open(&signed.actor).await?;
    let named = named(state, &signed.actor);
    let sheet = payments_sheet(state.db.clone(), export, named, signed.lang);
    Ok(respond(sheet, format))
}

pub async fn payments_csv(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    payments_file(&state, &signed, Format::Csv).await
}

pub async fn payments_xlsx(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    payments_file(&state, &signed, Format::Xlsx).await
}

async fn settlements_file(
    state: &AppState,
    signed: &super::guard::SignedIn,
    format: Format,
) -> Result<Response, PageError> {
    let export = settlements::open(&signed.actor, state.clock.now()).await?;
    let named = named(state, &signed.actor);
    let sheet = settlements_sheet(state.db.clone(), export, named, signed.lang);
    Ok(respond(sheet, format))
}

pub async fn settlements_csv(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    settlements_file(&state, &signed, Format::Csv).await
}

pub async fn settlements_xlsx(
    State(state): State<AppState>,
    Staff(signed): Staff,
) -> Result<Response, PageError> {
    settlements_file(&state, &signed, Format::Xlsx).await
}

/// A town's awarded grants as CSV, headers in the visitor's language (else the town's).
pub async fn open_grants_csv(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let grants = open_data::open(&state.db, &slug).await?;
    let lang = language.or_default(grants.tenant().default_language);
    let sheet = grants_sheet(state.db.clone(), grants, lang);
    let name = crate::exports::file_name(&sheet.file_stem, "csv");
    let body = crate::exports::csv_body(sheet);
    Ok(attachment(CSV_TYPE, &name, Caching::Public, body))
}

/// A town's awarded grants as a JSON array (the same as `GET /api/v1/public/{tenant}/grants`).
pub async fn open_grants_json(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, PageError> {
    let grants = open_data::open(&state.db, &slug).await?;
    let name = crate::exports::file_name(&format!("grants-{}", grants.tenant().slug), "json");
    let body = grants_json(state.db.clone(), grants);
    Ok(attachment("application/json", &name, Caching::Public, body))
}
