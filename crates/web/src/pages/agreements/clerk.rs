//! The clerk's agreement pages: the town's list (by state) and the screen with each step's form.

use super::calls::with_reports;
use super::forms::{AnnexTyped, PaymentTyped, TerminateTyped, TermsForm};
use super::screen::{agreement_page, Done, Typed};
use super::view::{row, state_name, Row};
use super::{of_form, services};
use crate::pages::form::{check_csrf, CsrfForm, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::views::exports::{link, Exports};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Language;
use granty_domain::Violations;
use granty_store::agreements::{
    self, AgreementPatch, AgreementSummary, AgreementView, ScanConfirmation,
};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

const STATES: [&str; 7] = [
    "draft",
    "ready",
    "signed",
    "realisation",
    "reporting",
    "settled",
    "terminated",
];

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListFilter {
    state: String,
}

#[derive(Serialize)]
struct StateLink {
    code: &'static str,
    label: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct ListPage {
    staff: bool,
    current: Option<&'static str>,
    states: Vec<StateLink>,
    rows: Vec<Row>,
    /// The staff's downloads: the agreements (as filtered), their payments and settlements.
    exports: Exports,
}

pub async fn clerk_agreements(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Query(filter): Query<ListFilter>,
) -> Result<Response, PageError> {
    let all = agreements::list(&state.db, &signed.actor).await?;
    let lang = signed.lang;
    let current = STATES.iter().copied().find(|s| *s == filter.state);
    let exports = downloads(&all, current, lang);
    let page = ListPage {
        staff: true,
        current,
        states: STATES
            .iter()
            .map(|code| StateLink {
                code,
                label: state_name(code, lang),
                count: all.iter().filter(|a| a.state == *code).count(),
            })
            .collect(),
        rows: all
            .iter()
            .filter(|a| current.is_none_or(|c| a.state == c))
            .map(|a| row(a, lang))
            .collect(),
        exports,
    };
    render(StatusCode::OK, "agreements.html", &signed.frame, &page)
}

/// The downloads of the list: the agreements shown (one state, or all), the tranches of every
/// agreement but drafts, the settlements of those signed by all.
fn downloads(all: &[AgreementSummary], current: Option<&str>, lang: Language) -> Exports {
    let count = |states: &[&str]| {
        all.iter()
            .filter(|a| states.contains(&a.state.as_str()))
            .count() as u64
    };
    let shown = current.map_or(all.len() as u64, |c| count(&[c]));
    let query = current.map(|c| format!("?state={c}")).unwrap_or_default();
    let settled = count(&["realisation", "reporting", "settled", "terminated"]);
    Exports::new(vec![
        link(
            "download-agreements",
            "export_agreements_rows",
            "/clerk/agreements",
            &query,
            Some(shown),
            lang,
        ),
        link(
            "download-payments",
            "export_payments_rows",
            "/clerk/payments",
            "",
            None,
            lang,
        ),
        link(
            "download-settlements",
            "export_settlements_rows",
            "/clerk/settlements",
            "",
            Some(settled),
            lang,
        ),
    ])
}

pub async fn clerk_agreement(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    let notice = done.notice(signed.lang);
    let typed = with_reports(&state, &signed, &found, Typed::default()).await?;
    agreement_page(&signed, &found, typed, None, notice)
}

/// Draws up the agreement of an award (a second click finds the first's) and opens it.
pub async fn draw_up(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(award_id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let created = agreements::create_from_award(&state.db, &signed.actor, award_id, now).await?;
    Ok(redirect(&format!("/clerk/agreements/{}", created.id)))
}

/// One of the screen's forms: what the screen confirms once it is done (`?done=`) and the
/// prefix its fields' errors carry (`annex_reason`).
pub(super) struct Step {
    done: &'static str,
    prefix: &'static str,
}

impl Step {
    pub(super) const fn new(done: &'static str, prefix: &'static str) -> Step {
        Step { done, prefix }
    }
}

const TERMS: Step = Step::new("saved", "");
const READY: Step = Step::new("ready", "");
const SIGN: Step = Step::new("signed", "");
const PAY: Step = Step::new("paid", "");
const ANNEX: Step = Step::new("annex", "annex_");
const TERMINATE: Step = Step::new("terminated", "terminate_");
const SCAN: Step = Step::new("scan", "scan_");
pub(super) const CONTROL: Step = Step::new("control", "control_");
pub(super) const CONTROL_DONE: Step = Step::new("control_done", "done_");

/// Back to the screen after a step: on success the screen saying what was done, on broken
/// rules the screen with the messages next to the form's fields and what was typed.
pub(super) async fn after<T>(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    outcome: Result<T, StoreError>,
    (typed, step): (Typed, Step),
) -> Result<Response, PageError> {
    match outcome {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/agreements/{id}?done={}",
            step.done
        ))),
        Err(StoreError::Invalid(problems)) => {
            let found = agreements::get(&state.db, &signed.actor, id).await?;
            let typed = with_reports(state, signed, &found, typed).await?;
            let problems = of_form(problems, step.prefix);
            agreement_page(signed, &found, typed, Some(&problems), None)
        }
        Err(StoreError::Stale { .. }) => {
            let found = agreements::get(&state.db, &signed.actor, id).await?;
            let typed = with_reports(state, signed, &found, typed).await?;
            let notice = Some(crate::pages::texts::text(signed.lang, "saved_elsewhere"));
            agreement_page(signed, &found, typed, None, notice)
        }
        Err(error) => Err(error.into()),
    }
}

