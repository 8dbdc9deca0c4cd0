//! The applicant's side of an award below the request, from its offer's page: file the updated
//! estimate (the working copy) or decline the award. Broken rules come back on the page.

use crate::pages::form::{check_csrf, Form};
use crate::pages::guard::SignedIn;
use crate::pages::layout::Message;
use crate::pages::respond::{redirect, PageError};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_i18n::rule_message;
use granty_store::results::{self, AwardView};
use granty_store::StoreError;
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UpdateForm {
    csrf: String,
}

fn after(
    signed: &SignedIn,
    id: i64,
    outcome: Result<AwardView, StoreError>,
) -> Result<Response, PageError> {
    match outcome {
        Ok(_) => Ok(redirect(&format!(
            "/applications/{id}/receipt#offer-result"
        ))),
        Err(StoreError::Invalid(v)) => {
            let lang = signed.lang;
            let reasons: Vec<String> = v.iter().map(|x| rule_message(&x.rule, lang)).collect();
            let mut message = Message::of(lang, "update_title", "there_is_a_problem");
            message.text = reasons.join(" ");
            message
                .link(lang, &format!("/applications/{id}/receipt"), "your_result")
                .render(StatusCode::UNPROCESSABLE_ENTITY, &signed.frame)
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn submit_update(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<UpdateForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    after(
        &signed,
        id,
        results::submit_update(&state.db, &signed.actor, id, None, now).await,
    )
}

pub async fn withdraw_update(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<UpdateForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    after(
        &signed,
        id,
        results::withdraw_update(&state.db, &signed.actor, id, now).await,
    )
}
