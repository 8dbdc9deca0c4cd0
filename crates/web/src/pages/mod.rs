//! Server-rendered pages. Sessions live in an HttpOnly, SameSite=Lax cookie (Secure behind
//! https) holding the same session token the API accepts as a bearer; every form carries a CSRF
//! token. Pages call the same store use cases as the JSON API.

/// The value of a page step, or an early return of the response that replaces the page (the
/// login redirect, a not-found page): `let signed = or_return!(signed_in(..).await);`.
macro_rules! or_return {
    ($step:expr) => {
        match $step {
            Ok(value) => value,
            Err(response) => return response,
        }
    };
}

mod session;
pub mod texts;

use crate::AppState;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use granty_domain::Language;
use minijinja::Environment;
use serde::Serialize;
use std::sync::OnceLock;

pub use session::{Cookies, PageLanguage};

mod accounts;
mod admin;
mod call_documents;
mod clerk;
mod clerk_call_form;
mod clerk_call_page;
mod clerk_calls;
mod editor;
mod editor_form;
mod editor_view;
mod invitations;
mod login;
mod members;
mod ngo;
mod offer_view;
mod public;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(login::home))
        .route("/login", get(login::show_login).post(login::submit_login))
        .route("/logout", post(login::submit_logout))
        .route("/admin/notifications", get(admin::notifications_page))
        .route("/confirm-email", get(accounts::confirm_email))
        .route(
            "/password-reset/{token}",
            get(accounts::new_password).post(accounts::submit_new_password),
        )
        .route(
            "/{tenant}/register",
            get(accounts::register_page).post(accounts::submit_register),
        )
        .route(
            "/{tenant}/password-reset",
            get(accounts::reset_request).post(accounts::submit_reset_request),
        )
        .route(
            "/clerk/calls/new",
            get(clerk_calls::new_call).post(clerk_calls::create_call),
        )
        .route(
            "/clerk/calls/{id}/edit",
            get(clerk_calls::edit_call).post(clerk_calls::update_call),
        )
        .route("/clerk/calls/{id}/publish", post(clerk_calls::publish_call))
        .route("/clerk/calls", get(clerk::calls_page))
        .route(
            "/clerk/calls/{id}/applications",
            get(clerk::applications_page),
        )
        .route(
            "/clerk/applications/{id}",
            get(clerk::application_page).post(clerk::submit_check),
        )
        .route(
            "/applications/{id}/edit",
            get(editor::edit).post(editor::save),
        )
        .route("/applications/{id}/review", get(editor::review))
        .route("/calls/{id}/start", post(editor::start))
        .route("/applications/{id}/autosave", post(editor::autosave))
        .route(
            "/applications/{id}/upload",
            post(editor::upload).layer(axum::extract::DefaultBodyLimit::max(64 * 1024 * 1024)),
        )
        .route("/applications/{id}/submit", post(editor::submit))
        .route("/applications/{id}/receipt", get(editor::receipt))
        .route("/dashboard", get(ngo::dashboard))
        .route(
            "/organisations/new",
            get(ngo::new_organisation).post(ngo::create_organisation),
        )
        .route(
            "/organisations/{id}/edit",
            get(ngo::edit_organisation).post(ngo::update_organisation),
        )
        .route(
            "/organisations/{id}/members",
            get(members::show_members).post(members::invite_member),
        )
        .route(
            "/organisations/{id}/invitations/{invitation}/revoke",
            post(members::revoke_invitation),
        )
        .route(
            "/clerk/calls/{id}/documents",
            // The file's own limit is checked while reading; this only bounds the request.
            get(call_documents::show_documents)
                .post(call_documents::upload_document)
                .layer(axum::extract::DefaultBodyLimit::max(64 * 1024 * 1024)),
        )
        .route(
            "/clerk/calls/{id}/documents/{document}/delete",
            post(call_documents::remove_document),
        )
        .route(
            "/{tenant}/calls/{id}/documents/{document}",
            get(call_documents::download_document),
        )
        .route(
            "/organisations/{id}/members/{user_id}/remove",
            post(members::remove_member),
        )
        .route(
            "/invitations/{token}",
            get(invitations::show_invitation).post(invitations::accept_invitation),
        )
        .route("/static/granty.css", get(stylesheet))
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .route("/{tenant}", get(public::list_calls_page))
        .route("/{tenant}/calls/{id}", get(public::call_page))
}

