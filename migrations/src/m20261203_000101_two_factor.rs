//! Two-factor login (TOTP): one secret per account (pending until a first code confirms it),
//! the login challenges that wait between the password and the code, and the town's setting that
//! makes staff enrol.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("two_factor_secrets")
                    .col(big_pk_auto("id"))
                    .col(big_integer("user_id").unique_key())
                    // Base32, as authenticator apps take it; shown only while enrolling.
                    .col(string_len("secret", 64))
                    .col(timestamp_with_time_zone_null("confirmed_at"))
                    // The last 30-second step whose code was accepted: no code is taken twice.
                    .col(big_integer_null("last_used_step"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("login_challenges")
                    .col(big_pk_auto("id"))
                    .col(string_len("token_hash", 64).unique_key())
                    .col(big_integer("user_id"))
                    .col(big_integer("tenant_id"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("tenants")
                    .add_column(boolean("require_two_factor_for_staff").default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("tenants")
                    .drop_column("require_two_factor_for_staff")
                    .to_owned(),
            )
            .await?;
        for table in ["login_challenges", "two_factor_secrets"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
