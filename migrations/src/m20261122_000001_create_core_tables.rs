//! Tenants, users, organisations, sessions, calls, applications with their versions, formal
//! checks, attachments and the audit trail.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// `created_at` and `updated_at` on every table.
fn with_timestamps(mut table: TableCreateStatement) -> TableCreateStatement {
    table
        .col(timestamp_with_time_zone("created_at"))
        .col(timestamp_with_time_zone("updated_at"));
    table
}

fn fk(from_table: &str, column: &str, to_table: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from_table}_{column}"))
        .from(Alias::new(from_table), Alias::new(column))
        .to(Alias::new(to_table), Alias::new("id"))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn unique(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create()
        .name(name)
        .table(Alias::new(table))
        .unique()
        .to_owned();
    for column in columns {
        index.col(Alias::new(*column));
    }
    index
}

fn index(name: &str, table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create()
        .name(name)
        .table(Alias::new(table))
        .to_owned();
    for column in columns {
        index.col(Alias::new(*column));
    }
    index
}

/// Tables in creation order; dropped in reverse.
const TABLES: &[&str] = &[
    "tenants",
    "users",
    "memberships",
    "organisations",
    "organisation_members",
    "sessions",
    "calls",
    "applications",
    "application_partners",
    "application_versions",
    "formal_checks",
    "attachments",
    "audit_events",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = vec![
            with_timestamps(
                Table::create()
                    .table("tenants")
                    .col(big_pk_auto("id"))
                    .col(string_len("slug", 63))
                    .col(string_len("name", 300))
                    .col(string_len("time_zone", 64))
                    .col(string_len("currency", 3))
                    .col(string_len("default_language", 2))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("users")
                    .col(big_pk_auto("id"))
                    .col(string_len("email", 254))
                    .col(string_len("password_hash", 200))
                    .col(string_len("display_name", 200))
                    .col(string_len("language", 2))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("memberships")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    .col(big_integer("tenant_id"))
                    .col(string_len("role", 20))
                    .foreign_key(&mut fk("memberships", "user_id", "users"))
                    .foreign_key(&mut fk("memberships", "tenant_id", "tenants"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("organisations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    .col(string_len("name", 300))
                    .col(string_len("legal_form", 40))
                    .col(string_len_null("krs", 10))
                    .col(string_len("nip", 10))
                    .col(string_len("regon", 14))
                    .col(string_len("street", 200))
                    .col(string_len("postal_code", 20))
                    .col(string_len("city", 100))
                    .col(string_len("country", 2))
                    .col(string_len("email", 254))
                    .col(string_len("phone", 40))
                    .col(string_len("bank_account", 34))
                    .col(text("representatives"))
                    .col(integer("lock_version"))
                    .foreign_key(&mut fk("organisations", "tenant_id", "tenants"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("organisation_members")
                    .col(big_pk_auto("id"))
                    .col(big_integer("organisation_id"))
                    .col(big_integer("user_id"))
                    .foreign_key(&mut fk(
                        "organisation_members",
                        "organisation_id",
                        "organisations",
                    ))
                    .foreign_key(&mut fk("organisation_members", "user_id", "users"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("sessions")
                    .col(big_pk_auto("id"))
                    .col(string_len("token_hash", 64))
                    .col(big_integer("user_id"))
                    .col(big_integer("tenant_id"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(&mut fk("sessions", "user_id", "users"))
                    .foreign_key(&mut fk("sessions", "tenant_id", "tenants"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("calls")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    .col(string_len("state", 30))
                    .col(string_len("title", 300))
                    .col(string_len("task_area", 300))
                    .col(text("description"))
                    .col(string_len("commissioning", 20))
                    .col(string_len("currency", 3))
                    .col(big_integer("budget_minor"))
                    .col(big_integer("min_grant_minor"))
                    .col(big_integer("max_grant_minor"))
                    .col(big_integer("min_own_total_bp"))
                    .col(big_integer("min_own_financial_bp"))
                    .col(big_integer("min_own_non_financial_bp"))
                    .col(big_integer_null("admin_cost_cap_bp"))
                    .col(timestamp_with_time_zone("opens_at"))
                    .col(timestamp_with_time_zone("deadline"))
                    .col(date("realisation_start"))
                    .col(date("realisation_end"))
                    .col(text("criteria"))
                    .col(text("required_attachments"))
                    .col(integer("correction_days"))
                    .col(boolean("grant_part_per_line"))
                    .col(timestamp_with_time_zone_null("published_at"))
                    .col(timestamp_with_time_zone_null("cancelled_at"))
                    .col(text_null("cancel_reason"))
                    .col(big_integer_null("cloned_from_id"))
                    .col(big_integer("receipt_sequence"))
                    .col(integer("lock_version"))
                    .col(big_integer("created_by"))
                    .foreign_key(&mut fk("calls", "tenant_id", "tenants"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("applications")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    .col(big_integer("call_id"))
                    .col(big_integer("organisation_id"))
                    .col(string_len("state", 30))
                    .col(text("content"))
                    .col(big_integer("requested_grant_minor"))
                    .col(big_integer("total_costs_minor"))
                    .col(integer("lock_version"))
                    .col(integer("current_version_no"))
                    .col(string_len_null("receipt_number", 40))
                    .col(timestamp_with_time_zone_null("submitted_at"))
                    .col(timestamp_with_time_zone_null("correction_due_at"))
                    .col(timestamp_with_time_zone_null("withdrawn_at"))
                    .col(big_integer_null("copied_from_id"))
                    .col(big_integer("created_by"))
                    .foreign_key(&mut fk("applications", "tenant_id", "tenants"))
                    .foreign_key(&mut fk("applications", "call_id", "calls"))
                    .foreign_key(&mut fk("applications", "organisation_id", "organisations"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("application_partners")
                    .col(big_pk_auto("id"))
                    .col(big_integer("application_id"))
                    .col(big_integer("organisation_id"))
                    .foreign_key(&mut fk(
                        "application_partners",
                        "application_id",
                        "applications",
                    ))
                    .foreign_key(&mut fk(
                        "application_partners",
                        "organisation_id",
                        "organisations",
                    ))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("application_versions")
                    .col(big_pk_auto("id"))
                    .col(big_integer("application_id"))
                    .col(integer("version_no"))
                    .col(string_len("kind", 20))
                    .col(text("content"))
                    .col(text("summary"))
                    .col(text("partners"))
                    .col(string_len("receipt_number", 40))
                    .col(string_len("content_sha256", 64))
                    .col(timestamp_with_time_zone("submitted_at"))
                    .col(big_integer("submitted_by"))
                    .foreign_key(&mut fk(
                        "application_versions",
                        "application_id",
                        "applications",
                    ))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("formal_checks")
                    .col(big_pk_auto("id"))
                    .col(big_integer("application_id"))
                    .col(integer("version_no"))
                    .col(string_len("outcome", 20))
                    .col(text("deficiencies"))
                    .col(text("reason"))
                    .col(timestamp_with_time_zone_null("correction_due_at"))
                    .col(big_integer("checked_by"))
                    .col(timestamp_with_time_zone("checked_at"))
                    .foreign_key(&mut fk("formal_checks", "application_id", "applications"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("attachments")
                    .col(big_pk_auto("id"))
                    .col(big_integer("application_id"))
                    .col(string_len("kind", 50))
                    .col(string_len("file_name", 255))
                    .col(string_len("content_type", 100))
                    .col(big_integer("size_bytes"))
                    .col(string_len("storage_key", 300))
                    .col(string_len("sha256", 64))
                    .col(integer_null("locked_in_version"))
                    .col(big_integer("uploaded_by"))
                    .foreign_key(&mut fk("attachments", "application_id", "applications"))
                    .to_owned(),
            ),
            with_timestamps(
                Table::create()
                    .table("audit_events")
                    .col(big_pk_auto("id"))
                    .col(big_integer_null("tenant_id"))
                    .col(big_integer_null("actor_user_id"))
                    .col(string_len("entity", 40))
                    .col(big_integer("entity_id"))
                    .col(string_len("action", 60))
                    .col(text("detail"))
                    .to_owned(),
            ),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        let indexes = vec![
            unique("uq_tenants_slug", "tenants", &["slug"]),
            unique("uq_users_email", "users", &["email"]),
            unique(
                "uq_memberships_user_tenant",
                "memberships",
                &["user_id", "tenant_id"],
            ),
            unique(
                "uq_organisations_tenant_nip",
                "organisations",
                &["tenant_id", "nip"],
            ),
            unique(
                "uq_organisation_members",
                "organisation_members",
                &["organisation_id", "user_id"],
            ),
            unique("uq_sessions_token_hash", "sessions", &["token_hash"]),
            index("ix_calls_tenant_state", "calls", &["tenant_id", "state"]),
            index(
                "ix_applications_call",
                "applications",
                &["call_id", "state"],
            ),
            index(
                "ix_applications_organisation",
                "applications",
                &["organisation_id"],
            ),
            unique(
                "uq_applications_call_receipt",
                "applications",
                &["call_id", "receipt_number"],
            ),
            unique(
                "uq_application_partners",
                "application_partners",
                &["application_id", "organisation_id"],
            ),
            unique(
                "uq_application_versions",
                "application_versions",
                &["application_id", "version_no"],
            ),
            index(
                "ix_formal_checks_application",
                "formal_checks",
                &["application_id"],
            ),
            index(
                "ix_attachments_application",
                "attachments",
                &["application_id"],
            ),
            index(
                "ix_audit_events_entity",
                "audit_events",
                &["entity", "entity_id"],
            ),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in TABLES.iter().rev() {
            manager
                .drop_table(Table::drop().table(Alias::new(*table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
