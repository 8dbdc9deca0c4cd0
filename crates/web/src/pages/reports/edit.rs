//! Writing the report: the editor page, saving the form (then on to the review), and the
//! autosave the page's script calls while the person types.

use super::form::report_of;
use super::view::{errors, shown, totals};
use super::{autosave_words, load};
use crate::pages::form::{check_csrf, Fields, Form};
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use granty_domain::report::ReportInput;
use granty_i18n::format::{instant, money};
use granty_store::reports::{self, ReportView};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

/// `?check=1`: the person asked to submit, so every problem shows.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditQuery {
    check: String,
}

#[derive(Serialize)]
struct EditorPage {
    #[serde(flatten)]
    report: super::view::Shown,
    check: bool,
    errors: std::collections::BTreeMap<String, String>,
    summary: Vec<crate::pages::form::LabelledError>,
    notice: Option<&'static str>,
    autosave_words: String,
    /// The clerk's comments to answer, by the part they concern.
    notes: std::collections::BTreeMap<String, Vec<String>>,
    correction_due_on: Option<String>,
}

fn editor_page(
    signed: &SignedIn,
    report: &ReportView,
    content: &ReportInput,
    check: bool,
    status: StatusCode,
    notice: Option<&'static str>,
) -> Result<Response, PageError> {
    let (errors, summary) = if check {
        errors(&report.problems, signed)
    } else {
        Default::default()
    };
    let page = EditorPage {
        report: shown(report, content, signed.lang),
        check,
        errors,
        summary,
        notice,
        autosave_words: autosave_words(signed.lang),
        notes: super::notes::open_notes(report),
        correction_due_on: report
            .correction_due_on
            .map(|d| granty_i18n::format::date(d, signed.lang)),
    };
    render(status, "report_editor.html", &signed.frame, &page)
}

pub async fn edit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<EditQuery>,
) -> Result<Response, PageError> {
    let report = load(&state, &signed, id).await?;
    if !report.editable {
        return Ok(redirect(&format!("/reports/{id}")));
    }
    let content = report.content.clone();
    let check = !query.check.is_empty();
    editor_page(&signed, &report, &content, check, StatusCode::OK, None)
}

/// Saves the form as posted; on to the review when asked, else back to the editor.
pub async fn save(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let posted = Fields::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let content = report_of(&posted);
    let version = posted.get("lock_version").parse().ok();
    let now = state.clock.now();
    let saved = reports::save_draft(
        &state.db,
        &signed.actor,
        id,
        version,
        Some(content.clone()),
        now,
    )
    .await;
    let check = !posted.get("check").is_empty();
    match saved {
        Ok(_) if posted.get("action") == "review" => Ok(redirect(&format!("/reports/{id}"))),
        Ok(report) => {
            let notice = Some(text(signed.lang, "saved"));
            editor_page(
                &signed,
                &report,
                &report.content,
                check,
                StatusCode::OK,
                notice,
            )
        }
        // Someone saved in between: show this person's text against the newest version, so the
        // next save, made knowingly, wins.
        Err(StoreError::Stale { .. }) => {
            let report = load(&state, &signed, id).await?;
            let notice = Some(text(signed.lang, "saved_elsewhere"));
            editor_page(
                &signed,
                &report,
                &content,
                check,
                StatusCode::CONFLICT,
                notice,
            )
        }
        Err(StoreError::Invalid(_)) => Ok(redirect(&format!("/reports/{id}"))),
        Err(error) => Err(error.into()),
    }
}

/// Autosave for the editor's script: saves the form and answers with the new version, the
/// computed sums and the messages beside the fields. A stale version answers 409; nothing is
/// overwritten. Without a session it answers 401: the script says so.
pub async fn autosave(
    State(state): State<AppState>,
    signed: Result<SignedIn, PageError>,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let signed = match signed {
        Ok(signed) => signed,
        Err(PageError::Login { .. }) => return Ok(StatusCode::UNAUTHORIZED.into_response()),
        Err(error) => return Err(error),
    };
    let posted = Fields::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let version = posted.get("lock_version").parse().ok();
    let content = Some(report_of(&posted));
    let now = state.clock.now();
    let (status, report) =
        match reports::save_draft(&state.db, &signed.actor, id, version, content, now).await {
            Ok(report) => (StatusCode::OK, report),
            Err(StoreError::Stale { .. }) => {
                (StatusCode::CONFLICT, load(&state, &signed, id).await?)
            }
            Err(StoreError::Forbidden) => return Err(PageError::NotFound),
            Err(error) if error.is_unavailable() => return Err(error.into()),
            Err(_) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                load(&state, &signed, id).await?,
            ),
        };
    let lang = signed.lang;
    let check = !posted.get("check").is_empty();
    let (errors, _) = if check {
        errors(&report.problems, &signed)
    } else {
        Default::default()
    };
    let s = &report.summary;
    let body = serde_json::json!({
        "lock_version": report.lock_version,
        "saved_at": instant(now, signed.zone(), lang),
        "lines": s.lines.iter().map(|l| money(l.actual, lang)).collect::<Vec<_>>(),
        "differences": s.lines.iter().map(|l| money(l.difference, lang)).collect::<Vec<_>>(),
        "year_totals": s.year_totals.iter().map(|m| money(*m, lang)).collect::<Vec<_>>(),
        "totals": totals(s, lang),
        "shares": s.sources.iter().map(|r| (r.code, granty_i18n::format::percent(r.actual_share, lang))).collect::<std::collections::BTreeMap<_, _>>(),
        "problems": report.problems.0.len(),
        "errors": errors,
    });
    Ok((status, axum::Json(body)).into_response())
}
