//! The people of an organisation: its members, pending invitations (which can be cancelled) and
//! the form that invites someone by email. Only the organisation's own NGO members see it.

use super::accounts::{errors_of, field_error, Field, FieldError};
use super::ngo::{signed_in, Signed};
use super::render;
use super::session::{same, session_csrf, Cookies, PageLanguage};
use super::texts::text;
use crate::AppState;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::format::instant;
use granty_domain::Violations;
use granty_store::invitations::{self, MembersView, NewInvitation};
use granty_store::StoreError;
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    csrf: String,
    email: String,
    display_name: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CsrfForm {
    csrf: String,
}

/// After a redirect: what was just done (`invited`, `revoked`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DoneQuery {
    done: String,
}

#[derive(Serialize)]
struct MemberRow {
    user_id: i64,
    display_name: String,
    email: String,
    since: String,
    /// The signed-in person: their button says "leave" rather than "remove".
    is_me: bool,
}

#[derive(Serialize)]
struct PendingRow {
    id: i64,
    email: String,
    display_name: String,
    invited_by: String,
    valid_until: String,
}

#[derive(Serialize)]
struct MembersPage {
    organisation_id: i64,
    organisation_name: String,
    members: Vec<MemberRow>,
    pending: Vec<PendingRow>,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
    notice: Option<&'static str>,
}

fn members_page(
    signed: &Signed,
    status: StatusCode,
    view: MembersView,
    form: &InviteForm,
    errors: Vec<FieldError>,
    notice: Option<&'static str>,
) -> Response {
    let (lang, zone) = (signed.lang, signed.actor.tenant.time_zone);
    let fields = vec![
        Field {
            name: "email",
            label: text(lang, "email"),
            hint: None,
            kind: "email",
            value: form.email.clone(),
            autocomplete: "off",
            error: field_error(&errors, "email"),
        },
        Field {
            name: "display_name",
            label: text(lang, "display_name"),
            hint: Some(text(lang, "invite_name_hint")),
            kind: "text",
            value: form.display_name.clone(),
            autocomplete: "off",
            error: field_error(&errors, "display_name"),
        },
    ];
    let page = MembersPage {
        organisation_id: view.organisation_id,
        organisation_name: view.organisation_name,
        members: view
            .members
            .into_iter()
            .map(|m| MemberRow {
                user_id: m.user_id,
                is_me: m.user_id == signed.actor.user_id,
                display_name: m.display_name,
                email: m.email,
                since: instant(m.since, zone, lang),
            })
            .collect(),
        pending: view
            .pending
            .into_iter()
            .map(|p| PendingRow {
                id: p.id,
                email: p.email,
                display_name: p.display_name,
                invited_by: p.invited_by,
                valid_until: instant(p.expires_at, zone, lang),
            })
            .collect(),
        fields,
        errors,
        notice,
    };
    render(status, "members.html", &signed.frame, &page)
}

/// Loads the list and renders it; anyone but the organisation's members gets 404.
async fn respond(
    state: &AppState,
    signed: &Signed,
    id: i64,
    status: StatusCode,
    form: &InviteForm,
    violations: Option<&Violations>,
    notice: Option<&'static str>,
) -> Response {
    match invitations::members(&state.db, &signed.actor, id, state.clock.now()).await {
        Ok(view) => {
            let errors = violations
                .map(|v| errors_of(v, signed.lang))
                .unwrap_or_default();
            members_page(signed, status, view, form, errors, notice)
        }
        Err(StoreError::NotFound) => super::public::not_found_page(signed.lang),
        Err(error) => {
            tracing::error!(?error, organisation = id, "members page");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn show_members(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Response {
    let here = format!("/organisations/{id}/members");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    let notice = match query.done.as_str() {
        "invited" => Some(text(signed.lang, "invitation_sent")),
        "revoked" => Some(text(signed.lang, "invitation_cancelled")),
        "removed" => Some(text(signed.lang, "member_removed")),
        _ => None,
    };
    let empty = InviteForm::default();
    respond(&state, &signed, id, StatusCode::OK, &empty, None, notice).await
}

pub async fn invite_member(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path(id): Path<i64>,
    Form(form): Form<InviteForm>,
) -> Response {
    let here = format!("/organisations/{id}/members");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let new = NewInvitation {
        email: &form.email,
        display_name: &form.display_name,
        language: signed.lang,
    };
    match invitations::invite(&state.db, &signed.actor, id, new, state.clock.now()).await {
        Ok(_) => Redirect::to(&format!("{here}?done=invited")).into_response(),
        Err(StoreError::Invalid(v)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            respond(&state, &signed, id, status, &form, Some(&v), None).await
        }
        Err(StoreError::NotFound) => super::public::not_found_page(signed.lang),
        Err(error) => {
            tracing::error!(?error, organisation = id, "inviting a member");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn revoke_invitation(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path((id, invitation)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let here = format!("/organisations/{id}/members");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let now = state.clock.now();
    match invitations::revoke(&state.db, &signed.actor, id, invitation, now).await {
        Ok(()) => Redirect::to(&format!("{here}?done=revoked")).into_response(),
        Err(StoreError::NotFound) => super::public::not_found_page(signed.lang),
        Err(error) => {
            tracing::error!(
                ?error,
                organisation = id,
                invitation,
                "revoking an invitation"
            );
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

pub async fn remove_member(
    State(state): State<AppState>,
    cookies: Cookies,
    language: PageLanguage,
    Path((id, user_id)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let here = format!("/organisations/{id}/members");
    let signed = or_return!(signed_in(&state, &cookies, &language, &here).await);
    if !same(&session_csrf(&signed.token), &form.csrf) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let now = state.clock.now();
    match invitations::remove_member(&state.db, &signed.actor, id, user_id, now).await {
        // Someone who left no longer sees the organisation.
        Ok(()) if user_id == signed.actor.user_id => Redirect::to("/dashboard").into_response(),
        Ok(()) => Redirect::to(&format!("{here}?done=removed")).into_response(),
        Err(StoreError::Invalid(v)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            let empty = InviteForm::default();
            respond(&state, &signed, id, status, &empty, Some(&v), None).await
        }
        Err(StoreError::NotFound) => super::public::not_found_page(signed.lang),
        Err(error) => {
            tracing::error!(?error, organisation = id, user_id, "removing a member");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
