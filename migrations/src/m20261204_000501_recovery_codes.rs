//! Two-factor recovery codes (one-time, stored as keyed hashes) and the sealed form of the TOTP
//! secret (AES-256-GCM under the configured `secret_key`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("two_factor_recovery_codes")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id"))
                    // HMAC-SHA-256 of the code under the secret key, hex: never the code itself.
                    .col(string_len("code_hash", 64))
                    // Spent: a code opens one login and never another.
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_recovery_codes_user")
                    .table("two_factor_recovery_codes")
                    .col("user_id")
                    .to_owned(),
            )
            .await?;
        // SQLite cannot widen `secret` or make it nullable: the sealed secret gets a column of
        // its own, and `secret` is left empty once a row is sealed.
        manager
            .alter_table(
                Table::alter()
                    .table("two_factor_secrets")
                    .add_column(string_len_null("sealed_secret", 160))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("two_factor_secrets")
                    .drop_column("sealed_secret")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table("two_factor_recovery_codes").to_owned())
            .await
    }
}
