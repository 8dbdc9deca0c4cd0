//! The worker's counts for the Prometheus metrics: reminder scans and deliveries by outcome.
//! Registered into the instance's registry by the binary; the web's `/metrics` serves them when
//! the worker runs in the same process (`granty serve`). The outbox's depth and its failed
//! messages are read from the database at each scrape, so they hold for separate workers too.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

/// Counters the worker increments; clones count into the same series.
#[derive(Clone, Debug, Default)]
pub struct WorkerMetrics {
    reminder_runs: Family<Outcome, Counter>,
    deliveries: Family<Outcome, Counter>,
}

impl WorkerMetrics {
    /// Adds the counters to `registry` under the `granty_` prefix.
    pub fn register(&self, registry: &mut Registry) {
        // Every series starts at zero: an empty family is not written at all, and a scraper
        // should see "no failed runs yet", not nothing.
        for outcome in ["ok", "failed"] {
            self.reminder_runs
                .get_or_create(&Outcome { outcome })
                .inc_by(0);
        }
        for outcome in ["sent", "retrying", "failed"] {
            self.deliveries
                .get_or_create(&Outcome { outcome })
                .inc_by(0);
        }
        let granty = registry.sub_registry_with_prefix("granty");
        granty.register(
            "reminder_runs",
            "Reminder scans run by this process's worker, by outcome (ok, failed)",
            self.reminder_runs.clone(),
        );
        granty.register(
            "deliveries",
            "Delivery attempts by this process's worker, by outcome (sent; retrying: a temporary \
             failure; failed: given up)",
            self.deliveries.clone(),
        );
    }

    pub(crate) fn reminder_run(&self, succeeded: bool) {
        let outcome = if succeeded { "ok" } else { "failed" };
        self.reminder_runs.get_or_create(&Outcome { outcome }).inc();
    }

    pub(crate) fn delivered(&self, round: &crate::Delivered) {
        for (outcome, count) in [
            ("sent", round.sent),
            ("retrying", round.retrying),
            ("failed", round.failed),
        ] {
            if count > 0 {
                self.deliveries
                    .get_or_create(&Outcome { outcome })
                    .inc_by(count as u64);
            }
        }
    }
}
