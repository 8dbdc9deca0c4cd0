//! Agreements (issue 12): drafted from an award, edited, made ready with their PDF, signed by
//! the town and the organisation, changed by annexes, paid in tranches, or terminated. Thin
//! handlers over `granty_store::agreements`.

use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, OrApi};
use crate::openapi::Problems;
use crate::routing::Routes;
use crate::upload::{file_response, read_upload};
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::Json;
use granty_store::agreements::{
    self, AgreementPatch, AgreementServices, AgreementSummary, AgreementView, AnnexInput,
    ControlForm, DoneForm, PaymentForm, ScanConfirmation,
};
use granty_store::uploads::StoredFile;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// The agreements the caller may see, newest first.
#[derive(Serialize, ToSchema)]
pub struct AgreementList {
    agreements: Vec<AgreementSummary>,
}

/// The signed copy: the PDF in `file`; from the town's staff, a scan with `signers`.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart form; never built.
pub struct SignedCopyForm {
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// Who signed the scan, one name a line (the town's staff only).
    signers: Option<String>,
}

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(
    create_agreement,
    list_agreements,
    get_agreement,
    patch_agreement,
    agreement_pdf,
    mark_ready,
    sign_agreement,
    upload_signed_copy,
    start_annex,
    record_payment,
    terminate,
    end_realisation,
    settle,
    record_control,
    recommendations_done
))]
pub struct Doc;

/// The agreements' routes, mounted under `/api/v1`; `upload_limit` bounds the signed copy.
pub fn api(upload_limit: DefaultBodyLimit) -> Routes {
    Routes::default()
        .route("/awards/{id}/agreement", post(create_agreement))
        .route("/agreements", get(list_agreements))
        .route(
            "/agreements/{id}",
            get(get_agreement).patch(patch_agreement),
        )
        .route("/agreements/{id}/pdf", get(agreement_pdf))
        .route("/agreements/{id}/ready", post(mark_ready))
        .route("/agreements/{id}/sign", post(sign_agreement))
        .route(
            "/agreements/{id}/signed-copy",
            post(upload_signed_copy).layer(upload_limit),
        )
        .route("/agreements/{id}/annexes", post(start_annex))
        .route("/agreements/{id}/payments", post(record_payment))
        .route("/agreements/{id}/terminate", post(terminate))
        .route("/agreements/{id}/reporting", post(end_realisation))
        .route("/agreements/{id}/settle", post(settle))
        .route("/agreements/{id}/controls", post(record_control))
        .route("/controls/{id}/done", post(recommendations_done))
}

/// The services the agreement use cases need, from the application's state (pages use this
/// too).
pub fn services(state: &AppState) -> AgreementServices<'_> {
    AgreementServices {
        storage: &state.storage,
        documents: &state.documents,
        signer: state.signer.as_deref(),
    }
}

type Answer = Result<Json<AgreementView>, ApiError>;

/// Drafts the agreement of an award from its offer and the town's settings.
#[utoipa::path(post, path = "/awards/{id}/agreement", tag = "agreements",
    params(("id" = i64, Path, description = "The award")),
    responses((status = 201, description = "The draft", body = AgreementView), Problems))]
pub async fn create_agreement(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(award_id): Path<i64>,
) -> Result<(StatusCode, Json<AgreementView>), ApiError> {
    let now = state.clock.now();
    let view = agreements::create_from_award(&state.db, &actor, award_id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// The agreements the caller may see: the town's for its staff, their organisations' for members.
#[utoipa::path(get, path = "/agreements", tag = "agreements",
    responses((status = 200, description = "The agreements", body = AgreementList), Problems))]
pub async fn list_agreements(
    State(state): State<AppState>,
    Auth(actor): Auth,
) -> Result<Json<AgreementList>, ApiError> {
    let found: Vec<AgreementSummary> = agreements::list(&state.db, &actor)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(AgreementList { agreements: found }))
}

/// One agreement, with its versions, signatures, tranches, payments and controls.
#[utoipa::path(get, path = "/agreements/{id}", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn get_agreement(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Answer {
    let view = agreements::get(&state.db, &actor, id)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// Edits the draft's terms (with the `lock_version` the clerk saw).
#[utoipa::path(patch, path = "/agreements/{id}", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = AgreementPatch,
    responses((status = 200, description = "The draft as saved", body = AgreementView), Problems))]
pub async fn patch_agreement(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(patch): ApiJson<AgreementPatch>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::patch_draft(&state.db, &actor, id, patch, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

#[derive(Deserialize, Default, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(default)]
pub struct PdfQuery {
    /// The version; the one being worked on when absent.
    version: Option<i32>,
    /// `pl`, or another language the town's documents come in.
    language: Option<String>,
}

/// The agreement's PDF (a version made ready, or a draft's preview).
#[utoipa::path(get, path = "/agreements/{id}/pdf", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement"), PdfQuery),
    responses((status = 200, description = "The agreement as PDF", content_type = "application/pdf", body = Vec<u8>), Problems))]

