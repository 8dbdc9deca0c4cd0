//! Several worker processes against one PostgreSQL: each message goes out once; a worker killed
//! mid-batch leaves the rest to the next, re-sending at most the one message it had in flight.

use crate::on_both_databases;
use crate::smtp::SmtpServer;
use crate::support::*;
use chrono::Utc;
use granty_domain::notification::Event;
use granty_domain::Language;
use granty_store::entities::notification;
use granty_store::notifications::{enqueue, Recipient, Subject};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

async fn queue(app: &TestApp, count: usize) {
    let recipients: Vec<Recipient> = (0..count)
        .map(|i| Recipient {
            email: format!("ngo{i}@example.org"),
            user_id: None,
            language: Language::Pl,
        })
        .collect();
    let event = Event::FormallyAccepted {
        call_title: "Kultura 2027".into(),
        application_title: "Koncerty".into(),
    };
    let subject = Subject {
        tenant_id: app.tenant_id,
        entity: "application",
        entity_id: 1,
        link_path: "/applications/1".into(),
    };
    // Worker processes read the real clock; these messages are due now.
    let now = Utc::now() - chrono::Duration::seconds(1);
    let added = enqueue(&app.db.writer, &subject, &recipients, &event, None, now)
        .await
        .unwrap();
    assert_eq!(added as usize, count);
}

fn worker(app: &TestApp, smtp: &SmtpServer, dir: &std::path::Path) -> Child {
    worker_command(app, smtp, dir)
        .env("GRANTY_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start a worker")
}

/// A worker whose log (at info, which says "worker started") goes to `log`.
fn logging_worker(app: &TestApp, smtp: &SmtpServer, dir: &std::path::Path, log: &Path) -> Child {
    let file = std::fs::File::create(log).expect("a log file");
    worker_command(app, smtp, dir)
        .env("GRANTY_LOG", "info")
        .stdout(file.try_clone().expect("the log twice"))
        .stderr(file)
        .spawn()
        .expect("start a worker")
}

fn started(log: &Path) -> bool {
    std::fs::read_to_string(log).is_ok_and(|text| text.contains("worker started"))
}

fn worker_command(app: &TestApp, smtp: &SmtpServer, dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_granty"));
    command
        .arg("worker")
        .current_dir(dir)
        .env(
            "GRANTY_CONFIG_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
        )
        .env("GRANTY_DATABASE_URL", &app.db_url)
        .env("GRANTY_SMTP_URL", smtp.url())
        .env("GRANTY_WORKER_POLL_MS", "50")
        .env("GRANTY_WORKER_BATCH_SIZE", "25")
        .env("GRANTY_WORKER_LEASE_SECONDS", "2")
        // One key for the workers sharing a folder: without it each would generate the
        // development key file at once, and one could read the other's half-written file.
        .env("GRANTY_SECRET_KEY", CLI_SECRET_KEY)
        .env("GRANTY_TEMPLATES_DIR", super::support::TEMPLATES_DIR);
    command
}

async fn sent(app: &TestApp) -> u64 {
    notification::Entity::find()
        .filter(notification::Column::Status.eq("sent"))
        .count(&app.db.reader)
        .await
        .unwrap()
}

