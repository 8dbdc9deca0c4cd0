//! Attachments of an offer: uploaded, downloaded and removed. The store's upload use cases do the
//! work; these handlers read the request and answer JSON.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::Json;
use granty_store::applications::AttachmentView;
use granty_store::uploads;

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

pub async fn delete_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    let (db, storage) = (&state.db, &state.storage);
    uploads::delete_attachment(db, storage, &actor, application_id, attachment_id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(StatusCode::NO_CONTENT)
}
