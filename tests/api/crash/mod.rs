//! The real `granty serve` killed with SIGKILL at random instants while applicants create
//! drafts, save them, attach files and submit, then started again, round after round. After each
//! restart every object must be whole: a submitted offer has exactly one frozen version, one
//! receipt number and one receipt notification per recipient in the outbox; a draft holds its
//! last acknowledged save (or a later save whose answer was lost, whole); an attachment row
//! always has its bytes. Nothing half, nothing twice.

mod clients;
mod whole;

use crate::on_both_databases;
use crate::support::*;
use clients::apply;
use granty_store::orphans::remove_unreferenced;
use reqwest::StatusCode;
use sea_orm::Database;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROUNDS: usize = 15;
const CLIENTS: usize = 4;

/// What the clients were told, per offer: every save's title and answer (`None`: the server
/// died before answering), and the submission's answer.
#[derive(Default, Debug)]
struct Told {
    saves: Vec<(String, Option<u16>)>,
    submitted: Option<Option<u16>>,
}

type Model = Arc<Mutex<HashMap<i64, Told>>>;

/// One `granty serve` process over a database and a folder of its own.
struct Server {
    dir: PathBuf,
    db_url: String,
    port: u16,
    child: Option<Child>,
}

impl Server {
    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_granty"));
        command
            .args(args)
            .current_dir(&self.dir)
            .env("GRANTY_TEMPLATES_DIR", crate::support::TEMPLATES_DIR)
            .env(
                "GRANTY_CONFIG_DIR",
                concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
            )
            .env("GRANTY_LISTEN", format!("127.0.0.1:{}", self.port))
            .env("GRANTY_PUBLIC_URL", self.base())
            .env("GRANTY_DATABASE_URL", &self.db_url)
            .env("GRANTY_STORAGE_URL", self.dir.join("attachments"))
            .env("GRANTY_SMTP_URL", self.dir.join("outbox"))
            .env("GRANTY_WORKER_POLL_MS", "200")
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    /// Starts the server and waits until it answers its readiness probe.
    async fn start(&mut self) {
        self.child = Some(self.command(&["serve"]).spawn().unwrap());
        let client = reqwest::Client::new();
        let started = Instant::now();
        loop {
            let ready = client.get(format!("{}/health/ready", self.base())).send();
            if ready.await.is_ok_and(|r| r.status() == StatusCode::OK) {
                return;
            }
            assert!(started.elapsed() < Duration::from_secs(30), "no restart");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// SIGKILL: no shutdown handler runs, no transaction is finished.
    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().unwrap();
            child.wait().unwrap();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A client's identity: its token, organisation and the call it applies to.
#[derive(Clone)]
struct Applicant {
    base: String,
    token: String,
    organisation: i64,
    call: i64,
    content: Value,
}

async fn sigkill_loop_leaves_every_object_whole(backend: Backend) {
    let folder = tempfile::tempdir().unwrap();
    let (db_url, _guard) = fresh_database(backend).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Server {
        dir: folder.path().to_path_buf(),
        db_url: db_url.clone(),
        port,
        child: None,
    };
    let seeded = server.command(&["seed-demo"]).output().unwrap();
    assert!(seeded.status.success(), "{seeded:?}");
    server.start().await;
    let applicants = applicants(&server.base()).await;
    let db = Database::connect(&db_url).await.unwrap();
    let model: Model = Arc::default();
    let mut delays = Vec::new();
    for round in 0..ROUNDS {
        let clients: Vec<_> = (0..CLIENTS)
            .map(|i| tokio::spawn(apply(applicants[i % 2].clone(), model.clone())))
            .collect();
        if round % 3 == 2 {
            // Every third round lets a submission through first, so that a slow machine still
            // exercises the whole path (and kills land after it too).
            until_a_submission_after(&model, count_submitted(&model)).await;
        }
        let delay = Duration::from_millis(200 + random_below(1800));
        delays.push(delay);
        tokio::time::sleep(delay).await;
        server.kill();
        for client in clients {
            client.await.unwrap();
        }
        server.start().await;
        let context = format!("after round {round} (kills after {delays:?})");
        whole::check_whole(&db, applicants[0].call, &model, folder.path(), &context).await;
    }
    let submitted = count_submitted(&model);
    eprintln!("{backend:?}: {}", summary(&model));
    assert!(
        submitted >= ROUNDS / 3,
        "only {submitted} submissions acknowledged"
    );
    server.kill();
    db.close().await.unwrap();
    whole::no_file_left_behind(&db_url, folder.path()).await;
}

/// The sweep removes a file no row points to once it is old enough, and nothing else: not an
/// attachment's file, not a young file (an upload in flight), not a file of another kind.
async fn a_file_without_its_row_is_removed_once_old(backend: Backend) {
    let app = TestApp::start(backend).await;
    let s = app.scenario().await;
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let stray = format!("tenants/{}/applications/{id}/stray", app.tenant_id);
    let other = format!("tenants/{}/exports/kept", app.tenant_id);
    for key in [&stray, &other] {
        app.storage.put(key, pdf_bytes().into()).await.unwrap();
    }
    let sweep = |older_than| remove_unreferenced(&app.db, &app.storage, older_than);
    let an_hour_ago = chrono::Utc::now() - chrono::Duration::hours(1);
    assert_eq!(sweep(an_hour_ago).await.unwrap(), 0);
    let later = chrono::Utc::now() + chrono::Duration::minutes(1);
    assert_eq!(sweep(later).await.unwrap(), 1);
    let mut kept = app.storage.keys("tenants").await.unwrap();
    kept.sort();
    assert_eq!(kept.len(), 2, "{kept:?}");
    assert!(kept.contains(&other) && !kept.contains(&stray), "{kept:?}");
    let (status, _) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(status, StatusCode::OK);
}

on_both_databases!(
    sigkill_loop_leaves_every_object_whole,
    a_file_without_its_row_is_removed_once_old
);

fn random_below(bound: u64) -> u64 {
    (uuid::Uuid::new_v4().as_u128() % u128::from(bound)) as u64
}

/// How much the loop exercised, shown with the test's output.
fn summary(model: &Model) -> String {
    let model = model.lock().unwrap();
    let saves = model.values().flat_map(|t| &t.saves);
    let lost_saves = saves.filter(|(_, s)| s.is_none()).count();
    let lost_submits = model.values().filter(|t| t.submitted == Some(None)).count();
    format!(
        "{} offers, {} saves whose answer was lost, {} submissions whose answer was lost",
        model.len(),
        lost_saves,
        lost_submits
    )
}

async fn until_a_submission_after(model: &Model, before: usize) {
    let started = Instant::now();
    while count_submitted(model) <= before {
        assert!(started.elapsed() < Duration::from_secs(30), "no submission");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn count_submitted(model: &Model) -> usize {
    let model = model.lock().unwrap();
    let acknowledged = |t: &&Told| t.submitted == Some(Some(201));
    model.values().filter(acknowledged).count()
}

/// The demo's two applicants, logged in, with an offer that fits the demo call's dates.
async fn applicants(base: &str) -> Vec<Applicant> {
    let client = reqwest::Client::new();
    let mut applicants = Vec::new();
    for email in ["fundacja@demo.granty.pl", "stowarzyszenie@demo.granty.pl"] {
        let login = json!({ "email": email, "password": "granty-demo-2026", "tenant": "demo" });
        let session = post_json(&client, base, "", "/api/v1/sessions", &login).await;
        let token = session["token"].as_str().unwrap().to_string();
        let get = |path: &str| {
            client
                .get(format!("{base}{path}"))
                .bearer_auth(&token)
                .send()
        };
        let mine: Value = get("/api/v1/organisations/mine")
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let calls: Value = get("/api/v1/calls").await.unwrap().json().await.unwrap();
        let call = &calls["calls"][0];
        applicants.push(Applicant {
            base: base.to_string(),
            organisation: mine["organisations"][0]["id"].as_i64().unwrap(),
            call: call["id"].as_i64().unwrap(),
            content: offer_within(call),
            token,
        });
    }
    applicants
}

/// The test offer, its dates moved into the call's realisation window.
fn offer_within(call: &Value) -> Value {
    let (start, end) = (&call["realisation_start"], &call["realisation_end"]);
    assert!(start.is_string() && end.is_string(), "{call}");
    let mut content = offer_content();
    content["start_date"] = start.clone();
    content["end_date"] = end.clone();
    content["schedule"][0]["start"] = start.clone();
    content["schedule"][0]["end"] = end.clone();
    content
}

async fn post_json(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    path: &str,
    body: &Value,
) -> Value {
    let request = client.post(format!("{base}{path}")).json(body);
    let request = if token.is_empty() {
        request
    } else {
        request.bearer_auth(token)
    };
    request.send().await.unwrap().json().await.unwrap()
}
