//! A record of the SQL statements the app sends, so a test can hold a request to a number of
//! queries (issue 14: a page should cost a handful of round trips, not one per child row).
//!
//! It hangs on sea-orm's metric callback, which sees every statement on both backends, inside
//! transactions too. `BEGIN`, `COMMIT`, `ROLLBACK` and `execute_unprepared` do not pass
//! through it, so a count is of the statements sea-orm builds and prepares, not of round trips. The callback runs on the querying task, synchronously, so a
//! plain mutex is enough and costs nothing when no log is attached.

use crate::Db;
use std::sync::{Arc, Mutex, MutexGuard};

/// The statements sent since the log was last taken, in order, as SQL without their values.
#[derive(Clone, Debug, Default)]
pub struct QueryLog {
    statements: Arc<Mutex<Vec<String>>>,
}

impl QueryLog {
    pub fn new() -> QueryLog {
        QueryLog::default()
    }

    /// The statements logged so far, leaving the log empty.
    pub fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.lock())
    }

    /// Forgets what was logged so far.
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn push(&self, sql: &str) {
        self.lock().push(sql.to_string());
    }

    // A panic while holding the lock cannot leave a Vec<String> half-written; keep logging.
    fn lock(&self) -> MutexGuard<'_, Vec<String>> {
        self.statements
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Db {
    /// The same handles, each statement they send noted in `log` (both the writer and the
    /// reader; on PostgreSQL they share a pool, and each statement is still noted once).
    pub fn with_query_log(mut self, log: &QueryLog) -> Db {
        for conn in [&mut self.writer, &mut self.reader] {
            let log = log.clone();
            conn.set_metric_callback(move |info| log.push(&info.statement.sql));
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_statement_on_either_handle_is_noted_once_and_taken_once() {
        let log = QueryLog::new();
        let db = Db::connect("sqlite::memory:")
            .await
            .expect("connect")
            .with_query_log(&log);
        use sea_orm::{ConnectionTrait, Statement};
        let sql = |s: &str| Statement::from_string(db.backend(), s);
        db.reader
            .query_one_raw(sql("SELECT 1"))
            .await
            .expect("read");
        db.writer.execute_raw(sql("SELECT 2")).await.expect("write");
        assert_eq!(log.take(), vec!["SELECT 1", "SELECT 2"]);
        assert!(log.take().is_empty());
    }
}
