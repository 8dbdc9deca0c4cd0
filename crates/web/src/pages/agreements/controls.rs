//! Controls (art. 17) on the agreement's page: the clerk records one (held on, scope, findings,
//! recommendations) and later marks its recommendations carried out; both parties read them,
//! with the day the recommendations are due.

use super::clerk::{after, CONTROL, CONTROL_DONE};
use super::screen::Typed;
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::respond::PageError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::NaiveDate;
use granty_domain::{Rule, Violations};
use granty_i18n::format::date;
use granty_store::agreements::{self, AgreementView, ControlForm, DoneForm};
use serde::{Deserialize, Serialize};

/// A control as the clerk types it.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct ControlTyped {
    pub csrf: String,
    pub held_on: String,
    pub scope: String,
    pub findings: String,
    pub recommendations: String,
}

/// Which control's recommendations were carried out.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneTyped {
    pub csrf: String,
    pub control_id: String,
}

/// One control as the page shows it.
#[derive(Serialize)]
pub struct ControlRow {
    pub id: i64,
    pub held_on: String,
    pub scope: String,
    pub findings: String,
    pub recommendations: String,
    pub due: Option<String>,
    pub done_on: Option<String>,
}

pub(super) fn rows(a: &AgreementView, signed: &SignedIn) -> Vec<ControlRow> {
    let lang = signed.lang;
    a.controls
        .iter()
        .map(|c| ControlRow {
            id: c.id,
            held_on: date(c.held_on, lang),
            scope: c.scope.clone(),
            findings: c.findings.clone(),
            recommendations: c.recommendations.clone(),
            due: c.recommendations_due.map(|d| date(d, lang)),
            done_on: c.recommendations_done_on.map(|d| date(d, lang)),
        })
        .collect()
}

impl ControlTyped {
    fn input(&self) -> Result<ControlForm, Violations> {
        let mut v = Violations::new();
        let typed = self.held_on.trim();
        let held_on = match typed.is_empty() {
            true => None,
            false => NaiveDate::parse_from_str(typed, "%Y-%m-%d")
                .map_err(|_| v.push("held_on", Rule::InvalidValue))
                .ok(),
        };
        v.into_result(ControlForm {
            held_on,
            scope: self.scope.clone(),
            findings: self.findings.clone(),
            recommendations: self.recommendations.clone(),
        })
    }
}

pub async fn record_control(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ControlTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match form.input() {
        Ok(input) => {
            let now = state.clock.now();
            agreements::record_control(&state.db, &signed.actor, id, input, now).await
        }
        Err(problems) => Err(granty_store::StoreError::Invalid(problems)),
    };
    let typed = Typed {
        control: form,
        ..Default::default()
    };
    after(&state, &signed, id, outcome, (typed, CONTROL)).await
}

pub async fn recommendations_done(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DoneTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let control_id = form.control_id.trim().parse().unwrap_or_default();
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    if !found.controls.iter().any(|c| c.id == control_id) {
        return Err(granty_store::StoreError::NotFound.into());
    }
    let now = state.clock.now();
    let outcome = agreements::recommendations_done(
        &state.db,
        &signed.actor,
        control_id,
        DoneForm::default(),
        now,
    )
    .await;
    after(
        &state,
        &signed,
        id,
        outcome,
        (Typed::default(), CONTROL_DONE),
    )
    .await
}
