//! The clerk publishes a draft call; the list of calls says what happened.

use super::list::calls_list;
use crate::pages::form::check_csrf;
use crate::pages::guard::Staff;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::response::Response;
use granty_domain::call::{CallAction, CallError, STATUTORY_MIN_DAYS_TO_DEADLINE};
use granty_domain::Rule;
use granty_i18n::rule_message;
use granty_store::{calls, StoreError};
use serde::Deserialize;

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PublishForm {
    csrf: String,
    confirm_short_deadline: String,
}

pub async fn publish_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<PublishForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let action = CallAction::Publish {
        confirm_short_deadline: form.confirm_short_deadline == "yes",
    };
    let lang = signed.lang;
    let now = state.clock.now();
    let notice = match calls::transition(&state.db, &signed.actor, id, action, now).await {
        Ok(_) => text(lang, "published_notice").to_string(),
        Err(StoreError::Call(CallError::DeadlineTooSoon { days })) => {
            let minimum = STATUTORY_MIN_DAYS_TO_DEADLINE;
            rule_message(&Rule::DeadlineTooSoon { days, minimum }, lang)
        }
        Err(StoreError::Call(_)) => text(lang, "not_found_text").to_string(),
        Err(error) => return Err(error.into()),
    };
    calls_list(&state, &signed, Some(notice)).await
}
