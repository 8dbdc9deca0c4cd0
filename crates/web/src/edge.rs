//! The router's outermost layers, the first and last code every request meets: the instant it
//! arrived, and the security headers every response carries (pages, API, errors, health and
//! static files alike).

use crate::AppState;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use chrono::{DateTime, Utc};
use std::convert::Infallible;

/// When the request arrived, read from the injected clock before any other layer or extractor
/// ran. Deadlines are judged by it: a busy server must never make an on-time offer late.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrival(pub DateTime<Utc>);

/// Stamps the request with its [`Arrival`]; mounted as the outermost layer of [`crate::router`].
pub async fn record_arrival(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    request.extensions_mut().insert(Arrival(state.clock.now()));
    next.run(request).await
}

/// The request's arrival instant, as an extractor.
pub struct Arrived(pub DateTime<Utc>);

impl FromRequestParts<AppState> for Arrived {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        match parts.extensions.get::<Arrival>() {
            Some(Arrival(at)) => Ok(Arrived(*at)),
            // Only a router built without `record_arrival` gets here; the clock is the best left.
            None => {
                tracing::error!("a request without its arrival instant");
                Ok(Arrived(state.clock.now()))
            }
        }
    }
}

/// The Content-Security-Policy of every response: our own scripts and styles only (no inline
/// script, no `eval`), never framed, forms posting only back to us.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// HSTS for a year, sent only when Granty is served over https (browsers ignore it over http,
/// and a development server on http must not pin itself).
const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000; includeSubDomains";

/// Adds the security headers to every response, whichever layer or handler made it.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    set_security_headers(response.headers_mut(), state.secure_cookies);
    response
}

fn set_security_headers(headers: &mut HeaderMap, https: bool) {
    let fixed = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hsts_only_behind_https_and_the_rest_always() {
        let mut plain = HeaderMap::new();
        set_security_headers(&mut plain, false);
        assert!(plain.get(header::STRICT_TRANSPORT_SECURITY).is_none());
        assert_eq!(plain[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let mut https = HeaderMap::new();
        set_security_headers(&mut https, true);
        assert!(https[header::STRICT_TRANSPORT_SECURITY]
            .to_str()
            .is_ok_and(|v| v.starts_with("max-age=")));
    }

    #[test]
    fn the_policy_allows_no_inline_script_and_no_framing() {
        let script = CONTENT_SECURITY_POLICY
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"));
        assert_eq!(script, Some("script-src 'self'"));
        assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe"));
    }
}
