//! Writing the offer: the editor page, saving the form (a row removed, or on to the review), and
//! the autosave the page's script calls while the person types.

use super::award_update::update_box;
use super::form::Posted;
use super::load;
use super::upload::attachment_error_message;
use super::view::{editor_page, summary, summary_html, Shown};
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::SignedIn;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::pages::views::offer::totals;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use granty_domain::offer::OfferInput;
use granty_i18n::format::{instant, money};
use granty_store::applications::{self, ApplicationDetail, DraftChanges, PartnerLinks};
use granty_store::results;
use granty_store::StoreError;
use granty_store::StoreResult;
use serde::Deserialize;

/// `?check=1`: the applicant asked to submit (the review's links), so every problem shows; the
/// address may also carry why the last change to the attachments did not happen.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditQuery {
    check: String,
    attachment_error: String,
}

pub async fn edit(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<EditQuery>,
) -> Result<Response, PageError> {
    let detail = load(&state, &signed, id).await?;
    if !detail.editable {
        // Filed offers open as their receipt; a partner of a draft reads it on the review page.
        let to = if detail.versions.is_empty() {
            "review"
        } else {
            "receipt"
        };
        return Ok(redirect(&format!("/applications/{id}/{to}")));
    }
    let (content, version) = (&detail.record.content, detail.record.version);
    let mut shown = Shown::new(!query.check.is_empty());
    let max_bytes = state.limits.max_attachment_bytes;
    shown.attachment_error =
        attachment_error_message(&query.attachment_error, max_bytes, signed.lang);
    shown.update = update_box(&state, &signed, &detail).await?;
    editor_page(&signed, &detail, content, version, shown)
}

/// Saves the offer as posted over `version`.
async fn save_posted(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    version: i32,
    content: OfferInput,
) -> StoreResult<()> {
    let changes = DraftChanges {
        content: Some(content),
        partners: PartnerLinks::FromContent,
    };
    let now = state.clock.now();
    applications::save_draft(&state.db, &signed.actor, id, version, changes, now).await
}

pub async fn save(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let mut posted = Posted::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    if let Some((table, index)) = posted.removal() {
        posted = posted.without_row(table, index);
    }
    let content = posted.offer();
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let saved = save_posted(&state, &signed, id, version, content.clone()).await;
    let detail = load(&state, &signed, id).await?;
    let lang = signed.lang;
    let mut shown = Shown::new(!posted.get("check").is_empty());
    shown.blanks = posted.blank_rows(&content, posted.addition());
    shown.update = update_box(&state, &signed, &detail).await?;
    match saved {
        Ok(()) if posted.get("action") == "review" => {
            Ok(redirect(&format!("/applications/{id}/review")))
        }
        Ok(()) if posted.get("action") == FILE_UPDATE => {
            file_update(&state, &signed, &detail, shown).await
        }
        Ok(()) => {
            shown.notice = Some(text(lang, "saved").to_string());
            let stored = (&detail.record.content, detail.record.version);
            editor_page(&signed, &detail, stored.0, stored.1, shown)
        }
        // Someone saved in between: show this person's text against the newest version, so the
        // next save, made knowingly, wins.
        Err(StoreError::Stale { .. }) => {
            shown.notice = Some(text(lang, "saved_elsewhere").to_string());
            shown.status = StatusCode::CONFLICT;
            let version = detail.record.version;
            editor_page(&signed, &detail, &content, version, shown)
        }
        Err(StoreError::Transition(_)) => Ok(redirect(&format!("/applications/{id}/receipt"))),
        Err(error) => Err(error.into()),
    }
}

/// The button of the editor in update mode: save, then file the updated estimate.
const FILE_UPDATE: &str = "file_update";

/// Files the updated estimate just saved: on to the offer's result, or back to the editor with
/// every problem at its field, the update's own rules (grant, own share, scope) among them.
async fn file_update(
    state: &AppState,
    signed: &SignedIn,
    detail: &ApplicationDetail,
    mut shown: Shown,
) -> Result<Response, PageError> {
    let id = detail.record.id;
    let now = state.clock.now();
    match results::submit_update(&state.db, &signed.actor, id, None, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/applications/{id}/receipt#offer-result"
        ))),
        Err(StoreError::Invalid(refused)) => {
            (shown.check, shown.refused) = (true, refused);
            shown.status = StatusCode::UNPROCESSABLE_ENTITY;
            let stored = (&detail.record.content, detail.record.version);
            editor_page(signed, detail, stored.0, stored.1, shown)
        }
        Err(error) => Err(error.into()),
    }
}

/// Autosave for the editor's script: saves the form as posted and answers with the new version
/// and the computed values, so totals update while typing. A stale version answers 409 with the
/// current one; nothing is overwritten. Without a session it answers 401: the script says so.
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
    let posted = Posted::new(pairs);
    check_csrf(&signed, &posted.get("csrf"))?;
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let content = posted.offer();
    let saved = save_posted(&state, &signed, id, version, content.clone()).await;
    let detail = load(&state, &signed, id).await?;
    if let Err(StoreError::Forbidden) = saved {
        // A partner (or the office) may read the offer, never save it.
        return Err(StoreError::Forbidden.into());
    }
    let lang = signed.lang;
    let s = &detail.summary;
    // The summary and the messages beside the fields, as the page would show them now.
    let check = !posted.get("check").is_empty();
    let (shown, errors) = summary(&detail, &content, check, lang);
    let body = serde_json::json!({
        "version": detail.record.version,
        "saved_at": instant(state.clock.now(), signed.zone(), lang),
        "lines": s.lines.iter().map(|l| money(l.value, lang)).collect::<Vec<_>>(),
        "numbers": s.lines.iter().map(|l| l.number.clone()).collect::<Vec<_>>(),
        "totals": totals(s, &detail.record.content, lang)
            .into_iter()
            .map(|t| (t.key, serde_json::Value::String(t.value)))
            .collect::<serde_json::Map<_, _>>(),
        "years": s.years.len(),
        "problems": detail.problems.0.len(),
        "summary": summary_html(&signed, &shown)?,
        "errors": errors,
    });
    let status = match saved {
        Ok(()) => StatusCode::OK,
        Err(StoreError::Stale { .. }) => StatusCode::CONFLICT,
        Err(error) if error.is_unavailable() => return Err(error.into()),
        Err(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    Ok((status, axum::Json(body)).into_response())
}
