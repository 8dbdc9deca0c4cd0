//! Outside services going away under load: PostgreSQL restarting, object storage down. The
//! server answers 503 with `Retry-After` (problem+json on the API, the translated page on pages)
//! while a service is away, loses nothing it acknowledged, and heals by itself when the service
//! returns. A TCP proxy stands in for the restart (see `crate::proxy`). SMTP down then up is
//! `notifications::smtp_down_then_back`.

use crate::browser::{file_form, Browser};
use crate::on_both_databases;
use crate::proxy::Proxy;
use crate::smtp::SmtpServer;
use crate::storage_s3::MotoServer;
use crate::support::*;
use granty_store::{S3Credentials, StorageConfig};
use granty_web::Limits;
use granty_worker::mailer::SmtpMailer;
use granty_worker::{deliver_once, WorkerConfig};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What one autosaving client saw: every attempt's title and answer, in order.
struct SaveLog {
    id: i64,
    attempts: Vec<(String, StatusCode)>,
}

/// Saves the draft `id` again and again (a new title each time) until `stop` and a last save
/// that succeeded, as an editor's autosave would; a 409 after an unanswered save takes the
/// stored version and goes on.
async fn autosave(app_base: String, token: String, id: i64, stop: Arc<AtomicBool>) -> SaveLog {
    let client = reqwest::Client::new();
    let url = format!("{app_base}/api/v1/applications/{id}");
    let (mut version, mut attempts) = (2, Vec::new());
    let mut content = offer_content();
    let last_saved = |attempts: &Vec<(String, StatusCode)>| {
        attempts.last().is_some_and(|(_, s)| *s == StatusCode::OK)
    };
    while !(stop.load(Ordering::Relaxed) && last_saved(&attempts)) {
        let title = format!("Wersja {}", attempts.len());
        content["title"] = json!(title);
        let body = json!({ "version": version, "content": content });
        let answer = client.patch(&url).bearer_auth(&token).json(&body).send();
        let Ok(answer) = answer.await else {
            attempts.push((title, StatusCode::BAD_GATEWAY));
            continue;
        };
        let status = answer.status();
        let reply: Value = answer.json().await.unwrap_or(Value::Null);
        match status {
            StatusCode::OK => version = reply["version"].as_i64().unwrap(),
            StatusCode::CONFLICT => version = reply["current"]["version"].as_i64().unwrap(),
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
        attempts.push((title, status));
    }
    SaveLog { id, attempts }
}

/// The stored title is the last one answered 200, or one tried after it whose answer was lost.
fn assert_holds_last_acknowledged(log: &SaveLog, stored: &str) {
    let last_ok = log.attempts.iter().rposition(|(_, s)| *s == StatusCode::OK);
    let last_ok = last_ok.expect("some save succeeded");
    let allowed: Vec<&str> = log.attempts[last_ok..]
        .iter()
        .enumerate()
        .filter(|(i, (_, s))| *i == 0 || *s != StatusCode::OK)
        .map(|(_, (t, _))| t.as_str())
        .collect();
    assert!(
        allowed.contains(&stored),
        "draft {} holds {stored:?}; acknowledged {:?}",
        log.id,
        log.attempts[last_ok]
    );
}

/// Waits until the API answers `path` with 200 again.
async fn wait_until_healed(app: &TestApp, token: &str, path: &str) -> Duration {
    let started = Instant::now();
    loop {
        if app.get(token, path).await.0 == StatusCode::OK {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "not healed after 30 s"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_restart_is_answered_503_and_heals_by_itself() {
    let Some(admin_url) = postgres_url() else {
        return;
    };
    let (proxy, app) = app_behind_proxy(&admin_url).await;
    let s = app.scenario().await;
    let stop = Arc::new(AtomicBool::new(false));
    let mut savers = Vec::new();
    for _ in 0..3 {
        let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
        let task = autosave(app.base.clone(), s.ngo.clone(), id, stop.clone());
        savers.push(tokio::spawn(task));
    }
    let draft = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    // A receipt waits in the outbox; the worker meets the outage too.
    app.submitted(&s.ngo, s.call, s.organisation).await;
    let smtp = SmtpServer::start().await;
    let mailer = SmtpMailer::new(&smtp.url(), "Granty <granty@miasto.pl>".parse().unwrap());
    let (mailer, config) = (mailer.unwrap(), WorkerConfig::default());
    tokio::time::sleep(Duration::from_millis(500)).await;

    proxy.cut().await;
    outage_is_answered_503(&app, &s, draft).await;
    let round = deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &config,
        &shipped_templates(),
    )
    .await;
    assert!(
        round.is_err(),
        "the worker's round fails and the loop goes on"
    );
    proxy.restore().await;

    let path = format!("/api/v1/applications/{draft}");
    let healed = wait_until_healed(&app, &s.ngo, &path).await;
    assert!(healed < Duration::from_secs(10), "healed after {healed:?}");
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.store(true, Ordering::Relaxed);
    for saver in savers {
        saver_lost_nothing(&app, &s.ngo, saver.await.unwrap()).await;
    }
    // The worker's next round sends the receipt that waited; the healed pool serves writes.
    let round = deliver_once(
        &app.db,
        &mailer,
        &app.worker_now(),
        &config,
        &shipped_templates(),
    )
    .await;
    assert_eq!(round.unwrap().sent, 1);
    assert_eq!(smtp.messages().len(), 1);
    let id = app.submitted(&s.ngo, s.call, s.organisation).await;
    let (_, submitted) = app.get(&s.ngo, &format!("/api/v1/applications/{id}")).await;
    assert_eq!(submitted["state"], "submitted");
}

/// An app whose PostgreSQL connections all go through a proxy the test can cut.
async fn app_behind_proxy(admin_url: &str) -> (Proxy, TestApp) {
    let parsed = url::Url::parse(admin_url).unwrap();
    let host = parsed.host_str().unwrap().replace("localhost", "127.0.0.1");
    let target = format!("{host}:{}", parsed.port().unwrap_or(5432));
    let proxy = Proxy::start(target.parse().unwrap()).await;
    let port = proxy.port;
    let through_proxy = move |url: &str| {
        let mut url = url::Url::parse(url).unwrap();
        url.set_port(Some(port)).unwrap();
        url.to_string()
    };
    let (limits, storage) = (Limits::default(), StorageConfig::Memory);
    let app = TestApp::start_via(Backend::Postgres, limits, storage, through_proxy).await;
    (proxy, app)
}

/// An autosaving client saw only "saved", "try again" or "someone saved meanwhile" (after a
/// save whose answer was lost), never a 500; it saw the outage; its draft holds its last
/// acknowledged save.
async fn saver_lost_nothing(app: &TestApp, token: &str, log: SaveLog) {
    let statuses: Vec<StatusCode> = log.attempts.iter().map(|(_, s)| *s).collect();
    let expected = |s: &StatusCode| [200, 409, 503].contains(&s.as_u16());
    assert!(statuses.iter().all(expected), "{statuses:?}");
    let saw_outage = statuses.contains(&StatusCode::SERVICE_UNAVAILABLE);
    assert!(saw_outage, "{statuses:?}");
    let path = format!("/api/v1/applications/{}", log.id);
    let (_, stored) = app.get(token, &path).await;
    assert_holds_last_acknowledged(&log, stored["content"]["title"].as_str().unwrap());
}

/// While the database is away: the API's problem, the page, and the readiness probe.
async fn outage_is_answered_503(app: &TestApp, s: &Scenario, draft: i64) {
    let answer = app
        .client
        .get(app.url(&format!("/api/v1/applications/{draft}")))
        .bearer_auth(&s.ngo)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(answer.headers()["retry-after"], "30");
    assert_eq!(answer.headers()["content-type"], "application/problem+json");
    let problem: Value = answer.json().await.unwrap();
    assert_eq!(
        problem["type"],
        "https://granty.example/problems/unavailable"
    );
    assert_eq!(
        problem["title"],
        "The database is unavailable for a moment. Nothing was changed; please try again shortly."
    );
    let page = Browser::signed_in(app, &s.ngo)
        .get(&format!("/applications/{draft}/edit"))
        .await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.headers.contains_key("retry-after"));
    assert_eq!(page.page.text("h1"), "Granty jest chwilowo niedostępne");
    let (ready, _) = app.send(app.client.get(app.url("/health/ready"))).await;
    assert_eq!(ready, StatusCode::SERVICE_UNAVAILABLE);
}

/// Object storage down: the upload is refused with a clear, translated 503 and leaves nothing
/// half-done; the offer's text is saved all the same; the upload works when storage is back.
async fn storage_down_keeps_the_text_and_takes_the_file_when_back(backend: Backend) {
    let Some(moto) = MotoServer::start().await else {
        return;
    };
    moto.bucket("granty-outage").await;
    let proxy = Proxy::start(([127, 0, 0, 1], moto.port).into()).await;
    let storage = StorageConfig::S3 {
        bucket: "granty-outage".into(),
        endpoint: Some(format!("http://127.0.0.1:{}", proxy.port)),
        allow_http: true,
        credentials: Some(S3Credentials {
            access_key_id: "test".into(),
            secret_access_key: "test-secret".into(),
            region: "eu-central-1".into(),
        }),
    };
    let app = TestApp::start_full(backend, Limits::default(), storage).await;
    let s = app.scenario().await;
    let id = app.filled_draft(&s.ngo, s.call, s.organisation).await;
    proxy.cut().await;

    let refused = upload_in(&app, &s.ngo, id, "cs").await;
    assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(refused.headers().contains_key("retry-after"));
    let problem: Value = refused.json().await.unwrap();
    assert_eq!(
        problem["type"],
        "https://granty.example/problems/storage-unavailable"
    );
    assert_eq!(
        problem["title"],
        "Úložiště souborů je dočasně nedostupné. Soubor nebyl uložen; zkuste to prosím za chvíli."
    );
    // The text is saved while storage is down.
    let mut content = offer_content();
    content["title"] = json!("Tekst zapisany mimo magazynu");
    let path = format!("/api/v1/applications/{id}");
    let (saved, _) = app
        .patch(&s.ngo, &path, json!({ "version": 2, "content": content }))
        .await;
    assert_eq!(saved, StatusCode::OK);
    the_editor_says_why_and_shows_the_text(&app, &s.ngo, id).await;
    // Nothing half-done: no attachment row without its object.
    let (_, stored) = app.get(&s.ngo, &path).await;
    assert_eq!(stored["attachments"], json!([]), "{stored}");

    proxy.restore().await;
    let (status, added) = upload(&app, &s.ngo, id, "statut", pdf_bytes(), "application/pdf").await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    let submit = format!("/api/v1/applications/{id}/submit");
    let (status, receipt) = app.post(&s.ngo, &submit, json!({})).await;
    assert_eq!(status, StatusCode::CREATED, "{receipt}");
}

/// On the page, an upload while storage is down: the editor again with what was saved, and why
/// the file is missing.
async fn the_editor_says_why_and_shows_the_text(app: &TestApp, token: &str, id: i64) {
    let ngo = Browser::signed_in(app, token);
    let csrf = ngo.csrf().await;
    let pdf = ("statut.pdf", "application/pdf", pdf_bytes());
    let page = ngo
        .post_multipart(
            &format!("/applications/{id}/upload?csrf={csrf}"),
            file_form(pdf, &[("kind", "statut")]),
        )
        .await;
    // Back to the editor's attachments, where it says why; the address carries no token.
    let location = page.location.clone().unwrap_or_default();
    assert_eq!(
        location,
        format!("/applications/{id}/edit?attachment_error=storage_unavailable#attachments")
    );
    let page = ngo.get(&location).await;
    assert!(
        page.page.has("#attachments-error"),
        "the reason sits at the attachments: {}",
        page.html()
    );
    assert!(
        page.text()
            .contains("magazyn plików jest chwilowo niedostępny"),
        "{}",
        page.html()
    );
    assert_eq!(page.page.input("title"), "Tekst zapisany mimo magazynu");
}

/// Uploads a small PDF as `statut`, asking for answers in `lang`.
async fn upload_in(app: &TestApp, token: &str, id: i64, lang: &str) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(pdf_bytes())
        .file_name("statut.pdf")
        .mime_str("application/pdf")
        .unwrap();
    let form = reqwest::multipart::Form::new()
        .text("kind", "statut")
        .part("file", part);
    app.client
        .post(app.url(&format!("/api/v1/applications/{id}/attachments")))
        .bearer_auth(token)
        .header("accept-language", lang)
        .multipart(form)
        .send()
        .await
        .unwrap()
}

on_both_databases!(storage_down_keeps_the_text_and_takes_the_file_when_back);
