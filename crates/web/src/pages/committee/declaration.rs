//! The member's declaration of impartiality for a call (art. 15 ust. 2f, art. 24 KPA): the
//! statement, the applicants listed, "no tie to any" or the ones ticked. Signed once; afterwards
//! the page shows what was signed and when.

use crate::client::ClientAddress;
use crate::pages::form::{check_csrf, errors_of, FieldError, Fields, Form};
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::format::minute;
use granty_store::evaluation::{self, DeclarationForm, DeclarationInput};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

#[derive(Serialize)]
struct Applicant {
    id: i64,
    name: String,
    ticked: bool,
}

#[derive(Serialize)]
struct DeclarationPage {
    call_id: i64,
    call_title: String,
    notice: Option<&'static str>,
    errors: Vec<FieldError>,
    applicants: Vec<Applicant>,
    signed_at: Option<String>,
    signed_no_ties: bool,
    signed_ties: Vec<String>,
}

fn page(
    form: DeclarationForm,
    signed: &SignedIn,
    notice: Option<&'static str>,
    errors: Vec<FieldError>,
    ticked: &[i64],
) -> DeclarationPage {
    let declared = form.signed.as_ref();
    let tied: Vec<i64> = declared
        .and_then(|d| serde_json::from_str(&d.tied_organisation_ids).ok())
        .unwrap_or_default();
    DeclarationPage {
        call_id: form.call.id,
        call_title: form.call.terms.title.clone(),
        notice,
        errors,
        signed_at: declared.map(|d| minute(d.declared_at, signed.zone(), signed.lang)),
        signed_no_ties: declared.is_some_and(|d| d.no_ties),
        signed_ties: form
            .applicants
            .iter()
            .filter(|a| tied.contains(&a.organisation_id))
            .map(|a| a.name.clone())
            .collect(),
        applicants: form
            .applicants
            .into_iter()
            .map(|a| Applicant {
                ticked: ticked.contains(&a.organisation_id),
                id: a.organisation_id,
                name: a.name,
            })
            .collect(),
    }
}

pub async fn show_declaration(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let form = evaluation::declaration_form(&state.db, &signed.actor, id).await?;
    let notice = match (query.done.as_str(), &form.signed) {
        ("signed", _) => Some(text(signed.lang, "declaration_done")),
        (_, None) => Some(text(signed.lang, "declaration_first")),
        _ => None,
    };
    let page = page(form, &signed, notice, vec![], &[]);
    render(StatusCode::OK, "declaration.html", &signed.frame, &page)
}

pub async fn sign_declaration(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    ClientAddress(address): ClientAddress,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let fields = Fields::new(pairs);
    check_csrf(&signed, &fields.get("csrf"))?;
    let form = evaluation::declaration_form(&state.db, &signed.actor, id).await?;
    let tied: Vec<i64> = fields
        .0
        .keys()
        .filter_map(|k| k.strip_prefix("tie-")?.parse().ok())
        .collect();
    let input = DeclarationInput {
        no_ties: fields.get("answer") == "no_ties",
        tied: if fields.get("answer") == "ties" {
            tied.clone()
        } else {
            vec![]
        },
        statement: evaluation::statement_as_shown(
            text(signed.lang, "declaration_statement"),
            &form.applicants,
        ),
        client_address: address.map(|a| a.to_string()),
    };
    let (db, now) = (&state.db, state.clock.now());
    match evaluation::declare(db, &signed.actor, id, input, now).await {
        Ok(_) => Ok(redirect(&format!(
            "/evaluations/calls/{id}/declaration?done=signed"
        ))),
        Err(StoreError::Invalid(v)) => {
            let errors = errors_of(&v, signed.lang)
                .into_iter()
                .map(|mut e| {
                    e.field = "declaration-answer".into();
                    e
                })
                .collect();
            let page = page(form, &signed, None, errors, &tied);
            render(
                StatusCode::UNPROCESSABLE_ENTITY,
                "declaration.html",
                &signed.frame,
                &page,
            )
        }
        Err(error) => Err(error.into()),
    }
}
