//! Document downloads from the pages: the offer as filed (for its readers and for the committee
//! members scoring it), the protocol of a call's evaluation (for the staff), an agreement's
//! settlement and a report as filed (for their readers). The same store
//! use cases as the API's; `?language=` picks the document's language (Polish by default).

use crate::pages::guard::{SignedIn, Staff};
use crate::pages::respond::PageError;
use crate::upload::pdf_response;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use granty_domain::roles::Role;
use granty_store::documents::{self, document_language};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct DocumentQuery {
    pub language: Option<String>,
}

/// `?version=2&language=cs` for a report.
#[derive(Debug, Default, Deserialize)]
pub struct VersionQuery {
    pub version: Option<i32>,
    pub language: Option<String>,
}

/// The offer as filed, for the applicant's and partners' members and the staff. Committee
/// members have their own address (their standing decides), so here they find nothing.
pub async fn offer_pdf_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    if signed.actor.role == Role::Evaluator {
        return Err(PageError::NotFound);
    }
    let language = document_language(query.language.as_deref());
    let pdf = documents::offer_pdf(&state.db, &state.documents, &signed.actor, id, language);
    Ok(pdf_response(pdf.await?))
}

/// The offer as filed, for a member of its committee who declared impartiality.
pub async fn member_offer_pdf_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    let language = document_language(query.language.as_deref());
    let engine = state.documents.as_ref();
    let pdf = documents::member_offer_pdf(&state.db, engine, &signed.actor, id, language);
    Ok(pdf_response(pdf.await?))
}

/// The protocol of the committee's work on a call.
pub async fn protocol_pdf_page(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    let language = document_language(query.language.as_deref());
    let pdf = documents::protocol_pdf(
        &state.db,
        &state.documents,
        &signed.actor,
        id,
        language,
        state.clock.now(),
    );
    Ok(pdf_response(pdf.await?))
}

/// An agreement's settlement, from the clerk's and the organisation's settlement screens.
pub async fn settlement_pdf_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, PageError> {
    let language = document_language(query.language.as_deref());
    let (engine, now) = (state.documents.as_ref(), state.clock.now());
    let pdf = documents::settlement_pdf(&state.db, engine, &signed.actor, id, language, now);
    Ok(pdf_response(pdf.await?))
}

/// A report as filed, from the report's read page.
pub async fn report_pdf_page(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<VersionQuery>,
) -> Result<Response, PageError> {
    let language = document_language(query.language.as_deref());
    let engine = state.documents.as_ref();
    let pdf = documents::report_pdf(
        &state.db,
        engine,
        &signed.actor,
        id,
        query.version,
        language,
    );
    Ok(pdf_response(pdf.await?))
}
