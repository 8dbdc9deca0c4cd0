//! The signed-in member's declaration of impartiality for a call (art. 15 ust. 2f, art. 24
//! KPA): the statement and the applicants to read, and the signature.

use crate::client::ClientAddress;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::openapi::Problems;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, Utc};
use granty_store::evaluation::{self, DeclarationInput};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi(paths(get_declaration, sign_declaration))]
pub struct Doc;

/// What the member declares about, and their declaration once signed.
#[derive(Serialize, ToSchema)]
pub struct DeclarationForm {
    call_id: i64,
    call_title: String,
    /// The statement, in the caller's language.
    statement: String,
    /// The applicants and partners of the offers under evaluation.
    applicants: Vec<DeclaredApplicant>,
    signed: Option<SignedDeclaration>,
}

#[derive(Serialize, ToSchema)]
pub struct DeclaredApplicant {
    organisation_id: i64,
    name: String,
}

#[derive(Serialize, ToSchema)]
pub struct SignedDeclaration {
    declared_at: DateTime<Utc>,
    no_ties: bool,
    /// The organisations the member declared ties with.
    #[schema(value_type = Vec<i64>)]
    tied_organisation_ids: Value,
}

/// The signed declaration: the offers the member will not score because of a declared tie.
#[derive(Serialize, ToSchema)]
pub struct Declared {
    call_id: i64,
    excluded_application_ids: Vec<i64>,
}

/// The declaration of impartiality the signed-in member is to sign for the call.
#[utoipa::path(get, path = "/calls/{id}/declaration", tag = "declaration",
    params(("id" = i64, Path, description = "The call")),
    responses((status = 200, description = "The statement and the applicants", body = DeclarationForm), Problems))]
pub async fn get_declaration(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Json<DeclarationForm>, ApiError> {
    let zone = actor.tenant.time_zone;
    let form = evaluation::declaration_form(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let lang = lang.or(actor.language);
    let applicants = form
        .applicants
        .iter()
        .map(|a| DeclaredApplicant {
            organisation_id: a.organisation_id,
            name: a.name.clone(),
        })
        .collect();
    let signed = form.signed.map(|d| SignedDeclaration {
        declared_at: d.declared_at,
        no_ties: d.no_ties,
        tied_organisation_ids: serde_json::from_str::<Value>(&d.tied_organisation_ids)
            .unwrap_or_default(),
    });
    Ok(Json(DeclarationForm {
        call_id: id,
        call_title: form.call.terms.title,
        statement: granty_i18n::text(lang, "declaration_statement").to_string(),
        applicants,
        signed,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct DeclarationRequest {
    #[serde(default)]
    no_ties: bool,
    #[serde(default)]
    tied_organisation_ids: Vec<i64>,
}

/// Signs the declaration: no ties, or the organisations the member has ties with.
#[utoipa::path(post, path = "/calls/{id}/declaration", tag = "declaration",
    params(("id" = i64, Path, description = "The call")),
    request_body = DeclarationRequest,
    responses((status = 201, description = "Signed", body = Declared), Problems))]
pub async fn sign_declaration(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
    ClientAddress(address): ClientAddress,
    ApiJson(body): ApiJson<DeclarationRequest>,
) -> Result<(StatusCode, Json<Declared>), ApiError> {
    let zone = actor.tenant.time_zone;
    let lang = lang.or(actor.language);
    let form = evaluation::declaration_form(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let input = DeclarationInput {
        no_ties: body.no_ties,
        tied: body.tied_organisation_ids,
        statement: evaluation::statement_as_shown(
            granty_i18n::text(lang, "declaration_statement"),
            &form.applicants,
        ),
        client_address: address.map(|a| a.to_string()),
    };
    let excluded = evaluation::declare(&state.db, &actor, id, input, state.clock.now())
        .await
        .or_api(zone)?;
    Ok((
        StatusCode::CREATED,
        Json(Declared {
            call_id: id,
            excluded_application_ids: excluded,
        }),
    ))
}
