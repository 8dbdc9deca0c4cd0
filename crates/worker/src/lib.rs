//! Granty's background worker. It runs beside the web server (`granty serve`) or alone
//! (`granty worker`). The outbox delivery and reminder jobs of the notifications issue plug in
//! here; until then it holds the database handle and stops cleanly on shutdown.

use granty_store::Db;
use std::future::Future;

/// Runs until `shutdown` resolves.
pub async fn run(db: Db, shutdown: impl Future<Output = ()>) -> anyhow::Result<()> {
    tracing::info!(backend = ?db.backend(), "worker started (no jobs are scheduled yet)");
    shutdown.await;
    tracing::info!("worker stopped");
    Ok(())
}
