//! Attachments keep their history: replacing a file adds a new version of the same attachment
//! (the old one stays, marked replaced), and removing one marks it removed instead of deleting
//! the row; `left_in_version` is the first submitted version of the offer the row is no longer
//! part of, so a correction carries each attachment once and the clerk can still read what an
//! earlier version was filed with. Rows from before this change are each their own first version.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "attachments";

/// Added one at a time: SQLite alters a table by one column per statement.
fn columns() -> Vec<ColumnDef> {
    vec![
        big_integer("original_id").default(0).to_owned(),
        integer("version_no").default(1).to_owned(),
        timestamp_with_time_zone_null("replaced_at"),
        timestamp_with_time_zone_null("removed_at"),
        integer_null("left_in_version"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for mut column in columns() {
            let alter = Table::alter()
                .table(TABLE)
                .add_column(&mut column)
                .to_owned();
            manager.alter_table(alter).await?;
        }
        manager
            .get_connection()
            .execute_unprepared("UPDATE attachments SET original_id = id")
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_attachments_original_id")
                    .table(TABLE)
                    .col("original_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let drop_index = Index::drop()
            .name("ix_attachments_original_id")
            .table(TABLE)
            .to_owned();
        manager.drop_index(drop_index).await?;
        for name in [
            "left_in_version",
            "removed_at",
            "replaced_at",
            "version_no",
            "original_id",
        ] {
            let alter = Table::alter().table(TABLE).drop_column(name).to_owned();
            manager.alter_table(alter).await?;
        }
        Ok(())
    }
}
