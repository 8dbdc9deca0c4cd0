//! Documents a town publishes with a call (the announcement, annexes, answers to questions): the
//! bytes live in object storage, the metadata here.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("call_documents")
                    .col(big_pk_auto("id"))
                    .col(big_integer("call_id"))
                    .col(string_len("title", 300))
                    .col(string_len("file_name", 255))
                    .col(string_len("content_type", 100))
                    .col(big_integer("size_bytes"))
                    .col(string_len("storage_key", 300))
                    .col(string_len("sha256", 64))
                    .col(big_integer("uploaded_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_call_documents_call_id")
                            .from("call_documents", "call_id")
                            .to("calls", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_call_documents_call_id")
                    .table("call_documents")
                    .col("call_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("call_documents").to_owned())
            .await
    }
}
