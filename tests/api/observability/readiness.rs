//! `/health/ready` asks the database and the object storage, and names the one that is down.

use crate::on_both_databases;
use crate::support::*;
use granty_store::{S3Credentials, StorageConfig};
use granty_web::Limits;
use reqwest::StatusCode;
use serde_json::json;

on_both_databases!(
    readiness_names_a_storage_folder_that_takes_no_writes,
    readiness_names_an_s3_endpoint_that_does_not_answer,
);

async fn readiness_names_a_storage_folder_that_takes_no_writes(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("attachments");
    let storage = StorageConfig::Folder(folder.clone());
    let app = TestApp::start_full(backend, Limits::default(), storage).await;
    let ready = app.send(app.client.get(app.url("/health/ready"))).await;
    let fine = json!({ "status": "ok", "database": "ok", "storage": "ok" });
    assert_eq!(ready, (StatusCode::OK, fine.clone()));

    // The folder replaced by a file (tests run as root, so permissions would not stop a write).
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();
    let down = app.send(app.client.get(app.url("/health/ready"))).await;
    let unreachable =
        json!({ "status": "unavailable", "database": "ok", "storage": "unreachable" });
    assert_eq!(down, (StatusCode::SERVICE_UNAVAILABLE, unreachable));

    std::fs::remove_file(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    let back = app.send(app.client.get(app.url("/health/ready"))).await;
    assert_eq!(back, (StatusCode::OK, fine));
}

async fn readiness_names_an_s3_endpoint_that_does_not_answer(backend: Backend) {
    // A port nothing listens on: every request to the store is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let storage = StorageConfig::S3 {
        bucket: "granty-nowhere".into(),
        endpoint: Some(format!("http://127.0.0.1:{port}")),
        allow_http: true,
        credentials: Some(S3Credentials {
            access_key_id: "test".into(),
            secret_access_key: "test-secret".into(),
            region: "eu-central-1".into(),
        }),
    };
    let app = TestApp::start_full(backend, Limits::default(), storage).await;
    let (status, body) = app.send(app.client.get(app.url("/health/ready"))).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["database"], "ok");
    assert_eq!(body["storage"], "unreachable");
}
