//! The formal check's checklist: the clerk's answer per condition, kept with the outcome (JSON;
//! null for checks recorded through the API without one).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("formal_checks")
                    .add_column(text_null("checklist"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("formal_checks")
                    .drop_column("checklist")
                    .to_owned(),
            )
            .await
    }
}
