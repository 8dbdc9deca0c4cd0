//! `granty backup` then `granty restore` into a new database and an empty storage folder, on
//! both databases: every table's rows and every object's bytes come back, and the audit chain
//! still verifies.

use crate::on_both_databases;
use crate::support::{granty_cli, postgres_url, Backend, TestApp};
use granty_store::{Storage, StorageConfig};
use granty_web::Limits;
use sea_orm::{ConnectionTrait, Database};
use std::path::Path;
use std::process::Command;

/// The database and the storage folder the command works on.
fn settings<'a>(database_url: &'a str, storage: &'a Path) -> [(&'static str, &'a str); 2] {
    let storage = storage.to_str().unwrap();
    [
        ("GRANTY_DATABASE_URL", database_url),
        ("GRANTY_STORAGE_URL", storage),
    ]
}

fn granty(args: &[&str], database_url: &str, storage: &Path) -> String {
    let output = granty_cli(args, &settings(database_url, storage));
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "granty {args:?}: {printed}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    printed
}

/// All rows of every table as text, the way each database's own tool prints them.
fn every_row(database_url: &str) -> String {
    let output = if let Some(path) = database_url.strip_prefix("sqlite://") {
        let file = path.split('?').next().unwrap();
        Command::new("sqlite3")
            .arg(file)
            .arg(".dump")
            .output()
            .unwrap()
    } else {
        Command::new("pg_dump")
            .args([
                "--data-only",
                "--inserts",
                "--no-owner",
                "--dbname",
                database_url,
            ])
            .output()
            .unwrap()
    };
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        // Comments carry the dump's own details; \restrict lines carry a random key.
        .filter(|l| {
            !l.starts_with("--") && !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An empty database of the same kind; PostgreSQL's is dropped when the guard goes.
async fn empty_database(backend: Backend, folder: &Path) -> (String, Option<(String, String)>) {
    match backend {
        Backend::Sqlite => (
            format!(
                "sqlite://{}?mode=rwc",
                folder.join("restored.sqlite").display()
            ),
            None,
        ),
        Backend::Postgres => {
            let admin_url = postgres_url().unwrap();
            let name = format!("granty_r_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(&admin_url).await.unwrap();
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await
                .unwrap();
            admin.close().await.unwrap();
            let mut url = url::Url::parse(&admin_url).unwrap();
            url.set_path(&name);
            (url.to_string(), Some((admin_url, name)))
        }
    }
}

async fn objects(storage: &Storage) -> Vec<(String, Vec<u8>)> {
    let mut keys = storage.keys("").await.unwrap();
    keys.sort();
    let mut found = Vec::new();
    for key in keys {
        let bytes = storage.get(&key).await.unwrap().to_vec();
        found.push((key, bytes));
    }
    found
}

async fn a_backup_restores_every_row_and_object(backend: Backend) {
    let folders = tempfile::tempdir().unwrap();
    let (stored, restored) = (
        folders.path().join("stored"),
        folders.path().join("restored"),
    );
    std::fs::create_dir_all(&stored).unwrap();
    std::fs::create_dir_all(&restored).unwrap();
    let config = StorageConfig::Folder(stored.clone());
    let app = TestApp::start_full(backend, Limits::default(), config).await;
    let scene = app.scenario().await;
    app.submitted(&scene.ngo, scene.call, scene.organisation)
        .await;

    let backup = folders.path().join("backup");
    let dir = backup.display().to_string();
    granty(&["backup", &dir], &app.db_url, &stored);
    // A second backup into the same folder would mix two states: refused.
    let again = granty_cli(&["backup", &dir], &settings(&app.db_url, &stored));
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("is not empty"));
    let (empty_url, guard) = empty_database(backend, folders.path()).await;
    granty(&["restore", &dir], &empty_url, &restored);

    let (before, after) = (every_row(&app.db_url), every_row(&empty_url));
    for table in [
        "audit_events",
        "applications",
        "attachments",
        "application_versions",
    ] {
        assert!(
            before.contains(&format!("INSERT INTO {table}"))
                || before.contains(&format!("INSERT INTO \"{table}\""))
                || before.contains(&format!("INSERT INTO public.{table}")),
            "{table} is empty: the comparison would prove nothing"
        );
    }
    assert_eq!(before, after);
    let (original, copy) = (
        objects(&Storage::open(&StorageConfig::Folder(stored)).unwrap()).await,
        objects(&Storage::open(&StorageConfig::Folder(restored.clone())).unwrap()).await,
    );
    assert!(!original.is_empty());
    assert_eq!(original, copy);
    let verified = granty(&["audit", "verify"], &empty_url, &restored);
    assert!(verified.contains("chain intact"), "{verified}");
    drop_database(guard).await;
}

async fn drop_database(guard: Option<(String, String)>) {
    if let Some((admin_url, name)) = guard {
        let admin = Database::connect(&admin_url).await.unwrap();
        let _ = admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .await;
        admin.close().await.unwrap();
    }
}

on_both_databases!(a_backup_restores_every_row_and_object);
