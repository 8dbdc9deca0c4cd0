//! Failed logins, one row each, keyed by the account's email or the client's address: the
//! throttle counts the rows inside its window. Rows older than the window are deleted whenever a
//! failure is written.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("login_failures")
                    .col(big_pk_auto("id"))
                    // `account` (a normalised email) or `address` (an IP address).
                    .col(string_len("key_kind", 10))
                    .col(string_len("key_value", 320))
                    .col(timestamp_with_time_zone("failed_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_login_failures_key")
                    .table("login_failures")
                    .col("key_kind")
                    .col("key_value")
                    .col("failed_at")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_login_failures_failed_at")
                    .table("login_failures")
                    .col("failed_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("login_failures").to_owned())
            .await
    }
}
