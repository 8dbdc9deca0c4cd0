//! The settlement screens: the clerk's (`/clerk/agreements/{id}/settlement`, with the form that
//! records a payment of returns) and the organisation's read-only one
//! (`/agreements/{id}/settlement`, once the final report is accepted). Figures come explained in
//! the reader's language; the chart is inline SVG with the table as its text alternative. The
//! clerk's screen also records the misuse case after an unanswered written call.

mod misuse;

use super::form::{check_csrf, labelled_errors, CsrfForm, Form, LabelledError};
use super::guard::{SignedIn, Staff};
use super::layout::render;
use super::respond::{redirect, PageError};
use super::views::settlement::{screen, Screen};
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::{Rule, Violations};
use granty_store::settlement::{self, ReturnPaymentForm};
use granty_store::StoreError;
use misuse::{misuse_part, MisusePart};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const TEMPLATE: &str = "settlement.html";

/// The payment form as typed.
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct PaymentTyped {
    csrf: String,
    amount: String,
    paid_on: String,
    note: String,
}

#[derive(Serialize)]
struct Page {
    screen: Screen,
    staff: bool,
    back: String,
    typed: PaymentTyped,
    field_errors: BTreeMap<String, String>,
    errors: Vec<LabelledError>,
    recorded: bool,
    /// The misuse case, on the clerk's screen once a written call was sent.
    misuse: Option<MisusePart>,
    /// `?done=misuse`: the case was just recorded.
    misuse_done: bool,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Shown {
    recorded: bool,
    done: String,
}

async fn show(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    staff: bool,
    (typed, violations, shown): (PaymentTyped, Option<&Violations>, Shown),
) -> Result<Response, PageError> {
    let view = settlement::get(&state.db, &signed.actor, id, state.clock.now()).await?;
    let (field_errors, errors) = labelled_errors(violations, signed.lang, "settlement_field_");
    let back = if staff {
        format!("/clerk/agreements/{id}")
    } else {
        format!("/agreements/{id}")
    };
    let misuse = staff
        .then(|| misuse_part(view.misuse.as_ref(), signed.lang))
        .flatten();
    let page = Page {
        screen: screen(&view, signed.lang),
        staff,
        back,
        typed,
        field_errors,
        errors,
        recorded: shown.recorded,
        misuse,
        misuse_done: shown.done == "misuse",
    };
    let status = if violations.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    render(status, TEMPLATE, &signed.frame, &page)
}

pub async fn clerk_settlement(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Query(shown): Query<Shown>,
) -> Result<Response, PageError> {
    show(
        &state,
        &signed,
        id,
        true,
        (PaymentTyped::default(), None, shown),
    )
    .await
}

/// The organisation's screen (read only; the store says who may see it).
pub async fn ngo_settlement(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    show(
        &state,
        &signed,
        id,
        false,
        (PaymentTyped::default(), None, Shown::default()),
    )
    .await
}

/// Records a payment of returns; back to the screen, or the form with its errors and what was
/// typed.
pub async fn record_return_payment(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(typed): Form<PaymentTyped>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &typed.csrf)?;
    let paid_on = typed.paid_on.trim();
    let form = ReturnPaymentForm {
        amount: typed.amount.clone(),
        currency: None,
        paid_on: paid_on.parse().ok(),
        note: typed.note.clone(),
    };
    let outcome = if !paid_on.is_empty() && form.paid_on.is_none() {
        let mut v = Violations::new();
        v.push("paid_on", Rule::InvalidValue);
        Err(StoreError::Invalid(v))
    } else {
        settlement::record_return_payment(&state.db, &signed.actor, id, &form, state.clock.now())
            .await
    };
    match outcome {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/agreements/{id}/settlement?recorded=true"
        ))),
        Err(StoreError::Invalid(v)) => {
            show(
                &state,
                &signed,
                id,
                true,
                (typed, Some(&v), Shown::default()),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}

/// Records the misuse case; back to the screen with its confirmation, or the screen with the
/// rule that refused it (no written call, its days still running, the report arrived).
pub async fn record_misuse(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    match settlement::record_misuse(&state.db, &signed.actor, id, state.clock.now()).await {
        Ok(_) => Ok(redirect(&format!(
            "/clerk/agreements/{id}/settlement?done=misuse"
        ))),
        Err(StoreError::Invalid(v)) => {
            let typed = PaymentTyped::default();
            show(
                &state,
                &signed,
                id,
                true,
                (typed, Some(&v), Shown::default()),
            )
            .await
        }
        Err(error) => Err(error.into()),
    }
}
