//! The clerk's results page: record who decided, publish the results (three channel days),
//! record the days later, review updated estimates, cancel the call under art. 18a. Each form
//! posts to its own route and comes back here (303) or shows what stands in the way (422).

use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use granty_domain::call::{CallState, Publication};
use granty_domain::results::CancelGround;
use granty_domain::{Language, Rule, Violations};
use granty_i18n::format::{instant, money, points_centi};
use granty_i18n::rule_message;
use granty_store::agreement_links::{self, AwardAgreement};
use granty_store::results::{self, AwardView, DecisionInput, StaffResults};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct AwardRow {
    application_id: i64,
    organisation: String,
    task: String,
    chosen: bool,
    requested: String,
    amount: String,
    score: Option<String>,
    update_state_code: String,
    update_state: &'static str,
    can_review: bool,
    /// The chosen award's agreement: drawn up already (its id), or to draw up (the award's id).
    agreement_id: Option<i64>,
    award_id: Option<i64>,
}

/// The chosen awards' agreements, by application.
type Links = std::collections::BTreeMap<i64, AwardAgreement>;

#[derive(Serialize)]
struct DayInput {
    name: &'static str,
    label: &'static str,
    value: String,
}

#[derive(Serialize)]
struct ResultsPage {
    id: i64,
    title: String,
    can_decide: bool,
    can_publish: bool,
    published_at: Option<String>,
    decided_by_name: String,
    decision_reference: String,
    decided_on: String,
    days: Vec<DayInput>,
    awards: Vec<AwardRow>,
    can_cancel: bool,
    errors: Vec<String>,
}

fn award_row(a: &AwardView, link: Option<&AwardAgreement>, lang: Language) -> AwardRow {
    AwardRow {
        agreement_id: link.and_then(|l| l.agreement_id),
        award_id: link.map(|l| l.award_id),
        application_id: a.application_id,
        organisation: a.organisation.clone(),
        task: a.task.clone(),
        chosen: a.chosen,
        requested: money(a.requested, lang),
        amount: money(a.amount, lang),
        score: a.total_centi.map(|c| points_centi(c, lang)),
        update_state_code: a.update_state.clone(),
        update_state: text(lang, &format!("update_state_{}", a.update_state)),
        can_review: a.update_state == "submitted",
    }
}

fn days(found: &StaffResults) -> Vec<DayInput> {
    let decision = found.decision.as_ref();
    let shown = |day: Option<NaiveDate>| day.map(|d| d.to_string()).unwrap_or_default();
    [
        ("bip_on", decision.and_then(|d| d.published_bip_on)),
        (
            "notice_board_on",
            decision.and_then(|d| d.published_notice_board_on),
        ),
        ("website_on", decision.and_then(|d| d.published_website_on)),
    ]
    .into_iter()
    .map(|(name, day)| DayInput {
        name,
        label: "",
        value: shown(day),
    })
    .collect()
}

fn page(
    signed: &SignedIn,
    (found, links): (&StaffResults, &Links),
    errors: Vec<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let lang = signed.lang;
    let decision = found.decision.as_ref();
    let in_evaluation = found.call.state == CallState::InEvaluation;
    let mut days = days(found);
    for day in &mut days {
        day.label = text(lang, day.name);
    }
    let page = ResultsPage {
        id: found.call.id,
        title: found.call.terms.title.clone(),
        can_decide: in_evaluation,
        can_publish: in_evaluation && decision.is_some(),
        published_at: decision
            .and_then(|d| d.published_at)
            .map(|at| instant(at, signed.zone(), lang)),
        decided_by_name: decision
            .map(|d| d.decided_by_name.clone())
            .unwrap_or_default(),
        decision_reference: decision
            .map(|d| d.decision_reference.clone())
            .unwrap_or_default(),
        decided_on: decision
            .map(|d| d.decided_on.to_string())
            .unwrap_or_default(),
        days,
        awards: found
            .awards
            .iter()
            .map(|a| award_row(a, links.get(&a.application_id), lang))
            .collect(),
        can_cancel: !matches!(
            found.call.state,
            CallState::Cancelled | CallState::ResultsPublished | CallState::Archived
        ),
        errors,
    };
    render(status, "clerk_results.html", &signed.frame, &page)
}

