//! A call's documents for the clerk: added and removed at any stage (e.g. answers to questions
//! after publication). The public downloads them from the call's page.

use crate::pages::form::Form;
use crate::pages::form::{check_csrf, errors_of, field_error, CsrfForm, FieldError};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::pages::views::documents::{rows, DocumentRow};
use crate::upload::read_upload;
use crate::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::Violations;
use granty_store::{call_documents, uploads, StoreError};
use serde::{Deserialize, Serialize};

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

#[derive(Serialize)]
struct DocumentsPage {
    call_id: i64,
    call_title: String,
    documents: Vec<DocumentRow>,
    upload_csrf: String,
    notice: Option<&'static str>,
    errors: Vec<FieldError>,
    title: String,
    title_error: Option<String>,
    file_error: Option<String>,
}

/// What the page shows besides the list: a notice, or the problems of an upload and its title.
struct Outcome<'a> {
    status: StatusCode,
    notice: Option<&'static str>,
    errors: Vec<FieldError>,
    title: &'a str,
}

async fn documents_page(
    state: &AppState,
    signed: &SignedIn,
    call_id: i64,
    outcome: Outcome<'_>,
) -> Result<Response, PageError> {
    let (call, documents) = call_documents::for_staff(&state.db, &signed.actor, call_id).await?;
    let page = DocumentsPage {
        call_id,
        call_title: call.terms.title.clone(),
        documents: rows(&documents, signed.zone(), signed.lang),
        upload_csrf: signed.csrf(),
        notice: outcome.notice,
        title_error: field_error(&outcome.errors, "document-title"),
        file_error: field_error(&outcome.errors, "document-file"),
        errors: outcome.errors,
        title: outcome.title.to_string(),
    };
    render(outcome.status, "call_documents.html", &signed.frame, &page)
}

pub async fn show_documents(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let notice = match query.done.as_str() {
        "added" => Some(text(signed.lang, "document_added")),
        "removed" => Some(text(signed.lang, "document_removed")),
        _ => None,
    };
    let outcome = Outcome {
        status: StatusCode::OK,
        notice,
        errors: vec![],
        title: "",
    };
    documents_page(&state, &signed, id, outcome).await
}

/// Problems of an upload, tied to the form's two fields.
fn refused<'a>(v: &Violations, signed: &SignedIn, title: &'a str) -> Outcome<'a> {
    let errors = errors_of(v, signed.lang)
        .into_iter()
        .map(|mut e| {
            e.field = if e.field == "title" {
                "document-title".into()
            } else {
                "document-file".into()
            };
            e
        })
        .collect();
    Outcome {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        notice: None,
        errors,
        title,
    }
}

pub async fn upload_document(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(query): Query<UploadQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = match read_upload(multipart, max_bytes, state.clock.as_ref()).await {
        Ok(upload) => upload,
        Err(error) => {
            let problems = error.into_violations(max_bytes);
            return documents_page(&state, &signed, id, refused(&problems, &signed, "")).await;
        }
    };
    let title = upload.field("title").to_string();
    let stored = uploads::upload_call_document(
        &state.db,
        &state.storage,
        &state.limits.file_rules(),
        &signed.actor,
        id,
        &title,
        upload.file,
        upload.received_at,
    )
    .await;
    match stored {
        Ok(_) => Ok(redirect(&format!("/clerk/calls/{id}/documents?done=added"))),
        Err(StoreError::Invalid(v)) => {
            documents_page(&state, &signed, id, refused(&v, &signed, &title)).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn remove_document(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path((id, document)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let (db, storage, now) = (&state.db, &state.storage, state.clock.now());
    uploads::remove_call_document(db, storage, &signed.actor, id, document, now).await?;
    Ok(redirect(&format!(
        "/clerk/calls/{id}/documents?done=removed"
    )))
}
