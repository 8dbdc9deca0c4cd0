//! Granty's background worker: it delivers the notification outbox and runs the reminder scan.
//! It runs beside the web server (`granty serve`) or alone (`granty worker`); on PostgreSQL any
//! number of workers may run at once, each message still goes out once (see `deliver_once`).

pub mod email;
pub mod mailer;
mod metrics;

pub use metrics::WorkerMetrics;

use chrono::{DateTime, Utc};
use granty_documents::Engine;
use granty_domain::notification::Event;
use granty_store::notifications::{self, Outgoing};
use granty_store::{accounts, Db};
use mailer::{Envelope, Mailer, SendError};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// The clock the worker reads; tests move it.
pub trait Now: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemNow;

impl Now for SystemNow {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Prefixed to each message's link, e.g. `https://granty.gmina.pl`.
    pub public_url: String,
    /// How many messages one claim takes.
    pub batch_size: u64,
    /// How long a claim holds its messages; a worker that dies frees them after this.
    pub lease: chrono::Duration,
    /// Pause between polls when the outbox is empty.
    pub poll_interval: Duration,
    /// Cron expression (with seconds) of the reminder scan.
    pub reminder_cron: String,
    /// Cron expression (with seconds) of the retention job.
    pub retention_cron: String,
    /// How long personal records are kept (see `granty_store::personal::retention`).
    pub retention: granty_store::personal::retention::RetentionPolicy,
    /// Names this worker in leases and logs.
    pub worker_id: String,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            public_url: "http://127.0.0.1:8080".into(),
            batch_size: 20,
            lease: chrono::Duration::seconds(120),
            poll_interval: Duration::from_secs(2),
            reminder_cron: "0 * * * * *".into(),
            // Nightly, outside office hours.
            retention_cron: "0 15 3 * * *".into(),
            retention: Default::default(),
            worker_id: format!("worker-{}-{}", std::process::id(), uuid_fragment()),
        }
    }
}

fn uuid_fragment() -> String {
    format!("{:08x}", rand_u32())
}

fn rand_u32() -> u32 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(std::process::id() as u64);
    hasher.finish() as u32
}

/// What one delivery round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivered {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl Delivered {
    pub fn claimed(&self) -> usize {
        self.sent + self.retrying + self.failed
    }
}

/// Claims one batch and delivers it, one message at a time. A message is marked sent right after
/// the server accepted it; a worker killed between the two re-sends at most that one message
/// (after its lease expires), with the same Message-ID.
pub async fn deliver_once(
    db: &Db,
    mailer: &dyn Mailer,
    now: &dyn Now,
    config: &WorkerConfig,
    documents: &Engine,
) -> anyhow::Result<Delivered> {
    let claimed = notifications::claim(
        db,
        &config.worker_id,
        now.now(),
        config.lease,
        config.batch_size,
    )
    .await?;
    let mut done = Delivered::default();
    for message in &claimed {
        if !notifications::renew_lease(db, message.id, &config.worker_id, now.now(), config.lease)
            .await?
        {
            tracing::warn!(
                notification = message.id,
                "lease ran out before sending; left to others"
            );
            continue;
        }
        match deliver(db, mailer, message, config, documents).await {
            Ok(()) => {
                notifications::mark_sent(db, message.id, &config.worker_id, now.now()).await?;
                done.sent += 1;
            }
            Err(SendError::Temporary(reason)) => {
                tracing::warn!(notification = message.id, %reason, "delivery failed; will retry");
                notifications::mark_retry(db, message, &config.worker_id, &reason, now.now())
                    .await?;
                done.retrying += 1;
            }
            Err(SendError::Permanent(reason)) => {
                tracing::error!(notification = message.id, %reason, "delivery failed permanently");
                notifications::mark_failed(db, message, &config.worker_id, &reason, now.now())
                    .await?;
                done.failed += 1;
            }
        }
    }
    Ok(done)
}

async fn deliver(
    db: &Db,
    mailer: &dyn Mailer,
    message: &Outgoing,
    config: &WorkerConfig,
    documents: &Engine,
) -> Result<(), SendError> {
    let event = message
        .event()
        .map_err(|e| SendError::Permanent(format!("stored event: {e:?}")))?;
    let zone = accounts::tenant_zone(&db.reader, message.tenant_id)
        .await
        .map_err(|e| SendError::Temporary(format!("tenant: {e:?}")))?;
    let lang = message.language.parse().unwrap_or_default();
    let link = format!(
        "{}{}",
        config.public_url.trim_end_matches('/'),
        message.link_path
    );
    let mut rendered = email::render(&event, zone, lang, &link)
        .map_err(|e| SendError::Permanent(format!("rendering the email: {e:#}")))?;
    rendered.attachment = offer_attachment(db, documents, message, &event).await?;
    mailer
        .send(&Envelope {
            to: &message.recipient_email,
            message_id: &message.message_id,
            rendered: &rendered,
        })
        .await
}