pub async fn results_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let found = results::staff_results(&state.db, &signed.actor, id).await?;
    let links = agreement_links::of_call(&state.db, &signed.actor, id).await?;
    page(&signed, (&found, &links), vec![], StatusCode::OK)
}

/// Back to the results page after a form: on success a redirect, on broken rules the page with
/// the messages (422).
async fn after<T>(
    state: &AppState,
    signed: &SignedIn,
    call_id: i64,
    outcome: Result<T, StoreError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(_) => Ok(redirect(&format!("/clerk/calls/{call_id}/results"))),
        Err(StoreError::Invalid(v)) => {
            let found = results::staff_results(&state.db, &signed.actor, call_id).await?;
            let errors = v
                .iter()
                .map(|x| rule_message(&x.rule, signed.lang))
                .collect();
            let links = agreement_links::of_call(&state.db, &signed.actor, call_id).await?;
            let shown = (&found, &links);
            page(signed, shown, errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(error) => Err(error.into()),
    }
}

fn invalid(field: &str) -> StoreError {
    let mut v = Violations::new();
    v.push(field, Rule::InvalidValue);
    StoreError::Invalid(v)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecisionForm {
    csrf: String,
    decided_by_name: String,
    decision_reference: String,
    decided_on: String,
}

pub async fn record_decision(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DecisionForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match NaiveDate::parse_from_str(form.decided_on.trim(), "%Y-%m-%d") {
        Ok(decided_on) => {
            let input = DecisionInput {
                decided_by_name: form.decided_by_name,
                decision_reference: form.decision_reference,
                decided_on,
            };
            results::record_decision(&state.db, &signed.actor, id, input, state.clock.now()).await
        }
        Err(_) => Err(invalid("decided_on")),
    };
    after(&state, &signed, id, outcome).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DaysForm {
    csrf: String,
    bip_on: String,
    notice_board_on: String,
    website_on: String,
}

impl DaysForm {
    fn publication(&self) -> Result<Publication, StoreError> {
        let day = |typed: &str, field: &str| match typed.trim() {
            "" => Ok(None),
            typed => NaiveDate::parse_from_str(typed, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| invalid(field)),
        };
        Ok(Publication {
            bip_on: day(&self.bip_on, "bip_on")?,
            notice_board_on: day(&self.notice_board_on, "notice_board_on")?,
            website_on: day(&self.website_on, "website_on")?,
        })
    }
}

pub async fn publish_results(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DaysForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match form.publication() {
        Ok(days) => {
            results::publish_results(&state.db, &signed.actor, id, days, state.clock.now()).await
        }
        Err(error) => Err(error),
    };
    after(&state, &signed, id, outcome).await
}

pub async fn record_channels(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DaysForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = match form.publication() {
        Ok(days) => {
            results::record_channels(&state.db, &signed.actor, id, days, state.clock.now()).await
        }
        Err(error) => Err(error),
    };
    after(&state, &signed, id, outcome).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewForm {
    csrf: String,
    comment: String,
}

pub async fn accept_update(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let outcome = results::accept_update(&state.db, &signed.actor, id, state.clock.now()).await;
    review_done(&state, &signed, id, outcome).await
}

pub async fn return_update(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = results::return_update(&state.db, &signed.actor, id, &form.comment, now).await;
    review_done(&state, &signed, id, outcome).await
}

/// After reviewing an update: back to its call's results page.
async fn review_done(
    state: &AppState,
    signed: &SignedIn,
    application_id: i64,
    outcome: Result<AwardView, StoreError>,
) -> Result<Response, PageError> {
    let call_id = granty_store::applications::get(&state.db, &signed.actor, application_id)
        .await?
        .record
        .call_id;
    after(state, signed, call_id, outcome).await
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CancelForm {
    csrf: String,
    ground: String,
    reason: String,
}

pub async fn cancel_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CancelForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    let outcome = match CancelGround::parse(&form.ground) {
        Some(ground) => {
            results::cancel_call(&state.db, &signed.actor, id, ground, &form.reason, now).await
        }
        None => Err(invalid("ground")),
    };
    if let Err(StoreError::Call(granty_domain::call::CallError::ReasonRequired)) = outcome {
        let mut v = Violations::new();
        v.push("reason", Rule::ReasonRequired);
        return after(&state, &signed, id, Err::<(), _>(StoreError::Invalid(v))).await;
    }
    after(&state, &signed, id, outcome).await
}
