//! The clerk's calls for reports on the agreement's screen: a partial report called for during
//! the year (art. 18 ust. 3: due at least the town's `partial_call_days` after the call is
//! delivered; the form starts at today and the earliest due day), and the written call for an
//! overdue final report (§ 9 of the model agreement: the town's `written_call_days`). Both are
//! the use cases the API calls; a repeated click finds the call made.

use super::clerk::{after, Step};
use super::screen::{report_rows, Typed};
use crate::pages::form::{check_csrf, CsrfForm, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::respond::PageError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{Days, NaiveDate};
use granty_domain::report::{ReportKind, ReportState};
use granty_domain::{Rule, Violations};
use granty_i18n::format::date;
use granty_store::agreements::{AgreementRole, AgreementView};
use granty_store::reports::{self, DueReportView, PartialCall};
use granty_store::{settlement, StoreError};
use serde::{Deserialize, Serialize};

pub(super) const CALL: Step = Step::new("called", "call_");
pub(super) const WRITTEN: Step = Step::new("written_call", "written_");

/// A call for a partial report as typed.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct CallTyped {
    pub csrf: String,
    pub delivered_on: String,
    pub due_on: String,
}

/// What the screen offers about calls for reports.
#[derive(Serialize, Default)]
pub struct CallBox {
    /// A partial report may be called for (the agreement binds the parties).
    pub partial: bool,
    pub min_days: i64,
    /// The earliest due day for a call delivered today.
    pub earliest_due: String,
    /// The final report is overdue and not filed, and no written call was sent.
    pub written: bool,
    /// The written call's deadline, once sent.
    pub written_due: Option<String>,
    pub written_days: i64,
}

impl CallTyped {
    fn input(&self) -> Result<PartialCall, Violations> {
        let mut v = Violations::new();
        let mut day = |name: &str, typed: &str| match typed.trim() {
            "" => None,
            typed => NaiveDate::parse_from_str(typed, "%Y-%m-%d")
                .map_err(|_| v.push(name, Rule::InvalidValue))
                .ok(),
        };
        let call = PartialCall {
            delivered_on: day("delivered_on", &self.delivered_on),
            due_on: day("due_on", &self.due_on),
        };
        v.into_result(call)
    }
}

/// `typed` with the reports the agreement owes and the calls the screen offers, the call form
/// as typed or starting at today and the earliest due day.
pub(super) async fn with_reports(
    state: &AppState,
    signed: &SignedIn,
    found: &AgreementView,
    mut typed: Typed,
) -> Result<Typed, PageError> {
    let due = reports::due_for_agreement(&state.db, &signed.actor, found.id).await?;
    typed.reports = report_rows(&due, found, signed.lang);
    let now = state.clock.now();
    let today = now.with_timezone(&signed.zone()).date_naive();
    let town = settlement::settings::of_tenant(&state.db.reader, signed.actor.tenant_id()).await?;
    let min_days = i64::from(town.partial_call_days);
    let earliest = today.checked_add_days(Days::new(u64::from(town.partial_call_days)));
    let in_force = matches!(found.state.as_str(), "realisation" | "reporting");
    let staff = found.role == AgreementRole::Staff;
    let final_due = due.iter().find(|d| d.kind == ReportKind::Final);
    typed.calls = CallBox {
        partial: staff && in_force,
        min_days,
        earliest_due: earliest.map(|d| date(d, signed.lang)).unwrap_or_default(),
        written: staff && in_force && final_due.is_some_and(|d| overdue(d, today)),
        written_due: final_due
            .and_then(|d| d.written_call_due_on)
            .map(|d| date(d, signed.lang)),
        written_days: i64::from(town.settlement.written_call_days),
    };
    typed.call.get_or_insert_with(|| CallTyped {
        csrf: String::new(),
        delivered_on: today.to_string(),
        due_on: earliest.map(|d| d.to_string()).unwrap_or_default(),
    });
    Ok(typed)
}

/// Past its due day, not filed, and not yet called for in writing.
fn overdue(due: &DueReportView, today: NaiveDate) -> bool {
    let filed = due.state.is_some_and(|s| s != ReportState::Draft);
    !filed && due.due_on < today && due.written_call_due_on.is_none()
}

pub async fn call_partial(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CallTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match form.input() {
        Ok(call) => {
            let now = state.clock.now();
            reports::call_partial(&state.db, &signed.actor, id, call, now).await
        }
        Err(problems) => Err(StoreError::Invalid(problems)),
    };
    let typed = Typed {
        call: Some(form),
        ..Typed::default()
    };
    after(&state, &signed, id, outcome, (typed, CALL)).await
}

pub async fn written_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = reports::written_call(&state.db, &signed.actor, id, now).await;
    after(&state, &signed, id, outcome, (Typed::default(), WRITTEN)).await
}
