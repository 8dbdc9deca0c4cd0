//! Prometheus metrics, served at `/metrics` (see [`scrape`]): HTTP requests by route pattern and
//! status with their latency, the database pools, and the outbox as the database has it. The
//! worker registers its own (reminder runs, deliveries) in the same registry, built once at
//! start-up: no global recorder, so every test app counts only its own requests.

mod scrape;
mod track;

pub use prometheus_client::registry::Registry;
pub use scrape::scrape_router;
pub use track::{remember_route, track_requests};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use std::fmt;
use std::sync::atomic::AtomicU64;

/// A request as counted: method, route pattern (never the raw path: ids and tokens stay out,
/// and the number of series stays bounded) and status.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    pool: String,
    state: String,
}

/// Latency buckets in seconds: from a cached page to a slow PDF.
const LATENCY_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

fn latency_histogram() -> Histogram {
    Histogram::new(LATENCY_BUCKETS)
}

/// The instance's metrics and who may read them.
pub struct Metrics {
    registry: Registry,
    /// The bearer token `/metrics` asks for; without one the route answers 404.
    token: Option<String>,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    pools: Family<PoolLabels, Gauge>,
    outbox_undelivered: Gauge,
    outbox_oldest_age: Gauge<f64, AtomicU64>,
    outbox_failed: Gauge,
}

impl fmt::Debug for Metrics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Metrics")
            .field("token", &self.token.as_ref().map(|_| "***"))
            .finish_non_exhaustive()
    }
}

impl Metrics {
    /// Adds the web's metrics to `registry` (which may hold the worker's already). `token`
    /// (`metrics_token`) is what a scraper sends as `Authorization: Bearer …`.
    pub fn new(mut registry: Registry, token: Option<String>) -> Metrics {
        let metrics = Metrics {
            registry: Registry::default(),
            token: token.filter(|t| !t.is_empty()),
            requests: Family::default(),
            latency: Family::new_with_constructor(latency_histogram),
            pools: Family::default(),
            outbox_undelivered: Gauge::default(),
            outbox_oldest_age: Gauge::default(),
            outbox_failed: Gauge::default(),
        };
        metrics.register(&mut registry);
        Metrics {
            registry,
            ..metrics
        }
    }

    fn register(&self, registry: &mut Registry) {
        let granty = registry.sub_registry_with_prefix("granty");
        granty.register(
            "http_requests",
            "HTTP requests answered, by method, route pattern and status",
            self.requests.clone(),
        );
        granty.register_with_unit(
            "http_request_duration",
            "Time from a request's arrival to its response, by method and route pattern",
            prometheus_client::registry::Unit::Seconds,
            self.latency.clone(),
        );
        granty.register(
            "db_connections",
            "Database connections by pool and state (in_use, idle), as of the scrape",
            self.pools.clone(),
        );
        granty.register(
            "outbox_undelivered",
            "Outbox messages not yet delivered (queued, sending or waiting to retry)",
            self.outbox_undelivered.clone(),
        );
        granty.register_with_unit(
            "outbox_oldest_undelivered_age",
            "Age of the oldest undelivered outbox message (0 when none waits)",
            prometheus_client::registry::Unit::Seconds,
            self.outbox_oldest_age.clone(),
        );
        granty.register(
            "outbox_failed",
            "Outbox messages given up for good (the admin's list of failed notifications)",
            self.outbox_failed.clone(),
        );
    }

    /// Counts one answered request.
    fn observe(&self, method: &str, route: &str, status: u16, seconds: f64) {
        let (method, route) = (method.to_string(), route.to_string());
        let labels = RequestLabels {
            method: method.clone(),
            route: route.clone(),
            status,
        };
        self.requests.get_or_create(&labels).inc();
        let labels = RouteLabels { method, route };
        self.latency.get_or_create(&labels).observe(seconds);
    }
}

/// Metrics with no token (so `/metrics` answers 404) and a registry of their own: for tests
/// and tools that build an [`crate::AppState`] without a configuration.
impl Default for Metrics {
    fn default() -> Metrics {
        Metrics::new(Registry::default(), None)
    }
}
