//! Log lines on stderr (stdout carries what a command prints, e.g. `person export`'s JSON):
//! readable ones in development, one JSON object per line in production. A request's lines carry
//! its span (request id, method, route); in JSON they are the `span` object's fields.

use crate::config::{Config, LogFormat};
use tracing_subscriber::EnvFilter;

pub fn init(config: &Config) {
    // The filter was checked with the configuration.
    let filter = EnvFilter::try_new(&config.log).unwrap_or_else(|_| EnvFilter::new("info"));
    let lines = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    match config.log_format {
        LogFormat::Pretty => lines.init(),
        LogFormat::Json => lines
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init(),
    }
}
