//! A call's documents: the clerk adds and removes them (at any stage, e.g. answers to questions
//! after publication); the public downloads those of published calls from the call's page.

use super::clerk::{failure_response, staff};
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::error::ApiError;
use crate::routes::attachments::{check_file, read_upload, stored_file};
use crate::AppState;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::format::{instant, messages::message};
use granty_domain::{Language, Violations};
use granty_store::call_documents::{self, CallDocumentView, NewCallDocument};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// A document as a list shows it.
#[derive(Serialize)]
pub(super) struct DocumentRow {
    id: i64,
    title: String,
    file_name: String,
    size: String,
    added: String,
}

pub(super) fn rows(
    documents: &[CallDocumentView],
    zone: chrono_tz::Tz,
    lang: Language,
) -> Vec<DocumentRow> {
    documents
        .iter()
        .map(|d| DocumentRow {
            id: d.id,
            title: d.title.clone(),
            file_name: d.file_name.clone(),
            size: size_text(d.size_bytes, &d.content_type, lang),
            added: instant(d.created_at, zone, lang),
        })
        .collect()
}

/// `PDF, 120 kB`: what a person needs before downloading.
fn size_text(bytes: i64, content_type: &str, lang: Language) -> String {
    let kind = match content_type {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        "application/vnd.oasis.opendocument.text" => "ODT",
        _ => "",
    };
    let size = if bytes >= 1_000_000 {
        // One decimal, rounded down, with the language's decimal mark.
        let mark = if lang == Language::En { '.' } else { ',' };
        format!(
            "{}{mark}{} MB",
            bytes / 1_000_000,
            bytes % 1_000_000 / 100_000
        )
    } else {
        format!("{} kB", (bytes + 999) / 1000)
    };
    if kind.is_empty() {
        size
    } else {
        format!("{kind}, {size}")
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UploadQuery {
    csrf: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfForm {
    csrf: String,
}

#[derive(Serialize)]
struct ErrorLink {
    field: &'static str,
    message: String,
}

async fn documents_page(
    state: &AppState,
    signed: &super::ngo::Signed,
    call_id: i64,
    status: StatusCode,
    notice: Option<&'static str>,
    errors: Vec<ErrorLink>,
    title: &str,
) -> Response {
    let (call, documents) = match call_documents::for_staff(&state.db, &signed.actor, call_id).await
    {
        Ok(found) => found,
        Err(error) => return failure_response(error, signed),
    };
    #[derive(Serialize)]
    struct Page {
        call_id: i64,
        call_title: String,
        documents: Vec<DocumentRow>,
        upload_csrf: String,
        notice: Option<&'static str>,
        errors: Vec<ErrorLink>,
        title: String,
        title_error: Option<String>,
        file_error: Option<String>,
    }
    let error_of = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    };
    let page = Page {
        call_id,
        call_title: call.terms.title.clone(),
        documents: rows(&documents, signed.actor.tenant.time_zone, signed.lang),
        upload_csrf: session_csrf(&signed.token),
        notice,
        title_error: error_of("document-title"),
        file_error: error_of("document-file"),
        errors,
        title: title.to_string(),
    };
    render(status, "call_documents.html", &signed.frame, &page)
}

pub async fn show_documents(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Response {
    let here = format!("/clerk/calls/{id}/documents");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    let notice = match query.done.as_str() {
        "added" => Some(text(signed.lang, "document_added")),
        "removed" => Some(text(signed.lang, "document_removed")),
        _ => None,
    };
    documents_page(&state, &signed, id, StatusCode::OK, notice, vec![], "").await
}

/// Problems of an upload as links to the form's two fields.
fn error_links(v: &Violations, lang: Language) -> Vec<ErrorLink> {
    v.iter()
        .map(|p| ErrorLink {
            field: if p.field == "title" {
                "document-title"
            } else {
                "document-file"
            },
            message: message(&p.rule, lang),
        })
        .collect()
}

pub async fn upload_document(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Query(query): Query<UploadQuery>,
    multipart: Multipart,
) -> Response {
    let here = format!("/clerk/calls/{id}/documents");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &query.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let upload = match read_upload(multipart, state.limits.max_attachment_bytes).await {
        Ok(upload) => upload,
        Err(ApiError::Invalid(v)) => {
            let errors = error_links(&v, signed.lang);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return documents_page(&state, &signed, id, status, None, errors, "").await;
        }
        Err(error) => {
            tracing::warn!(?error, "call document refused");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    let title = upload.field("title").to_string();
    // The title is checked before the bytes go anywhere.
    let mut problems = call_documents::check_title(&title)
        .err()
        .unwrap_or_default();
    if let Err(ApiError::Invalid(v)) = check_file(&state, &upload) {
        problems.extend(v);
    }
    if !problems.is_empty() {
        let errors = error_links(&problems, signed.lang);
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return documents_page(&state, &signed, id, status, None, errors, &title).await;
    }
    let key = format!(
        "tenants/{}/calls/{id}/{}",
        signed.actor.tenant_id(),
        uuid::Uuid::new_v4()
    );
    if let Err(error) = state.storage.put(&key, upload.bytes.clone()).await {
        tracing::error!(%error, "storing a call document");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    }
    let new = NewCallDocument {
        title,
        file_name: upload.file_name.clone(),
        content_type: upload.content_type.clone(),
        size_bytes: upload.bytes.len() as i64,
        storage_key: key.clone(),
        sha256: hex::encode(Sha256::digest(&upload.bytes)),
    };
    match call_documents::add(&state.db, &signed.actor, id, new, state.clock.now()).await {
        Ok(_) => Redirect::to(&format!("{here}?done=added")).into_response(),
        Err(error) => {
            // The record did not land: leave no orphaned object behind.
            if let Err(e) = state.storage.delete(&key).await {
                tracing::warn!(error = %e, "could not remove an orphaned call document");
            }
            failure_response(error, &signed)
        }
    }
}

pub async fn remove_document(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path((id, document)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let here = format!("/clerk/calls/{id}/documents");
    let signed = or_return!(staff(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    match call_documents::remove(&state.db, &signed.actor, id, document, state.clock.now()).await {
        Ok(removed) => {
            if let Err(e) = state.storage.delete(&removed.storage_key).await {
                tracing::warn!(error = %e, "call document removed but its object was not");
            }
            Redirect::to(&format!("{here}?done=removed")).into_response()
        }
        Err(error) => failure_response(error, &signed),
    }
}

/// Anyone downloads a document of a published call.
pub async fn download_document(
    State(state): State<AppState>,
    language: PageLanguage,
    Path((slug, id, document)): Path<(String, i64, i64)>,
) -> Response {
    match call_documents::public_get(&state.db, &slug, id, document).await {
        Ok(found) => stored_file(
            &state,
            &found.storage_key,
            &found.content_type,
            &found.file_name,
        )
        .await
        .unwrap_or_else(|error| {
            tracing::error!(?error, "reading a call document");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }),
        Err(StoreError::NotFound) => super::public::not_found_page(language.lang),
        Err(error) => {
            tracing::error!(?error, "call document");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
