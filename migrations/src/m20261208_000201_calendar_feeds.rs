//! Calendar feeds (issue 15): one private subscription address per organisation and per clerk
//! of a town. Only the SHA-256 of the address's token is kept, as for sessions and invitations;
//! rotating replaces the hash, so the old address stops working at once.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn fk(column: &'static str, to_table: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_calendar_feeds_{column}"))
        .from("calendar_feeds", column)
        .to(to_table, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

fn unique(name: &str, columns: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table("calendar_feeds").unique();
    for column in columns {
        index.col(*column);
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("calendar_feeds")
                    .col(big_pk_auto("id"))
                    .col(big_integer("tenant_id"))
                    // The organisation's feed, or (with `user_id`) a clerk's: one of the two.
                    .col(big_integer_null("organisation_id"))
                    .col(big_integer_null("user_id"))
                    // SHA-256 of the token, hex: never the token itself.
                    .col(string_len("token_hash", 64))
                    // The language of the events' words (the organisation's feed: whoever made
                    // or last rotated it; a clerk's follows the account).
                    .col(string_len("language", 8))
                    .col(big_integer("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("tenant_id", "tenants"))
                    .foreign_key(&mut fk("organisation_id", "organisations"))
                    .foreign_key(&mut fk("user_id", "users"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(unique("ux_calendar_feeds_token", &["token_hash"]))
            .await?;
        // Unique indexes treat NULLs as distinct on SQLite and PostgreSQL alike: a clerk's row
        // (no organisation) never collides with another's, nor an organisation's (no user).
        manager
            .create_index(unique(
                "ux_calendar_feeds_organisation",
                &["organisation_id"],
            ))
            .await?;
        manager
            .create_index(unique("ux_calendar_feeds_clerk", &["tenant_id", "user_id"]))
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("calendar_feeds").to_owned())
            .await
    }
}
