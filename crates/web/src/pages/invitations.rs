//! Accepting an invitation from its emailed link: a new person sets name and password, someone
//! with an account gives its password (or, already signed in as that address, just joins).
//! Spent, cancelled and expired links each get a page that says so.

use super::accounts::{
    errors_of, field_error, form_token, message_page, token_ok, Field, FieldError,
};
use super::login::append_cookie;
use super::session::{cookie, same, session_csrf, Cookies, PageLanguage, LOGIN_CSRF, SESSION};
use super::texts::text;
use super::{render, Frame};
use crate::AppState;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::invitation::InvitationStatus;
use granty_domain::Language;
use granty_store::invitations::{self, Acceptance, Account, OpenedInvitation};
use granty_store::{accounts, Actor, StoreError};
use serde::{Deserialize, Serialize};

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct AcceptForm {
    csrf: String,
    display_name: String,
    password: String,
    password_again: String,
}

/// How this visitor accepts, decided from the invitation and the session cookie.
enum Mode {
    NewAccount,
    Password,
    SignedIn { actor: Box<Actor>, session: String },
}

#[derive(Serialize)]
struct InvitationPage {
    token: String,
    mode: &'static str,
    inviter_name: String,
    organisation_name: String,
    invitation_tenant: String,
    tenant_slug: String,
    email: String,
    intro: &'static str,
    submit: &'static str,
    fields: Vec<Field>,
    errors: Vec<FieldError>,
}

/// The page's language: the visitor's choice or browser, else the inviter's.
fn language_of(language: &PageLanguage, opened: &OpenedInvitation) -> Language {
    if language.chosen || language.from_browser {
        language.lang
    } else {
        opened.language
    }
}

async fn mode_of(state: &AppState, cookies: &Cookies, opened: &OpenedInvitation) -> Mode {
    if let Some(session) = cookies.get(SESSION) {
        if let Ok(actor) = accounts::actor_for_token(&state.db, session, state.clock.now()).await {
            if actor.email == opened.email && actor.tenant.slug == opened.tenant_slug {
                return Mode::SignedIn {
                    actor: Box::new(actor),
                    session: session.to_string(),
                };
            }
        }
    }
    match opened.account {
        Account::Existing => Mode::Password,
        Account::None => Mode::NewAccount,
    }
}

fn fields(lang: Language, mode: &Mode, form: &AcceptForm, errors: &[FieldError]) -> Vec<Field> {
    let field = |name, label, hint: Option<&str>, kind, value: &str, autocomplete| Field {
        name,
        label: text(lang, label),
        hint: hint.map(|h| text(lang, h)),
        kind,
        value: value.to_string(),
        autocomplete,
        error: field_error(errors, name),
    };
    match mode {
        Mode::NewAccount => vec![
            field(
                "display_name",
                "display_name",
                None,
                "text",
                &form.display_name,
                "name",
            ),
            // Passwords are never sent back into the page.
            field(
                "password",
                "password",
                Some("password_hint"),
                "password",
                "",
                "new-password",
            ),
            field(
                "password_again",
                "password_again",
                None,
                "password",
                "",
                "new-password",
            ),
        ],
        Mode::Password => vec![field(
            "password",
            "password",
            None,
            "password",
            "",
            "current-password",
        )],
        Mode::SignedIn { .. } => vec![],
    }
}

fn invitation_page(
    state: &AppState,
    cookies: &Cookies,
    token: &str,
    (lang, mode): (Language, &Mode),
    opened: &OpenedInvitation,
    form: &AcceptForm,
    (status, errors): (StatusCode, Vec<FieldError>),
) -> Response {
    let (mode_code, intro, submit) = match mode {
        Mode::NewAccount => ("new", "invitation_new_account", "accept_create"),
        Mode::Password => ("password", "invitation_existing_account", "accept_join"),
        Mode::SignedIn { .. } => ("signed_in", "invitation_signed_in", "accept_join"),
    };
    let body = InvitationPage {
        token: token.to_string(),
        mode: mode_code,
        inviter_name: opened.inviter_name.clone(),
        organisation_name: opened.organisation_name.clone(),
        invitation_tenant: opened.tenant_name.clone(),
        tenant_slug: opened.tenant_slug.clone(),
        email: opened.email.clone(),
        intro: text(lang, intro),
        submit: text(lang, submit),
        fields: fields(lang, mode, form, &errors),
        errors,
    };
    if let Mode::SignedIn { actor, session } = mode {
        let mut frame = Frame::new(lang, session_csrf(session));
        frame.tenant_name = Some(opened.tenant_name.clone());
        frame.user_email = Some(actor.email.clone());
        return render(status, "invitation.html", &frame, &body);
    }
    let csrf = form_token(cookies);
    let mut frame = Frame::new(lang, csrf.clone());
    frame.tenant_name = Some(opened.tenant_name.clone());
    let mut response = render(status, "invitation.html", &frame, &body);
    append_cookie(
        &mut response,
        &cookie(LOGIN_CSRF, &csrf, 3600, state.secure_cookies),
    );
    response
}

