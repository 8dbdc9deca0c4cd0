//! A version signed on paper, for a town that takes scans: the organisation's members upload the
//! scan from their screen (the clerk may upload one too), anyone who may read the agreement
//! downloads it, and the clerk confirms it with the names of who signed.

use super::clerk::{after, Step};
use super::ngo::refused_upload;
use super::screen::Typed;
use super::services;
use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::{SignedIn, Staff};
use crate::pages::respond::{redirect, PageError};
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::Response;
use granty_store::agreements::{self, ScanConfirmation};
use granty_store::uploads::StoredFile;
use granty_store::StoreError;
use serde::Deserialize;

const CONFIRM: Step = Step::new("scan", "scan_");

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfQuery {
    csrf: String,
}

/// The scan's upload (multipart `file`, a PDF); refused with the reason next to the field.
pub async fn upload_scan(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<CsrfQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let max_bytes = state.limits.max_attachment_bytes;
    let outcome = match read_upload(multipart, max_bytes, state.clock.as_ref()).await {
        Ok(upload) => {
            let (db, actor, now) = (&state.db, &signed.actor, upload.received_at);
            match upload.file.into_vec().await {
                Ok(bytes) => {
                    agreements::upload_scan(db, services(&state), actor, id, bytes, now).await
                }
                Err(error) => Err(error),
            }
        }
        Err(error) => Err(StoreError::Invalid(error.into_violations(max_bytes))),
    };
    let screen = match signed.actor.role.is_staff() {
        true => "/clerk/agreements",
        false => "/agreements",
    };
    match outcome {
        Ok(_) => Ok(redirect(&format!("{screen}/{id}?done=scan_uploaded"))),
        Err(StoreError::Invalid(problems)) => {
            refused_upload(&state, &signed, id, (problems, "scanup_")).await
        }
        Err(error) => Err(error.into()),
    }
}

/// The uploaded scan, as a download.
pub async fn download_scan(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    let file = agreements::uploaded_scan(&state.db, services(&state), &signed.actor, id).await?;
    Ok(file_response(StoredFile {
        file_name: file.file_name,
        content_type: "application/pdf".to_string(),
        body: file.bytes.into(),
    }))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConfirmForm {
    csrf: String,
    signers: String,
}

/// The clerk confirms the uploaded scan, naming who signed it (one a line).
pub async fn confirm_uploaded_scan(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<ConfirmForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let signers = form.signers.lines().map(str::to_string).collect();
    let confirmation = ScanConfirmation { signers };
    let (db, actor, now) = (&state.db, &signed.actor, state.clock.now());
    let none = Vec::new();
    let outcome =
        agreements::confirm_scan(db, services(&state), actor, id, confirmation, none, now)
            .await
            .map_err(on_the_signers);
    after(&state, &signed, id, outcome, (Typed::default(), CONFIRM)).await
}

/// This form has no file: what the store says of the scan (too few names for the signatures
/// needed) is said next to the names.
fn on_the_signers(error: StoreError) -> StoreError {
    match error {
        StoreError::Invalid(mut problems) => {
            for v in problems.0.iter_mut().filter(|v| v.field == "file") {
                v.field = "signers".to_string();
            }
            StoreError::Invalid(problems)
        }
        other => other,
    }
}
