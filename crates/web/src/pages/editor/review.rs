//! The review before submitting: the whole offer as the office will read it, what still stops the
//! submission, and the submit button.

use super::award_update::{update_box, UpdateBox};
use super::form::Posted;
use super::load;
use super::view::{problems, Problem};
use crate::edge::Arrived;
use crate::error::transition_detail;
use crate::pages::form::check_csrf;
use crate::pages::form::Form;
use crate::pages::guard::SignedIn;
use crate::pages::layout::render;
use crate::pages::respond::{redirect, PageError};
use crate::pages::views::attachments::{attachment_list, AttachmentList};
use crate::pages::views::offer::{offer_view, totals, OfferView, Total};
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use granty_domain::application::{
    self as offer_states, ApplicationAction, ApplicationState, TransitionError,
};
use granty_store::applications::{self, ApplicationDetail};
use granty_store::StoreError;
use serde::Serialize;

#[derive(Serialize)]
struct ReviewPage {
    id: i64,
    title: String,
    call_title: String,
    totals: Vec<Total>,
    problems: Vec<Problem>,
    refusal: Option<String>,
    editable: bool,
    submitted: bool,
    /// The offer waits for its correction: the button files a correction, and says so.
    correction: bool,
    /// The award waits for its updated estimate: the button files it instead.
    update: Option<UpdateBox>,
    /// The whole offer as it would be filed, to read through before submitting.
    o: OfferView,
    files: AttachmentList,
}

pub async fn review(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, PageError> {
    review_page(&state, &signed, id, (StatusCode::OK, None)).await
}

/// Why the clock no longer allows a submission (the deadline passed, the call is not open yet,
/// the correction period ended), said before the click.
fn submission_refusal(
    detail: &ApplicationDetail,
    now: DateTime<Utc>,
    signed: &SignedIn,
) -> Option<String> {
    let action = if detail.record.state == ApplicationState::NeedsCorrection {
        ApplicationAction::SubmitCorrection
    } else {
        ApplicationAction::Submit
    };
    let clock = offer_states::Clock {
        now,
        call_opens_at: detail.call.terms.opens_at,
        call_deadline: detail.call.terms.deadline,
        correction_due: detail.record.correction_due_at,
    };
    let applicant = offer_states::Actor::Applicant;
    match offer_states::apply(detail.record.state, action, applicant, &clock) {
        Err(
            error @ (TransitionError::DeadlinePassed { .. }
            | TransitionError::NotYetOpen { .. }
            | TransitionError::CorrectionPeriodOver { .. }),
        ) => Some(transition_detail(&error, signed.zone(), signed.lang)),
        _ => None,
    }
}

/// The review page; `refusal` says why a submission was just refused (e.g. the deadline passed).
async fn review_page(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    (status, refusal): (StatusCode, Option<String>),
) -> Result<Response, PageError> {
    let detail = load(state, signed, id).await?;
    let update = update_box(state, signed, &detail).await?;
    let lang = signed.lang;
    let (list, _) = problems(&detail.problems, true, lang);
    // The call's deadline does not bind an updated estimate.
    let refusal = match update {
        Some(_) => None,
        None => refusal.or_else(|| submission_refusal(&detail, state.clock.now(), signed)),
    };
    let content = &detail.record.content;
    let page = ReviewPage {
        id,
        title: content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        totals: totals(&detail.summary, content, lang),
        problems: list,
        refusal,
        editable: detail.editable,
        submitted: !detail.versions.is_empty(),
        correction: detail.record.state == ApplicationState::NeedsCorrection,
        update,
        o: offer_view(
            content,
            detail.record.current_version_no + 1,
            &detail.applicant,
            detail.call.terms.budget.currency,
            lang,
        ),
        files: attachment_list(&detail, false, signed.zone(), lang),
    };
    render(status, "review.html", &signed.frame, &page)
}

pub async fn submit(
    State(state): State<AppState>,
    signed: SignedIn,
    Arrived(arrived): Arrived,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &Posted::new(pairs).get("csrf"))?;
    // Judged by when the request arrived, not by when a busy server got to it.
    match applications::submit(&state.db, &signed.actor, id, arrived).await {
        Ok(_) => Ok(redirect(&format!("/applications/{id}/receipt"))),
        // Problems appeared since the review (e.g. an attachment was removed): show them.
        Err(StoreError::Invalid(_)) => {
            review_page(
                &state,
                &signed,
                id,
                (StatusCode::UNPROCESSABLE_ENTITY, None),
            )
            .await
        }
        Err(StoreError::Transition(error)) => {
            let why = transition_detail(&error, signed.zone(), signed.lang);
            review_page(&state, &signed, id, (StatusCode::CONFLICT, Some(why))).await
        }
        Err(error) => Err(error.into()),
    }
}
