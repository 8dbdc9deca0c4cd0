//! Request ids: every request gets an `x-request-id` (a proxy's is kept when it looks like an
//! id), the response echoes it, and the request's log span carries it, so every log line of a
//! request names it. The span names the route pattern too (filled in once routing matched it,
//! see `metrics::remember_route`), never the raw path: paths hold invitation and reset tokens.

use axum::extract::Request;
use axum::http::HeaderName;
use axum::middleware::Next;
use axum::response::Response;
use tower_http::request_id::RequestId;
use tracing::Span;

pub const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The longest id taken from a client or proxy.
const MAX_ID_LENGTH: usize = 64;

/// Drops an incoming `x-request-id` that is too long or holds more than letters, digits and
/// `-_.:`, so a client cannot put arbitrary text into the logs; a fresh one is made instead.
pub async fn refuse_odd_request_ids(mut request: Request, next: Next) -> Response {
    let odd = request
        .headers()
        .get(&X_REQUEST_ID)
        .is_some_and(|value| !plausible_id(value.as_bytes()));
    if odd {
        request.headers_mut().remove(&X_REQUEST_ID);
    }
    next.run(request).await
}

fn plausible_id(id: &[u8]) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LENGTH
        && id
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(b))
}

/// The span every log line of a request is written in.
pub fn request_span(request: &Request) -> Span {
    let id = request
        .extensions()
        .get::<RequestId>()
        .and_then(|id| id.header_value().to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        request_id = %id,
        method = %request.method(),
        route = tracing::field::Empty,
    )
}

#[cfg(test)]
mod tests {
    use super::plausible_id;

    #[test]
    fn only_short_plain_ids_are_taken() {
        assert!(plausible_id(b"3f1c2a7e-9b1d-4c55-8d0e-0a1b2c3d4e5f"));
        assert!(plausible_id(b"proxy.7:abc_1"));
        assert!(!plausible_id(b""));
        assert!(!plausible_id(b"a b"));
        assert!(!plausible_id(b"<script>"));
        assert!(!plausible_id(&[b'a'; 65]));
    }
}