/// The page for a link that cannot be used any more, or never could.
fn closed_page(lang: Language, status: Option<InvitationStatus>) -> Response {
    let (code, heading, body, login) = match status {
        Some(InvitationStatus::Accepted) => (
            StatusCode::GONE,
            "invitation_used",
            "invitation_used_text",
            true,
        ),
        Some(InvitationStatus::Revoked) => (
            StatusCode::GONE,
            "invitation_revoked",
            "invitation_revoked_text",
            false,
        ),
        Some(InvitationStatus::Expired) => (
            StatusCode::GONE,
            "invitation_expired",
            "invitation_expired_text",
            false,
        ),
        _ => (
            StatusCode::NOT_FOUND,
            "link_expired",
            "link_expired_text",
            false,
        ),
    };
    message_page(lang, code, heading, body, login.then(|| "/login".into()))
}

/// Opens the link; `Err` is the page to show when it cannot be used.
async fn opened(
    state: &AppState,
    token: &str,
    language: &PageLanguage,
) -> Result<OpenedInvitation, Response> {
    match invitations::open(&state.db, token, state.clock.now()).await {
        Ok(found) if found.status == InvitationStatus::Pending => Ok(found),
        Ok(found) => Err(closed_page(
            language_of(language, &found),
            Some(found.status),
        )),
        Err(StoreError::NotFound) => Err(closed_page(language.lang, None)),
        Err(error) => {
            tracing::error!(?error, "opening an invitation");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

pub async fn show_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Response {
    let found = or_return!(opened(&state, &token, &language).await);
    let lang = language_of(&language, &found);
    let mode = mode_of(&state, &cookies, &found).await;
    let form = AcceptForm {
        display_name: found.display_name.clone(),
        ..AcceptForm::default()
    };
    let ok = (StatusCode::OK, vec![]);
    invitation_page(&state, &cookies, &token, (lang, &mode), &found, &form, ok)
}

pub async fn accept_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
    Form(form): Form<AcceptForm>,
) -> Response {
    let found = or_return!(opened(&state, &token, &language).await);
    let lang = language_of(&language, &found);
    let mode = mode_of(&state, &cookies, &found).await;
    let again = |status, errors| {
        let shown = (lang, &mode);
        invitation_page(
            &state,
            &cookies,
            &token,
            shown,
            &found,
            &form,
            (status, errors),
        )
    };
    let csrf_ok = match &mode {
        Mode::SignedIn { session, .. } => same(&session_csrf(session), &form.csrf),
        _ => token_ok(&cookies, &form.csrf),
    };
    if !csrf_ok {
        let expired = FieldError {
            field: "password".into(),
            message: text(lang, "form_expired").into(),
        };
        return again(StatusCode::FORBIDDEN, vec![expired]);
    }
    let acceptance = match &mode {
        Mode::NewAccount => Acceptance::NewAccount {
            display_name: &form.display_name,
            password: &form.password,
            password_again: &form.password_again,
            language: lang,
        },
        Mode::Password => Acceptance::Password(&form.password),
        Mode::SignedIn { actor, .. } => Acceptance::SignedIn(actor),
    };
    match invitations::accept(&state.db, &token, acceptance, state.clock.now()).await {
        Ok(session) => {
            let mut response = Redirect::to("/dashboard").into_response();
            if let Some(session) = session {
                let max_age = (session.expires_at - state.clock.now())
                    .num_seconds()
                    .max(0);
                let secure = state.secure_cookies;
                append_cookie(
                    &mut response,
                    &cookie(SESSION, &session.token, max_age, secure),
                );
                append_cookie(&mut response, &cookie(LOGIN_CSRF, "", 0, secure));
            }
            response
        }
        Err(StoreError::Invalid(v)) => again(StatusCode::UNPROCESSABLE_ENTITY, errors_of(&v, lang)),
        Err(StoreError::BadCredentials) => {
            let wrong = FieldError {
                field: "password".into(),
                message: text(lang, "wrong_password").into(),
            };
            again(StatusCode::UNPROCESSABLE_ENTITY, vec![wrong])
        }
        // Spent between opening the page and sending it: say how.
        Err(StoreError::NotFound) => match opened(&state, &token, &language).await {
            Ok(_) => closed_page(lang, None),
            Err(page) => page,
        },
        Err(StoreError::Forbidden) | Err(StoreError::Duplicate { .. }) => message_page(
            lang,
            StatusCode::FORBIDDEN,
            "invitation_refused",
            "invitation_refused_text",
            None,
        ),
        Err(error) => {
            tracing::error!(?error, "accepting an invitation");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
