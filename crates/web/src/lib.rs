//! Granty's HTTP layer: the JSON API under `/api/v1` and the server-rendered pages. Handlers are
//! thin: extract, call one use case from `granty_store`, map the result to a view.

pub mod access;
pub mod client;
pub mod clock;
mod edge;
mod error;
mod exports;
mod extract;
mod input;
pub mod metrics;
pub mod openapi;
pub mod pages;
mod request_id;
pub(crate) mod routes;
mod routing;
mod upload;
mod views;

pub use clock::{Clock, ManualClock, SystemClock};
pub use edge::{Arrival, CONTENT_SECURITY_POLICY};
pub use error::ApiError;
pub use metrics::Metrics;
pub use request_id::X_REQUEST_ID;

use axum::extract::{DefaultBodyLimit, FromRef};
use axum::middleware::from_fn_with_state;
use axum::Router;
use granty_store::uploads::FileRules;
use granty_store::{Db, Storage};
use std::sync::Arc;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};

/// Limits on what clients may send.
#[derive(Debug, Clone)]
pub struct Limits {
    /// JSON bodies.
    pub max_json_bytes: usize,
    /// One uploaded attachment.
    pub max_attachment_bytes: usize,
    /// Accepted attachment content types.
    pub attachment_types: Vec<String>,
}

impl Limits {
    /// What an uploaded file may be, for the store's upload use cases.
    pub fn file_rules(&self) -> FileRules {
        FileRules {
            max_bytes: self.max_attachment_bytes,
            allowed_types: self.attachment_types.clone(),
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_json_bytes: 1024 * 1024,
            max_attachment_bytes: 10 * 1024 * 1024,
            attachment_types: [
                "application/pdf",
                "image/jpeg",
                "image/png",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.oasis.opendocument.text",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        }
    }
}

/// Accounts and sessions: how long sessions last, how failed logins are throttled, and which
/// proxies may tell us a client's address.
#[derive(Debug, Clone, Default)]
pub struct AccountSettings {
    pub policy: granty_store::accounts::AccountPolicy,
    /// Reverse proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// Everything handlers need, built once at start-up.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: Db,
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    pub limits: Arc<Limits>,
    pub accounts: Arc<AccountSettings>,
    /// Mark cookies `Secure` (when Granty is served over https).
    pub secure_cookies: bool,
    /// The PDF templates, loaded and checked at start-up.
    pub documents: Arc<granty_documents::Engine>,
    /// The identity agreements are signed with (PAdES); None in production when the town has no
    /// certificate configured (see config/default.toml, `signing_*`).
    pub signer: Option<Arc<granty_documents::pades::Signer>>,
    /// The Prometheus metrics and the token that reads them (`metrics_token`).
    pub metrics: Arc<Metrics>,
    /// The address people reach Granty at (`public_url`): calendar feeds link to it and their
    /// subscription addresses start with it.
    pub public_url: Arc<url::Url>,
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let json_limit = state.limits.max_json_bytes;
    let routes = mounted(&state.limits)
        .into_router()
        .route_layer(axum::middleware::from_fn(metrics::remember_route));
    pages::with_unknown_paths(routes)
        .layer(from_fn_with_state(
            state.clone(),
            pages::remember_language_choice,
        ))
        .layer(DefaultBodyLimit::max(json_limit))
        .layer(axum::middleware::from_fn(input::refuse_nul_in_address))
        .layer(axum::middleware::from_fn(error::render_problems))
        .layer(from_fn_with_state(
            state.clone(),
            client::remember_client_address,
        ))
        .layer(request_tracing())
        .layer(from_fn_with_state(state.clone(), metrics::track_requests))
        .layer(PropagateRequestIdLayer::new(X_REQUEST_ID))
        .layer(SetRequestIdLayer::new(X_REQUEST_ID, MakeRequestUuid))
        .layer(axum::middleware::from_fn(
            request_id::refuse_odd_request_ids,
        ))
        .layer(from_fn_with_state(state.clone(), edge::security_headers))
        // Last added, so outermost: the arrival instant is read before anything else runs.
        .layer(from_fn_with_state(state.clone(), edge::record_arrival))
        .with_state(state)
}

/// The request's log span (with its id and route) and a line when it is answered, with the
/// status and the time taken.
fn request_tracing() -> TraceLayer<
    tower_http::classify::SharedClassifier<tower_http::classify::ServerErrorsAsFailures>,
    fn(&axum::extract::Request) -> tracing::Span,
> {
    TraceLayer::new_for_http()
        .make_span_with(request_id::request_span as fn(&axum::extract::Request) -> tracing::Span)
        .on_response(DefaultOnResponse::new().level(tracing::Level::INFO))
}

/// Every route of the application, as mounted: the health checks, the pages and the JSON API.
/// [`router`] serves exactly these; the access table's test lists them from here.
fn mounted(limits: &Limits) -> routing::Routes {
    routing::Routes::default()
        .merge(routes::health::router())
        .merge(metrics::scrape_router())
        .merge(routes::calendar_feeds::feed_router())
        .merge(pages::router(limits.max_attachment_bytes))
        .merge(openapi::router())
        .nest("/api/v1", routes::api(limits.max_attachment_bytes))
}

#[cfg(test)]
mod tests {
    use super::{mounted, Limits};
    use granty_domain::tenant::{check_slug, RESERVED_SLUGS};
    use granty_domain::Violations;

    #[test]
    fn no_town_slug_can_shadow_a_fixed_route() {
        // Every route mounted at the root (the JSON API's sit under `/api`, reserved itself).
        let routes = mounted(&Limits::default());
        let mut shadowed = Vec::new();
        for route in routes.paths() {
            let Some(first) = route.trim_start_matches('/').split('/').next() else {
                continue;
            };
            if first.is_empty() || first.starts_with('{') {
                continue;
            }
            let mut v = Violations::new();
            check_slug(first, &mut v);
            if v.is_empty() {
                shadowed.push(format!("{first} (from {route})"));
            }
        }
        assert!(
            shadowed.is_empty(),
            "add these to RESERVED_SLUGS: {shadowed:?} (reserved now: {RESERVED_SLUGS:?})"
        );
    }
}
