//! Uploading an attachment from the editor: the store's upload use case, then back to the
//! attachments, or the editor again with what was wrong.

use super::load;
use super::view::{editor_page, Shown};
use crate::pages::form::check_csrf;
use crate::pages::guard::SignedIn;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::upload::read_upload;
use crate::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use granty_domain::Violations;
use granty_i18n::rule_message;
use granty_store::{uploads, StoreError, StoreResult};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UploadQuery {
    csrf: String,
}

/// Reads the form and runs the use case; a form that cannot be read counts as invalid.
async fn store_upload(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    multipart: Multipart,
) -> StoreResult<()> {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref())
        .await
        .map_err(|e| StoreError::Invalid(e.into_violations(max_bytes)))?;
    let kind = upload.field("kind").to_string();
    uploads::upload_attachment(
        &state.db,
        &state.storage,
        &state.limits.file_rules(),
        &signed.actor,
        id,
        &kind,
        upload.file,
        upload.received_at,
    )
    .await?;
    Ok(())
}

pub async fn upload(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<UploadQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let outcome = store_upload(&state, &signed, id, multipart).await;
    let (notice, status) = match outcome {
        Ok(()) => return Ok(redirect(&format!("/applications/{id}/edit#attachments"))),
        Err(StoreError::Invalid(v)) => (said(&v, &signed), StatusCode::UNPROCESSABLE_ENTITY),
        // The offer cannot take attachments any more (submitted meanwhile).
        Err(StoreError::Transition(_)) => (
            text(signed.lang, "form_expired").to_string(),
            StatusCode::CONFLICT,
        ),
        // Storage is down: say so, and show the offer as saved (nothing typed is lost).
        Err(error) if error.is_storage_outage() => {
            tracing::warn!(%error, "attachment not stored: storage unavailable");
            (
                text(signed.lang, "storage_unavailable").to_string(),
                StatusCode::SERVICE_UNAVAILABLE,
            )
        }
        Err(error) => return Err(error.into()),
    };
    let detail = load(&state, &signed, id).await?;
    let (content, version) = (&detail.record.content, detail.record.version);
    let mut shown = Shown::new(false);
    (shown.notice, shown.status) = (Some(notice), status);
    let mut page = editor_page(&signed, &detail, content, version, shown)?;
    if status == StatusCode::SERVICE_UNAVAILABLE {
        page.headers_mut().insert(
            header::RETRY_AFTER,
            HeaderValue::from_static(crate::error::RETRY_AFTER_SECONDS),
        );
    }
    Ok(page)
}

/// The upload's problems as one sentence after another.
fn said(v: &Violations, signed: &SignedIn) -> String {
    v.iter()
        .map(|p| rule_message(&p.rule, signed.lang))
        .collect::<Vec<_>>()
        .join(" ")
}
