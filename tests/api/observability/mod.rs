//! Observability: Prometheus metrics scraped and parsed, request ids in responses and log lines,
//! readiness with the object storage down, and `granty config check` with several bad keys.

mod config_check;
mod logs;
mod metrics;
mod readiness;
mod scrape;