async fn wait_until(what: &str, timeout: Duration, mut done: impl AsyncFnMut() -> bool) {
    let started = Instant::now();
    while !done().await {
        assert!(started.elapsed() < timeout, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// How often each Message-ID arrived.
fn arrivals(smtp: &SmtpServer) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for message in smtp.messages() {
        *counts.entry(message.header("Message-ID")).or_insert(0) += 1;
    }
    counts
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_deliver_a_thousand_messages_once_each() {
    if postgres_url().is_none() {
        return;
    }
    let app = TestApp::start(Backend::Postgres).await;
    let smtp = SmtpServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let logs = [dir.path().join("first.log"), dir.path().join("second.log")];
    let mut workers = [
        logging_worker(&app, &smtp, dir.path(), &logs[0]),
        logging_worker(&app, &smtp, dir.path(), &logs[1]),
    ];
    // Both running before there is work: on a loaded machine one worker could otherwise deliver
    // everything before the other has started, and "both took part" would be luck.
    wait_until(
        "both workers started",
        Duration::from_secs(120),
        async || logs.iter().all(|log| started(log)),
    )
    .await;
    queue(&app, 1000).await;
    wait_until("1000 deliveries", Duration::from_secs(180), async || {
        sent(&app).await == 1000
    })
    .await;
    for w in &mut workers {
        w.kill().unwrap();
        w.wait().unwrap();
    }
    let counts = arrivals(&smtp);
    assert_eq!(counts.len(), 1000, "every message arrived");
    assert!(
        counts.values().all(|n| *n == 1),
        "none twice: {:?}",
        counts.values().filter(|n| **n > 1).count()
    );
    // Both workers took part.
    let rows = notification::Entity::find()
        .all(&app.db.reader)
        .await
        .unwrap();
    let mut by_worker: HashMap<String, usize> = HashMap::new();
    for row in rows {
        *by_worker
            .entry(row.leased_by.unwrap_or_default())
            .or_default() += 1;
    }
    assert_eq!(by_worker.len(), 2, "{by_worker:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_worker_leaves_the_rest_to_the_next() {
    if postgres_url().is_none() {
        return;
    }
    let app = TestApp::start(Backend::Postgres).await;
    let smtp = SmtpServer::start().await;
    *smtp.delay.lock().unwrap() = Duration::from_millis(10);
    queue(&app, 300).await;
    let dir = tempfile::tempdir().unwrap();
    let mut first = worker(&app, &smtp, dir.path());
    wait_until(
        "a hundred deliveries",
        Duration::from_secs(60),
        async || smtp.messages().len() >= 100,
    )
    .await;
    first.kill().unwrap(); // SIGKILL: no chance to tidy up
    first.wait().unwrap();
    let before_restart = sent(&app).await;
    assert!(before_restart < 300, "the kill came mid-way");
    let mut second = worker(&app, &smtp, dir.path());
    wait_until("the rest", Duration::from_secs(120), async || {
        sent(&app).await == 300
    })
    .await;
    second.kill().unwrap();
    second.wait().unwrap();
    let counts = arrivals(&smtp);
    assert_eq!(counts.len(), 300, "every message arrived");
    // The documented bound: only the message in flight at the kill may arrive twice.
    let duplicates: usize = counts.values().map(|n| n - 1).sum();
    assert!(duplicates <= 1, "{duplicates} duplicates");
}

on_both_databases!(a_lapsed_lease_is_not_renewed);

/// A worker slower than its lease must not send what another worker has taken over; one that is
/// still within its lease keeps the message by renewing it before sending.
async fn a_lapsed_lease_is_not_renewed(backend: Backend) {
    use granty_store::notifications::{claim, renew_lease};
    let app = TestApp::start(backend).await;
    queue(&app, 2).await;
    let t0 = Utc::now();
    let lease = chrono::Duration::seconds(2);
    let first = claim(&app.db, "slow", t0, lease, 10).await.unwrap();
    assert_eq!(first.len(), 2);
    // Within the lease: renewed, so nobody else can claim it even after the first lease's end.
    assert!(renew_lease(
        &app.db,
        first[0].id,
        "slow",
        t0 + chrono::Duration::seconds(1),
        lease
    )
    .await
    .unwrap());
    let later = t0 + chrono::Duration::milliseconds(2500);
    let taken = claim(&app.db, "quick", later, lease, 10).await.unwrap();
    assert_eq!(
        taken.iter().map(|m| m.id).collect::<Vec<_>>(),
        vec![first[1].id],
        "only the message whose lease ran out is taken over"
    );
    // The slow worker reaches the second message too late: it leaves it to the other.
    assert!(!renew_lease(&app.db, first[1].id, "slow", later, lease)
        .await
        .unwrap());
    assert!(renew_lease(&app.db, first[1].id, "quick", later, lease)
        .await
        .unwrap());
}
