//! Granty's schema as sea-orm migrations, portable between SQLite and PostgreSQL.
//!
//! One file per change; a landed migration is never edited. Unique constraints carry explicit
//! names because the web layer maps them to field errors.

pub use sea_orm_migration::prelude::*;

mod m20261122_000001_create_core_tables;
mod m20261122_000002_create_notifications;
mod m20261122_000003_create_account_tokens;
mod m20261122_000004_create_invitations;
mod m20261122_000005_formal_checklist;
mod m20261122_000006_call_documents;
mod m20261201_000001_add_tenant_rules;
mod m20261201_000002_add_call_publication_days;
mod m20261202_000101_create_login_failures;
mod m20261202_000102_add_session_last_seen;
mod m20261202_000201_audit_chain;
mod m20261203_000101_two_factor;
mod m20261203_000301_attachment_versions;
mod m20261204_000001_evaluation;
mod m20261204_000301_award_settings;
mod m20261204_000401_results;
mod m20261204_000501_recovery_codes;
mod m20261205_000001_agreements;
mod m20261206_000201_reports;
mod m20261206_000301_report_calls;
mod m20261206_000401_settlement;
mod m20261207_000101_agreement_scans;
mod m20261207_000201_report_reminders;
mod m20261208_000201_calendar_feeds;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_core_tables::Migration),
            Box::new(m20261122_000002_create_notifications::Migration),
            Box::new(m20261122_000003_create_account_tokens::Migration),
            Box::new(m20261122_000004_create_invitations::Migration),
            Box::new(m20261122_000005_formal_checklist::Migration),
            Box::new(m20261122_000006_call_documents::Migration),
            Box::new(m20261201_000001_add_tenant_rules::Migration),
            Box::new(m20261201_000002_add_call_publication_days::Migration),
            Box::new(m20261202_000101_create_login_failures::Migration),
            Box::new(m20261202_000102_add_session_last_seen::Migration),
            Box::new(m20261202_000201_audit_chain::Migration),
            Box::new(m20261203_000101_two_factor::Migration),
            Box::new(m20261203_000301_attachment_versions::Migration),
            Box::new(m20261204_000001_evaluation::Migration),
            Box::new(m20261204_000301_award_settings::Migration),
            Box::new(m20261204_000401_results::Migration),
            Box::new(m20261204_000501_recovery_codes::Migration),
            Box::new(m20261205_000001_agreements::Migration),
            Box::new(m20261206_000201_reports::Migration),
            Box::new(m20261206_000301_report_calls::Migration),
            Box::new(m20261206_000401_settlement::Migration),
            Box::new(m20261207_000101_agreement_scans::Migration),
            Box::new(m20261207_000201_report_reminders::Migration),
            Box::new(m20261208_000201_calendar_feeds::Migration),
        ]
    }
}
