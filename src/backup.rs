//! `granty backup <dir>` and `granty restore <dir>`: the database (an online SQLite copy with
//! `VACUUM INTO`, or a `pg_dump` archive) plus every object in attachment storage, with a
//! manifest of each object's SHA-256 that restore checks before it writes anything.

use anyhow::{bail, Context, Result};
use granty_store::{Db, Storage};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

const SQLITE_FILE: &str = "database.sqlite";
const POSTGRES_FILE: &str = "database.pgdump";
const OBJECTS: &str = "objects";
const MANIFEST: &str = "manifest.json";

/// Writes the database and every stored object into `dir`, which must be new or empty.
pub async fn backup(database_url: &str, db: &Db, storage: &Storage, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    if std::fs::read_dir(dir)?.next().is_some() {
        bail!("{} is not empty: back up into a new folder", dir.display());
    }
    let database = if database_url.starts_with("sqlite:") {
        let target = dir.join(SQLITE_FILE);
        let quoted = target.display().to_string().replace('\'', "''");
        // An online, consistent copy: readers and the writer carry on meanwhile.
        sea_orm::ConnectionTrait::execute_unprepared(
            &db.writer,
            &format!("VACUUM INTO '{quoted}'"),
        )
        .await
        .context("copying the SQLite database (VACUUM INTO)")?;
        SQLITE_FILE
    } else {
        pg_tool(
            "pg_dump",
            database_url,
            &[
                "--format=custom",
                "--no-owner",
                "--file",
                &dir.join(POSTGRES_FILE).display().to_string(),
            ],
        )?;
        POSTGRES_FILE
    };
    let objects = copy_objects_out(storage, &dir.join(OBJECTS)).await?;
    let manifest = json!({ "format": 1, "database": database, "objects": objects });
    std::fs::write(dir.join(MANIFEST), serde_json::to_vec_pretty(&manifest)?)?;
    Ok(())
}

/// Replaces the database with the backup's and puts every object back. Stop the server first.
pub async fn restore(database_url: &str, storage: &Storage, dir: &Path) -> Result<()> {
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(dir.join(MANIFEST)).context("reading the backup's manifest.json")?,
    )?;
    let objects = read_objects(dir, &manifest)?;
    if let Some(path) = database_url.strip_prefix("sqlite://") {
        let file = PathBuf::from(path.split('?').next().unwrap_or(path));
        if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent)?;
        }
        for stale in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{stale}", file.display()));
        }
        std::fs::copy(dir.join(SQLITE_FILE), &file)
            .with_context(|| format!("copying the database to {}", file.display()))?;
    } else {
        pg_tool(
            "pg_restore",
            database_url,
            &[
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                &dir.join(POSTGRES_FILE).display().to_string(),
            ],
        )?;
    }
    for (key, bytes) in objects {
        storage
            .put(&key, bytes)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))
            .with_context(|| format!("writing object {key}"))?;
    }
    Ok(())
}

async fn copy_objects_out(storage: &Storage, folder: &Path) -> Result<Vec<Value>> {
    let mut keys = storage
        .keys("")
        .await
        .map_err(|e| anyhow::anyhow!("{e:?}"))
        .context("listing stored objects")?;
    // The readiness check's probe is no attachment.
    keys.retain(|key| key != granty_store::storage::PROBE_KEY);
    keys.sort();
    let mut listed = Vec::with_capacity(keys.len());
    for (index, key) in keys.into_iter().enumerate() {
        let bytes = storage
            .get(&key)
            .await
            .map_err(|e| anyhow::anyhow!("{e:?}"))
            .with_context(|| format!("reading object {key}"))?;
        // Numbered files: keys may hold characters a file system refuses.
        let file = format!("{index:08}");
        std::fs::create_dir_all(folder)?;
        std::fs::write(folder.join(&file), &bytes)?;
        listed.push(json!({ "key": key, "file": file, "sha256": sha256(&bytes) }));
    }
    Ok(listed)
}

/// Every object of the backup, read and checked against its hash before anything is written.
fn read_objects(dir: &Path, manifest: &Value) -> Result<Vec<(String, bytes::Bytes)>> {
    let listed = manifest["objects"]
        .as_array()
        .context("manifest.json has no `objects` list")?;
    let mut objects = Vec::with_capacity(listed.len());
    for object in listed {
        let (Some(key), Some(file), Some(hash)) = (
            object["key"].as_str(),
            object["file"].as_str(),
            object["sha256"].as_str(),
        ) else {
            bail!("manifest.json lists an object without key, file or sha256");
        };
        let bytes = std::fs::read(dir.join(OBJECTS).join(file))
            .with_context(|| format!("reading object {key} from the backup"))?;
        if sha256(&bytes) != hash {
            bail!("object {key} in the backup does not match its SHA-256: refusing to restore");
        }
        objects.push((key.to_string(), bytes::Bytes::from(bytes)));
    }
    Ok(objects)
}

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Runs a PostgreSQL client tool; the password goes through PGPASSWORD, not the command line.
fn pg_tool(tool: &str, database_url: &str, args: &[&str]) -> Result<()> {
    let mut url = url::Url::parse(database_url).context("parsing database_url")?;
    let password = url.password().map(str::to_string);
    let _ = url.set_password(None);
    let mut command = Command::new(tool);
    command.args(args).arg("--dbname").arg(url.as_str());
    if let Some(password) = password {
        command.env("PGPASSWORD", password);
    }
    let output = command
        .output()
        .with_context(|| format!("running {tool} (install postgresql-client)"))?;
    if !output.status.success() {
        bail!("{tool} failed: {}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(())
}
