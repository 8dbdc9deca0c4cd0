//! Documents as PDF: the offer as filed, the protocol of a call's evaluation, an agreement's
//! settlement and a report as filed. The store's
//! use cases gather and render; these handlers pick the reader's path and answer the file.

use crate::error::ApiError;
use crate::extract::{Auth, OrApi};
use crate::openapi::Problems;
use crate::upload::pdf_response;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use granty_domain::roles::Role;
use granty_store::documents::{self, document_language};
use serde::Deserialize;
use utoipa::IntoParams;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(offer_pdf, protocol_pdf, settlement_pdf, report_pdf))]
pub struct Doc;

/// `?language=cs`: the document's language (Polish when absent or not one documents use).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DocumentQuery {
    /// `pl`, `en`, `cs` or `uk`; Polish when absent or not one the town's documents use.
    pub language: Option<String>,
}

/// `?version=2&language=cs`: a report's submitted version (the latest when absent) and the
/// document's language.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct VersionQuery {
    /// The submitted version; the latest when absent.
    pub version: Option<i32>,
    /// `pl`, `en`, `cs` or `uk`; Polish when absent or not one the town's documents use.
    pub language: Option<String>,
}

/// The offer as filed: its readers as they read the offer, committee members through their
/// standing on it.
#[utoipa::path(get, path = "/applications/{id}/pdf", tag = "documents",
    params(("id" = i64, Path, description = "The offer"), DocumentQuery),
    responses((status = 200, description = "The offer as filed", content_type = "application/pdf", body = Vec<u8>), Problems))]
pub async fn offer_pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, ApiError> {
    let language = document_language(query.language.as_deref());
    let engine = state.documents.as_ref();
    let db = &state.db;
    let pdf = match actor.role {
        Role::Evaluator => documents::member_offer_pdf(db, engine, &actor, id, language).await,
        _ => documents::offer_pdf(db, engine, &actor, id, language).await,
    };
    let pdf = pdf.or_api(actor.tenant.time_zone)?;
    Ok(pdf_response(pdf))
}

/// The protocol of the committee's work on a call (the town's staff).
#[utoipa::path(get, path = "/calls/{id}/protocol.pdf", tag = "documents",
    params(("id" = i64, Path, description = "The call"), DocumentQuery),
    responses((status = 200, description = "The protocol", content_type = "application/pdf", body = Vec<u8>), Problems))]
pub async fn protocol_pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, ApiError> {
    let language = document_language(query.language.as_deref());
    let pdf = documents::protocol_pdf(
        &state.db,
        &state.documents,
        &actor,
        id,
        language,
        state.clock.now(),
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok(pdf_response(pdf))
}

/// An agreement's settlement: the town's staff, and the organisation's members once the final
/// report is accepted (the settlement's readers).
#[utoipa::path(get, path = "/agreements/{id}/settlement.pdf", tag = "documents",
    params(("id" = i64, Path, description = "The agreement"), DocumentQuery),
    responses((status = 200, description = "The settlement", content_type = "application/pdf", body = Vec<u8>), Problems))]
pub async fn settlement_pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, ApiError> {
    let language = document_language(query.language.as_deref());
    let now = state.clock.now();
    let pdf = documents::settlement_pdf(&state.db, &state.documents, &actor, id, language, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(pdf_response(pdf))
}

/// A report as filed, for its readers.
#[utoipa::path(get, path = "/reports/{id}/pdf", tag = "documents",
    params(("id" = i64, Path, description = "The report"), VersionQuery),
    responses((status = 200, description = "The report as filed", content_type = "application/pdf", body = Vec<u8>), Problems))]
pub async fn report_pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    Query(query): Query<VersionQuery>,
) -> Result<Response, ApiError> {
    let language = document_language(query.language.as_deref());
    let engine = state.documents.as_ref();
    let pdf = documents::report_pdf(&state.db, engine, &actor, id, query.version, language)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(pdf_response(pdf))
}
