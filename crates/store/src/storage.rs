//! File bytes in object storage: a local folder by default, any S3-compatible store in
//! production, memory in tests.
//!
//! It lives in the store rather than in a crate of its own because its only users are the store's
//! upload use cases, which must put the bytes and record the row as one step (and remove the
//! object again when the row does not land); a separate crate would be a border with nobody on
//! its far side.

use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::{BackoffConfig, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig};
use std::sync::Arc;
use std::time::Duration;

/// An object being read: its length and its bytes as they arrive from the store.
pub struct StreamedObject {
    pub length: u64,
    pub chunks: futures::stream::BoxStream<'static, Result<bytes::Bytes, StorageError>>,
}

/// The object the readiness check writes, overwritten by each check.
pub const PROBE_KEY: &str = "health/ready-probe";

/// Where attachments go, parsed from `GRANTY_STORAGE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageConfig {
    /// A folder on this machine.
    Folder(std::path::PathBuf),
    /// An S3 bucket. Credentials and region come from the usual AWS_* variables unless given
    /// here; `endpoint` points at an S3-compatible store (MinIO, Ceph, moto in tests).
    S3 {
        bucket: String,
        endpoint: Option<String>,
        allow_http: bool,
        credentials: Option<S3Credentials>,
    },
    Memory,
}

impl StorageConfig {
    /// `s3://bucket`, `memory://`, `file:///path` or a plain folder path.
    pub fn parse(url: &str) -> Result<StorageConfig, String> {
        let url = url.trim();
        if let Some(bucket) = url.strip_prefix("s3://") {
            let bucket = bucket.trim_end_matches('/');
            if bucket.is_empty() || bucket.contains('/') {
                return Err(format!("`{url}` is not s3://<bucket>"));
            }
            let endpoint = std::env::var("GRANTY_S3_ENDPOINT")
                .ok()
                .filter(|e| !e.is_empty());
            let allow_http = endpoint
                .as_deref()
                .is_some_and(|e| e.starts_with("http://"));
            return Ok(StorageConfig::S3 {
                bucket: bucket.to_string(),
                endpoint,
                allow_http,
                credentials: None,
            });
        }
        if url == "memory://" {
            return Ok(StorageConfig::Memory);
        }
        let path = url.strip_prefix("file://").unwrap_or(url);
        if path.is_empty() {
            return Err("the storage folder is empty".into());
        }
        Ok(StorageConfig::Folder(path.into()))
    }
}

/// Explicit S3 credentials; `Debug` never shows the secret.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Credentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub region: String,
}

impl std::fmt::Debug for S3Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("region", &self.region)
            .finish()
    }
}

/// The object store behind one type, whichever backend the configuration chose.
#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
}

/// A failed storage operation; the message names the backend's reason.
#[derive(Debug, thiserror::Error)]
#[error("storage: {message}")]
pub struct StorageError {
    message: String,
    /// The store could not be reached or failed on its side (a refused connection, a timeout,
    /// a 5xx), as opposed to a request it understood and refused: trying again later may work.
    outage: bool,
}

impl StorageError {
    fn new(message: String) -> StorageError {
        StorageError {
            message,
            outage: false,
        }
    }

    /// Whether the store was down rather than the request wrong (see the field).
    pub fn is_outage(&self) -> bool {
        self.outage
    }
}

/// The part size of a multipart put: S3's smallest part (every part but the last must be at
/// least 5 MiB).
pub const PART_BYTES: usize = 5 * 1024 * 1024;

impl From<std::io::Error> for StorageError {
    fn from(e: std::io::Error) -> Self {
        StorageError::new(format!("a spooled upload: {e}"))
    }
}

impl From<object_store::Error> for StorageError {
    fn from(e: object_store::Error) -> Self {
        use object_store::Error;
        // Network failures, timeouts and server errors all arrive as `Generic` from every
        // backend; the named variants are answers about the request itself.
        let outage = matches!(e, Error::Generic { .. } | Error::JoinError { .. });
        StorageError {
            message: e.to_string(),
            outage,
        }
    }
}

