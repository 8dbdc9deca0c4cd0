//! Migrations go up, all the way down, and up again on both databases.

use crate::on_both_databases;
use crate::support::*;
use granty_migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};

on_both_databases!(migrations_up_down_up);

async fn count_tables(app: &TestApp) -> i64 {
    let sql = match app.db.backend() {
        sea_orm::DbBackend::Sqlite => {
            "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'seaql_migrations'"
        }
        _ => "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'seaql_migrations'",
    };
    let row = app
        .db
        .writer
        .query_one_raw(Statement::from_string(app.db.backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

/// Twenty before the evaluation, its ten (`m20261204_000001_evaluation`), the town's award
/// settings, the results' two, the two-factor recovery codes, the agreements' seven
/// (`m20261205_000001_agreements`), the reports' two (`m20261206_000201_reports`) and the
/// settlement's five (`m20261206_000401_settlement`) and the calendar feeds
/// (`m20261208_000201_calendar_feeds`).
const TABLES: i64 = 49;

async fn migrations_up_down_up(backend: Backend) {
    let app = TestApp::start(backend).await;
    assert_eq!(count_tables(&app).await, TABLES);
    Migrator::down(&app.db.writer, None)
        .await
        .expect("down to zero");
    assert_eq!(count_tables(&app).await, 0);
    Migrator::up(&app.db.writer, None).await.expect("up again");
    assert_eq!(count_tables(&app).await, TABLES);
}
