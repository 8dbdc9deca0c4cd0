//! A scan of the agreement signed on paper, uploaded by the organisation for the clerk to
//! confirm (a town without certificates, issue 12): kept on the version it signs until the clerk
//! confirms it with the signers' names, or replaced by a newer upload.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn columns() -> [ColumnDef; 4] {
    [
        string_len_null("scan_key", 300),
        string_len_null("scan_sha256", 64),
        timestamp_with_time_zone_null("scan_uploaded_at"),
        big_integer_null("scan_uploaded_by"),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        for mut column in columns() {
            manager
                .alter_table(
                    Table::alter()
                        .table("agreement_versions")
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            "scan_uploaded_by",
            "scan_uploaded_at",
            "scan_sha256",
            "scan_key",
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table("agreement_versions")
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
