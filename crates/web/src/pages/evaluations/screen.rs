//! The scoring screen: the offer as filed beside the member's card, the applicant's track
//! record, "Save draft" and "Submit card" (forms that work without JavaScript; the static
//! `scoring.js` autosaves and counts characters), and the files of the offer.

use super::card_form::{errors_by_input, read_posted, rows, CriterionRow};
use super::record::{record_rows, RecordRow};
use crate::pages::form::{check_csrf, errors_of, FieldError, Form};
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::pages::views::attachments::{attachment_list_from, AttachmentList};
use crate::pages::views::offer::{submitted_view, OfferView};
use crate::upload::file_response;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use granty_domain::evaluation::ScoreEntry;
use granty_i18n::format::instant;
use granty_store::evaluation::{self, track_record, Card, CardChange, CardProgress};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Serialize)]
struct ScreenPage {
    application_id: i64,
    title: String,
    call_title: String,
    receipt: String,
    applicant: String,
    o: Option<OfferView>,
    files: AttachmentList,
    record: Vec<RecordRow>,
    version: i32,
    progress: &'static str,
    may_write: bool,
    /// The card's rows are inputs (the same as `may_write`; the rows' template asks this).
    editable: bool,
    submitted: bool,
    deadline: String,
    late: bool,
    reopen_reason: Option<String>,
    min_chars: u32,
    step: &'static str,
    criteria: Vec<CriterionRow>,
    errors: Vec<FieldError>,
    /// `?done=saved` or `?done=submitted` after the form's redirect.
    done: String,
}

/// What the redirect after a save or a submission says.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Done {
    done: String,
}

/// The refused form, to show again with its values and messages.
struct Refused {
    entries: Vec<ScoreEntry>,
    errors: Vec<FieldError>,
}

async fn screen(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    done: String,
    refused: Option<Refused>,
) -> Result<Response, PageError> {
    let (db, actor, lang) = (&state.db, &signed.actor, signed.lang);
    let card: Card = evaluation::card(db, actor, id, state.clock.now()).await?;
    let detail = evaluation::offer_for_member(db, actor, id).await?;
    let earlier = track_record::for_member(db, actor, id, state.clock.now()).await?;
    let downloads = format!("/evaluations/applications/{id}/attachments");
    let (posted, errors) = match &refused {
        Some(r) => (Some(r.entries.as_slice()), r.errors.clone()),
        None => (None, vec![]),
    };
    let status = match refused {
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
        None => StatusCode::OK,
    };
    let page = ScreenPage {
        application_id: id,
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        receipt: detail.record.receipt_number.clone().unwrap_or_default(),
        applicant: detail.applicant.name.clone(),
        o: submitted_view(&detail, lang),
        files: attachment_list_from(&detail, false, &downloads, signed.zone(), lang),
        record: record_rows(&earlier, lang),
        version: card.version,
        progress: text(lang, &format!("card_{}", card.progress.code())),
        may_write: card.may_write,
        editable: card.may_write,
        submitted: card.progress == CardProgress::Submitted,
        deadline: card
            .scoring_deadline
            .map(|d| instant(d, signed.zone(), lang))
            .unwrap_or_else(|| text(lang, "no_scoring_deadline").to_string()),
        late: card.late,
        reopen_reason: card.reopen_reason.clone(),
        min_chars: card.min_justification_chars,
        step: if card.half_points { "0.5" } else { "1" },
        criteria: rows(&card, posted, &errors, lang),
        errors,
        done,
    };
    render(status, "scoring_screen.html", &signed.frame, &page)
}

pub async fn scoring_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    screen(&state, &signed, id, done.done, None).await
}

/// "Save draft" or "Submit card": saved, then back to the screen; refused, the form again with
/// its values and the messages beside the fields and in a summary.
pub async fn save_card(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    check_csrf(&signed, fields.get("csrf").map_or("", String::as_str))?;
    let submitting = fields.get("action").is_some_and(|a| a == "submit");
    let result = write_posted(&state, &signed, id, &fields, submitting).await?;
    match result {
        Ok(()) => {
            let done = if submitting { "submitted" } else { "saved" };
            Ok(redirect(&format!(
                "/evaluations/applications/{id}?done={done}"
            )))
        }
        Err(refused) => screen(&state, &signed, id, String::new(), Some(refused)).await,
    }
}

/// Writes the posted card; a broken rule (or a stale version) comes back as `Err(Refused)`.
async fn write_posted(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    fields: &BTreeMap<String, String>,
    submitting: bool,
) -> Result<Result<(), Refused>, PageError> {
    let (db, actor, lang) = (&state.db, &signed.actor, signed.lang);
    let card = evaluation::card(db, actor, id, state.clock.now()).await?;
    let (entries, typos) = read_posted(fields, card.criteria.len());
    if !typos.is_empty() {
        let errors = errors_of(&typos, lang);
        return Ok(Err(Refused { entries, errors }));
    }
    let change = CardChange {
        expected_version: fields
            .get("version")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0),
        scores: Some(entries.clone()),
    };
    let now = state.clock.now();
    let written = match submitting {
        true => evaluation::submit(db, actor, id, change, now).await,
        false => evaluation::save_draft(db, actor, id, change, now).await,
    };
    match written {
        Ok(_) => Ok(Ok(())),
        Err(StoreError::Invalid(v)) => Ok(Err(Refused {
            entries,
            errors: errors_of(&v, lang),
        })),
        Err(StoreError::Stale { .. }) => Ok(Err(Refused {
            entries,
            errors: vec![FieldError::new("card", text(lang, "card_stale"))],
        })),
        Err(other) => Err(other.into()),
    }
}

/// Autosave for `scoring.js`: saves the draft as posted and answers with the new version and
/// the messages beside the fields; a stale version 409; without a session 401.
pub async fn autosave_card(
    State(state): State<AppState>,
    signed: Result<SignedIn, PageError>,
    Path(id): Path<i64>,
    Form(fields): Form<BTreeMap<String, String>>,
) -> Result<Response, PageError> {
    let signed = match signed {
        Ok(signed) => signed,
        Err(PageError::Login { .. }) => return Ok(StatusCode::UNAUTHORIZED.into_response()),
        Err(error) => return Err(error),
    };
    check_csrf(&signed, fields.get("csrf").map_or("", String::as_str))?;
    let lang = signed.lang;
    let (status, errors) = match write_posted(&state, &signed, id, &fields, false).await? {
        Ok(()) => (StatusCode::OK, vec![]),
        Err(refused) if refused.errors.iter().any(|e| e.field == "card") => {
            (StatusCode::CONFLICT, refused.errors)
        }
        Err(refused) => (StatusCode::UNPROCESSABLE_ENTITY, refused.errors),
    };
    let card = evaluation::card(&state.db, &signed.actor, id, state.clock.now()).await?;
    let body = serde_json::json!({
        "version": card.version,
        "saved_at": instant(state.clock.now(), signed.zone(), lang),
        "errors": errors_by_input(&errors),
    });
    Ok((status, axum::Json(body)).into_response())
}

/// A filed attachment of the offer, for a member of its call's committee.
pub async fn download_member_attachment(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, attachment)): Path<(i64, i64)>,
) -> Result<Response, PageError> {
    let (db, storage) = (&state.db, &state.storage);
    let file =
        evaluation::attachment_for_member(db, storage, &signed.actor, id, attachment).await?;
    Ok(file_response(file))
}
