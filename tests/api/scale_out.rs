//! Scaling out as docs/deploy.md describes it: two `granty serve --no-worker` processes and two
//! `granty worker` processes on one PostgreSQL database and one S3 store (moto), mail to a real
//! SMTP conversation. A cycle is driven through both web processes in turn; afterwards both show
//! the same state, a file uploaded through one downloads through the other, a double submit
//! across the two acts once, and every message the outbox sent reached the SMTP server once.

use crate::smtp::SmtpServer;
use crate::storage_s3::MotoServer;
use crate::support::*;
use granty_store::entities::notification;
use reqwest::{Client, StatusCode};
use sea_orm::{
    ColumnTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
};
use serde_json::json;
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BUCKET: &str = "granty-scale-out";

/// The processes of one deployment; killed when the test ends, however it ends.
struct Fleet {
    children: Vec<Child>,
    webs: Vec<String>,
    _dirs: Vec<tempfile::TempDir>,
}

impl Drop for Fleet {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// What every process of the deployment is configured with.
fn deployment_env(db_url: &str, moto: &MotoServer, smtp: &SmtpServer) -> Vec<(String, String)> {
    [
        ("GRANTY_DATABASE_URL", db_url.to_string()),
        ("GRANTY_STORAGE_URL", format!("s3://{BUCKET}")),
        ("GRANTY_S3_ENDPOINT", moto.endpoint.clone()),
        ("AWS_ACCESS_KEY_ID", "test".into()),
        ("AWS_SECRET_ACCESS_KEY", "test-secret".into()),
        ("AWS_REGION", "eu-central-1".into()),
        ("GRANTY_SMTP_URL", smtp.url()),
        ("GRANTY_WORKER_POLL_MS", "100".into()),
        ("GRANTY_LOG", "warn".into()),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_string(), value))
    .collect()
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

fn spawn(args: &[&str], env: &[(String, String)], dir: &tempfile::TempDir) -> Child {
    Command::new(env!("CARGO_BIN_EXE_granty"))
        .args(args)
        .current_dir(dir.path())
        .env(
            "GRANTY_CONFIG_DIR",
            concat!(env!("CARGO_MANIFEST_DIR"), "/config"),
        )
        .env("GRANTY_SECRET_KEY", CLI_SECRET_KEY)
        .env("GRANTY_TEMPLATES_DIR", TEMPLATES_DIR)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start granty")
}

/// Two web processes without workers and two workers, each in a folder of its own.
async fn start_fleet(env: &[(String, String)]) -> Fleet {
    let mut fleet = Fleet {
        children: Vec::new(),
        webs: Vec::new(),
        _dirs: Vec::new(),
    };
    for _ in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut web_env = env.to_vec();
        web_env.push(("GRANTY_LISTEN".into(), format!("127.0.0.1:{port}")));
        fleet
            .children
            .push(spawn(&["serve", "--no-worker"], &web_env, &dir));
        fleet.webs.push(format!("http://127.0.0.1:{port}"));
        fleet._dirs.push(dir);
    }
    for _ in 0..2 {
        let dir = tempfile::tempdir().unwrap();
        fleet.children.push(spawn(&["worker"], env, &dir));
        fleet._dirs.push(dir);
    }
    for web in &fleet.webs {
        wait_ready(web).await;
    }
    fleet
}

