//! Granty's HTTP layer: the JSON API under `/api/v1`. Handlers are thin: extract, call one use
//! case from `granty_store`, map the result to a view.

pub mod clock;
mod error;
mod extract;
pub mod pages;
pub(crate) mod routes;
pub mod storage;
mod views;

pub use clock::{Clock, ManualClock, SystemClock};
pub use error::ApiError;
pub use storage::{S3Credentials, Storage, StorageConfig};

use axum::extract::{DefaultBodyLimit, FromRef};
use axum::Router;
use granty_store::Db;
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
