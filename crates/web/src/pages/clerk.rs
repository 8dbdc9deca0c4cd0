//! The clerk's pages: the town's calls, the submissions of a call with filters and sorting, and
//! the formal check screen.

use super::ngo::{signed_in, Signed};
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::application::{ApplicationState, FormalOutcome};
use granty_domain::formal::{suggested_answers, Answer, Checklist, Criterion};
use granty_domain::format::{
    application_state, call_phase, instant, messages::message, money, percent,
};
use granty_store::applications::{self, FormalCheckInput};
use granty_store::{calls, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub(super) async fn staff(
    state: &AppState,
    cookies: &Cookies,
    language: &PageLanguage,
    here: &str,
) -> Result<Signed, Response> {
    let signed = signed_in(state, cookies, language, here).await?;
    if !signed.actor.role.is_staff() {
        #[derive(Serialize)]
        struct Page {
            heading: &'static str,
            text: &'static str,
        }
        let page = Page {
            heading: text(signed.lang, "clerk_calls_title"),
            text: text(signed.lang, "not_found_text"),
        };
        return Err(render(
            StatusCode::FORBIDDEN,
            "message.html",
            &signed.frame,
            &page,
        ));
    }
    Ok(signed)
}

pub(super) fn failure_response(error: StoreError, signed: &Signed) -> Response {
    failure(error, signed)
}

fn failure(error: StoreError, signed: &Signed) -> Response {
    match error {
        StoreError::NotFound => super::public::not_found_page(signed.lang),
        other => {
            tracing::error!(error = ?other, "clerk page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[derive(Serialize)]
struct CallRow {
    id: i64,
    title: String,
    phase: &'static str,
    deadline: String,
    draft: bool,
}

pub async fn calls_page(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    match staff(&state, &cookies, &language, "/clerk/calls").await {
        Ok(signed) => calls_list(&state, &signed, None).await,
        Err(response) => response,
    }
}

pub(super) async fn calls_list(
    state: &AppState,
    signed: &Signed,
    notice: Option<String>,
) -> Response {
    let records = match calls::list(&state.db, &signed.actor).await {
        Ok(records) => records,
        Err(error) => return failure(error, signed),
    };
    let now = state.clock.now();
    let zone = signed.actor.tenant.time_zone;
    #[derive(Serialize)]
    struct Page {
        calls: Vec<CallRow>,
        notice: Option<String>,
    }
    let calls = records
        .iter()
        .map(|c| CallRow {
            id: c.id,
            title: c.terms.title.clone(),
            phase: call_phase(c.phase(now), signed.lang),
            deadline: instant(c.terms.deadline, zone, signed.lang),
            draft: c.state == granty_domain::call::CallState::Draft,
        })
        .collect();
    render(
        StatusCode::OK,
        "clerk_calls.html",
        &signed.frame,
        &Page { calls, notice },
    )
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    state: String,
    sort: String,
}

#[derive(Serialize)]
struct Choice {
    code: &'static str,
    label: &'static str,
}

#[derive(Serialize)]
struct SubmissionRow {
    id: i64,
    receipt: String,
    organisation: String,
    title: String,
    grant: String,
    state: &'static str,
}

pub async fn applications_page(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(call_id): Path<i64>,
    Query(query): Query<ListQuery>,
) -> Response {
    let here = format!("/clerk/calls/{call_id}/applications");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    let (call, mut items) = match (
        calls::get(&state.db, &signed.actor, call_id).await,
        applications::list_for_call(&state.db, &signed.actor, call_id).await,
    ) {
        (Ok(call), Ok(items)) => (call, items),
        (Err(error), _) | (_, Err(error)) => return failure(error, &signed),
    };
    let lang = signed.lang;
    let wanted = ApplicationState::parse(&query.state);
    if let Some(wanted) = wanted {
        items.retain(|i| i.state == wanted);
    }
    match query.sort.as_str() {
        "grant" => items.sort_by_key(|i| std::cmp::Reverse(i.requested_grant.minor)),
        "applicant" => items.sort_by(|a, b| {
            a.organisation_name
                .to_lowercase()
                .cmp(&b.organisation_name.to_lowercase())
        }),
        _ => items.sort_by_key(|i| i.submitted_at),
    }
    let states = [
        ApplicationState::Submitted,
        ApplicationState::NeedsCorrection,
        ApplicationState::Resubmitted,
        ApplicationState::FormallyAccepted,
        ApplicationState::FormallyRejected,
        ApplicationState::Withdrawn,
    ]
    .into_iter()
    .map(|s| Choice {
        code: s.code(),
        label: application_state(s, lang),
    })
    .collect::<Vec<_>>();
    let sorts = vec![
        Choice {
            code: "receipt",
            label: text(lang, "sort_receipt"),
        },
        Choice {
            code: "grant",
            label: text(lang, "sort_grant"),
        },
        Choice {
            code: "applicant",
            label: text(lang, "sort_applicant"),
        },
    ];
    let rows = items
        .into_iter()
        .map(|i| SubmissionRow {
            id: i.id,
            receipt: i.receipt_number.unwrap_or_default(),
            organisation: i.organisation_name,
            title: i.title,
            grant: money(i.requested_grant, lang),
            state: application_state(i.state, lang),
        })
        .collect::<Vec<_>>();
    #[derive(Serialize)]
    struct Page {
        call_title: String,
        state: String,
        sort: String,
        states: Vec<Choice>,
        sorts: Vec<Choice>,
        rows: Vec<SubmissionRow>,
    }
    let sort = if query.sort.is_empty() {
        "receipt".to_string()
    } else {
        query.sort
    };
    let page = Page {
        call_title: call.terms.title,
        state: wanted.map(|w| w.code().to_string()).unwrap_or_default(),
        sort,
        states,
        sorts,
        rows,
    };
    render(
        StatusCode::OK,
        "clerk_applications.html",
        &signed.frame,
        &page,
    )
}

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
}

#[derive(Serialize)]
struct ChecklistRow {
    code: &'static str,
    label: &'static str,
    answer: &'static str,
    error: Option<String>,
}

#[derive(Serialize)]
struct ErrorLink {
    field: String,
    message: String,
}

async fn check_page(
    state: &AppState,
    signed: &Signed,
    id: i64,
    form: &CheckForm,
    errors: Vec<ErrorLink>,
    status: StatusCode,
) -> Response {
    let detail = match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => detail,
        Err(error) => return failure(error, signed),
    };
    let lang = signed.lang;
    let zone = signed.actor.tenant.time_zone;
    #[derive(Serialize)]
    struct Summary {
        id: i64,
        call_id: i64,
        title: String,
        receipt: String,
        organisation: String,
        nip: String,
        krs: String,
        state: &'static str,
        submitted_at: String,
        total: String,
        grant: String,
        own: String,
        correction_due: Option<String>,
        problems: Vec<String>,
        attachments: Vec<String>,
        checks: Vec<String>,
    }
    let s = &detail.summary;
    let summary = Summary {
        id,
        call_id: detail.call.id,
        title: detail.record.content.title.clone(),
        receipt: detail.record.receipt_number.clone().unwrap_or_default(),
        organisation: detail.applicant.name.clone(),
        nip: detail.applicant.nip.clone(),
        krs: detail.applicant.krs.clone().unwrap_or_else(|| "—".into()),
        state: application_state(detail.record.state, lang),
        submitted_at: detail
            .record
            .submitted_at
            .map(|t| instant(t, zone, lang))
            .unwrap_or_default(),
        total: money(s.total_costs, lang),
        grant: money(s.requested_grant, lang),
        own: format!(
            "{} ({})",
            money(s.own_contribution, lang),
            percent(s.own_contribution_share, lang)
        ),
        correction_due: detail
            .record
            .correction_due_at
            .map(|t| granty_domain::format::last_moment(t, zone, lang)),
        problems: detail
            .problems
            .iter()
            .map(|p| format!("{}: {}", p.field, message(&p.rule, lang)))
            .collect(),
        attachments: detail
            .attachments
            .iter()
            .map(|a| format!("{} — {} ({} B)", a.kind, a.file_name, a.size_bytes))
            .collect(),
        checks: detail
            .formal_checks
            .iter()
            .map(|c| {
                let unmet: Vec<&str> = c
                    .checklist
                    .iter()
                    .filter(|(_, answer)| **answer == Answer::NotMet)
                    .map(|(code, _)| text(lang, &format!("formal_{code}")))
                    .collect();
                let mut line = format!(
                    "{} — {}: {}",
                    instant(c.checked_at, zone, lang),
                    text(lang, &format!("outcome_{}", c.outcome)),
                    c.deficiencies.join("; ")
                );
                if !unmet.is_empty() {
                    line.push_str(&format!(
                        " ({}: {})",
                        text(lang, "answer_not_met"),
                        unmet.join("; ")
                    ));
                }
                line
            })
            .collect(),
    };
    let can_check = matches!(
        detail.record.state,
        ApplicationState::Submitted
            | ApplicationState::Resubmitted
            | ApplicationState::NeedsCorrection
    );
    let outcomes = [
        FormalOutcome::Accepted,
        FormalOutcome::NeedsCorrection,
        FormalOutcome::Rejected,
    ]
    .into_iter()
    .map(|o| Choice {
        code: o.code(),
        label: text(lang, &format!("outcome_{}", o.code())),
    })
    .collect::<Vec<_>>();
    #[derive(Serialize)]
    struct Page {
        a: Summary,
        can_check: bool,
        outcomes: Vec<Choice>,
        outcome: String,
        deficiencies: String,
        reason: String,
        errors: Vec<ErrorLink>,
        o: Option<super::offer_view::OfferView>,
        checklist: Vec<ChecklistRow>,
        answers: Vec<(&'static str, &'static str)>,
    }
    // A fresh form starts from what the automatic checks can tell; a posted one keeps its answers.
    let answers = if form.csrf.is_empty() {
        let in_time = detail
            .record
            .submitted_at
            .is_some_and(|at| at < detail.call.terms.deadline);
        suggested_answers(&detail.problems.0, in_time)
    } else {
        form.checklist()
    };
    let checklist = Criterion::ALL
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
        .collect();
    let page = Page {
        checklist,
        answers: [Answer::Met, Answer::NotMet, Answer::NotApplicable]
            .into_iter()
            .map(|a| (a.code(), text(lang, &format!("answer_{}", a.code()))))
            .collect(),
        o: super::offer_view::submitted_view(&detail, lang),
        a: summary,
        can_check,
        outcomes,
        outcome: form.outcome.clone(),
        deficiencies: form.deficiencies.clone(),
        reason: form.reason.clone(),
        errors,
    };
    render(status, "clerk_application.html", &signed.frame, &page)
}

pub async fn application_page(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Response {
    let signed = or_return!(
        staff(
            &state,
            &cookies,
            &language,
            &format!("/clerk/applications/{id}"),
        )
        .await
    );
    check_page(
        &state,
        &signed,
        id,
        &CheckForm::default(),
        vec![],
        StatusCode::OK,
    )
    .await
}

pub async fn submit_check(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(form): Form<CheckForm>,
) -> Response {
    let signed = or_return!(
        staff(
            &state,
            &cookies,
            &language,
            &format!("/clerk/applications/{id}"),
        )
        .await
    );
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let lang = signed.lang;
    let outcome = match form.outcome.as_str() {
        "accepted" => FormalOutcome::Accepted,
        "needs_correction" => FormalOutcome::NeedsCorrection,
        "rejected" => FormalOutcome::Rejected,
        _ => {
            let errors = vec![ErrorLink {
                field: "outcome-accepted".into(),
                message: text(lang, "choose_outcome").into(),
            }];
            return check_page(
                &state,
                &signed,
                id,
                &form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let input = FormalCheckInput {
        outcome,
        deficiencies: form.deficiencies.lines().map(str::to_string).collect(),
        reason: form.reason.clone(),
        checklist: Some(form.checklist()),
    };
    match applications::formal_check(&state.db, &signed.actor, id, input, state.clock.now()).await {
        Ok(_) => Redirect::to(&format!("/clerk/applications/{id}")).into_response(),
        Err(StoreError::Invalid(v)) => {
            let errors = v
                .iter()
                .map(|e| ErrorLink {
                    // `checklist.on_time` → the condition's first answer, `checklist-on_time`.
                    field: e
                        .field
                        .split('[')
                        .next()
                        .unwrap_or("reason")
                        .replace('.', "-"),
                    message: message(&e.rule, lang),
                })
                .collect();
            check_page(
                &state,
                &signed,
                id,
                &form,
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(StoreError::Transition(_)) => {
            check_page(&state, &signed, id, &form, vec![], StatusCode::CONFLICT).await
        }
        Err(error) => failure(error, &signed),
    }
}
