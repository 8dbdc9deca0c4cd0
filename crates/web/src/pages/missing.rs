//! A path no route knows. A browser (it accepts `text/html`) gets the translated 404 page with a
//! link home, in the signed-in person's language; the JSON API and other clients keep the
//! problem+json answer.

use crate::error::ApiError;
use crate::pages::guard::SignedIn;
use crate::pages::respond::PageError;
use crate::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};

pub async fn unknown_path(State(state): State<AppState>, request: Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let api = parts.uri.path() == "/api" || parts.uri.path().starts_with("/api/");
    if api || !accepts_html(&parts.headers) {
        return ApiError::NotFound.into_response();
    }
    // The guard notes who is signed in, so the page speaks their language and shows them; a
    // visitor gets the page too, never the login form.
    if let Err(PageError::Unavailable(cause)) =
        SignedIn::from_request_parts(&mut parts, &state).await
    {
        return PageError::Unavailable(cause).into_response();
    }
    PageError::NotFound.into_response()
}

/// Whether the client asked for HTML (browsers do for every page they open).
fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("text/html") || v.contains("application/xhtml+xml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn a_browser_asks_for_html_and_an_api_client_does_not() {
        let mut browser = HeaderMap::new();
        let chrome = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        browser.insert(header::ACCEPT, HeaderValue::from_static(chrome));
        assert!(accepts_html(&browser));
        let mut api = HeaderMap::new();
        api.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
        assert!(!accepts_html(&api));
        assert!(!accepts_html(&HeaderMap::new()));
    }
}
