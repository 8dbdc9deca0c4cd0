//! Attachments of an offer: listed, uploaded, replaced by a new version, downloaded and removed.
//! The store's use cases do the work; these handlers read the request and answer JSON.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::openapi::Problems;
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use granty_store::applications::{self, AttachmentView};
use granty_store::{attachments, uploads};
use serde::Serialize;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    list_attachments,
    upload_attachment,
    replace_attachment,
    download_attachment,
    delete_attachment
))]
pub struct Doc;

/// A new attachment: the file and what it is (a kind the call requires, or `other`).
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart form `read_upload` reads; never built.
pub struct UploadForm {
    /// The kind of attachment (the call's required attachment's code).
    kind: String,
    /// PDF, JPG, PNG, DOCX or ODT, up to the town's size limit.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// A new version of an attachment: the file alone.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart form `read_upload` reads; never built.
pub struct VersionForm {
    /// PDF, JPG, PNG, DOCX or ODT, up to the town's size limit.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// The offer's attachments and every version of each the caller may see.
#[derive(Serialize, ToSchema)]
pub struct AttachmentList {
    pub attachments: Vec<AttachmentView>,
    pub history: Vec<AttachmentView>,
}

/// The offer's attachments and their history.
#[utoipa::path(get, path = "/applications/{id}/attachments", tag = "attachments",
    params(("id" = i64, Path, description = "The offer")),
    responses((status = 200, description = "The attachments", body = AttachmentList), Problems))]
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

/// Uploads an attachment to the offer (multipart: `kind` and `file`).
#[utoipa::path(post, path = "/applications/{id}/attachments", tag = "attachments",
    params(("id" = i64, Path, description = "The offer")),
    request_body(content_type = "multipart/form-data", content = UploadForm),
    responses((status = 201, description = "The attachment", body = AttachmentView), Problems))]
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
#[utoipa::path(post, path = "/applications/{id}/attachments/{attachment_id}/versions",
    tag = "attachments",
    params(("id" = i64, Path, description = "The offer"),
        ("attachment_id" = i64, Path, description = "The attachment's current version")),
    request_body(content_type = "multipart/form-data", content = VersionForm),
    responses((status = 201, description = "The new version", body = AttachmentView), Problems))]
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

/// The attachment's file, as uploaded (`Content-Disposition: attachment`).
#[utoipa::path(get, path = "/applications/{id}/attachments/{attachment_id}", tag = "attachments",
    params(("id" = i64, Path, description = "The offer"),
        ("attachment_id" = i64, Path, description = "The attachment's version")),
    responses((status = 200, description = "The file, in its own media type",
        content(
            (Vec<u8> = "application/pdf"),
            (Vec<u8> = "image/jpeg"),
            (Vec<u8> = "image/png"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (Vec<u8> = "application/vnd.oasis.opendocument.text"))), Problems))]
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
#[utoipa::path(delete, path = "/applications/{id}/attachments/{attachment_id}", tag = "attachments",
    params(("id" = i64, Path, description = "The offer"),
        ("attachment_id" = i64, Path, description = "The attachment")),
    responses((status = 204, description = "Removed"), Problems))]
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