async fn wait_ready(base: &str) {
    let started = Instant::now();
    loop {
        let answer = reqwest::get(format!("{base}/health/ready")).await;
        if answer.is_ok_and(|r| r.status() == StatusCode::OK) {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{base} never became ready"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// One JSON request to one of the web processes.
async fn call(
    client: &Client,
    base: &str,
    method: reqwest::Method,
    token: Option<&str>,
    path: &str,
    body: Option<serde_json::Value>,
) -> (StatusCode, serde_json::Value) {
    let mut request = client.request(method, format!("{base}/api/v1{path}"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("an answer");
    let status = response.status();
    let body = response.json().await.unwrap_or(serde_json::Value::Null);
    (status, body)
}

async fn login(client: &Client, base: &str, email: &str) -> String {
    let body = json!({ "email": email, "password": "granty-demo-2026", "tenant": "demo" });
    let (status, session) = call(
        client,
        base,
        reqwest::Method::POST,
        None,
        "/sessions",
        Some(body),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{session}");
    session["token"].as_str().expect("a token").to_string()
}

/// Messages that are due and not yet out (sent, or given up on).
async fn due_and_unsent(db: &DatabaseConnection) -> u64 {
    notification::Entity::find()
        .filter(notification::Column::Status.is_not_in(["sent", "failed"]))
        .filter(notification::Column::NextAttemptAt.lte(chrono::Utc::now()))
        .count(db)
        .await
        .expect("count the outbox")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_web_processes_and_two_workers_share_one_postgresql_and_one_s3_store() {
    if postgres_url().is_none() {
        return;
    }
    let Some(moto) = MotoServer::start().await else {
        return;
    };
    moto.bucket(BUCKET).await;
    let smtp = SmtpServer::start().await;
    let (db_url, _db) = fresh_database(Backend::Postgres).await;
    let env = deployment_env(&db_url, &moto, &smtp);
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    for step in [["migrate"].as_slice(), ["seed-demo"].as_slice()] {
        let done = granty_cli(step, &env_refs);
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
    }
    let fleet = start_fleet(&env).await;
    let (a, b) = (fleet.webs[0].as_str(), fleet.webs[1].as_str());
    let client = Client::new();

    let application = drive_a_cycle(&client, a, b).await;

    // Both web processes show the same offer, at the same version and state.
    let clerk = login(&client, b, "urzednik@demo.granty.pl").await;
    let path = format!("/applications/{application}");
    let (_, seen_a) = call(&client, a, reqwest::Method::GET, Some(&clerk), &path, None).await;
    let (_, seen_b) = call(&client, b, reqwest::Method::GET, Some(&clerk), &path, None).await;
    assert_eq!(seen_a["state"], "formally_accepted", "{seen_a}");
    assert_eq!(seen_a, seen_b);

    // The outbox drains through the two workers, and nothing arrives twice.
    let db = Database::connect(&db_url).await.expect("connect");
    let started = Instant::now();
    while due_and_unsent(&db).await > 0 {
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "the outbox did not drain"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let sent = notification::Entity::find()
        .filter(notification::Column::Status.eq("sent"))
        .count(&db)
        .await
        .unwrap();
    let mut arrivals: HashMap<String, usize> = HashMap::new();
    for message in smtp.messages() {
        *arrivals.entry(message.header("Message-ID")).or_default() += 1;
    }
    let twice: Vec<_> = arrivals.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "sent more than once: {twice:?}");
    assert_eq!(
        arrivals.len() as u64,
        sent,
        "every sent message arrived, once"
    );
    let accepted_letters = smtp
        .messages()
        .into_iter()
        .filter(|m| m.recipients.iter().any(|r| r == "fundacja@demo.granty.pl"))
        .count();
    assert!(accepted_letters > 0, "the NGO heard of its formal check");
    drop(fleet);
}

/// Publishes a call, files an offer with an attachment and has it formally accepted, switching
/// web process at every step. Returns the offer's id.
async fn drive_a_cycle(client: &Client, a: &str, b: &str) -> i64 {
    use reqwest::Method;
    let clerk = login(client, a, "urzednik@demo.granty.pl").await;
    let ngo = login(client, b, "fundacja@demo.granty.pl").await;
    let (status, created) = call(
        client,
        b,
        Method::POST,
        Some(&clerk),
        "/calls",
        Some(call_body(chrono::Utc::now())),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let call_id = created["id"].as_i64().unwrap();
    let publish = format!("/calls/{call_id}/publish");
    let (status, body) = call(
        client,
        a,
        Method::POST,
        Some(&clerk),
        &publish,
        Some(json!({})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (_, mine) = call(
        client,
        a,
        Method::GET,
        Some(&ngo),
        "/organisations/mine",
        None,
    )
    .await;
    let organisation = mine["organisations"][0]["id"].as_i64().unwrap();
    let drafts = format!("/calls/{call_id}/applications");
    let body = json!({ "organisation_id": organisation });
    let (status, draft) = call(client, b, Method::POST, Some(&ngo), &drafts, Some(body)).await;
    assert_eq!(status, StatusCode::CREATED, "{draft}");
    let id = draft["id"].as_i64().unwrap();
    let body = json!({ "version": 1, "content": offer_content() });
    let path = format!("/applications/{id}");
    let (status, saved) = call(client, a, Method::PATCH, Some(&ngo), &path, Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{saved}");

    upload_through_one_download_through_the_other(client, &ngo, id, b, a).await;
    submit_on_both_at_once(client, &ngo, id, a, b).await;

    let check = format!("/applications/{id}/formal-check");
    let body = json!({ "outcome": "accepted" });
    let (status, checked) = call(client, b, Method::POST, Some(&clerk), &check, Some(body)).await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    id
}

async fn upload_through_one_download_through_the_other(
    client: &Client,
    ngo: &str,
    id: i64,
    into: &str,
    out_of: &str,
) {
    // Past one 5 MiB part: the object goes to S3 as a multipart upload from the spooled file.
    let content: Vec<u8> = pdf_bytes()
        .into_iter()
        .chain(std::iter::repeat_n(b'x', 6_000_000))
        .collect();
    let part = reqwest::multipart::Part::bytes(content.clone())
        .file_name("statut.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("kind", "statut")
        .part("file", part);
    let added = client
        .post(format!("{into}/api/v1/applications/{id}/attachments"))
        .bearer_auth(ngo)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::CREATED);
    let added: serde_json::Value = added.json().await.unwrap();
    let attachment = added["id"].as_i64().unwrap();
    let download = client
        .get(format!(
            "{out_of}/api/v1/applications/{id}/attachments/{attachment}"
        ))
        .bearer_auth(ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.unwrap().to_vec(), content);
}

/// A double click that lands on both web processes: one submission, one receipt.
async fn submit_on_both_at_once(client: &Client, ngo: &str, id: i64, a: &str, b: &str) {
    let path = format!("/applications/{id}/submit");
    let (first, second) = tokio::join!(
        call(
            client,
            a,
            reqwest::Method::POST,
            Some(ngo),
            &path,
            Some(json!({}))
        ),
        call(
            client,
            b,
            reqwest::Method::POST,
            Some(ngo),
            &path,
            Some(json!({}))
        ),
    );
    for (status, body) in [&first, &second] {
        assert!(status.is_success(), "{status} {body}");
    }
    assert_eq!(first.1["receipt_number"], second.1["receipt_number"]);
    assert!(first.1["receipt_number"].is_string(), "{}", first.1);
}
