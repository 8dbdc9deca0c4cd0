//! `GET /metrics`: the Prometheus text format (OpenMetrics), for a scraper holding the configured
//! token only. Gauges that describe the database (pools, outbox) are read at each scrape.

use super::Metrics;
use crate::error::ApiError;
use crate::routing::Routes;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use granty_store::notifications::outbox_health;
use sha2::{Digest, Sha256};

const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

pub fn scrape_router() -> Routes {
    Routes::default().route("/metrics", get(scrape))
}

/// The metrics, to a caller whose bearer token is `metrics_token`. Without a configured token
/// the route does not exist (404): the counts say how busy each town's routes are, which is not
/// for everyone; a wrong or missing token is 401.
async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let metrics = &state.metrics;
    let Some(token) = metrics.token.as_deref() else {
        return Err(ApiError::NotFound);
    };
    if !bearer_matches(&headers, token) {
        return Err(ApiError::Unauthorized);
    }
    metrics.read_database(&state).await;
    let mut body = String::new();
    prometheus_client::encoding::text::encode(&mut body, &metrics.registry)
        .map_err(|e| ApiError::Internal(format!("encoding the metrics: {e}")))?;
    let mut response = body.into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(OPENMETRICS));
    Ok(response)
}

/// Compares digests rather than the tokens, so the time taken says nothing about the token.
fn bearer_matches(headers: &HeaderMap, token: &str) -> bool {
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "));
    sent.is_some_and(|sent| Sha256::digest(sent.trim()) == Sha256::digest(token))
}

impl Metrics {
    /// Sets the gauges read from the database. When it is away, they keep their last values
    /// and the failure is logged: the HTTP counts are still worth a scrape.
    async fn read_database(&self, state: &AppState) {
        for pool in state.db.pools() {
            for (kind, count) in [("in_use", pool.in_use()), ("idle", pool.idle)] {
                let labels = super::PoolLabels {
                    pool: pool.name.to_string(),
                    state: kind.to_string(),
                };
                self.pools.get_or_create(&labels).set(i64::from(count));
            }
        }
        match outbox_health(&state.db).await {
            Ok(outbox) => {
                let oldest = outbox.oldest_undelivered_at;
                let age = oldest.map_or(0.0, |at| {
                    (state.clock.now() - at).num_milliseconds() as f64 / 1000.0
                });
                self.outbox_undelivered.set(gauge_value(outbox.undelivered));
                self.outbox_oldest_age.set(age.max(0.0));
                self.outbox_failed.set(gauge_value(outbox.failed));
            }
            Err(error) => tracing::warn!(%error, "metrics: could not read the outbox"),
        }
    }
}

fn gauge_value(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}
