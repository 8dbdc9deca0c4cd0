//! The signed-in member's declaration of impartiality for a call (art. 15 ust. 2f, art. 24
//! KPA): the statement and the applicants to read, and the signature.

use crate::client::ClientAddress;
use crate::error::ApiError;
use crate::extract::{ApiJson, Auth, Lang, OrApi};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use granty_store::evaluation::{self, DeclarationInput};
use serde::Deserialize;
use serde_json::{json, Value};

/// The operations of this module in the OpenAPI document (`crate::openapi`).
#[derive(utoipa::OpenApi)]
#[openapi()]
pub struct Doc;

pub async fn get_declaration(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
) -> Result<Json<Value>, ApiError> {
    let zone = actor.tenant.time_zone;
    let form = evaluation::declaration_form(&state.db, &actor, id)
        .await
        .or_api(zone)?;
    let lang = lang.or(actor.language);
    let applicants: Vec<Value> = form
        .applicants
        .iter()
        .map(|a| {
            json!({
        "organisation_id": a.organisation_id, "name": a.name })
        })
        .collect();
    let signed = form.signed.map(|d| {
        json!({ "declared_at": d.declared_at,
        "no_ties": d.no_ties, "tied_organisation_ids":
            serde_json::from_str::<Value>(&d.tied_organisation_ids).unwrap_or_default() })
    });
    Ok(Json(
        json!({ "call_id": id, "call_title": form.call.terms.title,
        "statement": granty_i18n::text(lang, "declaration_statement"),
        "applicants": applicants, "signed": signed }),
    ))
}

#[derive(Deserialize)]
pub struct DeclarationRequest {
    #[serde(default)]
    no_ties: bool,
    #[serde(default)]
    tied_organisation_ids: Vec<i64>,
}

pub async fn sign_declaration(
    State(state): State<AppState>,
    Auth(actor): Auth,
    Path(id): Path<i64>,
    lang: Lang,
    ClientAddress(address): ClientAddress,
    ApiJson(body): ApiJson<DeclarationRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
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
        Json(json!({ "call_id": id, "excluded_application_ids": excluded })),
    ))
}
