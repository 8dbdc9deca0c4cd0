//! Opening a report from the agreement's screen, reading it (the review while it is a draft,
//! the receipt once submitted), and submitting it.

use super::load;
use super::notes::{open_notes, rejection};
use super::view::{errors, shown};
use crate::pages::form::{check_csrf, Fields, Form};
use crate::pages::guard::SignedIn;
use crate::pages::layout::{render, Message};
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::report::ReportKind;
use granty_i18n::format::{date, instant};
use granty_i18n::rule_message;
use granty_store::reports::{self, StartReport};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Opens the report for the period chosen on the agreement's screen, then its editor.
pub async fn start(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(agreement): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = Fields::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let start = StartReport {
        kind: ReportKind::parse(&posted.get("kind")),
        period_from: posted.get("period_from").parse().ok(),
    };
    let now = state.clock.now();
    match reports::start_report(&state.db, &signed.actor, agreement, start, now).await {
        Ok(report) => Ok(redirect(&format!("/reports/{}/edit", report.id))),
        Err(StoreError::Invalid(problems)) => {
            let mut message = Message::of(signed.lang, "report_not_opened", "report_not_opened");
            message.text = problems
                .iter()
                .map(|v| rule_message(&v.rule, signed.lang))
                .collect::<Vec<_>>()
                .join(" ");
            let message = message.link(
                signed.lang,
                &format!("/agreements/{agreement}"),
                "report_back_to_agreement",
            );
            message.render(StatusCode::UNPROCESSABLE_ENTITY, &signed.frame)
        }
        Err(error) => Err(error.into()),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReadQuery {
    done: String,
}

#[derive(Serialize)]
struct ReadPage {
    #[serde(flatten)]
    report: super::view::Shown,
    /// The clerk's review form is not on this page (`report_sections.html` asks).
    review: bool,
    boxes: BTreeMap<String, String>,
    notes: BTreeMap<String, Vec<String>>,
    rejection: Option<String>,
    correction_due_on: Option<String>,
    staff: bool,
    summary: Vec<crate::pages::form::LabelledError>,
    submitted_at: Option<String>,
    notice: Option<&'static str>,
}

/// The report read-only: the review (with what still stops the submission) while the
/// organisation may edit it, the receipt and the record once submitted.
pub async fn read(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<ReadQuery>,
) -> Result<Response, PageError> {
    let report = load(&state, &signed, id).await?;
    let (_, summary) = if report.editable {
        errors(&report.problems, &signed)
    } else {
        Default::default()
    };
    let notice = (query.done == "submitted").then(|| text(signed.lang, "report_submitted_notice"));
    let page = ReadPage {
        report: shown(&report, &report.content, signed.lang),
        review: false,
        boxes: BTreeMap::new(),
        notes: open_notes(&report),
        rejection: rejection(&report),
        correction_due_on: report.correction_due_on.map(|d| date(d, signed.lang)),
        staff: signed.actor.role.is_staff(),
        summary,
        submitted_at: report
            .submitted_at
            .map(|at| instant(at, signed.zone(), signed.lang)),
        notice,
    };
    render(StatusCode::OK, "report.html", &signed.frame, &page)
}

/// Submits the report; back to the editor with every problem shown when a rule refuses it
/// (nothing is written then), else its receipt.
pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = Fields::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    match reports::submit(&state.db, &signed.actor, id, state.clock.now()).await {
        Ok(_) => Ok(redirect(&format!("/reports/{id}?done=submitted"))),
        Err(StoreError::Invalid(_)) => Ok(redirect(&format!("/reports/{id}/edit?check=1"))),
        Err(StoreError::Forbidden) => Err(PageError::NotFound),
        Err(error) => Err(error.into()),
    }
}
