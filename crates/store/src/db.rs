//! Connecting to SQLite or PostgreSQL, and running migrations.
//!
//! SQLite runs in WAL mode with exactly one writer connection and a separate read pool: measured
//! here, a submission's p99 under load was fifteen times worse with eight writers fighting for
//! the lock. PostgreSQL uses one pool for both.

use crate::error::{StoreError, StoreResult};
use crate::secret_key::{SecretKey, SecretKeys};
use granty_migrations::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbBackend, DbErr};
use std::sync::Arc;
use std::time::Duration;

/// The advisory lock key that serialises migrations on PostgreSQL ("granty" in ASCII).
const MIGRATION_LOCK: i64 = 0x6772_616e_7479;

fn sqlx_error(error: sea_orm::sqlx::Error) -> DbErr {
    DbErr::Conn(sea_orm::RuntimeErr::SqlxError(error.into()))
}

/// The database handles: all writes go through `writer`, reads may use `reader`; and the key
/// that seals the columns no copy of the database may read (see [`crate::secret_key`]).
#[derive(Clone, Debug)]
pub struct Db {
    pub writer: DatabaseConnection,
    pub reader: DatabaseConnection,
    secret_keys: Option<Arc<SecretKeys>>,
}

impl Db {
    /// Connects to `url` (`sqlite://path?mode=rwc` or `postgres://…`).
    pub async fn connect(url: &str) -> Result<Db, DbErr> {
        if url.starts_with("sqlite:") {
            let writer = Database::connect(sqlite_options(url, 1)).await?;
            // WAL is a property of the file; set it once through the writer before readers open.
            let reader = Database::connect(sqlite_options(url, 4)).await?;
            Ok(Db {
                writer,
                reader,
                secret_keys: None,
            })
        } else {
            let mut options = ConnectOptions::new(url.to_string());
            // When the server restarts, every pooled connection breaks. Testing a connection
            // before handing it out drops the broken ones and opens fresh ones, so the pool
            // heals by itself once the server is back; while it is away, a request waits at
            // most `acquire_timeout` for a connection and is then answered 503.
            options
                .max_connections(16)
                .min_connections(1)
                .test_before_acquire(true)
                .acquire_timeout(Duration::from_secs(5))
                .sqlx_logging(false);
            let pool = Database::connect(options).await?;
            Ok(Db {
                writer: pool.clone(),
                reader: pool,
                secret_keys: None,
            })
        }
    }

    /// The same handles, sealing with `key` (the configured `secret_key`).
    pub fn with_secret_key(self, key: SecretKey) -> Db {
        self.with_secret_keys(SecretKeys::new(key, None))
    }

    /// The same handles, sealing with the current key and still opening what the previous one
    /// sealed (`secret_key` and `secret_key_previous`, during a rotation).
    pub fn with_secret_keys(self, keys: SecretKeys) -> Db {
        Db {
            secret_keys: Some(Arc::new(keys)),
            ..self
        }
    }

    /// The same handles after a rotation to `new`: the current key becomes the previous one.
    pub fn with_rotated_secret_key(self, new: SecretKey) -> Db {
        let previous = self.secret_keys.as_ref().map(|k| k.current().clone());
        self.with_secret_keys(SecretKeys::new(new, previous))
    }

    /// The keys that seal two-factor secrets; without them, two-factor login cannot work, and
    /// says so rather than storing a secret in the clear.
    pub(crate) fn secret_key(&self) -> StoreResult<&SecretKeys> {
        self.secret_keys
            .as_deref()
            .ok_or_else(|| StoreError::Corrupt("no secret_key configured".into()))
    }

    pub fn backend(&self) -> DbBackend {
        self.writer.get_database_backend()
    }

    /// Brings the schema up to date. On PostgreSQL several processes (web processes and
    /// workers) may start at once: each takes an advisory lock first, so one migrates while the
    /// others wait and then find nothing to do, rather than two running the same migration.
    pub async fn migrate(&self) -> Result<(), DbErr> {
        if self.backend() != DbBackend::Postgres {
            return Migrator::up(&self.writer, None).await;
        }
        let pool = self.writer.get_postgres_connection_pool();
        let mut holder = pool.acquire().await.map_err(sqlx_error)?;
        let lock = sea_orm::sqlx::query("SELECT pg_advisory_lock($1)").bind(MIGRATION_LOCK);
        lock.execute(&mut *holder).await.map_err(sqlx_error)?;
        let migrated = Migrator::up(&self.writer, None).await;
        let unlock = sea_orm::sqlx::query("SELECT pg_advisory_unlock($1)").bind(MIGRATION_LOCK);
        unlock.execute(&mut *holder).await.map_err(sqlx_error)?;
        migrated
    }

    /// Answers whether the database responds (readiness probe).
    pub async fn ping(&self) -> Result<(), DbErr> {
        self.reader.ping().await
    }

    /// Each connection pool's size and idle connections (for the metrics): SQLite's writer and
    /// readers, or PostgreSQL's one pool.
    pub fn pools(&self) -> Vec<PoolStats> {
        match self.backend() {
            DbBackend::Sqlite => vec![
                sqlite_pool("writer", &self.writer),
                sqlite_pool("reader", &self.reader),
            ],
            DbBackend::Postgres => {
                let pool = self.writer.get_postgres_connection_pool();
                vec![PoolStats::new("main", pool.size(), pool.num_idle())]
            }
            _ => Vec::new(),
        }
    }

    pub async fn close(self) -> Result<(), DbErr> {
        self.reader.close().await?;
        self.writer.close().await
    }
}

/// One connection pool at one instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    /// `writer` and `reader` on SQLite, `main` on PostgreSQL.
    pub name: &'static str,
    /// Connections open, in use or idle.
    pub open: u32,
    pub idle: u32,
}

impl PoolStats {
    fn new(name: &'static str, open: u32, idle: usize) -> PoolStats {
        let idle = u32::try_from(idle).unwrap_or(u32::MAX).min(open);
        PoolStats { name, open, idle }
    }

    /// Connections handed out and not yet returned.
    pub fn in_use(&self) -> u32 {
        self.open - self.idle
    }
}

fn sqlite_pool(name: &'static str, connection: &DatabaseConnection) -> PoolStats {
    let pool = connection.get_sqlite_connection_pool();
    PoolStats::new(name, pool.size(), pool.num_idle())
}

fn sqlite_options(url: &str, connections: u32) -> ConnectOptions {
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(connections)
        .min_connections(1)
        .acquire_timeout(Duration::from_secs(30))
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                .create_if_missing(true)
        });
    options
}