/// The offer as filed, attached to its submission receipt (in the recipient's language). A
/// database out of reach retries the message; a document that cannot be made is logged and the
/// receipt goes without it: the receipt itself matters more than its copy of the offer.
async fn offer_attachment(
    db: &Db,
    documents: &Engine,
    message: &Outgoing,
    event: &Event,
) -> Result<Option<email::Attachment>, SendError> {
    let Event::ApplicationSubmitted { receipt_number, .. } = event else {
        return Ok(None);
    };
    let language = granty_store::documents::document_language(Some(&message.language));
    let found = granty_store::documents::filed_offer_pdf(
        db,
        documents,
        message.id,
        receipt_number,
        language,
    )
    .await;
    match found {
        Ok(pdf) => Ok(Some(email::Attachment {
            file_name: pdf.file_name,
            content_type: "application/pdf",
            content: pdf.bytes,
        })),
        Err(error) if error.is_unavailable() => {
            Err(SendError::Temporary(format!("the offer's PDF: {error}")))
        }
        Err(error) => {
            tracing::error!(notification = message.id, %error, "the offer's PDF could not be made");
            Ok(None)
        }
    }
}

/// Runs until `shutdown` resolves: delivers the outbox continuously and scans for reminders on
/// the configured schedule, counting both in `metrics`.
pub async fn run(
    db: Db,
    mailer: Arc<dyn Mailer>,
    now: Arc<dyn Now>,
    config: WorkerConfig,
    documents: Arc<Engine>,
    metrics: WorkerMetrics,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    tracing::info!(worker = %config.worker_id, backend = ?db.backend(), "worker started");
    let scheduler = tokio_cron_scheduler::JobScheduler::new().await?;
    let scan_db = db.clone();
    let (scan_now, scan_metrics) = (now.clone(), metrics.clone());
    scheduler
        .add(tokio_cron_scheduler::Job::new_async(
            config.reminder_cron.as_str(),
            move |_, _| {
                let (db, now, metrics) = (scan_db.clone(), scan_now.clone(), scan_metrics.clone());
                Box::pin(async move { metrics.reminder_run(send_reminders(&db, now.now()).await) })
            },
        )?)
        .await?;
    let (purge_db, purge_now, policy) = (db.clone(), now.clone(), config.retention);
    scheduler
        .add(tokio_cron_scheduler::Job::new_async(
            config.retention_cron.as_str(),
            move |_, _| {
                let db = purge_db.clone();
                let now = purge_now.clone();
                Box::pin(async move { apply_retention(&db, now.now(), &policy).await })
            },
        )?)
        .await?;
    scheduler.start().await?;
    let delivery = async {
        loop {
            let round = deliver_once(&db, mailer.as_ref(), now.as_ref(), &config, &documents);
            match round.await {
                Ok(done) if done.claimed() > 0 => {
                    metrics.delivered(&done);
                    continue;
                }
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "delivery round failed"),
            }
            tokio::time::sleep(config.poll_interval).await;
        }
    };
    tokio::select! {
        _ = shutdown => {},
        _ = delivery => {},
    }
    let mut scheduler = scheduler;
    let _ = scheduler.shutdown().await;
    tracing::info!(worker = %config.worker_id, "worker stopped");
    Ok(())
}

/// The scheduled reminder scan; failures are logged and the next run tries again. Answers
/// whether the scan ran through.
pub async fn send_reminders(db: &Db, now: DateTime<Utc>) -> bool {
    let span = tracing::info_span!("reminder_scan");
    let scanned = tracing::Instrument::instrument(granty_store::reminders::scan(db, now), span);
    match scanned.await {
        Ok(0) => true,
        Ok(queued) => {
            tracing::info!(queued, "reminders queued");
            true
        }
        Err(error) => {
            tracing::error!(?error, "reminder scan failed");
            false
        }
    }
}

/// The scheduled retention job; failures are logged and the next run tries again.
pub async fn apply_retention(
    db: &Db,
    now: DateTime<Utc>,
    policy: &granty_store::personal::retention::RetentionPolicy,
) {
    match granty_store::personal::retention::purge(db, now, policy).await {
        Ok(purged) => tracing::info!(?purged, "retention job done"),
        Err(error) => tracing::error!(?error, "retention job failed"),
    }
}