pub async fn agreement_pdf(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    Query(query): Query<PdfQuery>,
) -> Result<Response, ApiError> {
    let language = query.language.as_deref();
    let file = agreements::pdf(
        &state.db,
        services(&state),
        &actor,
        id,
        query.version,
        language,
    )
    .await
    .or_api(actor.tenant.time_zone)?;
    Ok(file_response(StoredFile {
        file_name: file.file_name,
        content_type: "application/pdf".to_string(),
        body: file.bytes.into(),
    }))
}

/// Freezes the version being worked on and makes its PDF, ready to sign.
#[utoipa::path(post, path = "/agreements/{id}/ready", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn mark_ready(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::mark_ready(&state.db, services(&state), &actor, id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// The town signs the version made ready.
#[utoipa::path(post, path = "/agreements/{id}/sign", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn sign_agreement(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::sign_by_town(&state.db, services(&state), &actor, id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// The organisation's signed copy (multipart `file`); from the town's staff, a signed scan
/// they confirm, with `signers` (one name a line) who signed it.
#[utoipa::path(post, path = "/agreements/{id}/signed-copy", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body(content_type = "multipart/form-data", content = SignedCopyForm),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn upload_signed_copy(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    multipart: Multipart,
) -> Answer {
    let max_bytes = state.limits.max_attachment_bytes;
    let upload = read_upload(multipart, max_bytes, state.clock.as_ref()).await?;
    let signers = upload
        .field("signers")
        .lines()
        .map(str::to_string)
        .collect();
    let bytes = upload
        .file
        .into_vec()
        .await
        .or_api(actor.tenant.time_zone)?;
    let (db, now, zone) = (&state.db, upload.received_at, actor.tenant.time_zone);
    let view = if actor.role.is_staff() {
        let confirmation = ScanConfirmation { signers };
        agreements::confirm_scan(db, services(&state), &actor, id, confirmation, bytes, now)
            .await
            .or_api(zone)?
    } else {
        agreements::upload_signed_copy(db, services(&state), &actor, id, bytes, now)
            .await
            .or_api(zone)?
    };
    Ok(Json(view))
}

/// Starts an annex: why, and what it changes.
#[utoipa::path(post, path = "/agreements/{id}/annexes", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = AnnexInput,
    responses((status = 201, description = "The agreement with the annex", body = AgreementView), Problems))]
pub async fn start_annex(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(input): ApiJson<AnnexInput>,
) -> Result<(StatusCode, Json<AgreementView>), ApiError> {
    let now = state.clock.now();
    let view = agreements::start_annex(&state.db, &actor, id, input, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Records a transfer of (part of) the grant.
#[utoipa::path(post, path = "/agreements/{id}/payments", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = PaymentForm,
    responses((status = 201, description = "The agreement with the payment", body = AgreementView), Problems))]
pub async fn record_payment(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(form): ApiJson<PaymentForm>,
) -> Result<(StatusCode, Json<AgreementView>), ApiError> {
    let now = state.clock.now();
    let view = agreements::record_payment(&state.db, &actor, id, form, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Records a control (art. 17); the organisation is told.
#[utoipa::path(post, path = "/agreements/{id}/controls", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = ControlForm,
    responses((status = 201, description = "The agreement with the control", body = AgreementView), Problems))]
pub async fn record_control(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(form): ApiJson<ControlForm>,
) -> Result<(StatusCode, Json<AgreementView>), ApiError> {
    let now = state.clock.now();
    let view = agreements::record_control(&state.db, &actor, id, form, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok((StatusCode::CREATED, Json(view)))
}

/// Marks a control's recommendations carried out.
#[utoipa::path(post, path = "/controls/{id}/done", tag = "agreements",
    params(("id" = i64, Path, description = "The control")),
    request_body = DoneForm,
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn recommendations_done(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(form): ApiJson<DoneForm>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::recommendations_done(&state.db, &actor, id, form, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

#[derive(Deserialize, Default, ToSchema)]
#[serde(default)]
pub struct TerminateRequest {
    reason: String,
}

/// Terminates the agreement, with the reason.
#[utoipa::path(post, path = "/agreements/{id}/terminate", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    request_body = TerminateRequest,
    responses((status = 200, description = "The agreement, terminated", body = AgreementView), Problems))]
pub async fn terminate(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    ApiJson(body): ApiJson<TerminateRequest>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::terminate(&state.db, &actor, id, &body.reason, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// Ends the task's realisation: the final report is due.
#[utoipa::path(post, path = "/agreements/{id}/reporting", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The agreement", body = AgreementView), Problems))]
pub async fn end_realisation(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::end_realisation(&state.db, &actor, id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}

/// Settles the agreement.
#[utoipa::path(post, path = "/agreements/{id}/settle", tag = "agreements",
    params(("id" = i64, Path, description = "The agreement")),
    responses((status = 200, description = "The agreement, settled", body = AgreementView), Problems))]
pub async fn settle(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
) -> Answer {
    let now = state.clock.now();
    let view = agreements::settle(&state.db, &actor, id, now)
        .await
        .or_api(actor.tenant.time_zone)?;
    Ok(Json(view))
}
