//! The clerk publishes a draft call with the days it appeared in BIP, on the notice board and on
//! the website (the website is Granty's page, today, unless given); the list says what happened.

use super::list::{calls_list, Outcome};
use super::publication::{refusal, DaysForm};
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::Staff;
use crate::pages::respond::PageError;
use crate::pages::texts::text;
use crate::AppState;
use axum::extract::{Path, State};
use axum::response::Response;
use granty_domain::call::{CallAction, CallError};
use granty_domain::Rule;
use granty_i18n::rule_message;
use granty_store::{calls, StoreError};

pub async fn publish_call(
    State(state): State<AppState>,
    Staff(signed): Staff,
    Path(id): Path<i64>,
    Form(form): Form<DaysForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, form.csrf())?;
    let lang = signed.lang;
    let publication = match form.publication() {
        Ok(days) => days,
        Err(v) => {
            return calls_list(&state, &signed, Some(Outcome::Refused(refusal(&v, lang)))).await
        }
    };
    let action = CallAction::Publish {
        confirm_short_deadline: form.confirmed(),
        publication,
    };
    let now = state.clock.now();
    let outcome = match calls::transition(&state.db, &signed.actor, id, action, now).await {
        Ok(_) => Outcome::Done(text(lang, "published_notice").to_string()),
        Err(StoreError::Call(CallError::DeadlineTooSoon { days, minimum })) => {
            let minimum = i64::from(minimum);
            Outcome::Refused(rule_message(&Rule::DeadlineTooSoon { days, minimum }, lang))
        }
        Err(StoreError::Invalid(v)) => Outcome::Refused(refusal(&v, lang)),
        Err(StoreError::Call(_)) => Outcome::Refused(text(lang, "not_found_text").to_string()),
        Err(error) => return Err(error.into()),
    };
    calls_list(&state, &signed, Some(outcome)).await
}
