//! The offer editor's handlers: edit and save (with autosave for the script), upload, review,
//! submit and the receipt. The page itself is laid out in `editor_view`.

use super::editor_form::Posted;
use super::editor_view::{editor_page, problems, totals, Problem, Total};
use super::ngo::{signed_in, Signed};
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::format::{instant, messages::message, money};
use granty_store::applications::{self, ApplicationDetail, DraftChanges, PartnerLinks};
use granty_store::StoreError;
use serde::Serialize;

async fn load(state: &AppState, signed: &Signed, id: i64) -> Result<ApplicationDetail, Response> {
    match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => Ok(detail),
        Err(StoreError::NotFound) | Err(StoreError::Forbidden) => {
            Err(super::public::not_found_page(signed.lang))
        }
        Err(error) => {
            tracing::error!(?error, "loading an application");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

pub async fn edit(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await?;
    let detail = load(&state, &signed, id).await?;
    if !detail.editable {
        // Filed offers open as their receipt; a partner of a draft reads it on the review page.
        let to = if detail.versions.is_empty() {
            "review"
        } else {
            "receipt"
        };
        return Ok(Redirect::to(&format!("/applications/{id}/{to}")).into_response());
    }
    Ok(editor_page(
        &signed,
        &detail,
        &detail.record.content,
        detail.record.version,
        None,
        StatusCode::OK,
    ))
}

pub async fn save(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await?;
    let mut posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    if let Some((table, index)) = posted.removal() {
        posted = posted.without_row(table, index);
    }
    let content = posted.offer();
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let saved = applications::save_draft(
        &state.db,
        &signed.actor,
        id,
        version,
        DraftChanges {
            content: Some(content.clone()),
            partners: PartnerLinks::FromContent,
        },
        state.clock.now(),
    )
    .await;
    let detail = load(&state, &signed, id).await?;
    Ok(match saved {
        Ok(()) if posted.get("action") == "review" => {
            Redirect::to(&format!("/applications/{id}/review")).into_response()
        }
        Ok(()) => editor_page(
            &signed,
            &detail,
            &detail.record.content,
            detail.record.version,
            Some(text(signed.lang, "saved").to_string()),
            StatusCode::OK,
        ),
        // Someone saved in between: show this person's text against the newest version, so the
        // next save, made knowingly, wins.
        Err(StoreError::Stale { .. }) => editor_page(
            &signed,
            &detail,
            &content,
            detail.record.version,
            Some(text(signed.lang, "saved_elsewhere").to_string()),
            StatusCode::CONFLICT,
        ),
        Err(StoreError::Transition(_)) => {
            Redirect::to(&format!("/applications/{id}/receipt")).into_response()
        }
        Err(error) => {
            tracing::error!(?error, "saving a draft");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    })
}

pub async fn review(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/review"),
    )
    .await?;
    Ok(review_page(&state, &signed, id, None, StatusCode::OK).await)
}

/// The review page; `refusal` says why a submission was just refused (e.g. the deadline passed).
async fn review_page(
    state: &AppState,
    signed: &Signed,
    id: i64,
    refusal: Option<String>,
    status: StatusCode,
) -> Response {
    let detail = or_return!(load(state, signed, id).await);
    let (list, _) = problems(&detail.problems, signed.lang);
    // Say before the click when the clock no longer allows a submission.
    let refusal = refusal.or_else(|| {
        let action = if detail.record.state
            == granty_domain::application::ApplicationState::NeedsCorrection
        {
            granty_domain::application::ApplicationAction::SubmitCorrection
        } else {
            granty_domain::application::ApplicationAction::Submit
        };
        let clock = granty_domain::application::Clock {
            now: state.clock.now(),
            call_opens_at: detail.call.terms.opens_at,
            call_deadline: detail.call.terms.deadline,
            correction_due: detail.record.correction_due_at,
        };
        match granty_domain::application::apply(
            detail.record.state,
            action,
            granty_domain::application::Actor::Applicant,
            &clock,
        ) {
            Err(
                error @ (granty_domain::application::TransitionError::DeadlinePassed { .. }
                | granty_domain::application::TransitionError::NotYetOpen { .. }
                | granty_domain::application::TransitionError::CorrectionPeriodOver {
                    ..
                }),
            ) => Some(crate::error::transition_detail(
                &error,
                signed.actor.tenant.time_zone,
                signed.lang,
            )),
            _ => None,
        }
    });
    #[derive(Serialize)]
    struct Page {
        id: i64,
        title: String,
        call_title: String,
        totals: Vec<Total>,
        problems: Vec<Problem>,
        refusal: Option<String>,
        editable: bool,
        submitted: bool,
        /// The whole offer as it would be filed, to read through before submitting.
        o: super::offer_view::OfferView,
    }
    let page = Page {
        id,
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        totals: totals(&detail.summary, &detail.record.content, signed.lang),
        problems: list,
        refusal,
        editable: detail.editable,
        submitted: !detail.versions.is_empty(),
        o: super::offer_view::offer_view(
            &detail.record.content,
            detail.record.current_version_no + 1,
            &detail.applicant,
            detail.call.terms.budget.currency,
            signed.lang,
        ),
    };
    render(status, "review.html", &signed.frame, &page)
}

pub async fn submit(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/review"),
    )
    .await?;
    if !same(
        &session_csrf(&signed.token),
        &Posted::new(pairs).get("csrf"),
    ) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    Ok(
        match applications::submit(&state.db, &signed.actor, id, state.clock.now()).await {
            Ok(_) => Redirect::to(&format!("/applications/{id}/receipt")).into_response(),
            // Problems appeared since the review (e.g. an attachment was removed): show them.
            Err(StoreError::Invalid(_)) => {
                review_page(&state, &signed, id, None, StatusCode::UNPROCESSABLE_ENTITY).await
            }
            Err(StoreError::Transition(error)) => {
                let why = crate::error::transition_detail(
                    &error,
                    signed.actor.tenant.time_zone,
                    signed.lang,
                );
                review_page(&state, &signed, id, Some(why), StatusCode::CONFLICT).await
            }
            Err(error) => {
                tracing::error!(?error, "submitting");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
    )
}

pub async fn receipt(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/receipt"),
    )
    .await?;
    let detail = load(&state, &signed, id).await?;
    let Some(version) = detail.versions.last() else {
        return Ok(Redirect::to(&format!("/applications/{id}/edit")).into_response());
    };
    #[derive(Serialize)]
    struct Receipt {
        number: String,
        title: String,
        call_title: String,
        submitted_at: String,
        sha: String,
    }
    #[derive(Serialize)]
    struct Page {
        r: Receipt,
        o: Option<super::offer_view::OfferView>,
    }
    let r = Receipt {
        number: version.receipt_number.clone(),
        title: detail.record.content.title.clone(),
        call_title: detail.call.terms.title.clone(),
        submitted_at: instant(
            version.submitted_at,
            signed.actor.tenant.time_zone,
            signed.lang,
        ),
        sha: version.content_sha256.clone(),
    };
    let o = super::offer_view::submitted_view(&detail, signed.lang);
    Ok(render(
        StatusCode::OK,
        "receipt.html",
        &signed.frame,
        &Page { r, o },
    ))
}

pub async fn start(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(call_id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, Response> {
    let signed = signed_in(&state, &cookies, &language, "/dashboard").await?;
    let posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    let organisation: i64 = posted.get("organisation_id").parse().unwrap_or(0);
    Ok(
        match applications::create_draft(
            &state.db,
            &signed.actor,
            call_id,
            organisation,
            None,
            state.clock.now(),
        )
        .await
        {
            Ok(id) => Redirect::to(&format!("/applications/{id}/edit")).into_response(),
            Err(StoreError::NotFound)
            | Err(StoreError::Invalid(_))
            | Err(StoreError::Forbidden) => super::public::not_found_page(signed.lang),
            Err(StoreError::Transition(_)) => Redirect::to("/dashboard").into_response(),
            Err(error) => {
                tracing::error!(?error, "starting an offer");
                StatusCode::INTERNAL_SERVER_ERROR.into_response()
            }
        },
    )
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct UploadQuery {
    csrf: String,
}

pub async fn upload(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    axum::extract::Query(query): axum::extract::Query<UploadQuery>,
    multipart: axum::extract::Multipart,
) -> Result<Response, Response> {
    let signed = signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await?;
    if !same(&session_csrf(&signed.token), &query.csrf) {
        return Err(StatusCode::FORBIDDEN.into_response());
    }
    let outcome =
        crate::routes::attachments::store_upload(&state, &signed.actor, id, multipart).await;
    let detail = load(&state, &signed, id).await?;
    Ok(match outcome {
        Ok(_) => Redirect::to(&format!("/applications/{id}/edit#attachments")).into_response(),
        Err(crate::error::ApiError::Invalid(v)) => {
            let text_of = v
                .iter()
                .map(|p| message(&p.rule, signed.lang))
                .collect::<Vec<_>>()
                .join(" ");
            editor_page(
                &signed,
                &detail,
                &detail.record.content,
                detail.record.version,
                Some(text_of),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(error) => {
            tracing::warn!(?error, "upload refused");
            editor_page(
                &signed,
                &detail,
                &detail.record.content,
                detail.record.version,
                Some(text(signed.lang, "form_expired").to_string()),
                StatusCode::CONFLICT,
            )
        }
    })
}

/// Autosave for the editor's script: saves the form as posted and answers with the new version
/// and the computed values, so totals update while typing. A stale version answers 409 with the
/// current one; nothing is overwritten.
pub async fn autosave(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Response {
    let signed = match signed_in(
        &state,
        &cookies,
        &language,
        &format!("/applications/{id}/edit"),
    )
    .await
    {
        Ok(signed) => signed,
        Err(_) => return StatusCode::UNAUTHORIZED.into_response(),
    };
    let posted = Posted::new(pairs);
    if !same(&session_csrf(&signed.token), &posted.get("csrf")) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let content = posted.offer();
    let version: i32 = posted.get("version").parse().unwrap_or(0);
    let saved = applications::save_draft(
        &state.db,
        &signed.actor,
        id,
        version,
        DraftChanges {
            content: Some(content),
            partners: PartnerLinks::FromContent,
        },
        state.clock.now(),
    )
    .await;
    let detail = match applications::get(&state.db, &signed.actor, id).await {
        Ok(detail) => detail,
        Err(_) => return StatusCode::NOT_FOUND.into_response(),
    };
    let lang = signed.lang;
    let s = &detail.summary;
    let body = serde_json::json!({
        "version": detail.record.version,
        "saved_at": instant(state.clock.now(), signed.actor.tenant.time_zone, lang),
        "lines": s.lines.iter().map(|l| money(l.value, lang)).collect::<Vec<_>>(),
        "numbers": s.lines.iter().map(|l| l.number.clone()).collect::<Vec<_>>(),
        "totals": totals(s, &detail.record.content, lang)
            .into_iter()
            .map(|t| (t.key, serde_json::Value::String(t.value)))
            .collect::<serde_json::Map<_, _>>(),
        "years": s.years.len(),
        "problems": detail.problems.0.len(),
    });
    let status = match saved {
        Ok(()) => StatusCode::OK,
        Err(StoreError::Stale { .. }) => StatusCode::CONFLICT,
        Err(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    (status, axum::Json(body)).into_response()
}