async fn stylesheet() -> Response {
    let mut response = include_str!("../../static/granty.css").into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        let templates = [
            ("layout.html", include_str!("../../templates/layout.html")),
            ("login.html", include_str!("../../templates/login.html")),
            (
                "notifications.html",
                include_str!("../../templates/notifications.html"),
            ),
            ("message.html", include_str!("../../templates/message.html")),
            ("calls.html", include_str!("../../templates/calls.html")),
            (
                "clerk_calls.html",
                include_str!("../../templates/clerk_calls.html"),
            ),
            (
                "clerk_applications.html",
                include_str!("../../templates/clerk_applications.html"),
            ),
            (
                "clerk_application.html",
                include_str!("../../templates/clerk_application.html"),
            ),
            (
                "clerk_call_form.html",
                include_str!("../../templates/clerk_call_form.html"),
            ),
            ("editor.html", include_str!("../../templates/editor.html")),
            ("review.html", include_str!("../../templates/review.html")),
            ("receipt.html", include_str!("../../templates/receipt.html")),
            (
                "call_documents.html",
                include_str!("../../templates/call_documents.html"),
            ),
            (
                "offer_view.html",
                include_str!("../../templates/offer_view.html"),
            ),
            ("call.html", include_str!("../../templates/call.html")),
            (
                "dashboard.html",
                include_str!("../../templates/dashboard.html"),
            ),
            (
                "organisation.html",
                include_str!("../../templates/organisation.html"),
            ),
            (
                "register.html",
                include_str!("../../templates/register.html"),
            ),
            (
                "password_form.html",
                include_str!("../../templates/password_form.html"),
            ),
            ("members.html", include_str!("../../templates/members.html")),
            (
                "invitation.html",
                include_str!("../../templates/invitation.html"),
            ),
        ];
        for (name, source) in templates {
            if let Err(error) = env.add_template(name, source) {
                tracing::error!(%error, name, "template does not compile");
            }
        }
        env
    })
}

#[derive(Serialize)]
struct LanguageLink {
    code: &'static str,
    name: &'static str,
}

/// What every page's layout needs.
#[derive(Serialize)]
pub struct Frame {
    pub lang: &'static str,
    pub t: std::collections::BTreeMap<&'static str, &'static str>,
    languages: Vec<LanguageLink>,
    pub tenant_name: Option<String>,
    pub user_email: Option<String>,
    pub csrf: String,
}

impl Frame {
    pub fn new(lang: Language, csrf: String) -> Frame {
        Frame {
            lang: lang.code(),
            t: texts::for_language(lang),
            languages: Language::ALL
                .iter()
                .map(|l| LanguageLink {
                    code: l.code(),
                    name: texts::language_name(*l),
                })
                .collect(),
            tenant_name: None,
            user_email: None,
            csrf,
        }
    }
}

/// Renders `template` with the frame and the page's own values flattened together.
pub fn render<T: Serialize>(
    status: StatusCode,
    template: &str,
    frame: &Frame,
    page: &T,
) -> Response {
    let mut context = match serde_json::to_value(page) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    if let Ok(serde_json::Value::Object(frame)) = serde_json::to_value(frame) {
        context.extend(frame);
    }
    let rendered = environment()
        .get_template(template)
        .and_then(|t| t.render(&context));
    match rendered {
        Ok(html) => {
            let mut response = (status, Html(html)).into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_LANGUAGE,
                HeaderValue::from_static(frame.lang),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
            response
        }
        Err(error) => {
            tracing::error!(%error, template, "rendering failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_template_file_is_registered_and_compiles() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
        for entry in std::fs::read_dir(folder).expect("templates folder") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .to_string();
            assert!(
                super::environment().get_template(&name).is_ok(),
                "{name} is not registered or does not compile"
            );
        }
    }
}
