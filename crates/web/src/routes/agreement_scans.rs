//! A version signed on paper (a town that takes scans): the organisation's members, or the
//! clerk, upload the scan; anyone who may read the agreement downloads it; the clerk confirms it
//! with the names of who signed. Thin handlers over `granty_store::agreements`.

use super::agreements::services;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Json;
use granty_store::agreements::{self, AgreementView, ScanConfirmation};
use granty_store::uploads::StoredFile;
use utoipa::ToSchema;

/// The scan signed on paper: a PDF in `file`.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart form; never built.
pub struct ScanForm {
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(upload_scan, uploaded_scan, confirm_uploaded_scan))]
pub struct Doc;

/// The routes, mounted under `/api/v1`; `upload_limit` bounds the scan.
pub fn api(upload_limit: DefaultBodyLimit) -> Routes {
    Routes::default()
        .route(
            "/agreements/{id}/scan",
            get(uploaded_scan).post(upload_scan).layer(upload_limit),
        )
        .route("/agreements/{id}/scan/confirm", post(confirm_uploaded_scan))
}

/// Uploads the scan (multipart `file`, a PDF) of the version being signed; it waits for the
/// clerk's confirmation, and a newer upload replaces it.
#[utoipa::path(post, path = "/agreements/{id}/scan", tag = "agreement_scans",
    params(("id" = i64, Path, description = "The agreement")),
    request_body(content_type = "multipart/form-data", content = ScanForm),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn upload_scan(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> Result<Json<AgreementView>, ApiError> {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref()).await?;
    let bytes = upload
        .file
        .into_vec()
        .await
        .or_api(actor.tenant.time_zone)?;
    let (db, now) = (&state.db, upload.received_at);
    let view = agreements::upload_scan(db, services(&state), &actor, id, bytes, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// The uploaded scan, as a download.
#[utoipa::path(get, path = "/agreements/{id}/scan", tag = "agreement_scans",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The scan", content_type = "application/pdf", body = Vec<u8>), Problems))]
pub async fn uploaded_scan(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    let file = agreements::uploaded_scan(&state.db, services(&state), &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(file_response(StoredFile {
        file_name: file.file_name,
        content_type: "application/pdf".to_string(),
        body: file.bytes.into(),
    }))
}

/// The clerk confirms the uploaded scan: `{"signers": ["Anna Nowak", …]}`, the organisation's
/// representatives first, then each partner's.
#[utoipa::path(post, path = "/agreements/{id}/scan/confirm", tag = "agreement_scans",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = ScanConfirmation,
    responses((status = 200, description = "The agreement, signed", body = AgreementView), Problems))]
pub async fn confirm_uploaded_scan(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(confirmation): ApiJson<ScanConfirmation>,
) -> Result<Json<AgreementView>, ApiError> {
    let now = state.clock.now();
    let none = Vec::new();
    let view = agreements::confirm_scan(
        &state.db,
        services(&state),
        &actor,
        id,
        confirmation,
        none,
        now,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}
