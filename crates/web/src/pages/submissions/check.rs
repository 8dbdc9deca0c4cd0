//! The formal check of one offer: what was submitted, the automatic findings, the checklist of
//! formal conditions and the clerk's outcome.

use super::decision::{last_decision, Decision};
use super::summary::{summary, Summary};
use super::versions::{last_change, version_rows, VersionDiff, VersionRow};
use super::Choice;
use crate::pages::form::Form;
use crate::pages::form::{check_csrf, FieldError};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::pages::views::attachments::{attachment_list, AttachmentList};
use crate::pages::views::offer::{submitted_view, OfferView};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::application::FormalOutcome;
use granty_domain::formal::{suggested_answers, Answer, Checklist, Criterion};
use granty_domain::{Language, Violations};
use granty_i18n::rule_message;
use granty_store::applications::{self, ApplicationDetail, FormalCheckInput};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CheckForm {
    csrf: String,
    outcome: String,
    deficiencies: String,
    reason: String,
    /// `checklist.on_time` = `met` …, and anything else posted.
    #[serde(flatten)]
    rest: BTreeMap<String, String>,
}

impl CheckForm {
    /// The answers as posted; a condition left unanswered is simply missing.
    fn checklist(&self) -> Checklist {
        self.rest
            .iter()
            .filter_map(|(name, value)| {
                let code = name.strip_prefix("checklist.")?;
                let answer = match value.as_str() {
                    "met" => Answer::Met,
                    "not_met" => Answer::NotMet,
                    "not_applicable" => Answer::NotApplicable,
                    _ => return None,
                };
                Some((code.to_string(), answer))
            })
            .collect()
    }

    fn outcome(&self) -> Option<FormalOutcome> {
        match self.outcome.as_str() {
            "accepted" => Some(FormalOutcome::Accepted),
            "needs_correction" => Some(FormalOutcome::NeedsCorrection),
            "rejected" => Some(FormalOutcome::Rejected),
            _ => None,
        }
    }
}

#[derive(Serialize)]
struct ChecklistRow {
    code: &'static str,
    label: &'static str,
    answer: &'static str,
    error: Option<String>,
}

#[derive(Serialize)]
struct CheckPage {
    a: Summary,
    can_check: bool,
    /// Whether the offered outcomes include a correction (which needs the deficiencies) or a
    /// rejection (which needs a reason).
    asks_deficiencies: bool,
    asks_reason: bool,
    outcomes: Vec<Choice>,
    outcome: String,
    deficiencies: String,
    reason: String,
    errors: Vec<FieldError>,
    o: Option<OfferView>,
    /// The filed attachments with download links and versions, for the statutory-activity check.
    files: AttachmentList,
    checklist: Vec<ChecklistRow>,
    answers: Vec<(&'static str, &'static str)>,
    /// True right after "Save decision": the decision is confirmed in a status box.
    saved: bool,
    decision: Option<Decision>,
    versions: Vec<VersionRow>,
    diff: Option<VersionDiff>,
}

/// `?saved=1` after a decision was saved (the redirect of the POST).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Saved {
    saved: Option<String>,
}

/// The checklist's rows with the answers: a fresh form starts from what the automatic checks can
/// tell; a posted one keeps its answers.
fn checklist(
    detail: &ApplicationDetail,
    form: &CheckForm,
    errors: &[FieldError],
    lang: Language,
) -> Vec<ChecklistRow> {
    let answers = if form.csrf.is_empty() {
        let in_time = detail
            .record
            .submitted_at
            .is_some_and(|at| at < detail.call.terms.deadline);
        suggested_answers(&detail.problems.0, in_time)
    } else {
        form.checklist()
    };
    Criterion::ALL
        .into_iter()
        .map(|c| ChecklistRow {
            code: c.code(),
            label: text(lang, &format!("formal_{}", c.code())),
            answer: answers.get(c.code()).map(|a| a.code()).unwrap_or(""),
            error: errors
                .iter()
                .find(|e| e.field == format!("checklist-{}", c.code()))
                .map(|e| e.message.clone()),
        })
        .collect()
}

