//! How a page answers when it does not render itself: `PageError` (the translated 404, 403, 500
//! and 503 pages, and the way to the login page), redirects, and the cookies pages set.
//!
//! A handler returns `Result<Response, PageError>` and uses `?`. The error knows what went wrong
//! but not the reader's language; the `render_errors` layer, which wraps every page route, knows
//! the request and writes the page: in the signed-in person's language when the guard saw one
//! (see [`ErrorContext`]), else in the request's.

use super::layout::{Frame, Message};
use super::session::{cookie, PageLanguage, LANG, LOGIN_CSRF, SESSION};
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use granty_domain::Language;
use granty_store::StoreError;
use std::sync::{Arc, Mutex};

/// Whom a page is for, said on the 403 page of someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The municipality's clerks and evaluators.
    Staff,
    /// Members of non-governmental organisations.
    Ngo,
    /// The municipality's administrator.
    Admin,
    /// Not said: the store refused the caller.
    Unnamed,
}

/// Why a page cannot be shown.
#[derive(Debug)]
pub enum PageError {
    /// Absent, or not the caller's to see: the two look the same.
    NotFound,
    /// The caller's role may not open the page.
    Forbidden(Audience),
    /// A form's token did not match: the form is too old, or not from this session.
    FormExpired,
    /// The object's state does not allow this now (the page it came from is out of date).
    Conflict(String),
    /// A posted field (named) holds a NUL, which no text may hold.
    ForbiddenCharacter(String),
    /// The database cannot be reached now; the cause is logged.
    Unavailable(String),
    /// Object storage cannot be reached now (a file cannot be read or kept); the cause is logged.
    StorageUnavailable(String),
    /// Anything else; the cause is logged, never shown.
    Internal(String),
    /// No valid session: log in, then come back to `next` (a local path with its query).
    Login { next: String },
    /// The town requires two-factor login of its staff and this one has not enrolled yet.
    EnrolTwoFactor,
}

impl From<StoreError> for PageError {
    fn from(error: StoreError) -> PageError {
        match error {
            StoreError::NotFound => PageError::NotFound,
            StoreError::Forbidden => PageError::Forbidden(Audience::Unnamed),
            StoreError::Call(_)
            | StoreError::Transition(_)
            | StoreError::Stale { .. }
            | StoreError::NotFiled => PageError::Conflict(error.to_string()),
            other if other.is_unavailable() => PageError::Unavailable(other.to_string()),
            other if other.is_storage_outage() => PageError::StorageUnavailable(other.to_string()),
            other => PageError::Internal(format!("{other:?}")),
        }
    }
}

/// The error page the `render_errors` layer writes, carried on the response.
#[derive(Debug, Clone)]
struct ErrorPage {
    status: StatusCode,
    heading: &'static str,
    text: &'static str,
    /// The field the page is about, shown in the text as `$field`.
    field: Option<String>,
}

impl PageError {
    fn page(&self) -> ErrorPage {
        let (status, heading, text) = match self {
            PageError::NotFound => (StatusCode::NOT_FOUND, "not_found", "not_found_text"),
            PageError::Forbidden(audience) => {
                let text = match audience {
                    Audience::Staff => "staff_only",
                    Audience::Ngo => "ngo_only",
                    Audience::Admin => "admin_only",
                    Audience::Unnamed => "forbidden_text",
                };
                (StatusCode::FORBIDDEN, "front_forbidden_heading", text)
            }
            PageError::FormExpired => (StatusCode::FORBIDDEN, "form_expired_title", "form_expired"),
            PageError::ForbiddenCharacter(_) => (
                StatusCode::BAD_REQUEST,
                "forbidden_character_title",
                "forbidden_character_text",
            ),
            PageError::Conflict(_) => (StatusCode::CONFLICT, "conflict", "conflict_text"),
            PageError::Unavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "unavailable_text",
            ),
            PageError::StorageUnavailable(_) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "problem-storage-unavailable",
            ),
            PageError::Internal(_) | PageError::Login { .. } | PageError::EnrolTwoFactor => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "server_error_text",
            ),
        };
        let field = match self {
            PageError::ForbiddenCharacter(field) => Some(field.clone()),
            _ => None,
        };
        ErrorPage {
            status,
            heading,
            text,
            field,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        match &self {
            PageError::Login { next } => return Redirect::to(&login_path(next)).into_response(),
            PageError::EnrolTwoFactor => return Redirect::to(ENROL_PATH).into_response(),
            PageError::Internal(cause) => tracing::error!(%cause, "page failed"),
            PageError::Unavailable(cause) => tracing::warn!(%cause, "database unavailable"),
            PageError::StorageUnavailable(cause) => tracing::warn!(%cause, "storage unavailable"),
            PageError::Conflict(cause) => tracing::info!(%cause, "refused in this state"),
            _ => {}
        }
        let page = self.page();
        let mut response = page.status.into_response();
        if page.status == StatusCode::SERVICE_UNAVAILABLE {
            let headers = response.headers_mut();
            headers.insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(crate::error::RETRY_AFTER_SECONDS),
            );
        }
        response.extensions_mut().insert(page);
        response
    }
}

