//! Attachments: uploaded to object storage with size and type limits, metadata in the database.

use crate::error::{invalid, ApiError};
use crate::extract::{Auth, OrApi};
use crate::AppState;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use granty_domain::Rule;
use granty_store::applications::AttachmentView;
use granty_store::attachments::{self, NewAttachment};
use sha2::{Digest, Sha256};

/// A multipart form with one file (`file`) and short text fields beside it.
pub(crate) struct Upload {
    pub fields: std::collections::HashMap<String, String>,
    pub file_name: String,
    pub content_type: String,
    pub bytes: bytes::Bytes,
}

impl Upload {
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Reads the form; a file over `max_bytes` is refused before the rest is read.
pub(crate) async fn read_upload(
    mut multipart: Multipart,
    max_bytes: usize,
) -> Result<Upload, ApiError> {
    let mut fields = std::collections::HashMap::new();
    let mut file = None;
    while let Some(field) = multipart.next_field().await.map_err(multipart_error)? {
        match field.name().map(str::to_string) {
            Some(name) if name != "file" => {
                let value = field.text().await.map_err(multipart_error)?;
                // Text fields are short; anything longer is not one of ours.
                if value.len() <= 2000 {
                    fields.insert(name, value);
                }
            }
            Some(_) => {
                let file_name = field.file_name().unwrap_or("plik").to_string();
                let content_type = field
                    .content_type()
                    .unwrap_or("application/octet-stream")
                    .to_string();
                let bytes = field.bytes().await.map_err(multipart_error)?;
                if bytes.len() > max_bytes {
                    return Err(invalid(
                        "file",
                        Rule::FileTooLarge {
                            max_bytes: max_bytes as u64,
                        },
                    ));
                }
                file = Some((file_name, content_type, bytes));
            }
            _ => {}
        }
    }
    let (file_name, content_type, bytes) = file.ok_or_else(|| invalid("file", Rule::Required))?;
    Ok(Upload {
        fields,
        file_name: sanitise_file_name(&file_name),
        content_type,
        bytes,
    })
}

/// An empty file or a type outside the configured list is refused.
pub(crate) fn check_file(state: &AppState, upload: &Upload) -> Result<(), ApiError> {
    if upload.bytes.is_empty() {
        return Err(invalid("file", Rule::FileEmpty));
    }
    if !state
        .limits
        .attachment_types
        .iter()
        .any(|t| t == &upload.content_type)
    {
        return Err(invalid(
            "file",
            Rule::FileTypeNotAllowed {
                allowed: "PDF, JPG, PNG, DOCX, ODT".into(),
            },
        ));
    }
    Ok(())
}

/// The attachment's kind: a short code the call names (`statut`), or `inne`.
fn attachment_kind(upload: &Upload) -> Result<String, ApiError> {
    let kind = upload.field("kind").trim().to_string();
    if kind.is_empty() {
        return Err(invalid("kind", Rule::Required));
    }
    if kind.len() > 50
        || !kind
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(invalid("kind", Rule::InvalidValue));
    }
    Ok(kind)
}

fn multipart_error(error: axum::extract::multipart::MultipartError) -> ApiError {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::TooLarge { max_bytes: 0 }
    } else {
        ApiError::BadRequest(error.body_text())
    }
}

/// Keeps the name readable (Polish letters included) but drops path parts and control characters.
fn sanitise_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(200)
        .collect();
    if cleaned.trim().is_empty() {
        "plik".to_string()
    } else {
        cleaned.trim().to_string()
    }
}

pub async fn upload_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(application_id): Path<i64>,
    multipart: Multipart,
) -> Result<(StatusCode, Json<AttachmentView>), ApiError> {
    let view = store_upload(&state, &actor, application_id, multipart).await?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Checks an upload (editable offer, size, type), stores the bytes and records them; used by the
/// API and by the editor page.
pub(crate) async fn store_upload(
    state: &AppState,
    actor: &granty_store::Actor,
    application_id: i64,
    multipart: Multipart,
) -> Result<AttachmentView, ApiError> {
    let actor = actor.clone();
    let zone = actor.tenant.time_zone;
    let now = state.clock.now();
    attachments::ensure_editable(&state.db, &actor, application_id, now)
        .await
        .or_api(zone)?;
    let upload = read_upload(multipart, state.limits.max_attachment_bytes).await?;
    let kind = attachment_kind(&upload)?;
    check_file(state, &upload)?;
    let sha256 = hex::encode(Sha256::digest(&upload.bytes));
    let key = format!(
        "tenants/{}/applications/{application_id}/{}",
        actor.tenant_id(),
        uuid::Uuid::new_v4()
    );
    state
        .storage
        .put(&key, upload.bytes.clone())
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let new = NewAttachment {
        kind,
        file_name: upload.file_name,
        content_type: upload.content_type,
        size_bytes: upload.bytes.len() as i64,
        storage_key: key.clone(),
        sha256,
    };
    match attachments::add(&state.db, &actor, application_id, new, now).await {
        Ok(view) => Ok(view),
        Err(error) => {
            // The metadata did not land: do not leave an orphaned object behind.
            if let Err(e) = state.storage.delete(&key).await {
                tracing::warn!(error = %e, "could not remove an orphaned upload");
            }
            Err(ApiError::from_store(error, zone))
        }
    }
}

pub async fn download_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
) -> Result<Response, ApiError> {
    let found = attachments::get(&state.db, &actor, application_id, attachment_id)
        .await
        .or_api(actor.tenant.time_zone)?;
    stored_file(
        &state,
        &found.storage_key,
        &found.content_type,
        &found.file_name,
    )
    .await
}

/// A stored object as a download: its type, its file name, and never sniffed as something else.
pub(crate) async fn stored_file(
    state: &AppState,
    key: &str,
    content_type: &str,
    file_name: &str,
) -> Result<Response, ApiError> {
    let bytes = state
        .storage
        .get(key)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    let disposition = format!("attachment; filename*=UTF-8''{}", url_encode(file_name));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(response)
}

fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' => (b as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

pub async fn delete_attachment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path((application_id, attachment_id)): Path<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    let key = attachments::delete(
        &state.db,
        &actor,
        application_id,
        attachment_id,
        state.clock.now(),
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    if let Err(e) = state.storage.delete(&key).await {
        tracing::warn!(error = %e, "attachment row removed but its object was not");
    }
    Ok(StatusCode::NO_CONTENT)
}