/// The outcomes the clerk may choose now: those the transition table allows from the offer's
/// state (while a correction is awaited, only a rejection).
fn outcomes(offered: &[FormalOutcome], lang: Language) -> Vec<Choice> {
    offered
        .iter()
        .map(|o| Choice {
            code: o.code(),
            label: text(lang, &format!("outcome_{}", o.code())),
        })
        .collect()
}

async fn check_page(
    state: &AppState,
    signed: &SignedIn,
    (id, saved): (i64, bool),
    form: &CheckForm,
    (status, errors): (StatusCode, Vec<FieldError>),
) -> Result<Response, PageError> {
    let detail = applications::get(&state.db, &signed.actor, id).await?;
    let (zone, lang) = (signed.zone(), signed.lang);
    let offered = FormalOutcome::offered(&detail.next_actions(state.clock.now()));
    let page = CheckPage {
        a: summary(&detail, zone, lang),
        can_check: !offered.is_empty(),
        asks_deficiencies: offered.contains(&FormalOutcome::NeedsCorrection),
        asks_reason: offered.contains(&FormalOutcome::Rejected),
        outcomes: outcomes(&offered, lang),
        outcome: form.outcome.clone(),
        deficiencies: form.deficiencies.clone(),
        reason: form.reason.clone(),
        checklist: checklist(&detail, form, &errors, lang),
        errors,
        o: submitted_view(&detail, lang),
        files: attachment_list(&detail, false, signed.zone(), lang),
        answers: [Answer::Met, Answer::NotMet, Answer::NotApplicable]
            .into_iter()
            .map(|a| (a.code(), text(lang, &format!("answer_{}", a.code()))))
            .collect(),
        saved,
        decision: last_decision(&detail, zone, lang),
        versions: version_rows(&detail, zone, lang),
        diff: last_change(&detail, lang),
    };
    render(status, "clerk_application.html", &signed.frame, &page)
}

pub async fn application_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(query): Query<Saved>,
) -> Result<Response, PageError> {
    let fresh = CheckForm::default();
    let saved = query.saved.is_some();
    check_page(
        &state,
        &signed,
        (id, saved),
        &fresh,
        (StatusCode::OK, vec![]),
    )
    .await
}

/// The store's problems tied to the form: `checklist.on_time` → the condition's first answer,
/// `checklist-on_time`.
fn check_errors(v: &Violations, lang: Language) -> Vec<FieldError> {
    v.iter()
        .map(|e| FieldError {
            field: e
                .field
                .split('[')
                .next()
                .unwrap_or("reason")
                .replace('.', "-"),
            message: rule_message(&e.rule, lang),
        })
        .collect()
}

async fn first_offered(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
) -> Result<FormalOutcome, PageError> {
    let detail = applications::get(&state.db, &signed.actor, id).await?;
    let offered = FormalOutcome::offered(&detail.next_actions(state.clock.now()));
    Ok(offered.first().copied().unwrap_or(FormalOutcome::Accepted))
}

pub async fn submit_check(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CheckForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let lang = signed.lang;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    let Some(outcome) = form.outcome() else {
        // The summary links to the first choice the page offers.
        let first = first_offered(&state, &signed, id).await?;
        let field = format!("outcome-{}", first.code());
        let choose = FieldError::new(&field, text(lang, "choose_outcome"));
        return check_page(
            &state,
            &signed,
            (id, false),
            &form,
            (unprocessable, vec![choose]),
        )
        .await;
    };
    let input = FormalCheckInput {
        outcome,
        deficiencies: form.deficiencies.lines().map(str::to_string).collect(),
        reason: form.reason.clone(),
        checklist: Some(form.checklist()),
    };
    let now = state.clock.now();
    match applications::formal_check(&state.db, &signed.actor, id, input, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/applications/{id}?saved=1#decision-saved"
        ))),
        Err(StoreError::Invalid(v)) => {
            let errors = (unprocessable, check_errors(&v, lang));
            check_page(&state, &signed, (id, false), &form, errors).await
        }
        Err(StoreError::Transition(_)) => {
            check_page(
                &state,
                &signed,
                (id, false),
                &form,
                (StatusCode::CONFLICT, vec![]),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}