/// A form's problems found before any use case ran, as a use case would report them.
fn refused(problems: Violations) -> Result<AgreementView, StoreError> {
    Err(StoreError::Invalid(problems))
}

pub async fn edit_terms(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<TermsForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    let outcome = match form.changes(&found.terms.signatories) {
        Ok((lock_version, changes)) => {
            let patch = AgreementPatch {
                lock_version,
                changes,
            };
            let now = state.clock.now();
            agreements::patch_draft(&state.db, &signed.actor, id, patch, now).await
        }
        Err(problems) => refused(problems),
    };
    after(&state, &signed, id, outcome, (Typed::terms(form), TERMS)).await
}

pub async fn mark_ready(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = agreements::mark_ready(&state.db, services(&state), &signed.actor, id, now).await;
    after(&state, &signed, id, outcome, (Typed::default(), READY)).await
}

pub async fn sign(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let actor = &signed.actor;
    let outcome = agreements::sign_by_town(&state.db, services(&state), actor, id, now).await;
    after(&state, &signed, id, outcome, (Typed::default(), SIGN)).await
}

pub async fn record_payment(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<PaymentTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match form.input() {
        Ok(input) => {
            let now = state.clock.now();
            agreements::record_payment(&state.db, &signed.actor, id, input, now).await
        }
        Err(problems) => refused(problems),
    };
    after(&state, &signed, id, outcome, (Typed::payment(form), PAY)).await
}

pub async fn annex(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<AnnexTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    let lines = found.terms.cost_lines.iter();
    let current = lines.map(|l| (l.number.clone(), l.value.minor)).collect();
    let outcome = match form.input(&current, signed.lang) {
        Ok(input) => {
            let now = state.clock.now();
            agreements::start_annex(&state.db, &signed.actor, id, input, now).await
        }
        Err(problems) => refused(problems),
    };
    after(&state, &signed, id, outcome, (Typed::annex(form), ANNEX)).await
}

pub async fn terminate(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<TerminateTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = agreements::terminate(&state.db, &signed.actor, id, &form.reason, now).await;
    after(
        &state,
        &signed,
        id,
        outcome,
        (Typed::terminate(form), TERMINATE),
    )
    .await
}

/// A scan signed by hand, which the clerk confirms with the names of who signed it (one a line).
pub(super) async fn confirm_scan(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    upload: crate::upload::Upload,
) -> Result<Response, PageError> {
    let signers = upload
        .field("signers")
        .lines()
        .map(str::to_string)
        .collect();
    let confirmation = ScanConfirmation { signers };
    let (db, actor, now) = (&state.db, &signed.actor, upload.received_at);
    let outcome = match upload.file.into_vec().await {
        Ok(bytes) => {
            agreements::confirm_scan(db, services(state), actor, id, confirmation, bytes, now).await
        }
        Err(error) => Err(error),
    };
    after(state, signed, id, outcome, (Typed::default(), SCAN)).await
}
