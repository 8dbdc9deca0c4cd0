//! Attachments of an offer: listed, uploaded, replaced by a new version, downloaded and removed.
//! The store's use cases do the work; these handlers read the request and answer JSON.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use granty_store::applications::{self, AttachmentView};
use granty_store::{attachments, uploads};
use serde::Serialize;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

/// The offer's attachments and every version of each the caller may see.
#[derive(Serialize)]
pub struct AttachmentList {
    pub attachments: Vec<AttachmentView>,
    pub history: Vec<AttachmentView>,
}

pub async fn list_attachments(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(application_id): Path<i64>,
) -> Result<Json<AttachmentList>, ApiError> {
    let detail = applications::get(&state.db, &actor, application_id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(AttachmentList {
        attachments: detail.attachments,
        history: detail.attachment_history,
    }))
}

pub async fn upload_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(application_id): Path<i64>,
    multipart: Multipart,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref()).await?;
    let kind = upload.field("kind").to_string();
    let view = uploads::upload_attachment(
        &state.db,
        &state.storage,
        &state.limits.file_rules(),
        &actor,
        application_id,
        &kind,
        upload.file,
        upload.received_at,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// A new version of the attachment whose current version is `attachment_id`.
pub async fn replace_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
    multipart: Multipart,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref()).await?;
    let view = uploads::replace_attachment(
        &state.db,
        &state.storage,
        &state.limits.file_rules(),
        &actor,
        application_id,
        attachment_id,
        upload.file,
        upload.received_at,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

pub async fn download_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
) -> Result<Response, ApiError> {
    let (db, storage) = (&state.db, &state.storage);
    let file = uploads::attachment_file(db, storage, &actor, application_id, attachment_id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(file_response(file))
}

/// Takes the attachment off the offer; its versions stay in the history.
pub async fn delete_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    attachments::remove(&state.db, &actor, application_id, attachment_id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(StatusCode::NO_CONTENT)
}
