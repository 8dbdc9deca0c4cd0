//! Accepting an invitation from its emailed link: a new person sets name and password, someone
//! with an account gives its password (or, already signed in as that address, just joins).
//! Spent, cancelled and expired links each get a page that says so.

use super::form::{errors_of, field_error, form_token, render_with_token, token_ok};
use super::form::{new_password_fields, Field, FieldError};
use super::layout::{render, Frame, Message};
use super::respond::{redirect, start_session, PageError};
use super::session::{same, session_csrf, Cookies, PageLanguage, SESSION};
use super::texts::text;
use crate::pages::form::Form;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use granty_domain::invitation::InvitationStatus;
use granty_domain::Language;
use granty_store::accounts::{self, NewSession};
use granty_store::invitations::{self, Acceptance, Account, OpenedInvitation};
use granty_store::{Actor, StoreError};
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
    language.or_default(opened.language)
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
    match mode {
        Mode::NewAccount => {
            let name = Field {
                name: "display_name",
                label: text(lang, "display_name"),
                hint: None,
                kind: "text",
                value: form.display_name.clone(),
                autocomplete: "name",
                error: field_error(errors, "display_name"),
            };
            std::iter::once(name)
                .chain(new_password_fields(lang, errors))
                .collect()
        }
        // Passwords are never sent back into the page.
        Mode::Password => vec![Field {
            name: "password",
            label: text(lang, "password"),
            hint: None,
            kind: "password",
            value: String::new(),
            autocomplete: "current-password",
            error: field_error(errors, "password"),
        }],
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
) -> Result<Response, PageError> {
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
        let mut frame = Frame::new(lang, session_csrf(session)).in_tenant(&opened.tenant_name);
        frame.user_email = Some(actor.email.clone());
        return render(status, "invitation.html", &frame, &body);
    }
    let frame = Frame::new(lang, form_token(cookies)).in_tenant(&opened.tenant_name);
    render_with_token(
        status,
        "invitation.html",
        &frame,
        &body,
        state.secure_cookies,
    )
}

/// The page for a link that cannot be used any more, or never could.
fn closed_page(lang: Language, status: Option<InvitationStatus>) -> Result<Response, PageError> {
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
    let mut message = Message::of(lang, heading, body);
    if login {
        message = message.link(lang, "/login", "go_to_login");
    }
    message.render_anonymous(code, lang)
}

impl Mode {
    /// The form's token matches the session's (signed in) or the anonymous cookie's.
    fn csrf_ok(&self, cookies: &Cookies, sent: &str) -> bool {
        match self {
            Mode::SignedIn { session, .. } => same(&session_csrf(session), sent),
            _ => token_ok(cookies, sent),
        }
    }

    fn acceptance<'a>(&'a self, form: &'a AcceptForm, lang: Language) -> Acceptance<'a> {
        match self {
            Mode::NewAccount => Acceptance::NewAccount {
                display_name: &form.display_name,
                password: &form.password,
                password_again: &form.password_again,
                language: lang,
            },
            Mode::Password => Acceptance::Password(&form.password),
            Mode::SignedIn { actor, .. } => Acceptance::SignedIn(actor),
        }
    }
}

/// To the dashboard, signed in with the new session when the acceptance opened one.
fn joined(session: Option<NewSession>, state: &AppState) -> Response {
    let mut response = redirect("/dashboard");
    if let Some(session) = session {
        let max_age = (session.expires_at - state.clock.now())
            .num_seconds()
            .max(0);
        start_session(&mut response, &session.token, max_age, state.secure_cookies);
    }
    response
}

/// Where a link leads: to an invitation that can be accepted, or to the page saying why not.
enum Link {
    Open(Box<OpenedInvitation>),
    Closed(Response),
}

async fn opened(state: &AppState, token: &str, language: &PageLanguage) -> Result<Link, PageError> {
    match invitations::open(&state.db, token, state.clock.now()).await {
        Ok(found) if found.status == InvitationStatus::Pending => Ok(Link::Open(Box::new(found))),
        Ok(found) => {
            let lang = language_of(language, &found);
            Ok(Link::Closed(closed_page(lang, Some(found.status))?))
        }
        Err(StoreError::NotFound) => Ok(Link::Closed(closed_page(language.lang, None)?)),
        Err(error) => Err(error.into()),
    }
}

pub async fn show_invitation(
    State(state): State<AppState>,
    Path(token): Path<String>,
    cookies: Cookies,
    language: PageLanguage,
) -> Result<Response, PageError> {
    let found = match opened(&state, &token, &language).await? {
        Link::Open(found) => found,
        Link::Closed(page) => return Ok(page),
    };
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
) -> Result<Response, PageError> {
    let found = match opened(&state, &token, &language).await? {
        Link::Open(found) => found,
        Link::Closed(page) => return Ok(page),
    };
    let lang = language_of(&language, &found);
    let mode = mode_of(&state, &cookies, &found).await;
    let again = |status, errors| {
        let shown = (lang, &mode);
        let errors = (status, errors);
        invitation_page(&state, &cookies, &token, shown, &found, &form, errors)
    };
    if !mode.csrf_ok(&cookies, &form.csrf) {
        let expired = FieldError::new("password", text(lang, "form_expired"));
        return again(StatusCode::FORBIDDEN, vec![expired]);
    }
    let now = state.clock.now();
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    match invitations::accept(&state.db, &token, mode.acceptance(&form, lang), now).await {
        Ok(session) => Ok(joined(session, &state)),
        Err(StoreError::Invalid(v)) => again(unprocessable, errors_of(&v, lang)),
        Err(StoreError::BadCredentials) => {
            let wrong = FieldError::new("password", text(lang, "wrong_password"));
            again(unprocessable, vec![wrong])
        }
        // Spent between opening the page and sending it: say how.
        Err(StoreError::NotFound) => match opened(&state, &token, &language).await? {
            Link::Open(_) => closed_page(lang, None),
            Link::Closed(page) => Ok(page),
        },
        Err(StoreError::Forbidden) | Err(StoreError::Duplicate { .. }) => {
            let texts = ("invitation_refused", "invitation_refused_text");
            Message::of(lang, texts.0, texts.1).render_anonymous(StatusCode::FORBIDDEN, lang)
        }
        Err(error) => Err(error.into()),
    }
}