/// Where staff go to enrol when the town requires two-factor login.
pub const ENROL_PATH: &str = "/account#two-factor";

/// The login page, told where to return: `next` percent-encoded except for its slashes, so the
/// address stays readable (`/login?next=/clerk/calls%3Fstate%3Dsubmitted`). Home needs no `next`.
fn login_path(next: &str) -> String {
    if next == "/" {
        return "/login".to_string();
    }
    let encoded: String = next
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                (b as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect();
    format!("/login?next={encoded}")
}

/// The signed-in person an error page speaks to, noted by the guard while the request runs.
#[derive(Clone)]
pub(super) struct Reader {
    pub lang: Language,
    pub tenant_name: String,
    pub user_email: String,
    pub csrf: String,
}

/// A slot the `render_errors` layer puts on each request; the guard fills it, so an error page
/// after sign-in is in the person's language and shows who is signed in.
#[derive(Clone, Default)]
pub(super) struct ErrorContext(Arc<Mutex<Option<Reader>>>);

impl ErrorContext {
    pub fn note(&self, reader: Reader) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(reader);
        }
    }

    fn reader(&self) -> Option<Reader> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }
}

/// Writes the page of a `PageError` in the reader's language (the layer around every page).
pub async fn render_errors(mut request: Request, next: Next) -> Response {
    let language = PageLanguage::read(request.uri(), request.headers());
    let context = ErrorContext::default();
    request.extensions_mut().insert(context.clone());
    let opened = request.method() == axum::http::Method::GET;
    let mut response = next.run(request).await;
    if opened && is_bad_address(&response) {
        // An address whose id is not a number (`/applications/abc`) names no page.
        response = PageError::NotFound.into_response();
    }
    let Some(page) = response.extensions_mut().remove::<ErrorPage>() else {
        return response;
    };
    let frame = match context.reader() {
        Some(reader) => {
            let mut frame = Frame::new(reader.lang, reader.csrf).in_tenant(&reader.tenant_name);
            frame.user_email = Some(reader.user_email);
            frame
        }
        None => Frame::new(language.lang, String::new()),
    };
    let lang = match frame.lang.parse::<Language>() {
        Ok(lang) => lang,
        Err(_) => language.lang,
    };
    let mut message = Message::of(lang, page.heading, page.text).link(lang, "/", "go_home");
    if let Some(field) = &page.field {
        let args = [("field", field.as_str().into())];
        message.text = granty_i18n::message_with(lang, page.text, &args);
    }
    let mut rendered = match message.render(page.status, &frame) {
        Ok(rendered) => rendered,
        Err(error) => {
            tracing::error!(?error, "the error page itself failed");
            return (page.status, "Granty").into_response();
        }
    };
    if let Some(retry) = response.headers().get(header::RETRY_AFTER) {
        rendered
            .headers_mut()
            .insert(header::RETRY_AFTER, retry.clone());
    }
    rendered
}

/// axum's own answer to a path parameter that does not parse: a plain-text 400.
fn is_bad_address(response: &Response) -> bool {
    let plain = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/plain"));
    response.status() == StatusCode::BAD_REQUEST && plain
}

/// A redirect after a form (303 See Other, so the browser follows with a GET).
pub fn redirect(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Adds a `Set-Cookie` header.
pub fn append_cookie(response: &mut Response, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

/// Sets the session cookie after a login or an accepted invitation, and spends the anonymous
/// form token.
pub fn start_session(response: &mut Response, token: &str, max_age: i64, secure: bool) {
    append_cookie(response, &cookie(SESSION, token, max_age, secure));
    append_cookie(response, &cookie(LOGIN_CSRF, "", 0, secure));
}

/// A year, for the language choice.
pub const YEAR: i64 = 365 * 24 * 3600;

/// Remembers a language chosen with `?lang=` in a cookie.
pub fn remember_language(
    mut response: Response,
    language: &PageLanguage,
    secure: bool,
) -> Response {
    if language.chosen {
        let value = cookie(LANG, language.lang.code(), YEAR, secure);
        append_cookie(&mut response, &value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_login_redirect_keeps_the_path_and_its_query() {
        assert_eq!(login_path("/"), "/login");
        assert_eq!(login_path("/dashboard"), "/login?next=/dashboard");
        assert_eq!(
            login_path("/clerk/calls/3/applications?state=submitted&sort=grant"),
            "/login?next=/clerk/calls/3/applications%3Fstate%3Dsubmitted%26sort%3Dgrant"
        );
    }

    #[test]
    fn store_errors_become_the_pages_they_mean() {
        assert!(matches!(
            PageError::from(StoreError::NotFound),
            PageError::NotFound
        ));
        assert!(matches!(
            PageError::from(StoreError::Forbidden),
            PageError::Forbidden(Audience::Unnamed)
        ));
        let corrupt = StoreError::Corrupt("bad json".into());
        assert!(matches!(PageError::from(corrupt), PageError::Internal(_)));
    }
}