impl Storage {
    pub fn open(config: &StorageConfig) -> Result<Storage, StorageError> {
        let store: Arc<dyn ObjectStore> = match config {
            StorageConfig::Folder(path) => {
                std::fs::create_dir_all(path)
                    .map_err(|e| StorageError::new(format!("{}: {e}", path.display())))?;
                Arc::new(LocalFileSystem::new_with_prefix(path)?)
            }
            StorageConfig::S3 {
                bucket,
                endpoint,
                allow_http,
                credentials,
            } => {
                // A few quick retries: a request that fails ten times with the default backoff
                // keeps an upload waiting for seconds.
                let retry = RetryConfig {
                    max_retries: 3,
                    retry_timeout: Duration::from_secs(20),
                    backoff: BackoffConfig {
                        init_backoff: Duration::from_millis(100),
                        max_backoff: Duration::from_secs(2),
                        base: 2.0,
                    },
                };
                let mut builder = AmazonS3Builder::from_env()
                    .with_bucket_name(bucket)
                    .with_allow_http(*allow_http)
                    .with_retry(retry);
                if let Some(c) = credentials {
                    builder = builder
                        .with_access_key_id(&c.access_key_id)
                        .with_secret_access_key(&c.secret_access_key)
                        .with_region(&c.region);
                }
                if let Some(endpoint) = endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_virtual_hosted_style_request(false);
                }
                Arc::new(builder.build()?)
            }
            StorageConfig::Memory => Arc::new(InMemory::new()),
        };
        Ok(Storage { store })
    }

    pub fn from_store(store: Arc<dyn ObjectStore>) -> Storage {
        Storage { store }
    }

    pub async fn put(&self, key: &str, bytes: bytes::Bytes) -> Result<(), StorageError> {
        self.store
            .put(&Path::from(key), PutPayload::from(bytes))
            .await?;
        Ok(())
    }

    /// Puts a file from disk in parts of [`PART_BYTES`], so memory holds at most a part or two
    /// of it however large it is (S3's multipart upload; a folder or memory store alike).
    pub async fn put_file(&self, key: &str, path: &std::path::Path) -> Result<(), StorageError> {
        use object_store::WriteMultipart;
        use tokio::io::AsyncReadExt;
        let mut file = tokio::fs::File::open(path).await?;
        let upload = self.store.put_multipart(&Path::from(key)).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
        let mut buffer = vec![0u8; 64 * 1024];
        loop {
            let read = match file.read(&mut buffer).await {
                Ok(0) => break,
                Ok(read) => read,
                Err(error) => {
                    let _ = writer.abort().await;
                    return Err(error.into());
                }
            };
            writer.wait_for_capacity(2).await?;
            writer.write(&buffer[..read]);
        }
        writer.finish().await?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<bytes::Bytes, StorageError> {
        Ok(self.store.get(&Path::from(key)).await?.bytes().await?)
    }

    /// An object as a stream of chunks with its length, for a download that never holds the
    /// whole file: the chunks go to the client as the store hands them over.
    pub async fn get_streamed(&self, key: &str) -> Result<StreamedObject, StorageError> {
        use futures::{StreamExt, TryStreamExt};
        let found = self.store.get(&Path::from(key)).await?;
        let length = found.meta.size;
        let chunks = found.into_stream().map_err(StorageError::from).boxed();
        Ok(StreamedObject { length, chunks })
    }

    /// The keys stored under `prefix`, in no particular order (for checks and clean-ups).
    pub async fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        use futures::TryStreamExt;
        let prefix = Path::from(prefix);
        let found: Vec<_> = self.store.list(Some(&prefix)).try_collect().await?;
        Ok(found.into_iter().map(|m| m.location.to_string()).collect())
    }

    /// The keys stored under `prefix` with when each was last written.
    pub async fn listed(
        &self,
        prefix: &str,
    ) -> Result<Vec<(String, chrono::DateTime<chrono::Utc>)>, StorageError> {
        use futures::TryStreamExt;
        let prefix = Path::from(prefix);
        let found: Vec<_> = self.store.list(Some(&prefix)).try_collect().await?;
        let listed = found.into_iter();
        Ok(listed
            .map(|m| (m.location.to_string(), m.last_modified))
            .collect())
    }

    /// Writes a small object at [`PROBE_KEY`] (the readiness check): a store that takes a write
    /// takes uploads. A HEAD would not do: a missing bucket or folder answers "not found" too.
    pub async fn probe(&self) -> Result<(), StorageError> {
        self.put(PROBE_KEY, bytes::Bytes::from_static(b"ready"))
            .await
    }

    pub async fn delete(&self, key: &str) -> Result<(), StorageError> {
        self.store.delete(&Path::from(key)).await?;
        Ok(())
    }
}
