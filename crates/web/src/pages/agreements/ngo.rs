//! The organisation's agreement pages: its agreements once ready to sign (never a draft), the
//! screen with the signatures, tranches and transfers, the download and the signed copy's upload.
//! The download serves the clerk too.

use super::calls::with_reports;
use super::screen::{agreement_page, Done, Typed};
use super::view::{row, Row};
use super::{of_form, services};
use crate::pages::form::check_csrf;
use crate::pages::guard::{NgoMember, SignedIn};
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_store::agreements;
use granty_store::uploads::StoredFile;
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct ListPage {
    staff: bool,
    current: Option<&'static str>,
    states: Vec<()>,
    rows: Vec<Row>,
}

pub async fn ngo_agreements(
    State(state): State<AppState>,
    NgoMember(signed): NgoMember,
) -> Result<Response, PageError> {
    let all = agreements::list(&state.db, &signed.actor).await?;
    let page = ListPage {
        staff: false,
        current: None,
        states: Vec::new(),
        rows: all.iter().map(|a| row(a, signed.lang)).collect(),
    };
    render(StatusCode::OK, "agreements.html", &signed.frame, &page)
}

/// The organisation's screen (the staff, who may read it too, see their own steps on it).
pub async fn ngo_agreement(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    let notice = done.notice(signed.lang);
    let typed = with_reports(&state, &signed, &found, Typed::default()).await?;
    agreement_page(&signed, &found, typed, None, notice)
}

/// The screen again after a refused upload (422): the problems next to the form whose fields
/// start with `prefix`, the reports table as the screen shows it.
pub(super) async fn refused_upload(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    (problems, prefix): (granty_domain::Violations, &str),
) -> Result<Response, PageError> {
    let found = agreements::get(&state.db, &signed.actor, id).await?;
    let typed = with_reports(state, signed, &found, Typed::default()).await?;
    let problems = of_form(problems, prefix);
    agreement_page(signed, &found, typed, Some(&problems), None)
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PdfQuery {
    version: Option<i32>,
    csrf: String,
}

/// The agreement's PDF (the version asked for, else the one being signed or in force).
pub async fn agreement_pdf(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<PdfQuery>,
) -> Result<Response, PageError> {
    let file = agreements::pdf(
        &state.db,
        services(&state),
        &signed.actor,
        id,
        query.version,
        None,
    )
    .await?;
    Ok(file_response(StoredFile {
        file_name: file.file_name,
        content_type: "application/pdf".to_string(),
        body: file.bytes.into(),
    }))
}

/// The organisation's copy, signed by as many representatives as its rule needs; refused with
/// the reason (too few signatures, an untrusted certificate, a changed file) next to the field.
/// From the town's staff, a hand-signed scan they confirm.
pub async fn upload_signed_copy(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<PdfQuery>,
    multipart: Multipart,
) -> Result<Response, PageError> {
    check_csrf(&signed, &query.csrf)?;
    let max_bytes = state.limits.max_attachment_bytes;
    let outcome = match read_upload(multipart, max_bytes, state.clock.as_ref()).await {
        Ok(upload) if signed.actor.role.is_staff() => {
            return super::clerk::confirm_scan(&state, &signed, id, upload).await;
        }
        Ok(upload) => {
            let (db, actor, now) = (&state.db, &signed.actor, upload.received_at);
            match upload.file.into_vec().await {
                Ok(bytes) => {
                    agreements::upload_signed_copy(db, services(&state), actor, id, bytes, now)
                        .await
                }
                Err(error) => Err(error),
            }
        }
        Err(error) if signed.actor.role.is_staff() => {
            let problems = error.into_violations(max_bytes);
            return refused_upload(&state, &signed, id, (problems, "scan_")).await;
        }
        Err(error) => Err(StoreError::Invalid(error.into_violations(max_bytes))),
    };
    match outcome {
        Ok(_) => Ok(redirect(&format!("/agreements/{id}?done=uploaded"))),
        Err(StoreError::Invalid(problems)) => {
            refused_upload(&state, &signed, id, (problems, "upload_")).await
        }
        Err(error) => Err(error.into()),
    }
}
