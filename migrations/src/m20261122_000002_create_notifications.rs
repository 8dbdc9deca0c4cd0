//! The notification outbox, per-tenant reminder settings, and the calls' formal check period.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("notifications")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    .col(string_len("kind", 60))
                    .col(string_len("recipient_email", 254))
                    .col(big_integer_null("recipient_user_id"))
                    .col(string_len("language", 2))
                    // The event as data; the worker renders it in the recipient's language.
                    .col(text("event"))
                    .col(string_len("link_path", 300))
                    .col(string_len("entity", 40))
                    .col(big_integer("entity_id"))
                    .col(string_len_null("dedupe_key", 200))
                    .col(string_len("message_id", 200))
                    .col(string_len("status", 20))
                    .col(integer("attempts"))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(timestamp_with_time_zone_null("lease_until"))
                    .col(string_len_null("leased_by", 100))
                    .col(text_null("last_error"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_notifications_tenant_id")
                            .from("notifications", "tenant_id")
                            .to("tenants", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_notifications_dedupe")
                    .table("notifications")
                    .col("dedupe_key")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_notifications_due")
                    .table("notifications")
                    .col("status")
                    .col("next_attempt_at")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("tenants")
                    .add_column(text_null("reminder_settings"))
                    .to_owned(),
            )
            .await?;
        // SQLite adds one column per ALTER TABLE, hence separate statements.
        manager
            .alter_table(
                Table::alter()
                    .table("calls")
                    .add_column(integer("formal_check_days").default(14))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("calls")
                    .drop_column("formal_check_days")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("tenants")
                    .drop_column("reminder_settings")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("notifications").to_owned())
            .await
    }
}
