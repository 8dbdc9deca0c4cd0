//! Report and return reminders, and the misuse case: how often an overdue report or return is
//! reminded (`overdue_every_days`, a town setting: 7), and the day the clerk recorded the whole
//! grant as misused because the final report did not come after the written call (§ 9 of the
//! model agreement, ufp art. 252). After it the organisation no longer files that report.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds only one column per ALTER TABLE.
        manager
            .alter_table(
                Table::alter()
                    .table("tenant_settlement_settings")
                    .add_column(integer("overdue_every_days").default(7))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("reports")
                    .add_column(date_null("misuse_recorded_on"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("reports")
                    .drop_column("misuse_recorded_on")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("tenant_settlement_settings")
                    .drop_column("overdue_every_days")
                    .to_owned(),
            )
            .await
    }
}
