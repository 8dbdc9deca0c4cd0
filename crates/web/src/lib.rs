//! Granty's HTTP layer: the JSON API under `/api/v1` and the server-rendered pages. Handlers are
//! thin: extract, call one use case from `granty_store`, map the result to a view.

pub mod clock;
mod error;
mod extract;
pub mod pages;
pub(crate) mod routes;
mod upload;
mod views;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::ApiError;

use axum::extract::{DefaultBodyLimit, FromRef};
use axum::Router;
use granty_store::uploads::FileRules;
use granty_store::{Db, Storage};
use std::sync::Arc;

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

/// Everything handlers need, built once at start-up.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: Db,
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    pub limits: Arc<Limits>,
    /// Mark cookies `Secure` (when Granty is served over https).
    pub secure_cookies: bool,
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let json_limit = state.limits.max_json_bytes;
    Router::new()
        .merge(routes::health::router())
        .merge(pages::router())
        .nest("/api/v1", routes::api(state.limits.max_attachment_bytes))
        .fallback(|| async { ApiError::NotFound })
        .layer(DefaultBodyLimit::max(json_limit))
        .layer(axum::middleware::from_fn(error::render_problems))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

#[cfg(test)]
mod tests {
    use granty_domain::tenant::{check_slug, RESERVED_SLUGS};
    use granty_domain::Violations;
    use std::path::Path;

    /// The path literal that opens `rest` (after `.route(` or `.nest(` and any whitespace).
    fn literal(rest: &str) -> Option<&str> {
        let rest = rest.trim_start().strip_prefix("\"/")?;
        rest.split('"').next()
    }

    /// Every path given to `.route(…)` or `.nest(…)` in `path` (a file, or a folder of them).
    fn route_paths(path: &Path, found: &mut Vec<String>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).expect("source folder") {
                route_paths(&entry.expect("entry").path(), found);
            }
            return;
        }
        {
            let text = std::fs::read_to_string(path).expect("source");
            for marker in [".route(", ".nest("] {
                for (at, _) in text.match_indices(marker) {
                    if let Some(route) = literal(&text[at + marker.len()..]) {
                        found.push(route.to_string());
                    }
                }
            }
        }
    }

    #[test]
    fn no_town_slug_can_shadow_a_fixed_route() {
        // What `router` mounts at the root: its own routes, the pages and the health checks (the
        // JSON API's routes sit under `/api`, which the nest itself reserves).
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut routes = Vec::new();
        for mounted in ["lib.rs", "pages", "routes/health.rs"] {
            route_paths(&src.join(mounted), &mut routes);
        }
        assert!(
            routes.len() > 30,
            "the router's paths were read: {routes:?}"
        );
        let mut shadowed = Vec::new();
        for route in &routes {
            let Some(first) = route.split('/').next() else {
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
