//! The clerk's review of a report (`/clerk/reports/{id}`): the figures as filed, for a final
//! report the settlement accepting it would decide (figures explained, the flags of the rules
//! that bite, the returns with their deadlines), the versions, and the decision: accept, ask for
//! corrections with a comment beside each part, or reject with a reason. The decision is the
//! same use case the API calls (`reports::review`); a double click acts once.

use super::notes::{boxes, by_part, parts, CommentBox};
use super::view::{shown, Shown};
use crate::pages::form::{check_csrf, Fields, Form, LabelledError};
use crate::pages::guard::{SignedIn, StaffObject};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, Audience, PageError};
use crate::pages::texts::text;
use crate::pages::views::settlement::{preview, Preview};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::report::{ReportKind, ReportState};
use granty_domain::Violations;
use granty_i18n::format::instant;
use granty_i18n::rule_message;
use granty_store::agreements::AgreementRole;
use granty_store::reports::{self, ReportView, ReviewForm};
use granty_store::{settlement, StoreError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The review form as typed: the decision, a comment per part, the rejection's reason.
#[derive(Default)]
struct Typed {
    decision: String,
    comments: BTreeMap<String, String>,
    reason: String,
}

impl Typed {
    fn of(posted: &Fields) -> Typed {
        let comments = posted
            .0
            .iter()
            .filter_map(|(name, text)| Some((name.strip_prefix("comments.")?, text)))
            .map(|(part, text)| (part.to_string(), text.clone()))
            .collect();
        Typed {
            decision: posted.get("decision"),
            comments,
            reason: posted.get("reason"),
        }
    }

    fn form(&self) -> ReviewForm {
        ReviewForm {
            decision: serde_json::from_value(serde_json::json!(self.decision)).ok(),
            comments: self.comments.clone(),
            reason: self.reason.clone(),
        }
    }
}

/// A submitted version and what the clerk decided on it.
#[derive(Serialize)]
struct VersionRow {
    version_no: i32,
    submitted_at: String,
    decision: Option<&'static str>,
    reviewed_at: Option<String>,
}

#[derive(Serialize)]
struct ReviewPage {
    #[serde(flatten)]
    report: Shown,
    /// The decision may be taken now (the report is submitted).
    review: bool,
    boxes: BTreeMap<String, CommentBox>,
    /// The comments of the last decision, by part.
    notes: BTreeMap<String, Vec<String>>,
    versions: Vec<VersionRow>,
    preview: Option<Preview>,
    decision: String,
    reason: String,
    /// A missing decision, or one the report's state refuses.
    decision_error: Option<String>,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    notice: Option<&'static str>,
}

/// `?done=corrections`: the decision just taken, which the screen confirms.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// The report, for the staff of its town; its organisation and partners are refused (403),
/// anyone else finds nothing (404).
async fn load(state: &AppState, signed: &SignedIn, id: i64) -> Result<ReportView, PageError> {
    let report = reports::get(&state.db, &signed.actor, id).await?;
    if report.role != AgreementRole::Staff {
        return Err(PageError::Forbidden(Audience::Staff));
    }
    Ok(report)
}

pub async fn review_screen(
    State(state): State<AppState>,
    StaffObject(signed): StaffObject,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let report = load(&state, &signed, id).await?;
    let notice = ReportState::parse(&done.done)
        .filter(|s| *s != ReportState::Draft && *s != ReportState::Submitted)
        .map(|s| text(signed.lang, &format!("review_done_{}", s.code())));
    let shown = (Typed::default(), None, notice);
    screen(&state, &signed, &report, shown).await
}

/// Records the decision; back to the screen saying so, or the form with its messages beside
/// the fields and what was typed.
pub async fn review_report(
    State(state): State<AppState>,
    StaffObject(signed): StaffObject,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = Fields::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let typed = Typed::of(&posted);
    let now = state.clock.now();
    match reports::review(&state.db, &signed.actor, id, typed.form(), now).await {
        Ok(view) => Ok(redirect(&format!(
            "/clerk/reports/{id}?done={}",
            view.state.code()
        ))),
        Err(StoreError::Invalid(problems)) => {
            let report = load(&state, &signed, id).await?;
            screen(&state, &signed, &report, (typed, Some(&problems), None)).await
        }
        Err(error) => Err(error.into()),
    }
}

async fn screen(
    state: &AppState,
    signed: &SignedIn,
    report: &ReportView,
    (typed, problems, notice): (Typed, Option<&Violations>, Option<&'static str>),
) -> Result<Response, PageError> {
    let (field_errors, errors) = messages(problems, signed);
    let keys = parts(report);
    let last = report.versions.last().map(|v| v.comments.clone());
    let page = ReviewPage {
        report: shown(report, &report.content, signed.lang),
        review: report.state == ReportState::Submitted,
        boxes: boxes(&keys, &typed.comments, &field_errors),
        notes: by_part(&last.unwrap_or_default(), &keys),
        versions: versions(report, signed),
        preview: settlement_preview(state, signed, report).await?,
        decision: typed.decision,
        reason: typed.reason,
        decision_error: ["decision", "state"]
            .iter()
            .find_map(|f| field_errors.get(*f).cloned()),
        field_errors,
        errors,
        notice,
    };
    let status = match problems {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    render(status, "clerk_report.html", &signed.frame, &page)
}

/// For a final report, the settlement accepting it would decide today (or decided, once
/// accepted).
async fn settlement_preview(
    state: &AppState,
    signed: &SignedIn,
    report: &ReportView,
) -> Result<Option<Preview>, PageError> {
    if report.kind != ReportKind::Final {
        return Ok(None);
    }
    let now = state.clock.now();
    let view = settlement::get(&state.db, &signed.actor, report.agreement_id, now).await?;
    Ok(view
        .settlement
        .filter(|_| view.report_id == Some(report.id))
        .map(|s| preview(&s, signed.lang)))
}

fn versions(report: &ReportView, signed: &SignedIn) -> Vec<VersionRow> {
    let at = |t| instant(t, signed.zone(), signed.lang);
    report
        .versions
        .iter()
        .map(|v| VersionRow {
            version_no: v.version_no,
            submitted_at: at(v.submitted_at),
            decision: v
                .decision
                .as_deref()
                .map(|d| text(signed.lang, &format!("report_state_{d}"))),
            reviewed_at: v.reviewed_at.map(at),
        })
        .collect()
}

/// The messages beside the fields (by field) and the summary linking to each input.
fn messages(
    problems: Option<&Violations>,
    signed: &SignedIn,
) -> (BTreeMap<String, String>, Vec<LabelledError>) {
    let mut by_field = BTreeMap::new();
    let mut summary = Vec::new();
    for v in problems.into_iter().flat_map(Violations::iter) {
        let message = rule_message(&v.rule, signed.lang);
        if by_field.contains_key(&v.field) {
            continue;
        }
        by_field.insert(v.field.clone(), message.clone());
        let (input, label) = match v.field.strip_prefix("comments.") {
            Some(part) => (format!("comment-{}", super::form::anchor(part)), "comments"),
            None if v.field == "comments" => ("comments".to_string(), "comments"),
            None if v.field == "reason" => ("reason".to_string(), "reason"),
            None => ("decision-accept".to_string(), "decision"),
        };
        summary.push(LabelledError {
            field: input,
            label: text(signed.lang, &format!("review_field_{label}")).to_string(),
            message,
        });
    }
    (by_field, summary)
}
