//! Invitations to join an organisation. They live apart from `account_tokens` because the
//! invited person may have no account yet; like those tokens, only the link's hash is stored.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(column: &'static str, to_table: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_invitations_{column}"))
        .from("invitations", column)
        .to(to_table, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("invitations")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    .col(big_integer("organisation_id"))
                    .col(string_len("email", 254))
                    .col(string_len("display_name", 200))
                    .col(string_len("language", 5))
                    .col(big_integer("invited_by_user_id"))
                    .col(string_len("token_hash", 64))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("accepted_at"))
                    .col(big_integer_null("accepted_by_user_id"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("tenant_id", "tenants"))
                    .foreign_key(&mut fk("organisation_id", "organisations"))
                    .foreign_key(&mut fk("invited_by_user_id", "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_invitations_token_hash")
                    .table("invitations")
                    .col("token_hash")
                    .unique()
                    .to_owned(),
            )
            .await?;
        // Pending invitations are looked up per organisation and address on every invite.
        manager
            .create_index(
                Index::create()
                    .name("ix_invitations_organisation_email")
                    .table("invitations")
                    .col("organisation_id")
                    .col("email")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("invitations").to_owned())
            .await
    }
}
