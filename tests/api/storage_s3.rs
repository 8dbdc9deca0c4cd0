//! Attachments through a real S3 protocol server (moto), as production stores them.

use crate::support::*;
use granty_store::{S3Credentials, StorageConfig};
use granty_web::Limits;
use reqwest::StatusCode;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct MotoServer {
    child: Child,
    pub port: u16,
    pub endpoint: String,
}

impl MotoServer {
    /// Starts moto's S3 server on a free port; `None` (a skip) only outside CI.
    pub async fn start() -> Option<MotoServer> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .ok()?
            .local_addr()
            .ok()?
            .port();
        let child = match Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        {
            Ok(child) => child,
            Err(error) if std::env::var("CI").is_ok_and(|v| v == "true") => {
                panic!("moto_server is required in CI: {error}")
            }
            Err(error) => {
                eprintln!("moto_server not available ({error}): skipping the S3 test; `make test` installs it");
                return None;
            }
        };
        let server = MotoServer {
            child,
            port,
            endpoint: format!("http://127.0.0.1:{port}"),
        };
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "moto_server did not start"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Some(server)
    }
}

impl MotoServer {
    /// Creates a bucket (object_store never creates one: the deployment, here the test, does).
    pub async fn bucket(&self, name: &str) {
        let created = reqwest::Client::new()
            .put(format!("{}/{name}", self.endpoint))
            .send()
            .await
            .unwrap();
        assert!(created.status().is_success(), "{}", created.status());
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attachments_round_trip_through_s3() {
    let Some(moto) = MotoServer::start().await else {
        return;
    };
    // object_store never creates buckets: the deployment (here, the test) does.
    let created = reqwest::Client::new()
        .put(format!("{}/granty-attachments", moto.endpoint))
        .send()
        .await
        .unwrap();
    assert!(created.status().is_success(), "{}", created.status());
    let storage = StorageConfig::S3 {
        bucket: "granty-attachments".into(),
        endpoint: Some(moto.endpoint.clone()),
        allow_http: true,
        credentials: Some(S3Credentials {
            access_key_id: "test".into(),
            secret_access_key: "test-secret".into(),
            region: "eu-central-1".into(),
        }),
    };
    let app = TestApp::start_full(Backend::Sqlite, Limits::default(), storage).await;
    let Scenario {
        ngo,
        organisation,
        call,
        ..
    } = app.scenario().await;
    let id = app.new_draft(&ngo, call, organisation).await;

    let content: Vec<u8> = pdf_bytes()
        .into_iter()
        .chain(std::iter::repeat_n(b'x', 20_000))
        .collect();
    let (status, added) =
        upload(&app, &ngo, id, "statut", content.clone(), "application/pdf").await;
    assert_eq!(status, StatusCode::CREATED, "{added}");
    let attachment = added["id"].as_i64().unwrap();
    let download = app
        .client
        .get(app.url(&format!(
            "/api/v1/applications/{id}/attachments/{attachment}"
        )))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    let disposition = download.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(
        disposition,
        "attachment; filename*=UTF-8''statut%20organizacji.pdf"
    );
    assert_eq!(download.bytes().await.unwrap().to_vec(), content);

    // The object is in the bucket, and stays there when the attachment is taken off the offer
    // (its version remains in the history); the storage removes objects when told to.
    let listing = || async {
        reqwest::get(format!("{}/granty-attachments?list-type=2", moto.endpoint))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    let under_offer = format!("applications/{id}/");
    assert!(listing().await.contains(&under_offer));
    let removed = app
        .client
        .delete(app.url(&format!(
            "/api/v1/applications/{id}/attachments/{attachment}"
        )))
        .bearer_auth(&ngo)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), StatusCode::NO_CONTENT);
    assert!(
        listing().await.contains(&under_offer),
        "kept for the history"
    );
    let prefix = format!("tenants/{}/{under_offer}", app.tenant_id);
    for key in app.storage.keys(&prefix).await.unwrap() {
        app.storage.delete(&key).await.unwrap();
    }
    let listing = listing().await;
    assert!(!listing.contains(&under_offer), "{listing}");
}
