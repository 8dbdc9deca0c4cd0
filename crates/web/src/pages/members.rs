//! The people of an organisation: its members, pending invitations (which can be cancelled) and
//! the form that invites someone by email. Only the organisation's own NGO members see it.

use super::form::{check_csrf, errors_of, field_error, CsrfForm, Field, FieldError};
use super::guard::SignedIn;
use super::layout::render;
use super::respond::{redirect, PageError};
use super::texts::text;
use crate::pages::form::Form;
use crate::AppState;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::{Language, Violations};
use granty_i18n::format::minute;
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

/// The invitation form's two inputs, as typed.
fn invite_fields(form: &InviteForm, errors: &[FieldError], lang: Language) -> Vec<Field> {
    vec![
        Field {
            name: "email",
            label: text(lang, "email"),
            hint: None,
            kind: "email",
            value: form.email.clone(),
            autocomplete: "off",
            error: field_error(errors, "email"),
        },
        Field {
            name: "display_name",
            label: text(lang, "display_name"),
            hint: Some(text(lang, "invite_name_hint")),
            kind: "text",
            value: form.display_name.clone(),
            autocomplete: "off",
            error: field_error(errors, "display_name"),
        },
    ]
}

fn members_page(
    signed: &SignedIn,
    status: StatusCode,
    view: MembersView,
    form: &InviteForm,
    errors: Vec<FieldError>,
    notice: Option<&'static str>,
) -> Result<Response, PageError> {
    let (lang, zone) = (signed.lang, signed.zone());
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
                since: minute(m.since, zone, lang),
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
                valid_until: minute(p.expires_at, zone, lang),
            })
            .collect(),
        fields: invite_fields(form, &errors, lang),
        errors,
        notice,
    };
    render(status, "members.html", &signed.frame, &page)
}

/// Loads the list and renders it; anyone but the organisation's members gets 404.
async fn members_list(
    state: &AppState,
    signed: &SignedIn,
    id: i64,
    (status, form): (StatusCode, &InviteForm),
    violations: Option<&Violations>,
    notice: Option<&'static str>,
) -> Result<Response, PageError> {
    let view = invitations::members(&state.db, &signed.actor, id, state.clock.now()).await?;
    let errors = violations
        .map(|v| errors_of(v, signed.lang))
        .unwrap_or_default();
    members_page(signed, status, view, form, errors, notice)
}

pub async fn show_members(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Query(query): Query<DoneQuery>,
) -> Result<Response, PageError> {
    let notice = match query.done.as_str() {
        "invited" => Some(text(signed.lang, "invitation_sent")),
        "revoked" => Some(text(signed.lang, "invitation_cancelled")),
        "removed" => Some(text(signed.lang, "member_removed")),
        _ => None,
    };
    let empty = (StatusCode::OK, &InviteForm::default());
    members_list(&state, &signed, id, empty, None, notice).await
}

pub async fn invite_member(
    State(state): State<AppState>,
    signed: SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<InviteForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let new = NewInvitation {
        email: &form.email,
        display_name: &form.display_name,
        language: signed.lang,
    };
    match invitations::invite(&state.db, &signed.actor, id, new, state.clock.now()).await {
        Ok(_) => Ok(redirect(&format!(
            "/organisations/{id}/members?done=invited"
        ))),
        Err(StoreError::Invalid(v)) => {
            let typed = (StatusCode::UNPROCESSABLE_ENTITY, &form);
            members_list(&state, &signed, id, typed, Some(&v), None).await
        }
        Err(error) => Err(error.into()),
    }
}

pub async fn revoke_invitation(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, invitation)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    invitations::revoke(&state.db, &signed.actor, id, invitation, now).await?;
    Ok(redirect(&format!(
        "/organisations/{id}/members?done=revoked"
    )))
}

pub async fn remove_member(
    State(state): State<AppState>,
    signed: SignedIn,
    Path((id, user_id)): Path<(i64, i64)>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, PageError> {
    check_csrf(&signed, &form.csrf)?;
    let now = state.clock.now();
    match invitations::remove_member(&state.db, &signed.actor, id, user_id, now).await {
        // Someone who left no longer sees the organisation.
        Ok(()) if user_id == signed.actor.user_id => Ok(redirect("/dashboard")),
        Ok(()) => Ok(redirect(&format!(
            "/organisations/{id}/members?done=removed"
        ))),
        Err(StoreError::Invalid(v)) => {
            let empty = (StatusCode::UNPROCESSABLE_ENTITY, &InviteForm::default());
            members_list(&state, &signed, id, empty, Some(&v), None).await
        }
        Err(error) => Err(error.into()),
    }
}
